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
import resource
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


def _cpu() -> float:
    """CPU seconds (user + system) of every finished child process so far, their workers
    included (each process reaps its own)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def per_process(folder: Path) -> tuple[int, float, float]:
    """One ``articlecompare compare`` process per pair of the sample, in turn: pairs, wall
    seconds, CPU seconds."""
    cases = sorted((folder / "files").iterdir())
    started, cpu = time.perf_counter(), _cpu()
    for case in cases:
        subprocess.run([CLI, "compare", str(case / "a.txt"), str(case / "b.txt"), "--format",
                        "json", "-o", str(folder / "one.json")], check=True)
    return len(cases), time.perf_counter() - started, _cpu() - cpu


def _session_cpu(session: int, seen: dict[int, float]) -> None:
    """Each process of ``session``'s own CPU seconds so far, into ``seen`` (Linux's /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # fields after the name: state ppid pgrp session
            seen[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / tick


def batch(listing: Path, out: Path, jobs: int, pin: bool = False) -> tuple[float, float]:
    """One whole batch process: wall seconds, and CPU seconds of it and its workers (read
    from /proc every 0.1 s, as the workers' fork server reaps them where no one counts it);
    ``pin`` keeps it on one core."""
    seen: dict[int, float] = {}
    started = time.perf_counter()
    proc = subprocess.Popen((["taskset", "-c", "0"] if pin else []) + [
        CLI, "batch", str(listing), "-o", str(out), "--jobs", str(jobs), "--restart", "--quiet"],
        start_new_session=True)
    while proc.poll() is None:
        _session_cpu(proc.pid, seen)
        time.sleep(0.1)
    if proc.returncode:
        raise SystemExit(f"the batch failed: exit {proc.returncode}")
    return time.perf_counter() - started, sum(seen.values())


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
        n, seconds, cpu = per_process(folder)
        base, base_cpu = n / seconds, n / cpu
        print("\n| how | pairs | wall | pairs/s | × process per pair | CPU | pairs per CPU-s | "
              "× | CPU / wall |\n|---|---|---|---|---|---|---|---|---|")
        print(f"| one `compare` process per pair (sample) | {n} | {seconds:.1f} s | {base:.2f} | 1.0 "
              f"| {cpu:.1f} s | {base_cpu:.2f} | 1.0 | {cpu / seconds:.2f} |")
        print(f"| the same, extrapolated | {args.pairs:,} | {args.pairs / base:.0f} s | {base:.2f} | 1.0 "
              f"| {args.pairs / base_cpu:.0f} s | {base_cpu:.2f} | 1.0 | {cpu / seconds:.2f} |")
        outputs = []
        runs = [(int(j), False) for j in args.jobs.split(",")]
        if shutil.which("taskset"):
            runs.insert(0, (1, True))
        for jobs, pin in runs:
            out = folder / f"out-{jobs}-{pin}.jsonl"
            seconds, cpu = batch(listing, out, jobs, pin)
            rate, per_cpu = args.pairs / seconds, args.pairs / cpu
            how = f"`batch --jobs {jobs}`" + (" pinned to one core (`taskset -c 0`)" if pin else "")
            print(f"| {how} | {args.pairs:,} | {seconds:.1f} s | {rate:.1f} | {rate / base:.1f} "
                  f"| {cpu:.1f} s | {per_cpu:.1f} | {per_cpu / base_cpu:.1f} | {cpu / seconds:.2f} |")
            outputs.append(out.read_bytes())
        failed = outputs[0].count(b'"status":"failed"')
        same = all(o == outputs[0] for o in outputs)
        print(f"\nfailed pairs: {failed}; the JSONL of every --jobs is {'byte for byte the same' if same else 'NOT the same'}")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
