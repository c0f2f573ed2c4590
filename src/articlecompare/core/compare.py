"""The comparison pipeline: tokenize, segment, align, word-diff, ledger facts, classify.

Depends on the other core modules only. Takes ``cancel``/``progress`` callables (see
``jobs``) and raises ``jobs.Cancelled`` when cancelled; threads are the caller's business.
"""
from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from collections.abc import Callable

from .changes import build
from .commentary import MODEL_READS, OpinionModel, ReadingBudget, Sensitivity
from .draft import Draft
from .edits import to_edits
from .figures import Figures, changed_figures
from .jobs import CancelCheck, ProgressCallback, Stages, cycle_collection_paused, let_go
from .ledger import build_ledger, content_words, is_lost
from .matching import Matching, match
from .model import (
    AlignKind,
    Alignment,
    Article,
    Change,
    ChangeKind,
    Comparison,
    Fact,
    FactStatus,
    Span,
    Summary,
    WordEdit,
    WordOp,
)
from .options import CompareOptions
from .qualifiers import qualifiers_in
from .quote_match import match_quotes, quote_facts
from .sides import Side, prepare
from .stance import REPORTING
from .tokenize import fold, is_word

_WEIGHTS = {"prepare": 2.0, "align": 1.0, "worddiff": 1.0, "classify": 4.0}  # as measured


def compare(original: Article, revised: Article, options: CompareOptions | None = None, *,
            cancel: CancelCheck | None = None,
            progress: ProgressCallback | None = None,
            opinion: OpinionModel | None = None) -> Comparison:
    """Compare two versions of an article. Raises ``jobs.Cancelled`` if ``cancel()`` says so.
    ``opinion`` reads sentences as the writer's opinion or not (the shipped model, from the
    ``opinion`` package); without it the transparent cue score stands in."""
    held: list[Side | Matching] = []  # working data, let go of piece by piece at the end
    try:
        with cycle_collection_paused():
            return _compare(original, revised, options or CompareOptions(),
                            Stages(_WEIGHTS, cancel, progress), held, opinion)
    finally:
        let_go(*[container for x in held for container in x.working_data()])


def _compare(original: Article, revised: Article, options: CompareOptions, stages: Stages,
             held: list[Side | Matching], opinion: OpinionModel | None) -> Comparison:
    stages.step("prepare", 0.0)
    a = prepare(original, options, stages.check)
    held.append(a)
    stages.step("prepare", 0.5)
    b = prepare(revised, options, stages.check)
    held.append(b)
    stages.step("align", 0.0)
    m = match(a, b, options.min_similarity, options.detect_moves, stages)
    held.append(m)
    notes: list[str] = []
    words = tuple(to_edits(a, b, m, notes, stages.check))
    stages.step("classify", 0.0)
    anchors = _omission_anchors(a, b, m)
    quotes = match_quotes(a, b, m, stages.check)
    budget = ReadingBudget(opinion, MODEL_READS) if opinion is not None else None
    drafts = build(a, b, m, anchors, stages.check, quotes, budget,
                   Sensitivity(options.sensitivity))
    if budget is not None and budget.by_cues:
        notes.append(f"the opinion model read {MODEL_READS} sentences; {budget.by_cues} more "
                     "were read by their cues, to keep a comparison this long in bounds")
    found = changed_figures(a, b, m, stages.check)
    drafts += _figure_drafts(found, drafts)
    stages.step("classify", 0.4)
    furniture = [d.original for d in drafts if d.kind == ChangeKind.BOILERPLATE and d.original]
    if options.hide_boilerplate:
        drafts = [d for d in drafts if d.kind != ChangeKind.BOILERPLATE]
    facts = quote_facts(_ledger(a, b, drafts, m, stages.check, found, furniture), quotes,
                        a.text, b.text)
    stages.step("classify", 0.8)
    changes = _finish(a, b, drafts, facts)
    stages.step("classify", 0.9)
    alignment = _alignment(a, b, m, anchors, stages.check)
    stages.step("classify", 0.95)
    summary = _summary(a, b, m, changes, facts, stages.check)
    stages.step("classify", 1.0)
    return Comparison(original, revised, words, alignment, tuple(changes), tuple(facts), summary,
                      notes=tuple(notes))


