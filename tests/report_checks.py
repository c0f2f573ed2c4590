"""Checks every JSON report must pass, shared by the command-line and robustness tests:
spans slice to their text, and the word runs rebuild both texts."""
from __future__ import annotations

from typing import Any


def check_report(report: dict[str, Any]) -> None:
    """Offsets in a JSON report agree with its texts."""
    texts = {"original": report["original"]["text"], "revised": report["revised"]["text"]}
    for change in report["changes"]:
        assert change["original"] is not None or change["revised"] is not None
        for side, text in texts.items():
            check_span(change[side], text)
        for fact in change["facts"]:
            check_fact(fact, texts)
    for fact in report["facts"]:
        check_fact(fact, texts)
    for row in report["alignment"]:
        for side, text in texts.items():
            if row[side] is not None:
                start, end = row[side]
                assert 0 <= start <= end <= len(text)
    rebuilt = {"original": [], "revised": []}
    ends = {"original": 0, "revised": 0}
    for run in report["words"]:
        sides = {"equal": ("original", "revised"), "delete": ("original",),
                 "insert": ("revised",)}[run["op"]]
        for side in ("original", "revised"):
            assert (run[side] is not None) == (side in sides), run
        for side in sides:
            start, end = run[side]
            assert start == ends[side] and end >= start, run
            ends[side] = end
            rebuilt[side].append(texts[side][start:end])
    for side, text in texts.items():
        assert "".join(rebuilt[side]) == text


def check_span(span: dict[str, Any] | None, text: str) -> None:
    if span is None:
        return
    assert 0 <= span["start"] <= span["end"] <= len(text), span
    assert span["text"] == text[span["start"]:span["end"]], span


def check_fact(fact: dict[str, Any], texts: dict[str, str]) -> None:
    for side, text in texts.items():
        check_span(fact[side], text)
