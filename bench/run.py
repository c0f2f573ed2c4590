"""Run the benchmark suite and print its tables (see bench/README.md for how to read them).

    .venv/bin/python bench/run.py [--sizes 1k,10k,100k] [--quick] [--timeout 180] [--head | --rev=REV]
        [--only sizes|real|pages|documents|exports|cancel|window|hostile] [--cases words,page,news,...]

Inputs are built at run time into a temp dir (bench/pairs.py); nothing is written to the tree.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
SRC = str(ROOT / "src")
_REV = "HEAD" if "--head" in sys.argv else next(
    (arg.split("=", 1)[1] for arg in sys.argv if arg.startswith("--rev=")), None)
if _REV:  # measure a committed engine, not a working tree in the middle of edits
    _snapshot = tempfile.mkdtemp(prefix="acbench-src-")
    subprocess.run(f"git -C {ROOT} archive {_REV} src | tar -x -C {_snapshot}", shell=True, check=True)
    SRC = os.path.join(_snapshot, "src")
    os.environ["PYTHONPATH"] = SRC + os.pathsep + os.environ.get("PYTHONPATH", "")
    HEAD = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", _REV], capture_output=True,
                          text=True).stdout.strip()
else:
    _rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    _dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"], capture_output=True,
                            text=True).stdout.strip()
    HEAD = f"working tree at {_rev}" + (" with uncommitted changes in src/" if _dirty else "")
sys.path.insert(0, SRC)

import pairs  # noqa: E402
from articlecompare.core.compare import compare as compare_without_model  # noqa: E402
from articlecompare.core.edits import to_edits  # noqa: E402
from articlecompare.core.jobs import Stages  # noqa: E402
from articlecompare.core.matching import match  # noqa: E402
from articlecompare.core.options import CompareOptions  # noqa: E402
from articlecompare.core.sides import prepare  # noqa: E402
from articlecompare.export import json_report  # noqa: E402
from articlecompare.export.formats import write_report  # noqa: E402
from articlecompare.opinion import read_opinion  # noqa: E402
from articlecompare.sources import load_path  # noqa: E402

# every comparison measured as the front ends make it: with the shipped opinion model
compare = functools.partial(compare_without_model, opinion=read_opinion)

# the command line of the engine measured: this interpreter, with SRC first on its path (so a
# worktree without a .venv of its own measures its own src/)
CLI = [sys.executable, "-m", "articlecompare"]
os.environ["PYTHONPATH"] = SRC + os.pathsep + os.environ.get("PYTHONPATH", "")
DIFFLIB_MAX_WORDS = 150_000   # the "100k" pair and below
MINIMUM_MAX_WORDS = 15_000    # diff-match-patch without timeout is O(N·D) in Python ...
MINIMUM_MAX_WORDS_C = 1_100_000  # ... and in C (fast-diff-match-patch), when installed:
MINIMUM_CAP = 180  # seconds; the 1M pair takes about 40 s
TOOL_CAP = 30                 # seconds before an in-process reference tool is stopped


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median wall time in seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


# A small launcher process runs the command and reports its wall time and peak RSS. Linux
# carries the parent's high-water RSS across fork and exec, so a child forked straight from
# this (large) bench process would report our memory, not its own.
_LAUNCHER = """
import os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=open(sys.argv[1], "wb"))
_, status, usage = os.wait4(p.pid, 0)
print(time.perf_counter() - t, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_process(argv: list[str], timeout: float | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB of that process, and its exit code (-9 on timeout)."""
    t = time.perf_counter()
    with tempfile.NamedTemporaryFile(suffix=".err") as err:
        proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, err.name, *argv], stdout=subprocess.PIPE,
                                text=True, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the launcher and the command it started
            proc.wait()
            return time.perf_counter() - t, float("nan"), -9
        wall, rss, code = out.split()
        if int(code) != 0 and not (int(code) == 1 and "diff" in argv[0] + argv[1]):
            lines = Path(err.name).read_text(encoding="utf-8", errors="replace").strip().splitlines()
            print(f"  {' '.join(argv[:3])}... exit {code}: {lines[-1] if lines else ''}", file=sys.stderr)
    return float(wall), int(rss) / 1024, int(code)


def end_to_end(pair: pairs.Pair, out: str, repeat: int, timeout: float | None) -> tuple[float, float, int]:
    runs = [run_process([*CLI, "compare", str(pair.original), str(pair.revised), "--format", "json",
                         "-o", out], timeout) for _ in range(repeat)]
    runs.sort()
    return runs[len(runs) // 2]


def stages(pair: pairs.Pair, repeat: int) -> dict[str, Any]:
    """In-process stage times (seconds), our edit size in tokens and the compared token keys.

    Sides tokenize sentences lazily and keep the tokens, so each repeat of ``match`` and of the
    word runs starts from freshly prepared sides (prepared outside the timer)."""
    opts = CompareOptions()
    t_load, (a_art, b_art) = timed(lambda: (load_path(pair.original), load_path(pair.revised)), repeat)
    t_prep, _ = timed(lambda: (prepare(a_art, opts), prepare(b_art, opts)), repeat)
    t_match, t_runs = [], []
    for _ in range(repeat):
        a, b = prepare(a_art, opts), prepare(b_art, opts)
        t, m = timed(lambda: match(a, b, opts.min_similarity, opts.detect_moves,
                                   Stages({"prepare": 1, "align": 1, "worddiff": 1})))
        t_match.append(t)
        t_runs.append(timed(lambda: to_edits(a, b, m))[0])
    t_total, comparison = timed(lambda: compare(a_art, b_art, opts), repeat)
    t_json, _ = timed(lambda: json.dumps(json_report.report_dict(comparison)), repeat)
    match_s, runs_s = statistics.median(t_match), statistics.median(t_runs)
    # every compared token of each side, in order (sentences cover the text)
    comp_a = [t for i in range(len(a.keys)) for t in a.tokens_of(i)]
    comp_b = [t for j in range(len(b.keys)) for t in b.tokens_of(j)]
    ours = edit_size(comparison, [t.start for t in comp_a], [t.start for t in comp_b])
    return {"load": t_load, "prepare": t_prep, "match": match_s, "runs": runs_s,
            "rest": max(0.0, t_total - t_prep - match_s - runs_s), "compare": t_total, "json": t_json,
            "ours": ours, "keys": ([t.key for t in comp_a], [t.key for t in comp_b]),
            "notes": comparison.notes}


def edit_size(comparison: Any, starts_a: list[int], starts_b: list[int]) -> int:
    """Compared tokens inside the delete and insert runs of ``comparison.words``."""
    from bisect import bisect_left
    n = 0
    for run in comparison.words:
        span, starts = (run.original, starts_a) if run.op.value == "delete" else \
            (run.revised, starts_b) if run.op.value == "insert" else (None, starts_a)
        if span is not None:
            n += bisect_left(starts, span.end) - bisect_left(starts, span.start)
    return n


def other_tools(pair: pairs.Pair, keys: tuple[list[str], list[str]], words: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    a, b = str(pair.original), str(pair.revised)
    out["git"] = run_process(["git", "diff", "--no-index", "--word-diff=porcelain", a, b])[0]
    out["wdiff"] = run_process(["wdiff", a, b])[0] if shutil.which("wdiff") else None
    out["difflib"] = out["difflib_edit"] = out["minimum"] = None
    if keys is None:
        return out
    if words <= DIFFLIB_MAX_WORDS:
        import difflib
        try:
            t, ops = capped(lambda: difflib.SequenceMatcher(None, keys[0], keys[1], autojunk=False).get_opcodes())
            out["difflib"] = t
            out["difflib_edit"] = sum(i2 - i1 + j2 - j1 for tag, i1, i2, j1, j2 in ops if tag != "equal")
        except TimeoutError:
            out["difflib"] = float("inf")
    if words <= (MINIMUM_MAX_WORDS_C if _compiled_dmp() else MINIMUM_MAX_WORDS):
        try:
            out["minimum"] = capped(lambda: minimum_edit(*keys), MINIMUM_CAP)[1]
        except TimeoutError:
            pass
    return out


def capped(fn: Callable[[], Any], limit: int = 0) -> tuple[float, Any]:
    """``timed`` with a SIGALRM limit of ``limit`` seconds, TOOL_CAP by default (raises
    TimeoutError)."""
    def stop(*_: Any) -> None:
        raise TimeoutError
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(limit or TOOL_CAP)
    try:
        return timed(fn)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _compiled_dmp() -> Any:
    try:
        import fast_diff_match_patch
    except ImportError:
        return None
    return fast_diff_match_patch


def minimum_edit(a: list[str], b: list[str]) -> int:
    """Fewest inserted + deleted tokens (n + m - 2·LCS), by one Myers diff of the whole
    documents (diff-match-patch, or its compiled twin when installed) over one code point per
    distinct token, with no time limit and no speed-ups that give up minimality."""
    codes: dict[str, str] = {}
    enc = lambda seq: "".join(codes.setdefault(k, chr(0xE000 + len(codes)) if len(codes) < 6400
                                               else chr(0xF0000 + len(codes))) for k in seq)
    ea, eb = enc(a), enc(b)
    fast = _compiled_dmp()
    if fast is not None:
        return sum(n for op, n in fast.diff(ea, eb, timelimit=0, checklines=False, cleanup="No",
                                            counts_only=True) if op != "=")
    import diff_match_patch
    dmp = diff_match_patch.diff_match_patch()
    dmp.Diff_Timeout = 0
    return sum(len(text) for op, text in dmp.diff_main(ea, eb, False) if op != 0)


def ms(x: float | None) -> str:
    if x == float("inf"):
        return f">{TOOL_CAP} s (stopped)"
    return "—" if x is None else f"{x * 1000:,.0f}" if x >= 0.01 else f"{x * 1000:.1f}"


def ratio(x: float | None, ours: float) -> str:
    return "—" if x is None or x == float("inf") else f"{x / ours:.2f}×"


def table(headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "(no rows: nothing completed)"
    widths = [max(len(h), *(len(r[k]) for r in rows)) for k, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths)) + " |"
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
                     + [line(r) for r in rows])


def bench_sizes(sizes: list[str], tmp: str, repeat: int, timeout: float) -> None:
    main_rows, tool_rows, edit_rows = [], [], []
    for size in sizes:
        pair = pairs.scaled(size, tmp)
        wall, rss, code = end_to_end(pair, os.path.join(tmp, f"{size}.json"), repeat if pair.words <= 10_000 else 1,
                                     timeout)
        if code != 0:
            main_rows.append([size, f"{pair.words:,}", f"{'timeout' if code == -9 else 'exit ' + str(code)} after {wall:.1f} s",
                              f"{rss:,.0f}"] + ["—"] * 7)
            print(f"[{size}] end-to-end did not complete ({code}); stage timings skipped", file=sys.stderr)
            continue
        s = stages(pair, repeat if pair.words <= 10_000 else 1)
        diff_s = s["match"] + s["runs"]
        main_rows.append([size, f"{pair.words:,}", ms(wall), f"{rss:,.0f}", ms(s["load"]), ms(s["prepare"]),
                          ms(s["match"]), ms(s["runs"]), ms(s["rest"]), ms(s["compare"]), ms(s["json"]),
                          f"{s['compare'] / pair.words * 1e6:.1f}"])
        o = other_tools(pair, s["keys"], pair.words)
        tool_rows.append([size, ms(diff_s), ms(o["git"]), ratio(o["git"], diff_s), ms(o["wdiff"]),
                          ratio(o["wdiff"], diff_s), ms(o["difflib"]), ratio(o["difflib"], diff_s)])
        for note in s["notes"]:
            print(f"[{size}] note: {note}", file=sys.stderr)
        mn, ours, dl = o["minimum"], s["ours"], o["difflib_edit"]
        edit_rows.append([size, f"{ours:,}", "—" if dl is None else f"{dl:,}", "—" if mn is None else f"{mn:,}",
                          "—" if mn is None else f"{ours - mn:+,}", "—" if not mn else f"{ours / mn:.4f}",
                          "—" if not mn or dl is None else f"{dl / mn:.4f}"])
        print(f"[{size}] done", file=sys.stderr, flush=True)
    print("\n## Scaled pairs: end to end and in-process stages (ms; RSS in MB)\n")
    print(table(["size", "words", "e2e wall", "e2e peak RSS", "load", "prepare", "match", "word runs",
                 "classify+ledger", "compare", "JSON report", "µs/word"], main_rows))
    print("\n## Other tools on the same texts (ms; ratio = tool time / our match + word runs time)\n")
    print(table(["size", "ours match+runs", "git word-diff", "git ratio", "wdiff", "wdiff ratio",
                 "difflib", "difflib ratio"], tool_rows))
    print("\n## Edit size (inserted + deleted tokens) against the minimum\n")
    print(table(["size", "ours", "difflib", "minimum", "ours − min", "ours/min", "difflib/min"], edit_rows))


def bench_real(tmp: str, repeat: int) -> None:
    py = str(ROOT / ".venv" / "bin" / "python")
    rows = [[label, "", ms(end[0]), f"{end[1]:,.0f}", ""] for label, end in (
        ("start-up: python -c pass", sorted(run_process([py, "-c", "pass"]) for _ in range(repeat))[repeat // 2]),
        ("start-up: import articlecompare.cli", sorted(run_process([py, "-c", "import articlecompare.cli"])
                                                      for _ in range(repeat))[repeat // 2]),
        ("start-up: articlecompare --version", sorted(run_process([*CLI, "--version"])
                                                     for _ in range(repeat))[repeat // 2]))]
    for pair in [pairs.sample_pair()] + pairs.real_cases():
        wall, rss, code = end_to_end(pair, os.path.join(tmp, "real.json"), repeat, None)
        t, _ = timed(lambda: compare(load_path(pair.original), load_path(pair.revised)), repeat)
        rows.append([pair.name, f"{pair.words:,}", ms(wall) if code == 0 else f"exit {code}", f"{rss:,.0f}", ms(t)])
    print("\n## Real pairs (ms; load + compare in-process; RSS in MB)\n")
    print(table(["pair", "words", "e2e wall", "e2e peak RSS", "in-process"], rows))


def bench_exports(sizes: list[str], tmp: str, repeat: int) -> None:
    rows = []
    chosen = [pairs.sample_pair()] + ([pairs.scaled("10k", tmp)] if "10k" in sizes or not sizes else [])
    for pair in chosen:
        comparison = compare(load_path(pair.original), load_path(pair.revised))
        cells = [pair.name]
        for fmt in ("json", "html", "md", "csv"):
            path = os.path.join(tmp, f"report.{fmt}")
            t, _ = timed(lambda: write_report(comparison, path, fmt), repeat)
            cells.append(ms(t))
        pdf = os.path.join(tmp, "report.pdf")
        env_wall, _, code = run_process([*CLI, "compare", str(pair.original), str(pair.revised), "--format", "pdf",
                                         "-o", pdf], 120)
        cells.append(ms(env_wall) + " (e2e)" if code == 0 and os.path.exists(pdf) else f"failed ({code})")
        rows.append(cells)
    print("\n## Export per format (ms; in-process write_report, PDF as a whole process)\n")
    print(table(["pair", "json", "html", "md", "csv", "pdf"], rows))


def bench_pages(sizes: list[str], tmp: str, repeat: int) -> None:
    """Saved web pages: the same pairs as pages with furniture, loaded with article extraction."""
    from articlecompare.core.tokenize import count_words
    rows = []
    chosen = [pairs.sample_pair()] + [pairs.scaled(size, tmp) for size in sizes if size in ("10k", "100k")]
    for pair in chosen:
        plain = load_path(pair.original).text
        for kind in ("html", "mhtml"):
            page = pairs.saved_pages(pair, tmp, kind)
            n = repeat if pair.words <= 10_000 else 1
            t, (a, _) = timed(lambda: (load_path(page.original), load_path(page.revised)), n)
            wall, rss, code = end_to_end(page, os.path.join(tmp, "page.json"), n, None)
            rows.append([page.name, f"{page.original.stat().st_size / 1e3:,.0f}", ms(t),
                         f"{count_words(a.text) / count_words(plain):.4f}",
                         ms(wall) if code == 0 else f"exit {code}", f"{rss:,.0f}"])
    print("\n## Saved web pages: loading with article extraction (ms; RSS in MB)\n")
    print(table(["pair", "kB per page", "load both", "words extracted / article words", "e2e wall",
                 "e2e peak RSS"], rows))


def bench_documents(tmp: str, repeat: int) -> None:
    """Word and PDF documents of the 10k pair, and the 100k pair's first 30 pages as a PDF, loaded."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from articlecompare.core.tokenize import count_words
    from articlecompare.sources import load_pair
    rows = []
    for size, pdf_pages, kinds in (("10k", 15, ("docx", "tracked", "pdf")), ("100k", 30, ("pdf",))):
        pair = pairs.scaled(size, tmp)
        files = pairs.documents(pair, tmp, pdf_pages)
        labels = {"docx": f"docx, {pair.words:,} words",
                  "tracked": "docx with tracked changes: both readings",
                  "pdf": f"pdf, {len(pdfium.PdfDocument(str(files['pdf'])))} pages in two columns"}
        for kind in kinds:
            call = functools.partial(load_pair if kind == "tracked" else load_path, files[kind])
            t, loaded = timed(call, repeat)
            article = loaded[0] if isinstance(loaded, tuple) else loaded
            rows.append([f"{size} pair: {labels[kind]}", f"{files[kind].stat().st_size / 1e3:,.0f}", ms(t),
                         f"{count_words(article.text):,}"])
    print("\n## Documents: loading (ms, median; in-process)\n")
    print(table(["document", "kB", "load", "words loaded"], rows))


def bench_window(sizes: list[str]) -> None:
    """The window's figures, from bench/window.py in a process of its own (offscreen)."""
    chosen = ["seed"] + [s for s in sizes if s in ("10k", "100k")]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(HERE / "window.py"), "--sizes", ",".join(chosen),
                           "--repeat", "3", "--switch"], env=env, capture_output=True, text=True,
                          timeout=900)
    lines = [ln for ln in done.stdout.splitlines() if not ln.startswith("# ArticleCompare window bench")
             and not ln.startswith("load average at the end")]
    print("\n".join(lines).rstrip() if done.returncode == 0 else
          f"\n## Window\n\nbench/window.py failed ({done.returncode}): {done.stderr.strip()[-500:]}")


