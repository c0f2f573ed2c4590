"""Comparison (+ annotations) -> one self-contained HTML page.

Depends on ``core`` and the shared ``excerpts``/``legend``; the stylesheet is package data
(resources/report/report.css) inlined into the page. No scripts, no external requests (a
Content-Security-Policy forbids them), and every piece of text is escaped.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from html import escape
from importlib.resources import files

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import Article, Comparison, Fact, Metadata, Side, WordOp
from articlecompare.export import fact_table
from articlecompare.export.atomic import write_text_atomic
from articlecompare.export.legend import KIND_HELP, KIND_ORDER, VERDICT_HELP, made_line
from articlecompare.present.excerpts import (
    ChangeRow, Piece, change_rows, redline_pieces, side_pieces)
from articlecompare.present.lost_facts import lost_fact_lines
from articlecompare.present.palette import report_css_palette, report_css_rules
from articlecompare.present.revisions import revision_text, revisions_line, tracked_revisions

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@dataclass(frozen=True, slots=True)
class Tags:
    """Element names for marks; Qt's rich text knows no mark/del/ins, so it gets spans."""

    mark: str = "mark"
    delete: str = "del"
    insert: str = "ins"
    ref: str = "sup"   # a change's label after its text (Qt shrinks a sup to unreadable)


BROWSER_TAGS = Tags()


def report_css(name: str = "report.css") -> str:
    """A report style sheet (``report.css`` for the page, ``print.css`` for the PDF) with the
    app's palette after it."""
    sheet = (files("articlecompare") / "resources" / "report" / name).read_text("utf-8")
    return sheet + (report_css_rules() if name == "print.css" else report_css_palette())


def render_html(comparison: Comparison, annotations: AnnotationSet | None = None, *,
                generated_at: datetime | None = None) -> str:
    notes = annotations or AnnotationSet()
    rows = change_rows(comparison, notes)
    body = "\n".join([
        _header(comparison, generated_at),
        _sources(comparison),
        _summary(comparison, notes),
        _legend(),
        _article(comparison, notes),
        _changes(rows),
        _ledger(comparison.facts),
        "<footer>Report made with ArticleCompare. Offsets are character positions in each "
        "version's text as compared.</footer>",
    ])
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"ArticleCompare\">\n"
        f"<title>{_e(report_title(comparison))}</title>\n"
        f"<style>\n{report_css()}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
        "</body>\n</html>\n"
    )


def write_html(comparison: Comparison, path: str | os.PathLike[str],
               annotations: AnnotationSet | None = None) -> None:
    write_text_atomic(path, render_html(comparison, annotations))


def report_title(comparison: Comparison) -> str:
    return f"Comparison: {article_name(comparison.revised) or 'revised version'}"


def article_name(article: Article) -> str:
    return article.metadata.title or os.path.basename(article.source) or article.source


def pieces_html(pieces: Iterable[Piece], notes: AnnotationSet, tags: Tags = BROWSER_TAGS,
                refs: bool = True, kinds: bool = True) -> str:
    """Marked pieces as paragraphs of escaped text. ``refs`` adds links to the change list;
    ``kinds`` tints each change by its kind (deleted/inserted words are marked either way)."""
    out: list[str] = ["<p>"]
    for piece in pieces:
        if piece.brk:
            out.append("</p>\n<p>")
        elif piece.last:
            if refs and piece.change is not None:
                out.append(_ref(piece, notes.for_change(piece.change), tags))
        else:
            out.append(_piece(piece, tags, kinds))
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")


def _piece(piece: Piece, tags: Tags, kinds: bool) -> str:
    text = _e(piece.text)
    if piece.op is WordOp.DELETE:
        text = f'<{tags.delete} class="w del">{text}</{tags.delete}>'
    elif piece.op is WordOp.INSERT:
        text = f'<{tags.insert} class="w ins">{text}</{tags.insert}>'
    if piece.change is None or not kinds:
        return text
    kind = piece.change.kind.value
    return (f'<{tags.mark} class="hl k-{kind}" title="{_e(piece.change.id)}: '
            f'{_e(piece.change.kind.label)}">{text}</{tags.mark}>')


def _ref(piece: Piece, annotation: Annotation | None, tags: Tags = BROWSER_TAGS) -> str:
    assert piece.change is not None
    cid = _e(piece.change.id)
    label = cid
    cls = "ref"
    if annotation is not None and annotation.verdict is not None:
        label += f" {_e(annotation.verdict.label.lower())}"
        cls += f" v v-{annotation.verdict.value}"
    return f'<{tags.ref} class="{cls}"><a href="#change-{cid}">{label}</a></{tags.ref}>'


