"""The cycle collector's pause during a comparison: held off inside, restored after, shared
by nested and concurrent comparisons."""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.jobs import Cancelled, cycle_collection_paused
from articlecompare.core.model import Article


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_during_a_comparison_and_back_after() -> None:
    seen: list[bool] = []
    compare(Article("One two three. Four five."), Article("One two four. Five six."),
            progress=lambda *_: seen.append(gc.isenabled()))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_what_a_comparison_made_is_out_of_the_collectors_sight_after_it() -> None:
    """Otherwise the first collection after a large comparison walks all it made at once."""
    before = gc.get_freeze_count()
    c = compare(Article("One two three. Four five. " * 50), Article("One two four. Five six. " * 50))
    assert gc.get_freeze_count() > before + len(c.changes)


def test_the_collector_is_back_after_a_cancelled_comparison() -> None:
    with pytest.raises(Cancelled):
        compare(Article("One two."), Article("Three four."), cancel=lambda: True)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with cycle_collection_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_end_when_the_last_one_does() -> None:
    first_in, second_out, first_out = threading.Event(), threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with cycle_collection_paused():
            first_in.set()
            second_out.wait(5)
            states["after the second ended"] = gc.isenabled()
        first_out.set()

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with cycle_collection_paused():
        states["both"] = gc.isenabled()
    second_out.set()
    first_out.wait(5)
    worker.join(5)
    assert states == {"both": False, "after the second ended": False}
    assert gc.isenabled()


def test_let_go_empties_dicts_lists_and_sets() -> None:
    from articlecompare.core.jobs import let_go

    index = {str(n): [n] * 3 for n in range(5000)}
    tokens = list(range(10_000))
    words = {str(n) for n in range(3000)}
    let_go(index, tokens, words)
    assert (index, tokens, words) == ({}, [], set())


def test_let_go_empties_containers_and_gives_back_a_dicts_table() -> None:
    """A dict emptied item by item keeps the table it grew to; let go of, it gives it back
    (a side's token cache of a million sentences held its table to the end otherwise)."""
    import sys

    from articlecompare.core.jobs import let_go

    big = {n: n for n in range(100_000)}
    items, members = list(range(100_000)), set(range(100_000))
    let_go(big, items, members)
    assert big == {} and items == [] and members == set()
    assert sys.getsizeof(big) <= sys.getsizeof({})
