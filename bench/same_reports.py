"""Check that this tree's engine writes the same JSON reports, byte for byte, as another's.

    .venv/bin/python bench/same_reports.py --base /tmp/base [--large] [--keep DIR]

Reports (`articlecompare compare A B --format json -o OUT`, each its own process) are made with
``--base``'s ``src/`` (a worktree or export of another commit) and with this tree's, for the 31
evaluation cases (a.html before a.txt, as the scorer picks), the seed pair and the sample pair;
with ``--large`` also for the 100k scaled pair, 100,000 one-word paragraphs (1 in 100 changed)
and a page of 300,000 ``<p>a</p>``. Prints the pairs whose reports differ; exit 1 if any.
The base's reports are kept in ``--keep`` (default: a temp dir) and made again only if absent;
the built pairs are written there too, and the sample is read from the base's tree, so that the
file names a report holds are the same whichever tree runs this and whenever.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import pairs  # noqa: E402

SEEDS = pairs.SHARED.parent / "seeds"


def _pick(case: Path, stem: str) -> Path:
    for ext in (".html", ".htm", ".mhtml", ".txt", ".md"):
        if (case / f"{stem}{ext}").exists():
            return case / f"{stem}{ext}"
    raise FileNotFoundError(f"{case}/{stem}.*")


def inputs(large: bool, folder: Path, base: Path) -> list[tuple[str, Path, Path]]:
    """(name, original, revised) of every pair checked; built pairs are written in ``folder``,
    the sample is ``base``'s."""
    out = [(case.name, _pick(case, "a"), _pick(case, "b"))
           for case in sorted(pairs.CASES.iterdir()) if (case / "labels.json").exists()]
    seeds = sorted(SEEDS.glob("*.txt"))
    if len(seeds) == 2:  # 001_ is the original, 000_ the revised
        out.append(("seed", seeds[1], seeds[0]))
    sample = base / "src" / "articlecompare" / "resources" / "sample"
    out.append(("sample", sample / "original.txt", sample / "revised.txt"))
    if large:
        for pair in (pairs.scaled("100k", folder), pairs.one_word_paragraphs(folder, 100_000),
                     pairs.tiny_paragraph_page(folder, 300_000)):
            out.append((pair.name, pair.original, pair.revised))
    return out


def report(src: Path, a: Path, b: Path, out: Path) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run([sys.executable, "-m", "articlecompare", "compare", str(a), str(b), "--format", "json",
                           "-o", str(out)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        return f"exit {proc.returncode}: {proc.stderr[-400:]}".encode()
    return out.read_bytes()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base", required=True, help="a tree (worktree or export) whose src/ makes the reference")
    p.add_argument("--large", action="store_true", help="also the 100k pair and two hostile ones")
    p.add_argument("--keep", help="folder for the base's reports (reused when present)")
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="acsame-") as tmp:
        keep = Path(args.keep or tmp) / "base"
        keep.mkdir(parents=True, exist_ok=True)
        mine = Path(tmp) / "mine"
        mine.mkdir()
        base = Path(args.base).resolve()
        base_src, my_src = base / "src", ROOT / "src"

        def check(item: tuple[str, Path, Path]) -> str | None:
            name, a, b = item
            slug = name.replace(" ", "_").replace("/", "_")
            ref = keep / f"{slug}.json"
            if not ref.exists():
                data = report(base_src, a, b, keep / f"{slug}.part.json")
                ref.write_bytes(data)
            ours = report(my_src, a, b, mine / f"{slug}.json")
            return None if ours == ref.read_bytes() else name

        items = inputs(args.large, keep.parent / "inputs", base)
        with ThreadPoolExecutor(args.jobs) as pool:
            differ = [name for name in pool.map(check, items) if name]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(items) - len(differ)} of {len(items)} reports byte-identical")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