def _omission_anchors(a: Side, b: Side, m: Matching) -> dict[int, int]:
    """For each deleted original sentence, where in the revised text it would stand."""
    anchors: dict[int, int] = {}
    for tag, i1, i2, j1, _ in m.sequence:
        if tag == "delete":
            pos = b.sentence_spans[j1].start if j1 < len(b.sentence_spans) else len(b.text)
            for i in range(i1, i2):
                anchors[i] = pos
    return anchors


def _figure_drafts(found: Figures, drafts: list[Draft]) -> list[Draft]:
    """A change for each changed figure that no fact change of a reworded sentence tells of
    already (a figure of a removed sentence restated in an added one, or of a sentence
    split, merged or paraphrased)."""
    told = [d for d in drafts if d.kind == ChangeKind.FACT_CHANGE]
    out = []
    for f in found.changes:
        if any((d.original and d.original.overlaps(f.old.span)) or
               (d.revised and d.revised.overlaps(f.new.span)) for d in told):
            continue
        out.append(Draft(ChangeKind.FACT_CHANGE, f.old.span, f.new.span, f.detail,
                         [WordEdit(WordOp.DELETE, f.old.span, None),
                          WordEdit(WordOp.INSERT, None, f.new.span)], f.new.span.start))
    return out


def _ledger(a: Side, b: Side, drafts: list[Draft], m: Matching,
            check: Callable[[], None], found: Figures | None = None,
            furniture: list[Span] | None = None) -> list[Fact]:
    replacements: list[tuple[Span, str]] = []
    dropped: list[Span] = []
    for n, d in enumerate(drafts):
        if n % 512 == 0:
            check()
        if d.kind in (ChangeKind.OMISSION, ChangeKind.BOILERPLATE):  # a moved one may be reworded too
            continue
        for e in d.edits:
            if e.op == WordOp.DELETE and e.original is not None:
                partner = _partner(d.edits, e)
                new = b.text[partner.start:partner.end] if partner else ""
                if partner is not None:
                    replacements.append((e.original, new))
                old = a.text[e.original.start:e.original.end]
                if _mostly_lost(old, new) or set(qualifiers_in(old)) - set(qualifiers_in(new)):
                    dropped.append(e.original)
    unchanged = [a.unit(i1, i2) for tag, i1, i2, _, _ in m.sequence if tag == "equal"]
    partners = [(a.sentence_spans[p.a], b.sentence_spans[p.b])
                for p in sorted(m.changed + m.moved, key=lambda p: p.a)]
    omitted = [d.original for d in drafts if d.kind == ChangeKind.OMISSION and d.original]
    return build_ledger(a.text, b.text, replacements, dropped, unchanged, check, b.presence(check),
                        partners, found, furniture, omitted)


def _mostly_lost(old: str, new: str) -> bool:
    """Whether a cut or replaced phrase lost its substance: two or more content words, most
    of them not carried over into the new wording. (A phrase that lost a qualifier, "often"
    or "all", is kept for the ledger too.)"""
    old_words = set(content_words(old)) - REPORTING
    if len(old_words) < 2:
        return False
    return len(old_words & set(content_words(new))) <= len(old_words) / 2


def _partner(edits: tuple[WordEdit, ...] | list[WordEdit], edit: WordEdit) -> Span | None:
    """The insertion that replaces a deletion inside one change, if any."""
    n = edits.index(edit)
    for near in (n + 1, n - 1):
        if 0 <= near < len(edits) and edits[near].op == WordOp.INSERT:
            return edits[near].revised
    return None


