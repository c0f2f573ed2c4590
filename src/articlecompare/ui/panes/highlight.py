"""Highlight positions for a QPlainTextEdit: code points to UTF-16, and runs split per block.

``to_utf16`` is the one place where code-point offsets (the model's) become UTF-16
positions (Qt's): an emoji before a word would otherwise shift every highlight after it.
``block_starts`` and ``bucket_runs`` split runs at block boundaries from the text alone, so a
worker thread can do it; ``bucket_by_block`` does the same from a document. Putting the
formats on the blocks is ``blockformats``' job.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import TypeVar

from PySide6.QtGui import QTextDocument

from articlecompare.present.marks import Run, Style

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_LINE_BREAKS = ("\r", "\x0b", "\x85")
# where Qt's setPlainText starts a new block, once display_text has been applied (U+FDD0 and
# U+FDD1 are the frame marks QTextCursor.insertText also breaks at)
_BLOCK_BREAKS = re.compile("[\n\u2029\ufdd0\ufdd1]")

S = TypeVar("S")  # what a run's format is looked up by: a Style, or a verdict
BlockRuns = dict[int, list[tuple[int, int, S]]]  # block number -> (start in block, length, S)


def to_utf16(text: str, offsets: Sequence[int]) -> list[int]:
    """Qt positions (UTF-16 code units) of code-point ``offsets`` into ``text``."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return list(offsets)
    return [offset + bisect_left(astral, offset) for offset in offsets]


def display_text(text: str) -> str:
    r"""The text to put in a pane: same length in code points, but every line break a single
    character Qt will not merge (``\r\n`` would become one block separator and shift offsets)."""
    text = text.replace("\r\n", " \n")
    for mark in _LINE_BREAKS:           # str.replace is far faster than translate on long texts
        if mark in text:
            text = text.replace(mark, "\n")
    return text


def runs_to_utf16(text: str, runs: Sequence[Run]) -> list[tuple[int, int, Style]]:
    positions = to_utf16(text, [p for run in runs for p in (run.start, run.end)])
    return [(positions[2 * n], positions[2 * n + 1], run.style) for n, run in enumerate(runs)]


def block_starts(text: str) -> list[int]:
    """UTF-16 positions where the blocks of a document holding ``text`` (a ``display_text``)
    begin: the first is 0, and there is one per block."""
    return [0] + to_utf16(text, [m.end() for m in _BLOCK_BREAKS.finditer(text)])


def bucket_runs(starts: Sequence[int], length: int,
                runs: Iterable[tuple[int, int, S]]) -> BlockRuns[S]:
    """Split UTF-16 runs at block boundaries, given where blocks start (``block_starts``) and
    the text's UTF-16 ``length``: block number -> (start in block, length, style). A run does
    not cover the break that ends a block."""
    by_block: BlockRuns[S] = {}
    last = len(starts) - 1
    for start, end, style in runs:
        number = max(0, bisect_right(starts, start) - 1)
        while number <= last and starts[number] < end:
            first = starts[number]
            stop = starts[number + 1] - 1 if number < last else length
            left, right = max(start, first), min(end, stop)
            if right > left:
                by_block.setdefault(number, []).append((left - first, right - left, style))
            number += 1
    return by_block


def bucket_by_block(document: QTextDocument, runs: Sequence[tuple[int, int, S]]) -> BlockRuns[S]:
    """``bucket_runs`` for runs on a document already filled (the few runs of annotations, or
    a text whose blocks the plan did not foresee)."""
    by_block: BlockRuns[S] = {}
    for start, end, style in runs:
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            first = block.position()
            left, right = max(start, first), min(end, first + block.length() - 1)
            if right > left:
                by_block.setdefault(block.blockNumber(), []).append((left - first, right - left, style))
            block = block.next()
    return by_block
