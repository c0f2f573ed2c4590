"""Sample comparisons for the export tests: a hand-made one with every kind of change and hostile
text (markup, formula-looking cells, Markdown syntax), and the seed pair through the engine."""
from __future__ import annotations

import difflib
import re
from pathlib import Path

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import (
    Article, Change, ChangeKind, Comparison, Fact, FactStatus, FactType, Metadata, Span,
    Summary, WordEdit, WordOp)

ORIGINAL = (
    "Mayor Jane Roe said Wednesday that 2,000 officers will patrol the city.\n"
    "The council voted 7-2 for the plan on Tuesday.\n"
    "\u201cWe will not back down,\u201d Roe said.\n"
    "Share this story"
)
REVISED = (
    "<script>alert(1)</script> | *Breaking* [news](http://x.example)\n"
    "The council voted 7-2 for the plan on Tuesday.\n"
    "Mayor Jane Roe stated Wednesday that 3,000 officers will patrol the city.\n"
    "=SUM(A1) is what critics rightly call this shameful plan.\n"
    "\u201cWe will back down,\u201d Roe said.\n"
    "Share this story"
)


def word_edits(a: str, b: str) -> tuple[WordEdit, ...]:
    """A word diff that rebuilds both texts (stands in for the engine's)."""
    ta, tb = re.findall(r"\s+|\w+|[^\w\s]", a), re.findall(r"\s+|\w+|[^\w\s]", b)
    oa = [0]
    for t in ta:
        oa.append(oa[-1] + len(t))
    ob = [0]
    for t in tb:
        ob.append(ob[-1] + len(t))
    edits: list[WordEdit] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            edits.append(WordEdit(WordOp.EQUAL, Span(oa[i1], oa[i2]), Span(ob[j1], ob[j2])))
            continue
        if i2 > i1:
            edits.append(WordEdit(WordOp.DELETE, Span(oa[i1], oa[i2]), None))
        if j2 > j1:
            edits.append(WordEdit(WordOp.INSERT, None, Span(ob[j1], ob[j2])))
    return tuple(edits)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _inside(edits: tuple[WordEdit, ...], o: Span | None, r: Span | None) -> tuple[WordEdit, ...]:
    def within(e: WordEdit) -> bool:
        if e.op is WordOp.DELETE:
            return o is not None and e.original is not None and o.contains(e.original)
        if e.op is WordOp.INSERT:
            return r is not None and e.revised is not None and r.contains(e.revised)
        return (o is not None and r is not None and e.original is not None
                and e.revised is not None and o.contains(e.original) and r.contains(e.revised))
    return tuple(e for e in edits if within(e))


def hostile_comparison() -> Comparison:
    words = word_edits(ORIGINAL, REVISED)
    o, r = ORIGINAL, REVISED
    mayor_o = _span(o, "Mayor Jane Roe said Wednesday that 2,000 officers will patrol the city.")
    mayor_r = _span(r, "Mayor Jane Roe stated Wednesday that 3,000 officers will patrol the city.")
    quote_o = _span(o, "\u201cWe will not back down,\u201d Roe said.")
    quote_r = _span(r, "\u201cWe will back down,\u201d Roe said.")
    council_o = _span(o, "The council voted 7-2 for the plan on Tuesday.")
    council_r = _span(r, "The council voted 7-2 for the plan on Tuesday.")
    fact_2000 = Fact("2,000", FactType.NUMBER, FactStatus.CHANGED, _span(o, "2,000"),
                     _span(r, "3,000"), "3,000")
    fact_quote = Fact("We will not back down", FactType.QUOTE, FactStatus.MISSING,
                      _span(o, "We will not back down"))
    fact_roe = Fact("Jane Roe", FactType.NAME, FactStatus.KEPT, _span(o, "Jane Roe"),
                    _span(r, "Jane Roe"))
    changes = (
        Change("c1", ChangeKind.ADDITION, None,
               _span(r, "<script>alert(1)</script> | *Breaking* [news](http://x.example)"),
               key="k-headline"),
        Change("c2", ChangeKind.MOVE, council_o, council_r, detail="moved up one paragraph",
               key="k-move"),
        Change("c3", ChangeKind.FACT_CHANGE, mayor_o, mayor_r, (fact_2000,),
               detail="said \u2192 stated; 2,000 \u2192 3,000", key="k-fact",
               edits=_inside(words, mayor_o, mayor_r)),
        Change("c4", ChangeKind.COMMENTARY, None,
               _span(r, "=SUM(A1) is what critics rightly call this shameful plan."),
               key="k-commentary"),
        Change("c5", ChangeKind.QUOTE_CHANGE, quote_o, quote_r, (fact_quote,),
               detail="\u201cnot\u201d cut from the quote", key="k-quote",
               edits=_inside(words, quote_o, quote_r)),
        Change("c6", ChangeKind.BOILERPLATE, _span(o, "Share this story"),
               _span(r, "Share this story"), key="k-boiler"),
    )
    summary = Summary(
        original_words=len(o.split()), revised_words=len(r.split()), kept_share=0.71,
        new_share=0.42,
        counts={"addition": 1, "move": 1, "fact_change": 1, "commentary": 1,
                "quote_change": 1, "boilerplate": 1},
        missing_facts=("We will not back down",))
    return Comparison(
        original=Article(o, "/tmp/a <b>.txt", Metadata(title="Roe & the <police>",
                         byline="By A. Writer", date="2019-07-11", site="Daily Example",
                         url="https://example.org/a?x=1&y=<2>"), "text", "utf-8"),
        revised=Article(r, "https://blog.example/b", Metadata(title="Roe caves",
                        url="https://blog.example/b"), "html"),
        words=words, alignment=(), changes=changes,
        facts=(fact_2000, fact_quote, fact_roe), summary=summary)


def sample_annotations() -> AnnotationSet:
    return AnnotationSet({
        "k-commentary": Annotation(Verdict.MISLEADING, "Unattributed opinion <b>here</b> & =1+1"),
        "k-fact": Annotation(Verdict.ERROR, "Police say 2,000.\nSecond line | pipe"),
        "k-quote": Annotation(Verdict.NEEDS_CHECKING, ""),
        "k-move": Annotation(None, "Only a note, no verdict"),
        "gone-key": Annotation(Verdict.FINE, "an annotation whose change is gone"),
    })


def seed_articles(seed_paths: tuple[Path, Path]) -> tuple[Article, Article]:
    original, revised = seed_paths
    return (Article(original.read_text("utf-8"), str(original),
                    Metadata(title="Chicago mayor bars ICE from police databases",
                             site="Example News", date="2019-07-11")),
            Article(revised.read_text("utf-8"), str(revised),
                    Metadata(title="Chicago Mayor Bans ICE From Using Police Database",
                             byline="By A. Blogger", url="https://blog.example/ice?a=1&b=2")))


def seed_annotations(comparison: Comparison) -> AnnotationSet:
    """A verdict on the first commentary, a note on the first omission, both on the first
    change of another kind (the engine decides which kinds the seed pair has)."""
    commentary = next(c for c in comparison.changes if c.kind is ChangeKind.COMMENTARY)
    omission = next(c for c in comparison.changes if c.kind is ChangeKind.OMISSION)
    other = next(c for c in comparison.changes
                 if c.kind not in (ChangeKind.COMMENTARY, ChangeKind.OMISSION))
    return AnnotationSet({
        commentary.key: Annotation(Verdict.MISLEADING, "Opinion presented as reporting."),
        omission.key: Annotation(None, "The 2,000 figure is gone <b>&</b>."),
        other.key: Annotation(Verdict.NEEDS_CHECKING, "=check the name"),
    })
