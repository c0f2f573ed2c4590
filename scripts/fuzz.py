"""Fuzz the command line with mutated articles, pages, web archives and sessions.

Seeds are made here (a text, a Markdown file, a web page, an MHTML archive, and a session
file written by the app's own session writer). Each input is a seed mutated: bytes flipped,
chunks cut, copied or spliced, runs of hostile snippets inserted (stops, backticks, quotation
marks, brackets, tags, deep nesting, huge attributes, NUL bytes, invalid UTF-8, surrogates,
byte-order marks), at most 100 KB. A pair is compared as ``articlecompare compare A B
--format json -o OUT``, a session alone as ``articlecompare compare SESSION ...``.

Every ``--fresh-every``-th input runs in a fresh ``python -m articlecompare`` process (the
check that proves no traceback reaches the user); the rest run in a long-lived worker process
that calls the same ``cli.main`` in-process, many times faster. Time is CPU time: on a machine
shared with other work, wall-clock time measures the other work too (a 1 KB pair has taken 10 s
there). A fresh process is stopped by the kernel after ``--timeout`` seconds of CPU time, and
any input after two minutes of wall-clock time. A finding is a traceback, an exit status other
than 0 or 2, more than one line on stderr with status 2, a report that is not JSON, or an input
that took more than ``--slow`` seconds; its files are saved under ``--findings`` with the
command, stderr and times.

    .venv/bin/python scripts/fuzz.py --minutes 10              # the documented run
    .venv/bin/python scripts/fuzz.py --inputs 50 --seed 3      # a fixed, reproducible batch
    .venv/bin/python scripts/fuzz.py --replay fuzz-findings/slow-0001   # one finding again
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import random
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

MAX_INPUT = 100_000  # bytes of one input
HOSTILE = [s if isinstance(s, bytes) else s.encode() for s in (
    ".", "!?", "…", "...", "`", "```", "[a](", "![a](", "[", "]", "(", ")", "*a ", " _a", "**", "__",
    "~~", "*", "_", "“a ", '"a ', "«a ", "‘a ", "'a ", "„a ", "”", "’", "‘‘", "``", "''",
    "he said x ", "A", "A ", ".A", "’A", "'A", "&A", "A-", "-A", "A.", "1", "1,", "1.", "1 ",
    "1-", "1 to ", "$1.2 million ", "7-2 ", "Jan. 1, 2020 ", "10:30 a.m. ", "(NASDAQ: A) ",
    "A of B ", "one in ", "2,000 ", "Mr. ", "U.S. ", "said ", "according to ", " ", "\u00a0",
    "\t", "\n", "\r", "\r\n", "\n\n", "<", ">", "<a ", "<p>", "<div>", "</div>", "<b><i>",
    "<!--", "-->", "<![CDATA[", "<script>", "<?xml ", "&#x0;", "&#xD800;", "&amp;", "&",
    "a=1 ", "=", '\\";', "> ", "- ", "1. ", "# ", "|", "|-|", "---\n", "\\", "\x00", "\x0b",
    "\u202e", "\u200b", "\u2028", "\ufeff", "\u0301", "😀", "中", "مجلس ", "\x85",
    b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x80")]
NESTS = [(b"<div>", b"</div>"), (b"<b><i>", b""), (b"<span>", b"</span>"), (b"[", b"]"),
         (b"(", b")"), ("“".encode(), "”".encode()), (b"> ", b""), (b"**", b"**"), (b"<table><tr><td>", b""),
         (b"[", b"]"), (b"{", b"}"), (b"<!--", b"-->"), (b"<p>", b"")]
BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]

ARTICLE = (
    "Council closes Elm Street library\n\n"
    "The city council voted 7-2 on Tuesday to close the Elm Street library by March 2025. "
    "Mayor Jane Ortiz said the branch cost $1.2 million a year to run.\n\n"
    "Residents objected strongly at the meeting, and 2,000 people signed a petition. "
    "“We will keep fighting,” said Ana Li, who organised it. 'It is a disgrace,' one wrote.\n\n"
    "According to the U.S. Census, about 9 to 16 percent of residents use it twice weekly. "
    "Dr. Mihai G. Netea (NASDAQ: ORMP) noted that the 1990s plan was never funded.")
REVISED = (ARTICLE.replace("7-2", "6-3").replace("strongly ", "").replace("$1.2 million", "$1.5 million")
           + "\n\nClearly, this is an outrageous decision that critics say will hurt children.")
MARKDOWN = (
    "---\ntitle: Council closes library\n---\n\n# Council closes *Elm Street* library\n\n"
    "The **city council** voted `7-2` on [Tuesday](https://example.org/t) to close the library.\n\n"
    "> “We will keep fighting,” said _Ana Li_.\n\n- one item\n- ~~two~~ items\n1. first\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode block\n```\n\n![chart](c.png) <b>bold</b> \\*x\\*\n")
HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council closes library</title>"
    "<meta name='author' content='Jo Reporter'><meta property='article:published_time' "
    "content='2024-03-05T10:00:00Z'></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Council closes library</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    + "<script>var x = '<p>';</script></article><footer>© News</footer></body></html>")


def _mhtml(html: str) -> bytes:
    import quopri
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\n"
            "Subject: Council closes library\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
            '\r\n\ttype="text/html";\r\n\tboundary="----=_Part_1"\r\n\r\n------=_Part_1\r\n'
            "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: https://news.example/a\r\n\r\n{body}\r\n------=_Part_1\r\n"
            "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: https://news.example/p.png\r\n\r\niVBORw0KGgo=\r\n------=_Part_1--\r\n"
            ).encode("ascii")


def _session() -> bytes:
    """A session as the app writes one, with one annotation on a real change."""
    from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article
    from articlecompare.core.session import Session
    from articlecompare.export.session_file import dump_session
    original, revised = Article(ARTICLE, source="a.txt"), Article(REVISED, source="b.txt")
    changes = compare(original, revised).changes
    notes = AnnotationSet({changes[0].key: Annotation(Verdict.NEEDS_CHECKING, "check “this”")}) \
        if changes else AnnotationSet()
    return dump_session(Session(original, revised, annotations=notes))


def seeds() -> dict[str, bytes]:
    """Seed files by name (the name's extension picks the loader)."""
    return {"a.txt": ARTICLE.encode(), "b.txt": REVISED.encode(), "c.md": MARKDOWN.encode(),
            "d.html": HTML.encode(), "e.mhtml": _mhtml(HTML), "f.acsession": _session()}


# ---- mutations --------------------------------------------------------------------------

def _count(rng: random.Random, unit: int, budget: int) -> int:
    """A repeat count, spread evenly over orders of magnitude up to ``budget`` bytes."""
    most = max(1, budget // max(1, unit))
    return max(1, int(math.exp(rng.uniform(0, math.log(most + 1)))))


def _at(rng: random.Random, data: bytes) -> int:
    return rng.randint(0, len(data))


def _flip(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    out = bytearray(data or b"x")
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _run(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    unit = rng.choice(HOSTILE) if rng.random() < 0.8 else b"".join(rng.choices(HOSTILE, k=rng.randint(2, 4)))
    at = _at(rng, data)
    return data[:at] + unit * _count(rng, len(unit), MAX_INPUT - len(data)) + data[at:]


def _sprinkle(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    for _ in range(rng.randint(1, 40)):
        at = _at(rng, data)
        data = data[:at] + rng.choice(HOSTILE) + data[at:]
    return data


def _nest(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    opening, closing = rng.choice(NESTS)
    k = _count(rng, len(opening) + len(closing), MAX_INPUT - len(data))
    at = _at(rng, data)
    end = rng.randint(at, len(data))
    return data[:at] + opening * k + data[at:end] + closing * rng.choice((k, k // 2, 0)) + data[end:]


def _attributes(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    budget = MAX_INPUT - len(data)
    if rng.random() < 0.5:
        tag = b"<p " + b"a=1 " * _count(rng, 4, budget) + b">"
    else:
        tag = b'<a href="' + rng.choice((b"x", b'\\";', b"&amp;", b" ")) * _count(rng, 2, budget) + b'">'
    at = _at(rng, data)
    return data[:at] + tag + data[at:]


def _cut(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    at = _at(rng, data)
    return data[:at] + data[rng.randint(at, min(len(data), at + rng.choice((1, 10, 100, 10_000)))):]


def _copy(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    at = _at(rng, data)
    chunk = data[at:rng.randint(at, len(data))]
    to = _at(rng, data)
    return data[:to] + chunk * _count(rng, len(chunk), MAX_INPUT - len(data)) + data[to:]


def _splice(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    other = rng.choice(others)
    at, start = _at(rng, data), _at(rng, other)
    return data[:at] + other[start:rng.randint(start, len(other))] + data[_at(rng, data):]


def _encoding(rng: random.Random, data: bytes, _: list[bytes]) -> bytes:
    text = data.decode("utf-8", "surrogateescape")
    choice = rng.randrange(4)
    if choice == 0:
        return rng.choice(BOMS) + data
    if choice == 1:
        return text.encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32")), "surrogatepass")
    if choice == 2:
        return text.encode("cp1252", "replace")
    return data.replace(b"\n", rng.choice((b"\r", b"\r\n", b"\x85", b"\n\n\n")))


def _session_field(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    """A session with one of its values replaced: a mutated string, another type, deep nesting."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return _flip(rng, data, others)
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            paths.append((node, key))
            walk(value)
    walk(doc)
    if not paths:
        return data
    node, key = rng.choice(paths)
    value = node[key]
    if isinstance(value, str) and rng.random() < 0.7:
        raw = rng.choice(MUTATORS[:6])(rng, value.encode("utf-8", "surrogatepass"), others)
        node[key] = raw.decode("utf-8", "surrogateescape")
    else:
        node[key] = rng.choice([None, [], {}, 1, -1, 1e308, True, "", "x" * 1000, [[[]]],
                                10 ** 4000, {"a": value}, [value] * 3])
    try:
        out = json.dumps(doc, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogateescape")
    except (ValueError, UnicodeEncodeError, RecursionError):
        return data
    return b"[" * rng.choice((10, 1000, 100_000)) if rng.random() < 0.02 else out


MUTATORS: list[Callable[[random.Random, bytes, list[bytes]], bytes]] = [
    _run, _sprinkle, _nest, _flip, _cut, _copy, _splice, _attributes, _encoding]


def mutate(rng: random.Random, name: str, data: bytes, others: list[bytes]) -> bytes:
    for _ in range(rng.choice((1, 1, 2, 3, 5))):
        if name.endswith(".acsession") and rng.random() < 0.6:
            data = _session_field(rng, data, others)
        else:
            data = rng.choice(MUTATORS)(rng, data, others)
    return data[:MAX_INPUT]


# ---- running ----------------------------------------------------------------------------

WALL_LIMIT = 120.0  # seconds of wall-clock time before an input is killed whatever its CPU time


@dataclass
class Outcome:
    code: int | None  # None: killed at the time limit
    stderr: str
    seconds: float    # CPU time (user and system) of the run
    wall: float
    report_ok: bool = True


def verdict(outcome: Outcome, slow: float) -> str | None:
    """What is wrong with an outcome, or None."""
    if outcome.code is None:
        return "timeout"
    if "Traceback" in outcome.stderr:
        return "traceback"
    if outcome.code not in (0, 2):
        return f"exit-{outcome.code}"
    if outcome.code == 2 and len(outcome.stderr.strip().splitlines()) != 1:
        return "stderr-lines"
    if outcome.code == 0 and not outcome.report_ok:
        return "bad-report"
    if outcome.seconds > slow:
        return "slow"
    return None


def _report_ok(path: Path) -> bool:
    try:
        json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return True


def run_fresh(argv: list[str], out: Path, timeout: float) -> Outcome:
    """``python -m articlecompare ARGV`` in a process of its own, stopped by the kernel after
    ``timeout`` seconds of CPU time (and after ``WALL_LIMIT`` of wall-clock time)."""
    limit = math.ceil(timeout)

    def cpu_limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1))

    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "articlecompare", *argv], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=cpu_limit)
    assert process.stderr is not None
    killer = threading.Timer(WALL_LIMIT, process.kill)
    killer.start()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    _, status, usage = os.wait4(process.pid, 0)  # the child's own CPU time
    killer.cancel()
    process.returncode = code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    if code in (-signal.SIGXCPU, -signal.SIGKILL) or cpu > timeout:
        return Outcome(None, stderr, cpu, time.perf_counter() - start)
    return Outcome(code, stderr, cpu, time.perf_counter() - start, code != 0 or _report_ok(out))


class Worker:
    """A long-lived process that runs ``cli.main`` on each command it is sent (one JSON line
    in, one out); killed and started again when an input overruns or after ``RESTART`` runs."""

    RESTART = 300

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.runs = 0

    def _start(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.runs >= self.RESTART:
            self.close()
            self.process = subprocess.Popen([sys.executable, __file__, "--child"], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            self.runs = 0
        return self.process

    def run(self, argv: list[str], out: Path, timeout: float) -> Outcome:
        process = self._start()
        assert process.stdin is not None and process.stdout is not None
        self.runs += 1
        start = time.perf_counter()
        process.stdin.write(json.dumps(argv).encode() + b"\n")
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], WALL_LIMIT)
        line = process.stdout.readline() if ready else b""
        if not line:  # killed at the limit, or the process died (a crash of its own)
            died = process.poll()
            self.close()
            return Outcome(died, "", float("nan"), time.perf_counter() - start)
        result = json.loads(line)
        code = None if result["cpu"] > timeout else result["code"]
        return Outcome(code, result["stderr"], result["cpu"], time.perf_counter() - start,
                       code != 0 or _report_ok(out))

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def child() -> None:
    """The worker's side: run each command in this process, report status, stderr, CPU time."""
    from articlecompare.cli import main
    reply = sys.stdout
    for line in sys.stdin:
        argv = json.loads(line)
        err = io.StringIO()
        start = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 1
            except Exception:  # what would reach the user as a traceback
                traceback.print_exc()
                code = 1
        reply.write(json.dumps({"code": code, "stderr": err.getvalue(),
                                "cpu": time.process_time() - start}) + "\n")
        reply.flush()


# ---- the loop ---------------------------------------------------------------------------

@dataclass
class Tally:
    tried: int = 0
    fresh: int = 0
    findings: dict[str, int] = field(default_factory=dict)
    slowest: tuple[float, str] = (0.0, "")        # CPU seconds, in the worker
    slowest_fresh: tuple[float, str] = (0.0, "")  # CPU seconds, start-up included
    longest_wall: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def line(self) -> str:
        found = ", ".join(f"{k} {v}" for k, v in sorted(self.findings.items())) or "none"
        return (f"inputs {self.tried} ({self.fresh} in fresh processes); findings: {found}; "
                f"slowest (CPU) {self.slowest[0]:.2f} s in-process ({self.slowest[1]}), "
                f"{self.slowest_fresh[0]:.2f} s as a process with start-up ({self.slowest_fresh[1]}); "
                f"longest wall-clock time {self.longest_wall:.2f} s")


def _case(rng: random.Random, seed_files: dict[str, bytes]) -> dict[str, bytes]:
    """Files to compare: a session alone, or a pair with one side mutated (sometimes both)."""
    names = list(seed_files)
    if rng.random() < 0.15:
        name = "f.acsession"
        return {name: mutate(rng, name, seed_files[name], list(seed_files.values()))}
    pages = [n for n in names if not n.endswith(".acsession")]
    a, b = rng.choice(pages), rng.choice(pages)
    files = {"1-" + a: mutate(rng, a, seed_files[a], list(seed_files.values())),
             "2-" + b: seed_files[b]}
    if rng.random() < 0.3:
        files["2-" + b] = mutate(rng, b, seed_files[b], list(seed_files.values()))
    if rng.random() < 0.5:
        files = dict(reversed(list(files.items())))
    if rng.random() < 0.1:  # content under another loader's name
        key = next(iter(files))
        files[key[:-len(Path(key).suffix)] + rng.choice((".txt", ".md", ".html", ".mhtml"))] = files.pop(key)
    return files


def _save(findings: Path, kind: str, number: int, folder: Path, files: dict[str, bytes],
          argv: list[str], outcome: Outcome, mode: str) -> str:
    target = findings / f"{kind}-{number:04d}"
    target.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (target / name).write_bytes(data)
    (target / "stderr.txt").write_text(outcome.stderr, encoding="utf-8", errors="replace")
    (target / "result.json").write_text(json.dumps({
        "kind": kind, "mode": mode, "code": outcome.code, "cpu_seconds": round(outcome.seconds, 3),
        "wall_seconds": round(outcome.wall, 3),
        "argv": [a.replace(str(folder) + os.sep, "") for a in argv]}, indent=2), encoding="utf-8")
    return str(target)


def fuzz(args: argparse.Namespace, index: int, tally: Tally, stop_at: float) -> None:
    rng = random.Random(args.seed * 1000 + index)
    seed_files = seeds()
    worker = Worker()
    folder = Path(tempfile.mkdtemp(prefix="acfuzz-"))
    n = 0
    try:
        while time.monotonic() < stop_at and (args.inputs is None or tally.tried < args.inputs):
            n += 1
            files = _case(rng, seed_files)
            for old in folder.iterdir():
                old.unlink()
            for name, data in files.items():
                (folder / name).write_bytes(data)
            out = folder / "out.json"
            argv = ["compare", *(str(folder / name) for name in files), "--format", "json", "-o", str(out)]
            fresh = args.fresh_every > 0 and n % args.fresh_every == 0
            outcome = run_fresh(argv, out, args.timeout) if fresh else worker.run(argv, out, args.timeout)
            kind = verdict(outcome, args.slow)
            with tally.lock:
                tally.tried += 1
                tally.fresh += fresh
                label = "+".join(f"{k}:{len(v)}B" for k, v in files.items())
                tally.longest_wall = max(tally.longest_wall, outcome.wall)
                if fresh and outcome.seconds > tally.slowest_fresh[0]:
                    tally.slowest_fresh = (outcome.seconds, label)
                elif not fresh and outcome.seconds > tally.slowest[0]:
                    tally.slowest = (outcome.seconds, label)
                if kind is not None:
                    tally.findings[kind] = tally.findings.get(kind, 0) + 1
                    number = sum(tally.findings.values())
                    where = _save(Path(args.findings), kind, number, folder, files, argv, outcome,
                                  "fresh" if fresh else "worker")
                    print(f"{kind}: {where} ({outcome.seconds:.1f} s CPU, {outcome.wall:.1f} s)", flush=True)
    finally:
        worker.close()
        shutil.rmtree(folder, ignore_errors=True)


def replay(folder: Path, args: argparse.Namespace) -> int:
    meta = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        argv = [str(folder / a) if (folder / a).is_file() else a for a in meta["argv"]]
        out = Path(tmp) / "out.json"
        argv[argv.index("-o") + 1] = str(out)
        outcome = run_fresh(argv, out, args.timeout)
    kind = verdict(outcome, args.slow)
    print(f"{folder}: {kind or 'fine'}, status {outcome.code}, {outcome.seconds:.2f} s CPU, "
          f"{outcome.wall:.2f} s")
    if outcome.stderr:
        print(outcome.stderr.rstrip())
    return 1 if kind else 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    p.add_argument("--inputs", type=int, help="stop after this many inputs")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--jobs", type=int, default=2, help="inputs run at once (default 2)")
    p.add_argument("--fresh-every", type=int, default=4,
                   help="every Nth input in a fresh process (default 4; 0: never)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="seconds of CPU time before an input is stopped (default 10)")
    p.add_argument("--slow", type=float, default=10.0,
                   help="seconds of CPU time that make an input a finding (default 10)")
    p.add_argument("--findings", default="fuzz-findings", help="where findings are saved")
    p.add_argument("--replay", type=Path, help="run one saved finding again, in a fresh process")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child()
        return 0
    if args.replay:
        return replay(args.replay, args)
    tally = Tally()
    stop_at = time.monotonic() + args.minutes * 60
    threads = [threading.Thread(target=fuzz, args=(args, i, tally, stop_at), daemon=True)
               for i in range(args.jobs)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        report_at = time.monotonic() + 60
        for thread in threads:
            thread.join(timeout=max(0.0, report_at - time.monotonic()))
        print(f"[{(time.monotonic() - start) / 60:.1f} min] {tally.line()}", flush=True)
    print(f"done in {(time.monotonic() - start) / 60:.1f} min: {tally.line()}")
    return 1 if tally.findings else 0


if __name__ == "__main__":
    sys.exit(main())