def _header(comparison: Comparison, generated_at: datetime | None) -> str:
    parts = [f"<header>\n<h1>{_e(report_title(comparison))}</h1>",
             f'<p class="subtitle">How the revised version differs from the original: '
             f'{_e(article_name(comparison.original) or "original")} → '
             f'{_e(article_name(comparison.revised) or "revised")}</p>']
    parts.append(f'<p class="subtitle">{_e(made_line(generated_at))}</p>')
    revisions = tracked_revisions(comparison.original, comparison.revised)
    if revisions:  # a document's tracked changes: who changed what, and when
        items = "".join(f"<li>{_e(revision_text(r))}</li>" for r in revisions)
        parts.append(f'<details class="revisions"><summary>{_e(revisions_line(revisions))}</summary>'
                     f"<ul>{items}</ul></details>")
    if comparison.outcome.value != "complete" or comparison.notes:
        text = "; ".join(comparison.notes) or f"the comparison is {comparison.outcome.value}"
        parts.append(f'<p class="notice"><strong>Note:</strong> {_e(text)}</p>')
    parts.append("</header>")
    return "\n".join(parts)


def metadata_rows(article: Article) -> list[tuple[str, str | None]]:
    meta: Metadata = article.metadata
    rows = [(f.name.capitalize() if f.name != "url" else "URL", getattr(meta, f.name))
            for f in fields(Metadata)]
    rows.append(("Source", article.source or None))
    return rows


def _sources(comparison: Comparison) -> str:
    cards = []
    for heading, article, words in (("Original", comparison.original, comparison.summary.original_words),
                                    ("Revised", comparison.revised, comparison.summary.revised_words)):
        items = "".join(f"<dt>{_e(name)}</dt><dd>{value_html(value)}</dd>"
                        for name, value in metadata_rows(article))
        items += f"<dt>Words</dt><dd>{words:,}</dd>"
        cards.append(f'<div class="source"><h3>{heading}</h3><dl>{items}</dl></div>')
    return f'<section id="sources">\n<h2>Sources</h2>\n<div class="sources">{"".join(cards)}</div>\n</section>'


def _summary(comparison: Comparison, notes: AnnotationSet) -> str:
    s = comparison.summary
    judged = sum(1 for c in comparison.changes if notes.for_change(c) is not None)
    figures = [
        (f"{s.kept_share:.0%}", "of the original kept"),
        (f"{s.new_share:.0%}", "of the revised is new"),
        (f"{len(comparison.changes)}", "changes"),
        (f"{len(s.missing_facts)}", "missing facts"),
        (f"{judged}", "changes annotated"),
    ]
    fig_html = "".join(f'<div class="figure"><span class="value">{_e(v)}</span>'
                       f'<span class="label">{_e(label)}</span></div>' for v, label in figures)
    counts = "".join(
        f'<tr class="{"some" if s.counts.get(k.value) else "zero"}">'
        f'<td><span class="hl k-{k.value}">{_e(k.label)}</span></td>'
        f'<td class="num">{s.counts.get(k.value, 0)}</td></tr>' for k in KIND_ORDER)
    missing = ("<ul>" + "".join(f"<li>{_e(f)}</li>" for f in lost_fact_lines(comparison)) + "</ul>"
               if s.missing_facts else '<p class="none">No fact of the original is missing.</p>')
    return (
        '<section id="summary">\n<h2>Summary</h2>\n'
        f'<div class="figures">{fig_html}</div>\n<div class="summary-grid">'
        f'<table class="counts"><thead><tr><th>Kind of change</th><th class="num">Count</th>'
        f'</tr></thead><tbody>{counts}</tbody></table>'
        f'<div class="missing-box"><h3>Missing facts</h3>{missing}</div></div>\n</section>'
    )


def _legend() -> str:
    kinds = "".join(
        f'<li><span class="sample"><mark class="hl k-{k.value}">{_e(k.label)}</mark></span>'
        f'<span class="what">{_e(KIND_HELP[k])}</span></li>' for k in KIND_ORDER)
    marks = ('<li><span class="sample"><del class="w del">deleted</del> '
             '<ins class="w ins">inserted</ins></span><span class="what">words the '
             'word-level diff removed or added</span></li>')
    verdicts = "".join(
        f'<li><span class="sample"><span class="verdict v-{v.value}">{_e(v.label)}</span></span>'
        f'<span class="what">{_e(VERDICT_HELP[v])}</span></li>' for v in Verdict)
    return (f'<section id="legend">\n<h2>Legend</h2>\n<ul class="legend">{kinds}{marks}</ul>\n'
            f'<ul class="legend verdict-legend">{verdicts}</ul>\n</section>')


