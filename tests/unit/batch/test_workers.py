"""Worker processes: a worker that dies (out of memory, killed) takes only the pair it was
comparing; the others of its chunk and of the chunks under way are compared again."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from articlecompare.batch import Document, Outputs, Pair, Settings, Writer
from articlecompare.batch.runner import WORKER_DIED, ProcessEngine, run
from batch_pairs import pair_texts, read_jsonl


class Fatal:
    """Ends the process that unpickles it, as the kernel's out-of-memory killer would."""

    def __reduce__(self) -> tuple[Any, ...]:
        return os._exit, (9,)


@pytest.mark.slow
def test_a_dying_worker_takes_only_its_pair(tmp_path: Path) -> None:
    pairs: list[Pair] = [Pair(i, Document.of_text(a), Document.of_text(b)) for i, a, b in pair_texts(7)]
    pairs.insert(3, Pair("fatal", Document(text=Fatal()), Document.of_text("Text.")))  # type: ignore[arg-type]
    outputs = Outputs(tmp_path / "out.jsonl")
    settings = Settings(threads=1)
    tally = run(pairs, Writer(outputs, settings.header()), settings, ProcessEngine(2), chunk_size=2)
    lines = read_jsonl(outputs.jsonl)
    assert [x["id"] for x in lines] == [p.id for p in pairs]
    assert [x["id"] for x in lines if x["status"] == "failed"] == ["fatal"]
    assert lines[3]["error"] == WORKER_DIED
    assert tally.now == {"ok": 7, "failed": 1}


@pytest.mark.slow
def test_a_pool_found_broken_while_submitting_costs_no_pair(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker may die between two submissions (the chunk resubmitted just before held the
    pair that kills it): the pool is broken when the next chunk is handed to it. That chunk
    is compared again, one pair at a time, like the chunks a dying worker took with it."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    import articlecompare.batch.runner as runner

    calls = {"n": 0}

    class BreaksOnce(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == 3:  # the third chunk handed over finds the pool broken
                raise BrokenProcessPool("a worker died")
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(runner, "ProcessPoolExecutor", BreaksOnce)
    pairs = [Pair(i, Document.of_text(a), Document.of_text(b)) for i, a, b in pair_texts(8)]
    outputs = Outputs(tmp_path / "out.jsonl")
    settings = Settings(threads=1)
    tally = run(pairs, Writer(outputs, settings.header()), settings, ProcessEngine(2), chunk_size=2)
    lines = read_jsonl(outputs.jsonl)
    assert [x["id"] for x in lines] == [p.id for p in pairs]
    assert tally.now == {"ok": 8}
