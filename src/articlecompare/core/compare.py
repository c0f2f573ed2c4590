"""The comparison pipeline: tokenize, segment, align, word-diff, ledger facts, classify; it
orchestrates, and each rule lives in the module named for it.

Depends on the other core modules only. Takes ``cancel``/``progress`` callables (see
``jobs``) and raises ``jobs.Cancelled`` when cancelled; threads are the caller's business.
"""
from __future__ import annotations

from .alignment_rows import alignment_rows, omission_anchors
from .changes import build
from .commentary import MODEL_READS, OpinionModel, ReadingBudget, Sensitivity
from .datelines import dateline_place
from .edits import to_edits
from .figures import changed_figures, figure_drafts
from .jobs import CancelCheck, ProgressCallback, Stages, cycle_collection_paused, let_go
from .ledger_inputs import ledger_facts
from .matching import Matching, match
from .model import Article, ChangeKind, Comparison, Outcome
from .numbering import number_changes
from .options import CompareOptions
from .quote_match import match_quotes, quote_facts
from .sides import Side, prepare
from .summary import kept_in_pairs, summarise

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
    for side in (a, b):
        # every comparison looks facts up in both texts; the lookup's folded copy of a text is
        # the largest block it holds, made first, before the many small objects that follow
        # (memory they leave behind is no use to a block that size)
        side.presence(stages.check)
    stages.step("align", 0.0)
    m = match(a, b, options.min_similarity, options.detect_moves, stages)
    held.append(m)
    for side in (a, b):
        side.forget_word_bags()
    notes: list[str] = []
    words = tuple(to_edits(a, b, m, notes, stages.check))
    pair_kept = kept_in_pairs(a, b, m, stages.check)
    stages.step("classify", 0.0)
    anchors = omission_anchors(a, b, m)
    quotes = match_quotes(a, b, m, stages.check)
    budget = ReadingBudget(opinion, MODEL_READS) if opinion is not None else None
    drafts = build(a, b, m, anchors, stages.check, quotes, budget,
                   Sensitivity(options.sensitivity))
    for side in (a, b):  # the word diffs are all made: what follows reads no tokens
        side.forget_tokens()
    # the rows that keep the panes level are made while the drafts, smaller than the changes
    # they become, are held; the unpaired sentences and where they stood are read by nothing
    # after (a text of a million changed paragraphs has two million)
    alignment = alignment_rows(a, b, m, anchors, stages.check)
    let_go(anchors, m.deleted, m.inserted)
    if budget is not None and budget.by_cues:
        notes.append(f"the opinion model read {MODEL_READS} sentences; {budget.by_cues} more "
                     "were read by their cues, to keep a comparison this long in bounds")
    found = changed_figures(a, b, m, stages.check)
    drafts += figure_drafts(found, drafts)
    stages.step("classify", 0.4)
    furniture = [d.original for d in drafts if d.kind == ChangeKind.BOILERPLATE and d.original]
    place = dateline_place(a.text)  # where the story was filed is no fact of it
    if place is not None:
        furniture.append(place)
    if options.hide_boilerplate:
        drafts = [d for d in drafts if d.kind != ChangeKind.BOILERPLATE]
    partners = [(a.sentence_spans[p.a], b.sentence_spans[p.b])
                for p in m.changed + m.loose + m.moved]
    facts = quote_facts(ledger_facts(a, b, drafts, m, stages.check, found, furniture), quotes,
                        a.text, b.text, partners)
    stages.step("classify", 0.8)
    changes = number_changes(a, b, drafts, facts)
    stages.step("classify", 0.9)
    summary = summarise(a, b, m, changes, facts, pair_kept, stages.check)
    stages.step("classify", 1.0)
    # a comparison that had to cut a corner (the cues read past the model's budget) says so
    outcome = Outcome.DEGRADED if notes else Outcome.COMPLETE
    return Comparison(original, revised, words, alignment, tuple(changes), tuple(facts), summary,
                      outcome, tuple(notes))
