"""A readable plain-text summary of a Comparison, for the terminal.

Depends on ``core.model`` and ``present``. Lines are kept under ``width`` characters; no colour codes.
"""
from __future__ import annotations

import textwrap

from ..core.model import ChangeKind, Comparison
from ..present.lost_facts import lost_fact_lines
from ..present.revisions import revisions_line

_MARK = {ChangeKind.OMISSION: "-", ChangeKind.BOILERPLATE: "~", ChangeKind.MOVE: ">"}


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def summary_text(comparison: Comparison, width: int = 100) -> str:
    s = comparison.summary
    out = []
    for label, article, words in (("Original", comparison.original, s.original_words),
                                  ("Revised", comparison.revised, s.revised_words)):
        title = f" — {article.metadata.title}" if article.metadata.title else ""
        out.append(f"{label + ':':10}{article.source or '(untitled)'} ({words:,} words){title}")
    if comparison.revised.revisions:
        out.extend(textwrap.wrap(revisions_line(comparison.revised.revisions), width, subsequent_indent="  "))
    out.append(f"Kept {s.kept_share:.0%} of the original; {s.new_share:.0%} of the revised text is new.")
    if s.counts:
        counts = ", ".join(f"{n} {ChangeKind(k).label.lower()}" for k, n in
                           sorted(s.counts.items(), key=lambda kv: -kv[1]))
        out.append(f"Changes: {counts}.")
    else:
        out.append("No changes in content.")
    missing = lost_fact_lines(comparison)  # the summary's missing facts, as the reports list them
    if missing:
        out.extend(textwrap.wrap(f"Missing facts ({len(missing)}): " + "; ".join(missing),
                                 width, subsequent_indent="  "))
    if comparison.changes:
        out.append("")
    for change in comparison.changes:
        side = comparison.revised if change.revised else comparison.original
        span = change.revised or change.original
        assert span is not None
        mark = _MARK.get(change.kind, "+" if change.original is None else "*")
        text = _excerpt(side.text[span.start:span.end], width - 30)
        out.append(f"{change.id:>5} {change.kind.value:<12} {mark} {text}")
        if change.detail and change.kind not in (ChangeKind.MOVE,):
            out.append(f"{'':19}  {_excerpt(change.detail, width - 22)}")
    return "\n".join(out) + "\n"
