"""Comparison (+ annotations) -> HTML for Qt's rich text engine, laid out for paper.

Depends on ``core``, ``excerpts`` and ``html_report`` (shared escaping and marking). Same content
as the HTML report, but only what QTextDocument understands: tables for layout, spans for
marks, the redline flow instead of two columns; resources/report/print.css holds the styles.
The PDF is made from this by ``ui.export.pdf_export``.
"""
from __future__ import annotations

from datetime import datetime

from html import escape

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import Comparison, FactStatus
from articlecompare.export import fact_table
from articlecompare.present.excerpts import ChangeRow, Piece, change_rows, redline_pieces
from articlecompare.export.html_report import (
    Tags, article_name, ledger_rows, metadata_rows, pieces_html, report_css, report_title, value_html)
from articlecompare.export.legend import KIND_HELP, KIND_ORDER, VERDICT_HELP, made_line
from articlecompare.present.lost_facts import lost_fact_lines
from articlecompare.present.revisions import revisions_line, tracked_revisions

QT_TAGS = Tags(mark="span", delete="span", insert="span", ref="span")


def render_print_html(comparison: Comparison, annotations: AnnotationSet | None = None, *,
                      generated_at: datetime | None = None) -> str:
    notes = annotations or AnnotationSet()
    rows = change_rows(comparison, notes)
    body = "\n".join([
        _header(comparison, generated_at), _sources(comparison), _summary(comparison, notes), _legend(),
        _article(comparison, notes), _changes(rows), _ledger(comparison),
    ])
    return (f"<html><head><meta charset=\"utf-8\"><title>{_e(report_title(comparison))}</title>"
            f"<style>{report_css('print.css')}</style></head><body>{body}</body></html>")


def _header(comparison: Comparison, generated_at: datetime | None) -> str:
    out = (f"<h1>{_e(report_title(comparison))}</h1><p class=\"subtitle\">How the revised "
           f"version differs from the original: {_e(article_name(comparison.original))} → "
           f"{_e(article_name(comparison.revised))}</p>"
           f"<p class=\"subtitle\">{_e(made_line(generated_at))}</p>")
    revisions = tracked_revisions(comparison.original, comparison.revised)
    if revisions:
        out += f'<p class="subtitle">{_e(revisions_line(revisions))}</p>'
    if comparison.outcome.value != "complete" or comparison.notes:
        text = "; ".join(comparison.notes) or f"the comparison is {comparison.outcome.value}"
        out += f'<p class="notice"><b>Note:</b> {_e(text)}</p>'
    return out


def _sources(comparison: Comparison) -> str:
    o, r = metadata_rows(comparison.original), metadata_rows(comparison.revised)
    rows = "".join(
        f"<tr><th>{_e(name)}</th><td>{value_html(a)}</td><td>{value_html(b)}</td></tr>"
        for (name, a), (_, b) in zip(o, r))
    rows += (f"<tr><th>Words</th><td>{comparison.summary.original_words:,}</td>"
             f"<td>{comparison.summary.revised_words:,}</td></tr>")
    return ('<h2>Sources</h2><table class="grid" width="100%" cellspacing="0">'
            '<tr><th width="14%"></th><th width="43%">Original</th><th width="43%">Revised</th></tr>'
            f"{rows}</table>")


def _summary(comparison: Comparison, notes: AnnotationSet) -> str:
    s = comparison.summary
    judged = sum(1 for c in comparison.changes if notes.for_change(c) is not None)
    figures = [(f"{s.kept_share:.0%}", "of the original kept"),
               (f"{s.new_share:.0%}", "of the revised is new"),
               (str(len(comparison.changes)), "changes"),
               (str(len(s.missing_facts)), "missing facts"), (str(judged), "annotated")]
    cells = "".join(f'<td width="20%"><span class="figure">{_e(v)}</span><br>'
                    f'<span class="label">{_e(label)}</span></td>' for v, label in figures)
    counts = "".join(
        f'<tr><td><span class="k-{k.value}">{_e(k.label)}</span></td>'
        f'<td class="num">{s.counts.get(k.value, 0)}</td></tr>' for k in KIND_ORDER)
    missing = ("".join(f'<p class="missing-fact">• {_e(f)}</p>' for f in lost_fact_lines(comparison))
               if s.missing_facts else '<p class="none">No fact of the original is missing.</p>')
    return (
        f'<h2>Summary</h2><table class="grid" width="100%" cellspacing="0"><tr>{cells}</tr></table>'
        '<p></p><table width="100%" cellspacing="0"><tr>'
        f'<td width="45%" valign="top"><table class="grid" width="100%" cellspacing="0">'
        f'<tr><th>Kind of change</th><th>Count</th></tr>{counts}</table></td>'
        '<td width="5%"></td>'
        f'<td width="50%" valign="top" class="missing-box"><p class="missing-title">'
        f'MISSING FACTS ({len(s.missing_facts)})</p>{missing}</td></tr></table>'
    )


