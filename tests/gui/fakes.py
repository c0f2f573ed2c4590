"""A small stand-in engine for GUI tests: difflib over words, every change classified by a rule.

It builds real ``Comparison`` objects (the model's own types) so the window can be tested on
exact, known highlights independently of the engine's classification.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from difflib import SequenceMatcher

from articlecompare.core.jobs import Cancelled
from articlecompare.core.model import (
    AlignKind, Alignment, Article, Change, ChangeKind, Comparison, Fact, FactStatus, FactType, Span,
    Summary, WordEdit, WordOp,
)
from articlecompare.core.options import CompareOptions

_TOKEN = re.compile(r"\S+\s*|\s+")

DEFAULT_KINDS = {"replace": ChangeKind.REWORDING, "insert": ChangeKind.ADDITION,
                 "delete": ChangeKind.OMISSION}


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _span(tokens: list[tuple[int, int]], i: int, j: int, length: int) -> Span:
    if i == j:
        at = tokens[i][0] if i < len(tokens) else length
        return Span(at, at)
    return Span(tokens[i][0], tokens[j - 1][1])


def word_comparison(original: Article, revised: Article, options: CompareOptions = CompareOptions(),
                    *, classify: Callable[[str, str, str], ChangeKind] | None = None,
                    facts: tuple[Fact, ...] = (), cancel: Callable[[], bool] | None = None,
                    progress: Callable[[float, str], None] | None = None) -> Comparison:
    """Compare word by word; ``classify(tag, old, new)`` picks each change's kind."""
    a, b = _tokens(original.text), _tokens(revised.text)
    key = (lambda t: t.strip().casefold()) if options.ignore_case else (lambda t: t.strip())
    keys_a = [key(original.text[s:e]) for s, e in a]
    keys_b = [key(revised.text[s:e]) for s, e in b]
    words: list[WordEdit] = []
    changes: list[Change] = []
    opcodes = SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(n / max(1, len(opcodes)), "words")
        so, sr = _span(a, i1, i2, len(original.text)), _span(b, j1, j2, len(revised.text))
        if tag == "equal":
            words.append(WordEdit(WordOp.EQUAL, so, sr))
            continue
        runs = []
        if so.length:
            runs.append(WordEdit(WordOp.DELETE, so, None))
        if sr.length:
            runs.append(WordEdit(WordOp.INSERT, None, sr))
        words.extend(runs)
        old, new = original.text[so.start:so.end], revised.text[sr.start:sr.end]
        kind = classify(tag, old, new) if classify else DEFAULT_KINDS[tag]
        if kind == ChangeKind.BOILERPLATE and options.hide_boilerplate:
            continue
        changes.append(Change(id=f"c{len(changes) + 1}", kind=kind,
                              original=so if so.length else None, revised=sr if sr.length else None,
                              detail=f"{old.strip()} → {new.strip()}", key=f"{tag}:{old}:{new}",
                              edits=tuple(runs)))
    alignment = (Alignment(AlignKind.EQUAL, Span(0, len(original.text)), Span(0, len(revised.text))),)
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind.value] = counts.get(change.kind.value, 0) + 1
    summary = Summary(len(a), len(b), 0.8, 0.2, counts,
                      tuple(f.text for f in facts if f.status == FactStatus.MISSING))
    return Comparison(original, revised, tuple(words), alignment, tuple(changes), facts, summary)


def missing_fact(article: Article, text: str) -> Fact:
    start = article.text.index(text)
    return Fact(text, FactType.NUMBER, FactStatus.MISSING, Span(start, start + len(text)))


class GatedCompare:
    """A compare function that waits at a gate until released (or cancelled): for testing
    cancellation and superseded results without relying on timing."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.calls = 0

    def __call__(self, original: Article, revised: Article, options: CompareOptions = CompareOptions(),
                 *, cancel: Callable[[], bool] | None = None,
                 progress: Callable[[float, str], None] | None = None) -> Comparison:
        self.calls += 1
        self.started.set()
        while not self.gate.wait(0.005):
            if cancel is not None and cancel():
                raise Cancelled()
        return word_comparison(original, revised, options, cancel=cancel, progress=progress)


_SUBJECTS = ["The council", "Mayor Jane Smith", "The finance committee", "Residents of Oak Park",
             "The transit agency", "Officials", "A spokesman for the city", "Local business owners"]
_VERBS = ["said", "announced", "reported", "confirmed", "argued", "noted"]
_OBJECTS = ["the budget would rise by {n} percent", "{n} new buses would arrive in {m}",
            "the plan had been delayed until {m}", "about {n},000 people attended the meeting",
            "the vote passed {n} to {k}", "repairs on Main Street would cost {n} million dollars"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def generated_pair(words: int) -> tuple[Article, Article]:
    """A news-like pair of about ``words`` words: every 7th sentence reworded, every 11th cut,
    a sentence of commentary added every 13th, paragraphs of five sentences."""
    original: list[str] = []
    revised: list[str] = []
    count, n = 0, 0
    while count < words:
        sentence = (f"{_SUBJECTS[n % len(_SUBJECTS)]} {_VERBS[n % len(_VERBS)]} on Tuesday that "
                    + _OBJECTS[n % len(_OBJECTS)].format(n=n % 97 + 2, k=n % 5 + 1, m=_MONTHS[n % 6])
                    + f" (item {n}).")
        original.append(sentence)
        if n % 11 == 5:
            pass
        elif n % 7 == 3:
            revised.append(sentence.replace(" on Tuesday that", " on Tuesday, according to records,"))
        else:
            revised.append(sentence)
        if n % 13 == 8:
            revised.append("Critics say this is yet another disgraceful failure of leadership.")
        count += len(sentence.split())
        n += 1

    def paragraphs(sentences: list[str]) -> str:
        return "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5))

    return Article(paragraphs(original), "generated original"), Article(paragraphs(revised), "generated revised")
