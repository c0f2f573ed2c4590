"""The version-1 JSON report: a Comparison as the documented, stable dictionary.

Depends on ``core.model``, and on ``present.figure_labels`` for what a number counts (a fact's
``context``, a field added within version 1). The shape is the contract in the evaluation
README plus ``words`` (the whole word diff) and ``facts`` (the ledger); a change of shape
bumps VERSION.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..core.model import Article, Change, Comparison, Fact, Span
from ..present.figure_labels import fact_label
from .atomic import atomic_writer

FORMAT = "articlecompare-report"
VERSION = 1


def _span(text: str, span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start:span.end]}


def _article(article: Article, words: int) -> dict[str, Any]:
    meta = article.metadata
    out: dict[str, Any] = {"source": article.source, "title": meta.title, "byline": meta.byline,
                           "date": meta.date, "site": meta.site, "url": meta.url,
                           "kind": article.kind, "text": article.text, "words": words}
    if article.revisions:  # a document's tracked changes: who changed what, and when
        out["revisions"] = [{"kind": r.kind, "text": r.text, "author": r.author, "date": r.date}
                            for r in article.revisions]
    return out


def fact_dict(comparison: Comparison, fact: Fact) -> dict[str, Any]:
    return {"text": fact.text, "type": fact.type.value, "status": fact.status.value,
            "original": _span(comparison.original.text, fact.original),
            "revised": _span(comparison.revised.text, fact.revised),
            "replacement": fact.replacement, "speaker": fact.speaker,
            "context": fact_label(comparison, fact) or None}


def change_dict(comparison: Comparison, change: Change) -> dict[str, Any]:
    return {"id": change.id, "key": change.key, "kind": change.kind.value,
            "detail": change.detail, "confidence": change.confidence,
            "original": _span(comparison.original.text, change.original),
            "revised": _span(comparison.revised.text, change.revised),
            "facts": [fact_dict(comparison, f) for f in change.facts]}


def report_entries(comparison: Comparison) -> list[tuple[str, Any]]:
    """The report's top-level keys and values in order; the long lists (changes, facts,
    alignment, words) as iterators, made an item at a time as they are read."""
    s = comparison.summary
    original, revised = comparison.original.text, comparison.revised.text
    return [
        ("format", FORMAT),
        ("version", VERSION),
        ("outcome", comparison.outcome.value),
        ("notes", list(comparison.notes)),
        ("original", _article(comparison.original, s.original_words)),
        ("revised", _article(comparison.revised, s.revised_words)),
        ("summary", {"counts": dict(s.counts), "missing_facts": list(s.missing_facts),
                     "kept_share": round(s.kept_share, 4), "new_share": round(s.new_share, 4),
                     "original_words": s.original_words, "revised_words": s.revised_words}),
        ("changes", (change_dict(comparison, c) for c in comparison.changes)),
        ("facts", (fact_dict(comparison, f) for f in comparison.facts)),
        ("alignment", ({"kind": al.kind.value,
                        "original": [al.original.start, al.original.end] if al.original else None,
                        "revised": [al.revised.start, al.revised.end] if al.revised else None,
                        "similarity": al.similarity} for al in comparison.alignment)),
        ("words", ({"op": w.op.value,
                    "original": [w.original.start, w.original.end] if w.original else None,
                    "revised": [w.revised.start, w.revised.end] if w.revised else None}
                   for w in comparison.words)),
    ]


def report_dict(comparison: Comparison) -> dict[str, Any]:
    """The whole report as plain JSON-ready data."""
    return {key: list(value) if isinstance(value, Iterator) else value
            for key, value in report_entries(comparison)}


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_BATCH = 1024  # list items encoded into one piece of the output
_LONG = 1 << 20  # characters of a text above which it is encoded a piece at a time


def dumps(data: dict[str, Any]) -> str:
    """``data`` as JSON with one top-level key per line and each item of a top-level list on a
    line of its own: easy to read and to grep, and written by the compiled encoder (an indented
    dump goes through the pure-Python one, twice as slow on a long report)."""
    return "".join(pieces(data.items()))


def pieces(entries: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """The text of ``dumps`` for top-level ``entries`` in consecutive pieces, a list (or an
    iterator of items) ``_BATCH`` items at a time: written as they come, a long report is never
    held whole, as text or as data."""
    yield "{"
    for n, (key, value) in enumerate(entries):
        head = ("\n " if n == 0 else ",\n ") + _ENCODE(key) + ": "
        if not isinstance(value, (list, Iterator)):
            yield head
            yield from _encoded(value)
            continue
        items = iter(value)
        batch = [_ENCODE(item) for item in islice(items, _BATCH)]
        if not batch:
            yield head + "[]"
            continue
        yield head + "[\n  " + ",\n  ".join(batch)
        while batch := [_ENCODE(item) for item in islice(items, _BATCH)]:
            yield ",\n  " + ",\n  ".join(batch)
        yield "\n ]"
    yield "\n}"


def _encoded(value: Any) -> Iterator[str]:
    """``_ENCODE(value)`` in pieces: an article's text (the ``text`` of a dict) is escaped
    ``_LONG`` characters at a time, never as one string as long as the whole."""
    text = value.get("text") if isinstance(value, dict) else None
    if not isinstance(text, str) or len(text) <= _LONG:
        yield _ENCODE(value)
        return
    # '"text": ""' stands in the encoding once: in other strings its quotes are escaped
    head, tail = _ENCODE({**value, "text": ""}).split('"text": ""', 1)
    yield head + '"text": "'
    for start in range(0, len(text), _LONG):
        yield _ENCODE(text[start:start + _LONG])[1:-1]
    yield '"' + tail


def write_entries(path: str | os.PathLike[str], entries: Iterable[tuple[str, Any]]) -> None:
    """``dumps`` of ``entries`` and a final line break, written atomically piece by piece."""
    with atomic_writer(path) as handle:
        for piece in pieces(entries):
            handle.write(piece.encode("utf-8", "replace"))
        handle.write(b"\n")


def write_json(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    write_entries(path, report_entries(comparison))
