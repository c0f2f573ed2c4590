"""Batch throughput: pairs per second of ``articlecompare batch`` against one
``articlecompare compare`` process per pair (see bench/README.md, "Batch comparison").

    .venv/bin/python bench/batch.py [--pairs 2000] [--sample 50] [--jobs 1,2]

Pairs are article-sized, built at run time from the corpus (``pairs.article_pairs``) into a
temp dir. The process-per-pair rate is measured on the first ``--sample`` pairs, one process
after another, and extrapolated to all of them; each batch is one whole process (start-up,
imports and the model's loading in each worker included) over all the pairs, first with one
worker held to one core (``taskset``, where there is one), then with each ``--jobs``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import pairs  # noqa: E402

CLI = str(ROOT / ".venv" / "bin" / "articlecompare")


def _write_inputs(folder: Path, count: int, sample: int) -> Path:
    listing = folder / "pairs.jsonl"
    with open(listing, "w", encoding="utf-8") as fh:
        for k, (pair_id, original, revised) in enumerate(pairs.article_pairs(count)):
            fh.write(json.dumps({"id": pair_id, "original": original, "revised": revised}) + "\n")
            if k < sample:
                (folder / "files" / pair_id).mkdir(parents=True)
                (folder / "files" / pair_id / "a.txt").write_text(original, encoding="utf-8")
                (folder / "files" / pair_id / "b.txt").write_text(revised, encoding="utf-8")
    return listing


def per_process(folder: Path) -> tuple[int, float]:
    """One ``articlecompare compare`` process per pair of the sample, in turn."""
    cases = sorted((folder / "files").iterdir())
    started = time.perf_counter()
    for case in cases:
        subprocess.run([CLI, "compare", str(case / "a.txt"), str(case / "b.txt"), "--format",
                        "json", "-o", str(folder / "one.json")], check=True)
    return len(cases), time.perf_counter() - started


def batch(listing: Path, out: Path, jobs: int, pin: bool = False) -> float:
    """One whole batch process; ``pin`` keeps it (workers and model threads) on one core."""
    started = time.perf_counter()
    subprocess.run((["taskset", "-c", "0"] if pin else []) + [CLI, "batch", str(listing), "-o", str(out), "--jobs", str(jobs), "--restart",
                    "--quiet"], check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print(f"# batch bench: {args.pairs:,} pairs, {os.cpu_count()} cores, at {commit}, "
          f"load average {os.getloadavg()[0]:.2f} at the start")
    with tempfile.TemporaryDirectory(prefix="acbatch-") as tmp:
        folder = Path(tmp)
        listing = _write_inputs(folder, args.pairs, args.sample)
        words = sum(len(json.loads(line)["original"].split()) for line in open(listing, encoding="utf-8"))
        print(f"originals of {words / args.pairs:.0f} words on average")
        n, seconds = per_process(folder)
        base = n / seconds
        print(f"\n| how | pairs | wall | pairs/s | × process per pair |\n|---|---|---|---|---|")
        print(f"| one `compare` process per pair (sample) | {n} | {seconds:.1f} s | {base:.2f} | 1.0 |")
        print(f"| the same, extrapolated | {args.pairs:,} | {args.pairs / base:.0f} s | {base:.2f} | 1.0 |")
        outputs = []
        runs = [(int(j), False) for j in args.jobs.split(",")]
        if shutil.which("taskset"):
            runs.insert(0, (1, True))
        for jobs, pin in runs:
            out = folder / f"out-{jobs}-{pin}.jsonl"
            seconds = batch(listing, out, jobs, pin)
            rate = args.pairs / seconds
            how = f"`batch --jobs {jobs}`" + (" pinned to one core (`taskset -c 0`)" if pin else "")
            print(f"| {how} | {args.pairs:,} | {seconds:.1f} s | {rate:.1f} | {rate / base:.1f} |")
            outputs.append(out.read_bytes())
        failed = outputs[0].count(b'"status":"failed"')
        same = all(o == outputs[0] for o in outputs)
        print(f"\nfailed pairs: {failed}; the JSONL of every --jobs is {'byte for byte the same' if same else 'NOT the same'}")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