def _finish(a: Side, b: Side, drafts: list[Draft], facts: list[Fact]) -> list[Change]:
    drafts = sorted(drafts, key=lambda d: (d.anchor, d.original.start if d.original else -1))
    lost = sorted((f for f in facts if f.status != FactStatus.KEPT and f.original is not None),
                  key=lambda f: f.original.start)  # type: ignore[union-attr]
    starts = [f.original.start for f in lost]  # type: ignore[union-attr]
    seen: Counter[str] = Counter()
    changes = []
    for n, d in enumerate(drafts, start=1):
        owned: tuple[Fact, ...] = ()
        if d.original is not None:
            # facts are short: any that overlaps starts less than a sentence before the span
            lo = bisect.bisect_left(starts, d.original.start - 2000)
            hi = bisect.bisect_left(starts, d.original.end)
            owned = tuple(f for f in lost[lo:hi] if d.original.overlaps(f.original))  # type: ignore[arg-type]
        raw = "|".join([d.kind.value,
                        fold(a.text[d.original.start:d.original.end], True) if d.original else "",
                        fold(b.text[d.revised.start:d.revised.end], True) if d.revised else ""])
        digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        seen[digest] += 1
        key = digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"
        changes.append(Change(f"c{n}", d.kind, d.original, d.revised, owned, d.detail, key,
                              tuple(d.edits), d.confidence))
    return changes


def _alignment(a: Side, b: Side, m: Matching, anchors: dict[int, int],
               check: Callable[[], None]) -> tuple[Alignment, ...]:
    rows: list[tuple[int, int, Alignment]] = []
    for n, p in enumerate(m.equal):
        if n % 8192 == 0:
            check()
        rows.append((b.sentence_spans[p.b].start, 0, Alignment(
            AlignKind.EQUAL, a.sentence_spans[p.a], b.sentence_spans[p.b])))
    for p in m.changed + m.moved:
        kind = AlignKind.MOVED if p.moved else AlignKind.CHANGED
        rows.append((b.sentence_spans[p.b].start, 0, Alignment(
            kind, a.sentence_spans[p.a], b.sentence_spans[p.b], round(p.similarity, 3))))
    for j in m.inserted:
        rows.append((b.sentence_spans[j].start, 0, Alignment(
            AlignKind.INSERTED, None, b.sentence_spans[j], 0.0)))
    for i in m.deleted:
        rows.append((anchors.get(i, len(b.text)), -1, Alignment(
            AlignKind.DELETED, a.sentence_spans[i], None, 0.0)))
    rows.sort(key=lambda r: (r[0], r[1], r[2].original.start if r[2].original else 0))
    return tuple(r[2] for r in rows)


def _summary(a: Side, b: Side, m: Matching, changes: list[Change], facts: list[Fact],
             check: Callable[[], None]) -> Summary:
    words_a, words_b = a.word_count(check), b.word_count(check)
    # kept = all words but those of sentences outside unchanged runs, plus the words that
    # reworded and moved sentences kept
    kept_a, kept_b = words_a, words_b
    for n, (tag, i1, i2, j1, j2) in enumerate(m.sequence):
        if n % 1024 == 0:
            check()
        if tag != "equal":
            kept_a -= a.words_in(i1, i2)
            kept_b -= b.words_in(j1, j2)
    for n, p in enumerate(m.changed + m.moved):
        if n % 1024 == 0:
            check()
        ta, tb = a.tokens_of(p.a), b.tokens_of(p.b)
        for tag, x1, x2, y1, y2 in m.pair_ops[(p.a, p.b)]:
            if tag == "equal":
                kept_a += sum(1 for t in ta[x1:x2] if is_word(t.key))
                kept_b += sum(1 for t in tb[y1:y2] if is_word(t.key))
    counts = Counter(c.kind.value for c in changes)
    missing = tuple(f.text for f in facts if is_lost(f))
    return Summary(words_a, words_b,
                   kept_a / words_a if words_a else 1.0,
                   (words_b - kept_b) / words_b if words_b else 0.0,
                   dict(sorted(counts.items())), missing)