def _legend() -> str:
    kinds = "".join(f'<tr><td width="28%"><span class="k-{k.value}">{_e(k.label)}</span></td>'
                    f'<td>{_e(KIND_HELP[k])}</td></tr>' for k in KIND_ORDER)
    kinds += ('<tr><td><span class="del">deleted</span> <span class="ins">inserted</span></td>'
              '<td>words the word-level diff removed or added</td></tr>')
    verdicts = "".join(f'<tr><td><span class="v-{v.value}">{_e(v.label)}</span></td>'
                       f'<td>{_e(VERDICT_HELP[v])}</td></tr>' for v in Verdict)
    return (f'<h2>Legend</h2><table width="100%" cellspacing="0" cellpadding="2">{kinds}'
            f'{verdicts}</table>')


def _article(comparison: Comparison, notes: AnnotationSet) -> str:
    body = pieces_html(redline_pieces(comparison), notes, QT_TAGS)
    # the article follows the legend on the same page: a forced break left a page holding
    # the legend's last lines alone
    return ('<h2>The article, marked</h2><p class="muted">The revised version, '
            'with deleted words struck through where they stood and inserted words in bold. '
            f'Small labels refer to the list of changes.</p><div class="article">{body}</div>')


def _changes(rows: tuple[ChangeRow, ...]) -> str:
    cards = "".join(_card(row) for row in rows) or '<p class="none">No changes.</p>'
    return f'<h2 class="newpage">Changes ({len(rows)})</h2>{cards}'


def _card(row: ChangeRow) -> str:
    c = row.change
    verdict = _verdict(row.annotation)
    head = (f'<tr class="card-head"><td colspan="2"><span class="cid">{_e(c.id)}</span> '
            f'<span class="k-{c.kind.value}">{_e(c.kind.label)}</span> {verdict}</td></tr>')
    excerpts = (f'<tr><td width="50%" valign="top"><span class="label">ORIGINAL</span><br>'
                f'<span class="excerpt">{_excerpt(row.original)}</span></td>'
                f'<td width="50%" valign="top"><span class="label">REVISED</span><br>'
                f'<span class="excerpt">{_excerpt(row.revised)}</span></td></tr>')
    extra = []
    if c.detail:
        extra.append(f'<span class="muted">{_e(c.detail)}</span>')
    for fact, text in zip(c.facts, row.facts):
        cls = ' class="status-missing"' if fact.status is FactStatus.MISSING else ""
        extra.append(f"<span{cls}>• {_e(text)}</span>")
    if row.annotation is not None and row.annotation.note.strip():
        note = "<br>".join(_e(line) for line in row.annotation.note.strip().splitlines())
        extra.append(f'<span class="note"><b>Note:</b> {note}</span>')
    tail = f'<tr><td colspan="2">{"<br>".join(extra)}</td></tr>' if extra else ""
    return (f'<a name="change-{_e(c.id)}"></a><table class="grid" width="100%" cellspacing="0">'
            f"{head}{excerpts}{tail}</table><p></p>")


def _verdict(annotation: Annotation | None) -> str:
    if annotation is None or annotation.verdict is None:
        return ""
    v = annotation.verdict
    return f'— <span class="v-{v.value}">{_e(v.label.upper())}</span>'


def _excerpt(pieces: tuple[Piece, ...]) -> str:
    if not pieces:
        return "—"
    html = pieces_html(pieces, AnnotationSet(), QT_TAGS, refs=False, kinds=False)
    return html.replace("</p>\n<p>", "<br>").removeprefix(
        "<p>").removesuffix("</p>")


def _ledger(comparison: Comparison) -> str:
    facts = comparison.facts
    head, rows = ledger_rows(facts, lambda f: f'<td><span class="status-{f.status.value}">'
                                              f'{_e(f.status.value)}</span></td>')
    table = (f'<table class="grid" width="100%" cellspacing="0">{head}{rows}</table>'
             if facts else f'<p class="none">{_e(fact_table.NONE_FOUND)}</p>')
    return (f'<h2 class="newpage">Fact ledger: {len(facts)} facts, '
            f'<span class="status-missing">{fact_table.missing_count(facts)} missing</span></h2>{table}')


def _e(text: str) -> str:
    return escape(text, quote=True)