def bench_cancel(sizes: list[str], tmp: str) -> None:
    """Progress and cancel on the largest pair: how often compare() checks for cancellation
    and reports progress, and how long it takes to stop once cancelled half-way."""
    from articlecompare.core.jobs import Cancelled
    pair = pairs.scaled(sizes[-1], tmp)
    a_art, b_art = load_path(pair.original), load_path(pair.revised)
    checks: list[float] = []
    reports: list[tuple[float, float, str]] = []
    t0 = time.perf_counter()
    compare(a_art, b_art, cancel=lambda: checks.append(time.perf_counter() - t0) or False,
            progress=lambda f, stage: reports.append((time.perf_counter() - t0, f, stage)))
    total = time.perf_counter() - t0
    marks = [0.0] + checks + [total]
    gap, at = max((marks[k + 1] - marks[k], marks[k]) for k in range(len(marks) - 1))
    stage_at = next((st for t, _, st in reversed(reports) if t <= at + 1e-9), "start")
    fractions = [f for _, f, _ in reports]
    monotone = all(x <= y for x, y in zip(fractions, fractions[1:]))
    cancel_at = total / 2
    t0 = time.perf_counter()
    try:
        compare(a_art, b_art, cancel=lambda: time.perf_counter() - t0 >= cancel_at)
        stopped = "not stopped (ran to the end)"
    except Cancelled:
        stopped = ms(time.perf_counter() - t0 - cancel_at)
    held = longest_hold(lambda: compare(a_art, b_art))
    print(f"\n## Progress and cancel ({pair.name}, {pair.words:,} words; in-process compare())\n")
    print(table(["compare", "cancel checks", "longest stretch without a check", "progress reports",
                 "progress monotone", "cancelled half-way: stopped after", "longest wait beside it"],
                [[ms(total), f"{len(checks):,}", f"{ms(gap)} (from {ms(at)} ms, {stage_at})", f"{len(reports):,}",
                  "yes" if monotone else "no", stopped, ms(held)]]))