def _article(comparison: Comparison, notes: AnnotationSet) -> str:
    original = pieces_html(side_pieces(comparison, Side.ORIGINAL), notes)
    revised = pieces_html(side_pieces(comparison, Side.REVISED), notes)
    redline = pieces_html(redline_pieces(comparison), notes)
    return (
        '<section id="article">\n<h2>The article, marked</h2>\n'
        '<div class="side-by-side">'
        f'<div class="column"><h3>Original</h3><div class="text">{original}</div></div>'
        f'<div class="column"><h3>Revised</h3><div class="text">{revised}</div></div></div>\n'
        '<div class="redline"><h3>Revised, with deletions shown in place</h3>'
        f'{redline}</div>\n</section>'
    )


def _changes(rows: tuple[ChangeRow, ...]) -> str:
    cards = "\n".join(_change_card(row) for row in rows) or '<p class="none">No changes.</p>'
    return f'<section id="changes">\n<h2>Changes ({len(rows)})</h2>\n{cards}\n</section>'


def _change_card(row: ChangeRow) -> str:
    c = row.change
    header = (f'<header><span class="cid">{_e(c.id)}</span>'
              f'<span class="badge k-{c.kind.value}">{_e(c.kind.label)}</span>')
    if row.annotation is not None and row.annotation.verdict is not None:
        v = row.annotation.verdict
        header += f'<span class="verdict v-{v.value}">{_e(v.label)}</span>'
    header += "</header>"
    excerpts = (f'<div class="excerpts"><div><span class="label">Original</span>'
                f'{_excerpt(row.original)}</div><div><span class="label">Revised</span>'
                f'{_excerpt(row.revised)}</div></div>')
    extra = ""
    if c.detail:
        extra += f'<p class="detail">{_e(c.detail)}</p>'
    if c.facts:
        extra += '<ul class="facts-inline">' + "".join(
            f'<li class="{f.status.value}">{_e(text)}</li>'
            for f, text in zip(c.facts, row.facts)) + "</ul>"
    if row.annotation is not None and row.annotation.note.strip():
        extra += f'<p class="note"><span class="label">Note:</span> {_e(row.annotation.note)}</p>'
    return (f'<article class="change card-{c.kind.value}" id="change-{_e(c.id)}">'
            f'{header}{excerpts}{extra}</article>')


def _excerpt(pieces: tuple[Piece, ...]) -> str:
    if not pieces:
        return '<p class="none">—</p>'
    return pieces_html(pieces, AnnotationSet(), refs=False, kinds=False)


def ledger_rows(facts: Iterable[Fact], status_cell: Callable[[Fact], str]) -> tuple[str, str]:
    """The fact ledger's header row and body rows as HTML; ``status_cell`` gives each
    fact's status cell (``<td>...</td>``)."""
    head = "<tr>" + "".join(f"<th>{_e(h)}</th>" for h in fact_table.HEADERS) + "</tr>"
    rows = "".join(
        f'<tr class="{f.status.value}"><td>{_e(text)}</td><td>{_e(kind)}</td>{status_cell(f)}'
        f'<td>{_e(new)}</td></tr>'
        for f in fact_table.ranked(facts) for text, kind, _, new in [fact_table.cells(f)])
    return head, rows


def _ledger(facts: tuple[Fact, ...]) -> str:
    head, rows = ledger_rows(facts, lambda f: f'<td class="status">{_e(f.status.value)}</td>')
    table = (f'<table class="ledger"><thead>{head}</thead><tbody>{rows}</tbody></table>'
             if facts else f'<p class="none">{_e(fact_table.NONE_FOUND)}</p>')
    return (f'<section id="facts">\n<h2>Fact ledger: {len(facts)} facts, <span class="status-missing-count">'
            f'{fact_table.missing_count(facts)} missing</span></h2>\n{table}\n</section>')


def value_html(value: str | None) -> str:
    """A metadata value, or "unknown" marked as such."""
    return _e(value) if value else '<span class="unknown">unknown</span>'


def _e(text: str) -> str:
    return escape(text, quote=True)
