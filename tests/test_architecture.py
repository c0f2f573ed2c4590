"""The layer rules of STYLE.md, executed: no Qt outside ui/app, the import-linter contracts
hold, and there are no grab-bag modules."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "articlecompare"
HEADLESS = ("articlecompare.core", "articlecompare.present", "articlecompare.sources",
            "articlecompare.export", "articlecompare.opinion", "articlecompare.batch",
            "articlecompare.cli", "articlecompare.preflight")


def _walk_packages(package: str) -> list[str]:
    base = SRC.parent
    root = base / package.replace(".", "/")
    if root.with_suffix(".py").is_file():
        return [package]
    return sorted(".".join(p.relative_to(base).with_suffix("").parts).removesuffix(".__init__")
                  for p in root.rglob("*.py"))


@pytest.mark.parametrize("package", HEADLESS)
def test_headless_packages_never_import_pyside6(package: str) -> None:
    modules = _walk_packages(package)
    assert modules, package
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "leaked = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
            "print(len(sys.modules))\n"
            "assert not leaked, leaked\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_pyside6_check_would_notice_qt() -> None:
    # the same probe on a module that does import Qt: the check above can fail
    code = ("import sys\nimport articlecompare.ui.look.colours\n"
            "assert 'PySide6' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode != 0


def _lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    command = [str(lint)] if lint.exists() else [shutil.which("lint-imports") or "lint-imports"]
    return subprocess.run(command + ["--no-cache", "--no-logo", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_import_linter_contracts_hold() -> None:
    result = _lint_imports()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    contracts = (ROOT / "pyproject.toml").read_text(encoding="utf-8").count(
        "[[tool.importlinter.contracts]]")
    assert contracts >= 5
    assert result.stdout.count(" KEPT") == contracts
    assert "0 broken" in result.stdout


def test_no_grab_bag_modules() -> None:
    bad = [p.relative_to(ROOT) for p in SRC.rglob("*")
           if p.stem in ("utils", "helpers", "misc", "util", "helper")
           and (p.suffix == ".py" or p.is_dir())]
    assert bad == []


@pytest.mark.slow
def test_the_package_passes_mypy_strict() -> None:
    """All of it, the window included (PySide6 ships its type stubs)."""
    pytest.importorskip("mypy", reason="mypy is in the test extra")
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                           str(SRC)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def _module_imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports at load time (imports
    inside functions, and those only for type checkers, are left out: they form no cycle)."""
    import ast
    modules = {".".join(p.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__"): p
               for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            for sub in ast.walk(node) if isinstance(node, (ast.Import, ast.ImportFrom, ast.If,
                                                           ast.Try)) else ():
                if isinstance(sub, ast.Import):
                    found.update(a.name for a in sub.names)
                elif isinstance(sub, ast.ImportFrom):
                    base = sub.module or ""
                    if sub.level:
                        parts = package.split(".")[:len(package.split(".")) - sub.level + 1]
                        base = ".".join([*parts, base] if base else parts)
                    found.add(base)
                    found.update(f"{base}.{a.name}" for a in sub.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return cycles


def test_no_import_cycles() -> None:
    graph = _module_imports()
    assert "articlecompare.core.compare" in graph and graph["articlecompare.core.compare"]
    # modules of subpackages are in the graph, with their imports
    assert "articlecompare.ui.sessions.session" in graph["articlecompare.ui.window.mainwindow"]
    cycles = _cycles(graph)
    # a package importing its own modules from __init__ is how packages re-export, not a cycle
    cycles = [c for c in cycles if not all(m.startswith(c[0] + ".") or m == c[0] for m in c)]
    assert not cycles, cycles


def test_the_window_parts_import_each_other_one_way() -> None:
    """ui's subpackages (window, panes, sessions, ...) as nodes: no two depend on each other,
    however indirectly, and nothing but the window imports the window."""
    parts: dict[str, set[str]] = {}
    for name, imports in _module_imports().items():
        if name.count(".") < 3 or not name.startswith("articlecompare.ui."):
            continue
        part = name.split(".")[2]
        parts.setdefault(part, set()).update(
            m.split(".")[2] for m in imports if m.startswith("articlecompare.ui.") and m.split(".")[2] != part)
    assert {"window", "panes", "sessions", "changes", "annotations"} <= parts.keys()
    for part in parts.values():
        part &= parts.keys()
    assert not _cycles(parts), _cycles(parts)
    assert [part for part, imports in parts.items() if "window" in imports] == []