HOSTILE = {  # name: how the pair is made (in the temp dir given)
    "words": lambda tmp: pairs.one_word_paragraphs(tmp),
    "words-same": lambda tmp: pairs.one_word_paragraphs(tmp, changed_every=0),
    "page-300k": lambda tmp: pairs.tiny_paragraph_page(tmp, 300_000),
    "page": lambda tmp: pairs.tiny_paragraph_page(tmp),
    "news": lambda tmp: pairs.scaled_mib(49.9, tmp),
}


def bench_hostile(cases: list[str], tmp: str, timeout: float) -> None:
    """Memory and time of hostile and outsized inputs, each compared once by the command line
    as its own process (``articlecompare compare A B --format json -o OUT``)."""
    rows = []
    for name in cases:
        pair = HOSTILE[name](tmp)
        out = os.path.join(tmp, "hostile.json")
        wall, rss, code = run_process([*CLI, "compare", str(pair.original), str(pair.revised),
                                       "--format", "json", "-o", out], timeout)
        size = pair.original.stat().st_size / 2**20
        ok = code == 0
        report = os.path.getsize(out) / 2**20 if ok else float("nan")
        rows.append([pair.name, f"{size:,.1f}", f"{pair.words:,}",
                     ms(wall) if ok else f"{'timeout' if code == -9 else 'exit ' + str(code)} after {wall:.0f} s",
                     f"{rss:,.0f}", f"{rss * 1024 / pair.words:.2f}" if ok else "—",
                     f"{report:,.0f}" if ok else "—"])
        if ok:
            os.remove(out)
        print(f"[{name}] done", file=sys.stderr, flush=True)
    print("\n## Hostile and outsized inputs: the whole process (ms; RSS and report in MiB)\n")
    print(table(["pair", "MiB per side", "words", "e2e wall", "e2e peak RSS", "KiB per word",
                 "JSON report"], rows))


