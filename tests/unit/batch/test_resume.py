"""A batch killed or interrupted part-way resumes without redoing or losing a pair: torn last
lines and lines the journal never confirmed are cut, and the finished output is the same as
an uninterrupted run's."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articlecompare.batch import Outputs, Settings, Writer
from articlecompare.batch.records import Done
from articlecompare.cli import main
from batch_pairs import read_jsonl, write_jsonl

pytestmark = pytest.mark.slow  # processes and timings: the full run, not the quick tier

COUNT = 40


def _done(pair_id: str) -> Done:
    return Done(pair_id, "ok", f'{{"id":"{pair_id}","status":"ok"}}\n', f"{pair_id},ok\n")


def test_the_writer_cuts_torn_and_unconfirmed_lines(tmp_path: Path) -> None:
    outputs = Outputs(tmp_path / "out.jsonl", tmp_path / "out.csv")
    header = Settings().header()
    writer = Writer(outputs, header)
    writer.write([_done("a"), _done("b")])
    writer.close()
    # killed after the outputs of a chunk were written, before the journal had it, and then
    # in the middle of writing a line of each file
    with open(outputs.jsonl, "ab") as fh:
        fh.write(b'{"id":"c","status":"ok"}\n{"id":"d","sta')
    with open(outputs.csv, "ab") as fh:
        fh.write(b"c,ok\nd,o")
    with open(outputs.journal, "ab") as fh:
        fh.write(b'{"id": "c", "sta')
    writer = Writer(outputs, header)
    assert writer.done == {"a", "b"} and writer.earlier == {"ok": 2}
    writer.write([_done("c")])
    writer.close()
    assert outputs.jsonl.read_text() == "".join(_done(x).jsonl for x in "abc")
    assert outputs.csv.read_text().splitlines()[1:] == ["a,ok", "b,ok", "c,ok"]
    assert [line for line in outputs.journal.read_text().splitlines()[1:]] == [
        f'{{"id": "{x}", "status": "ok"}}' for x in "abc"]


def test_a_journal_torn_in_its_header_starts_afresh(tmp_path: Path) -> None:
    outputs = Outputs(tmp_path / "out.jsonl")
    outputs.journal.write_bytes(b'{"format": "articlecompare-ba')
    writer = Writer(outputs, Settings().header())
    assert writer.done == set()
    writer.close()
    assert outputs.journal.read_text().startswith('{"format": "articlecompare-batch"')


@pytest.fixture
def listing(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "pairs.jsonl", COUNT)


@pytest.fixture
def reference(listing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    out = tmp_path / "reference.jsonl"
    assert main(["batch", str(listing), "-o", str(out), "-j", "1", "-q"]) == 0
    return out.read_bytes()


def _start(listing: Path, out: Path, jobs: int) -> subprocess.Popen[str]:
    # Ctrl+C as a terminal delivers it: a test run started in the background by a shell
    # ignores SIGINT, and a child would inherit that and never be interrupted
    return subprocess.Popen(
        [sys.executable, "-m", "articlecompare", "batch", str(listing), "-o", str(out),
         "-j", str(jobs), "--chunk", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_pairs(journal: Path, proc: subprocess.Popen[str], pairs: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_text(encoding="utf-8").count("\n") > pairs:
            return
        time.sleep(0.02)
    pytest.fail(f"the batch did not get to {pairs} pairs: {proc.poll()=}")


def _group(pgid: int) -> list[int]:
    """The processes still in process group ``pgid`` (Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _resume(listing: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, int]:
    """Runs the batch again; (pairs done before, pairs compared now)."""
    assert main(["batch", str(listing), "-o", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err
    before = int(err.split("resuming: ")[1].split(" of ")[0])
    now = int(err.splitlines()[-1].split(" pairs in ")[0])
    return before, now


def test_a_killed_batch_resumes_without_redoing_or_losing_a_pair(
        listing: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start(listing, out, jobs=1)
    _wait_for_pairs(Outputs(out).journal, proc, 6)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with open(out, "ab") as fh:  # as if the kill had landed in the middle of a line
        fh.write(b'{"id":"p0')
    before, now = _resume(listing, out, capsys)
    assert 6 <= before < COUNT and before + now == COUNT
    assert out.read_bytes() == reference


LONG = 240  # pairs: still running when Ctrl+C lands, even on a busy machine


@pytest.fixture
def long_listing(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "long.jsonl", LONG)


@pytest.fixture
def long_reference(long_listing: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "long-reference.jsonl"
    assert main(["batch", str(long_listing), "-o", str(out), "-j", "1", "-q"]) == 0
    return out.read_bytes()


def test_ctrl_c_stops_workers_cleanly_and_the_batch_resumes(
        long_listing: Path, long_reference: bytes, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    listing, reference = long_listing, long_reference
    out = tmp_path / "out.jsonl"
    proc = _start(listing, out, jobs=2)
    _wait_for_pairs(Outputs(out).journal, proc, 4)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl+C sends
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Run the same command again" in err and "Traceback" not in err
    if Path("/proc/self/stat").exists():  # the workers and the fork server are gone too
        deadline = time.monotonic() + 10
        while _group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group(proc.pid) == []
    lines = read_jsonl(out)
    assert 4 <= len(lines) < LONG
    assert [x["id"] for x in lines] == [f"p{k:03d}" for k in range(len(lines))]
    before, now = _resume(listing, out, capsys)
    assert before == len(lines) and before + now == LONG
    assert out.read_bytes() == reference
