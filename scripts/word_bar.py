#!/usr/bin/env python3
"""Measure the bar a single word must reach, read alone by the opinion model, to count as an
evaluative word when it is put into a sentence that otherwise stayed.

    python scripts/word_bar.py

Reads training/words/words.tsv (words the project wrote and labelled itself: EVAL for words
that judge, PLAIN for the plain words of news copy), reads each word alone with the shipped
model and prints, for bars from 0.40 to 0.80, the share of evaluative words that reach it and
the share of plain words that do. The bar shipped (``WORD_BAR`` in core/commentary.py) is the
lowest at which fewer than one plain word in a hundred reaches it: a desk would rather miss a
rare word than see plain reporting flagged.
"""
from __future__ import annotations

import csv
from pathlib import Path

WORDS = Path(__file__).resolve().parent.parent / "training" / "words" / "words.tsv"
MOST_PLAIN = 0.01  # the share of plain words that may reach the bar


def read_words(path: Path = WORDS) -> tuple[list[str], list[str]]:
    """The evaluative and the plain words of the list."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return ([r["word"] for r in rows if r["label"] == "EVAL"],
            [r["word"] for r in rows if r["label"] == "PLAIN"])


def choose_bar(evaluative: list[float], plain: list[float]) -> float:
    """The lowest bar, in steps of 0.025, that fewer than ``MOST_PLAIN`` of the plain
    readings reach."""
    for step in range(16, 41):
        bar = step * 0.025
        if sum(p >= bar for p in plain) < MOST_PLAIN * len(plain):
            return round(bar, 3)
    return 1.0


def main() -> int:
    from articlecompare.core.commentary import WORD_BAR
    from articlecompare.opinion import fresh_reader

    evaluative, plain = read_words()
    read = fresh_reader()  # the int8 model scales a batch as a whole: read the lists as such
    read_e, read_p = read(evaluative), read(plain)
    print(f"{len(evaluative)} evaluative and {len(plain)} plain words")
    print("bar    evaluative reached   plain reached")
    for step in range(16, 33):
        bar = step * 0.025
        print(f"{bar:.3f}  {sum(p >= bar for p in read_e) / len(read_e):>17.2f}"
              f"  {sum(p >= bar for p in read_p) / len(read_p):>14.3f}")
    chosen = choose_bar(read_e, read_p)
    print(f"chosen bar {chosen} (shipped {WORD_BAR})")
    return 0 if chosen == WORD_BAR else 1


if __name__ == "__main__":
    raise SystemExit(main())
