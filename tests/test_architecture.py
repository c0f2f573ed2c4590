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
            "articlecompare.export", "articlecompare.opinion", "articlecompare.cli")


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
    code = ("import sys\nimport articlecompare.ui.colours\n"
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
