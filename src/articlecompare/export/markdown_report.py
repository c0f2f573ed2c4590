"""Comparison (+ annotations) -> a Markdown report, readable as plain text and rendered on a
code-hosting site (GitHub-flavoured tables and ~~strikethrough~~).

Depends on ``core`` and the shared ``excerpts``/``legend``. Article text is escaped so that no
character of it becomes Markdown or HTML: ``<script>`` stays text, ``*`` stays a star.
"""
from __future__ import annotations

from datetime import datetime

import os
import re
from collections.abc import Iterable

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison, FactStatus, WordOp
from articlecompare.export.atomic import write_text_atomic
from articlecompare.export import fact_table
from articlecompare.present.excerpts import ChangeRow, Piece, change_rows
from articlecompare.export.html_report import article_name, metadata_rows, report_title
from articlecompare.export.legend import KIND_HELP, KIND_ORDER, made_line
from articlecompare.present.lost_facts import lost_fact_lines
from articlecompare.present.revisions import revisions_line, tracked_revisions

# Backslash-escape the ASCII punctuation that can start inline syntax (CommonMark turns "\<"
# into a literal "<", so raw HTML never starts), "&" only where it would spell an entity, and
# what would start a block at the beginning of a line. The rest stays as it is, for people who
# read the file in a plain editor.
_INLINE = re.compile(r"([\\`*_\[\]<>|~$])|&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)(?:([#=+-])|(\d+)([.)]))")


def md_escape(text: str, *, line_start: bool = True) -> str:
    """Escape ``text`` for use inside a paragraph, list item or table cell; white space runs
    (newlines too) become one space, so the result is one line. ``line_start=False`` for
    text that follows other text on its line."""
    text = re.sub(r"\s+", " ", text)
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    return _LINE_START.sub(_escape_block_start, text) if line_start else text