def longest_hold(work: Callable[[], Any]) -> float:
    """The longest another thread waits for the interpreter while ``work`` runs on a thread
    of its own (and for one second after, while its data is let go of): this thread sleeps
    2 ms at a time and records the longest time between wake-ups. What a window's event loop
    would see while a comparison runs on a worker."""
    import threading
    finished: list[float] = []
    kept: list[Any] = []  # the result lives on, as a window keeps what it shows
    worker = threading.Thread(target=lambda: (kept.append(work()), finished.append(time.perf_counter())))
    worker.start()
    longest, last = 0.0, time.perf_counter()
    while not finished or time.perf_counter() - finished[0] < 1.0:
        time.sleep(0.002)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    return longest


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1k,10k,100k", help="comma-separated: 1k,10k,100k,300k,1m")
    p.add_argument("--quick", action="store_true", help="one run each (default: median of 5 up to 10k)")
    p.add_argument("--timeout", type=float, default=180.0, help="end-to-end limit per size, seconds")
    p.add_argument("--head", action="store_true", help="measure the last commit's src (exported to a temp dir)")
    p.add_argument("--rev", help="measure this commit's src (as --rev=REV; exported to a temp dir)")
    p.add_argument("--only", choices=["sizes", "real", "pages", "documents", "exports", "cancel", "window",
                                      "hostile"],
                   help="run one part (cancel: progress and cancel on the largest size; hostile: "
                        "only when asked for, as it takes minutes and gigabytes)")
    p.add_argument("--cases", default=",".join(HOSTILE), help=f"with --only hostile: any of {', '.join(HOSTILE)}")
    args = p.parse_args()
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    repeat = 1 if args.quick else 5
    print(f"# ArticleCompare bench, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}, Python {sys.version.split()[0]}, engine: {HEAD}")
    with tempfile.TemporaryDirectory(prefix="acbench-") as tmp:
        if args.only in (None, "sizes"):
            bench_sizes(sizes, tmp, repeat, args.timeout)
        if args.only in (None, "real"):
            bench_real(tmp, repeat)
        if args.only in (None, "pages"):
            bench_pages(sizes, tmp, repeat)
        if args.only in (None, "documents"):
            bench_documents(tmp, repeat)
        if args.only in (None, "exports"):
            bench_exports(sizes, tmp, repeat)
        if args.only in (None, "cancel"):
            bench_cancel(sizes, tmp)
        if args.only in (None, "window"):
            bench_window(sizes)
        if args.only == "hostile":
            bench_hostile([c.strip() for c in args.cases.split(",") if c.strip()], tmp, args.timeout)
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