def _escape_block_start(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def render_markdown(comparison: Comparison, annotations: AnnotationSet | None = None, *,
                    generated_at: datetime | None = None) -> str:
    notes = annotations or AnnotationSet()
    rows = change_rows(comparison, notes)
    parts = [
        f"# {md_escape(report_title(comparison))}",
        f"How the revised version differs from the original: "
        f"{md_escape(article_name(comparison.original) or 'original')} → "
        f"{md_escape(article_name(comparison.revised) or 'revised')}",
        f"*{md_escape(made_line(generated_at))}*",
    ]
    revisions = tracked_revisions(comparison.original, comparison.revised)
    if revisions:
        parts.append(md_escape(revisions_line(revisions)))
    if comparison.outcome.value != "complete" or comparison.notes:
        note = "; ".join(comparison.notes) or f"the comparison is {comparison.outcome.value}"
        parts.append(f"> **Note:** {md_escape(note)}")
    parts += [_sources(comparison), _summary(comparison, notes), _legend(),
              _change_table(rows), _change_details(rows), _ledger(comparison)]
    return "\n\n".join(parts) + "\n"


def write_markdown(comparison: Comparison, path: str | os.PathLike[str],
                   annotations: AnnotationSet | None = None) -> None:
    write_text_atomic(path, render_markdown(comparison, annotations))


def _table(header: Iterable[str], rows: Iterable[Iterable[str]], align: str = "") -> str:
    head = list(header)
    rule = [("---:" if align[i:i + 1] == "r" else "---") for i in range(len(head))]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _sources(comparison: Comparison) -> str:
    names = [n for n, _ in metadata_rows(comparison.original)]
    o = dict(metadata_rows(comparison.original))
    r = dict(metadata_rows(comparison.revised))
    rows = [[n, md_escape(o[n] or "—"), md_escape(r[n] or "—")] for n in names]
    rows.append(["Words", f"{comparison.summary.original_words:,}",
                 f"{comparison.summary.revised_words:,}"])
    return "## Sources\n\n" + _table(["", "Original", "Revised"], rows)


def _summary(comparison: Comparison, notes: AnnotationSet) -> str:
    s = comparison.summary
    judged = sum(1 for c in comparison.changes if notes.for_change(c) is not None)
    figures = _table(["Figure", "Value"], [
        ["Original kept", f"{s.kept_share:.0%}"],
        ["Revised that is new", f"{s.new_share:.0%}"],
        ["Changes", str(len(comparison.changes))],
        ["Changes annotated", str(judged)],
    ], "lr")
    counts = _table(["Kind of change", "Count"],
                    [[k.label, str(s.counts.get(k.value, 0))] for k in KIND_ORDER], "lr")
    missing = ("\n".join(f"- **{md_escape(f)}**" for f in lost_fact_lines(comparison))
               if s.missing_facts else "No fact of the original is missing.")
    return (f"## Summary\n\n{figures}\n\n{counts}\n\n"
            f"### Missing facts ({len(s.missing_facts)})\n\n{missing}")


def _legend() -> str:
    items = "\n".join(f"- **{k.label}**: {KIND_HELP[k]}" for k in KIND_ORDER)
    return ("## Legend\n\n" + items + "\n\nIn excerpts, ~~struck~~ words were deleted from the "
            "original and **bold** words were inserted in the revised version.")


def _change_table(rows: tuple[ChangeRow, ...]) -> str:
    if not rows:
        return "## Changes\n\nNo changes."
    body = []
    for row in rows:
        a = row.annotation
        body.append([
            f"[{md_escape(row.change.id)}](#{_slug(row.change.id, row.change.kind.label)})",
            row.change.kind.label,
            _inline(row.original) or "—", _inline(row.revised) or "—",
            md_escape("; ".join(row.facts)),
            a.verdict.label if a and a.verdict else "", md_escape(a.note) if a else "",
        ])
    return f"## Changes ({len(rows)})\n\n" + _table(
        ["Id", "Kind", "Original", "Revised", "Facts", "Verdict", "Note"], body)


def _change_details(rows: tuple[ChangeRow, ...]) -> str:
    blocks = []
    for row in rows:
        c = row.change
        lines = [f"### {md_escape(c.id)}: {c.kind.label}"]
        a = row.annotation
        if a is not None and a.verdict is not None:
            lines.append(f"**Verdict: {a.verdict.label}**")
        if row.original:
            lines.append("Original:\n\n> " + _inline(row.original))
        if row.revised:
            lines.append("Revised:\n\n> " + _inline(row.revised))
        if c.detail:
            lines.append(f"*{md_escape(c.detail)}*")
        if row.facts:
            lines.append("\n".join(f"- {md_escape(f)}" for f in row.facts))
        if a is not None and a.note.strip():
            note = "  \n".join(md_escape(line) for line in a.note.strip().splitlines())
            lines.append(f"Note: {note}")
        blocks.append("\n\n".join(lines))
    return "## Change details\n\n" + "\n\n".join(blocks) if blocks else ""


def _slug(*words: str) -> str:
    """The anchor a code-hosting site gives the heading "<id>: <label>"."""
    text = re.sub(r"[^\w\- ]", "", " ".join(words).lower())
    return text.replace(" ", "-")


def _inline(pieces: tuple[Piece, ...]) -> str:
    """One line: deleted words ~~struck~~, inserted **bold**, paragraph breaks as " ¶ "."""
    out: list[str] = []
    for piece in pieces:
        if piece.brk:
            out.append(" ¶ ")
        elif piece.text:
            out.append(_wrap(piece))
    return _LINE_START.sub(_escape_block_start, "".join(out).strip())


def _wrap(piece: Piece) -> str:
    marker = {WordOp.DELETE: "~~", WordOp.INSERT: "**"}.get(piece.op, "")
    core = piece.text.strip()
    if not marker or not core:
        return md_escape(piece.text, line_start=False) if core else " " * bool(piece.text)
    lead = " " if piece.text[:1].isspace() else ""
    trail = " " if piece.text[-1:].isspace() else ""
    return f"{lead}{marker}{md_escape(core, line_start=False)}{marker}{trail}"


def _ledger(comparison: Comparison) -> str:
    facts = comparison.facts
    if not facts:
        return f"## Fact ledger\n\n{fact_table.NONE_FOUND}"
    rows = []
    for f in fact_table.ranked(facts):
        text, kind, status, new = fact_table.cells(f)
        rows.append([md_escape(text), kind, f"**{status.upper()}**" if f.status is FactStatus.MISSING else status,
                     md_escape(new)])
    return (f"## Fact ledger ({len(facts)} facts, {fact_table.missing_count(facts)} missing)\n\n"
            + _table(list(fact_table.HEADERS), rows))
