"""Changes a reader sees, built from the sentence matching and classified by kind.

Depends on ``matching``, ``classify``, ``stance``, ``facts``, ``edits`` and ``quote_match``.
Added and removed sentences are classified one by one (with the passage around them as
context) and merged into one change per run of the same kind within a paragraph; reworded
sentences yield one change per fact or attribution edit plus one for the rest of the
wording; each altered quotation is one change, whichever sentences it spans.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .classify import capitalised_words, hunk_kind, is_boilerplate, removed_kind
from .commentary import (DEGREE, OpinionModel, Reading, Sensitivity, evaluative_words, explain,
                         judge, judge_edit, judge_phrase, lexical_opinion, log_odds,
                         someone_elses)
from .edits import local_edits
from .facts import FoundFact, find_facts, trim_span
from .matching import Matching
from .model import ChangeKind, Span, Token, WordEdit
from .quote_match import QuoteMatch, match_quotes
from .quote_pairing import QuotePair
from .quotes import Quotation
from .quantities import Quantity
from .sides import Side
from .stance import STANCE
from .tokenize import STOPWORDS, WORD_RE, fold, is_word, tokenize
from .worddiff import Opcode, diff_keys

_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of letters
# kinds of change a quote change takes in when they only restate it
_RESTATING = frozenset({ChangeKind.REWORDING, ChangeKind.QUOTE_CHANGE, ChangeKind.OMISSION,
                        ChangeKind.ADDITION, ChangeKind.COMMENTARY})


@dataclass(slots=True)
class Draft:
    """A change before ids, keys and facts are settled."""

    kind: ChangeKind
    original: Span | None
    revised: Span | None
    detail: str = ""
    edits: list[WordEdit] = field(default_factory=list)
    anchor: int = 0  # where it stands in the revised text, for reading order
    confidence: float | None = None  # commentary: how surely it reads as opinion


def build(a: Side, b: Side, m: Matching, anchors: dict[int, int],
          check: Callable[[], None] | None = None,
          quotes: QuoteMatch | None = None, opinion: OpinionModel | None = None,
          sensitivity: Sensitivity = Sensitivity.NORMAL) -> list[Draft]:
    """All changes as drafts; ``check`` (raising when the caller gave up) is called now and
    then, so long work can be cancelled. ``quotes`` are the sides' quotations, paired (found
    here when not given). ``opinion`` reads sentences as opinion or not (the cue score
    stands in without it); ``sensitivity`` sets how readily that is commentary."""
    check = check or (lambda: None)
    opinion = opinion or lexical_opinion
    shared = [p.b for p in m.equal + m.changed + m.loose]
    frame = (min(shared), max(shared)) if shared else (len(b.keys), -1)
    quotes = quotes if quotes is not None else match_quotes(a, b, m, check)
    quoted = _Quoted.of(quotes)
    quotes_b = quoted.b
    drafts = _added(a, b, m.inserted, frame, quotes_b, check, opinion, sensitivity)
    drafts += _removed(a, m.deleted, anchors, quoted.a, opinion, sensitivity)
    check()
    evaluative = _evaluative_edits(a, b, m, quotes_b, opinion, sensitivity, check)
    for n, pair in enumerate(m.changed):
        if n % 256 == 0:
            check()
        drafts += _reworded(a, b, pair.a, pair.b, m.pair_ops[(pair.a, pair.b)], quoted,
                            evaluative)
    for pair in m.loose:
        ops = m.pair_ops[(pair.a, pair.b)]
        changed = [e for e in local_edits(a.tokens_of(pair.a), b.tokens_of(pair.b), ops)
                   if e.op.value != "equal"]
        # evaluation put into a paraphrased sentence is its own change; the rewording keeps
        # the rest of the edits
        whole = b.sentence_spans[pair.b]
        judged = [d for span, d in evaluative.items() if whole.contains(span)]
        drafts += judged
        changed = [e for e in changed
                   if not any(e.revised is not None and d.revised is not None and
                              d.revised.contains(e.revised) for d in judged)]
        drafts.append(Draft(ChangeKind.REWORDING, a.sentence_spans[pair.a], b.sentence_spans[pair.b],
                            "reworded: split, merged or paraphrased", changed,
                            b.sentence_spans[pair.b].start))
    for pair in m.moved:
        ops = m.pair_ops[(pair.a, pair.b)]
        drafts.append(Draft(ChangeKind.MOVE, a.sentence_spans[pair.a], b.sentence_spans[pair.b],
                            "moved" if pair.similarity == 1.0 else "moved and reworded",
                            local_edits(a.tokens_of(pair.a), b.tokens_of(pair.b), ops),
                            b.sentence_spans[pair.b].start))
    check()
    return _with_quote_changes(a, b, drafts, quotes.altered)


def _runs(indices: list[int], side: Side, kinds: list[ChangeKind]) -> list[tuple[int, int, ChangeKind]]:
    """Consecutive sentences of one kind in one paragraph, as (first, last, kind)."""
    runs: list[tuple[int, int, ChangeKind]] = []
    for idx, kind in zip(indices, kinds):
        if runs and runs[-1][1] == idx - 1 and runs[-1][2] == kind and \
                side.paragraphs[runs[-1][1]] == side.paragraphs[idx]:
            runs[-1] = (runs[-1][0], idx, kind)
        else:
            runs.append((idx, idx, kind))
    return runs


def _added(a: Side, b: Side, inserted: list[int], frame: tuple[int, int],
           quotes: list[Span], check: Callable[[], None], opinion: OpinionModel,
           sensitivity: Sensitivity) -> list[Draft]:
    """Added sentences, classified; ``frame`` is the first and last revised sentence that
    carries original content: what stands before or after it wraps the original; ``quotes``
    are the revised text's quotations."""
    if not inserted:
        return []
    in_original = a.presence(check)
    check()
    texts = [_quote_marked(b.text, b.sentence_spans[j], quotes) for j in inserted]
    probabilities = list(opinion(texts))
    check()
    scores = [log_odds(p) for p in probabilities]
    by_paragraph: dict[int, list[float]] = {}
    for j, score in zip(inserted, scores):
        by_paragraph.setdefault(b.paragraphs[j], []).append(score)
    paragraph_means = {p: (sum(s) / len(s), len(s)) for p, s in by_paragraph.items()}
    run_means = _run_means(inserted, scores)
    kinds: list[ChangeKind] = []
    readings: list[tuple[Reading, float] | None] = []
    for n, j in enumerate(inserted):
        if n % 256 == 0:
            check()
        if is_boilerplate(texts[n]) or len(_LETTERS.findall(texts[n])) < 2:
            kinds.append(ChangeKind.BOILERPLATE if is_boilerplate(texts[n]) else ChangeKind.ADDITION)
            readings.append(None)
            continue
        mean, count = paragraph_means[b.paragraphs[j]]
        # the added passage it stands in, without the sentence itself: its paragraph, or for
        # a one-sentence paragraph the run of added sentences around it
        context = (mean * count - scores[n]) / (count - 1) if count >= 2 else run_means[n]
        novel = sum(1 for f in find_facts(texts[n]) if f.type.value != "quote"
                    and f.text not in in_original and not _opening_word(f, texts[n]))
        reading = Reading(probabilities[n], context, novel, j < frame[0] or j > frame[1],
                          someone_elses(texts[n], texts[n].startswith("“") and
                                        not b.text[b.sentence_spans[j].start:].startswith("“")),
                          _is_heading(b, j, texts[n]))
        commentary, confidence = judge(reading, sensitivity)
        kinds.append(ChangeKind.COMMENTARY if commentary else ChangeKind.ADDITION)
        readings.append((reading, confidence))
    drafts = []
    position = {j: n for n, j in enumerate(inserted)}
    for s, e, kind in _runs(inserted, b, kinds):
        draft = Draft(kind, None, Span(b.sentence_spans[s].start, b.sentence_spans[e].end),
                      anchor=b.sentence_spans[s].start)
        if kind == ChangeKind.COMMENTARY:
            _explain(draft, [(r, texts[k]) for k in range(position[s], position[e] + 1)
                             if (r := readings[k]) is not None])
        drafts.append(draft)
    return drafts


def _explain(draft: Draft, run: list[tuple[tuple[Reading, float], str]]) -> None:
    """The detail and confidence of a run of sentences read as opinion: the reasons of the
    surest one, the mean confidence of all."""
    (reading, _), text = max(run, key=lambda x: x[0][1])
    draft.detail = explain(text, reading)
    draft.confidence = round(sum(r[1] for r, _ in run) / len(run), 3)


def _quote_marked(text: str, span: Span, quotes: list[Span]) -> str:
    """The sentence's text, with quotation marks restored where a quotation opened in an
    earlier sentence or closes in a later one, so quoted words stay someone else's."""
    sentence = text[span.start:span.end]
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    for q in quotes[max(0, n):n + 2]:
        if q.start < span.start < q.end:
            sentence = "“" + sentence
        if q.start < span.end < q.end - 1:
            sentence = sentence + "”"
    return sentence


def _opening_word(fact: FoundFact, text: str) -> bool:
    """A lone capitalised word opening a sentence ("Once again...") is not a name."""
    return fact.type.value == "name" and " " not in fact.text and \
        not text[:fact.span.start].strip(" “\"‘'(")


def _run_means(inserted: list[int], scores: list[float]) -> list[float]:
    """For each added sentence, the mean score of the other sentences in the run of
    consecutive added sentences it stands in (0 for a run of one); computed once per run, so
    long runs cost no more than short ones."""
    means = [0.0] * len(inserted)
    lo = 0
    for hi in range(1, len(inserted) + 1):
        if hi == len(inserted) or inserted[hi] != inserted[hi - 1] + 1:
            if hi - lo > 1:
                total = sum(scores[lo:hi])
                means[lo:hi] = [(total - s) / (hi - lo - 1) for s in scores[lo:hi]]
            lo = hi
    return means


def _is_heading(side: Side, j: int, text: str) -> bool:
    alone = (j == 0 or side.paragraphs[j - 1] != side.paragraphs[j]) and \
        (j + 1 == len(side.paragraphs) or side.paragraphs[j + 1] != side.paragraphs[j])
    words = text.split()
    # the first line of an article is its headline even when it asks or exclaims (or ends
    # on a quotation); a full stop or a colon still makes it a sentence
    stops = (".", ":") if j == 0 else (".", "!", "?", "”", '"', ":")
    if not alone or len(words) > 20 or text.rstrip().rstrip("”\"" if j == 0 else "").endswith(stops):
        return False
    capitalised = sum(1 for w in words if len(w) > 3 and w[:1].isupper())
    return side.paragraphs[j] <= 1 or capitalised >= 0.6 * sum(1 for w in words if len(w) > 3)


def _removed(a: Side, deleted: list[int], anchors: dict[int, int], quotes: list[Span],
             opinion: OpinionModel, sensitivity: Sensitivity) -> list[Draft]:
    """Removed sentences: omissions (or boilerplate); a removed run that read as the
    writer's opinion says so ("removed commentary"), for an editor neutralising a draft."""
    texts = [_quote_marked(a.text, a.sentence_spans[i], quotes) for i in deleted]
    kinds = [removed_kind(t) for t in texts]
    candidates = [n for n, k in enumerate(kinds) if k == ChangeKind.OMISSION]
    probabilities = dict(zip(candidates, opinion([texts[n] for n in candidates])))
    readings: dict[int, tuple[Reading, float]] = {}
    for n, p in probabilities.items():
        facts = sum(1 for f in find_facts(texts[n]) if f.type.value != "quote"
                    and not _opening_word(f, texts[n]))
        reading = Reading(p, 0.0, facts, False, someone_elses(texts[n]))
        commentary, confidence = judge(reading, sensitivity)
        if commentary:
            readings[n] = (reading, confidence)
    position = {i: n for n, i in enumerate(deleted)}
    drafts = []
    for s, e, kind in _runs(deleted, a, kinds):
        draft = Draft(kind, Span(a.sentence_spans[s].start, a.sentence_spans[e].end), None,
                      anchor=anchors.get(s, 0))
        run = [(readings[n], texts[n]) for n in range(position[s], position[e] + 1)
               if n in readings]
        if run and len(run) * 2 >= position[e] + 1 - position[s]:
            _explain(draft, run)
            draft.detail = "removed commentary: " + draft.detail
        drafts.append(draft)
    return drafts


@dataclass(frozen=True, slots=True)
class _Quoted:
    """Where the quotations stand, marks included (each list sorted, without overlaps): all
    of each side, the altered ones (paired, and each one change of its own) and the lone
    ones (without a partner: gone, or new)."""

    a: list[Span]
    b: list[Span]
    altered_a: list[Span]
    altered_b: list[Span]
    lone_a: list[Span]
    lone_b: list[Span]

    @classmethod
    def of(cls, quotes: QuoteMatch) -> _Quoted:
        paired_a = {id(p.old) for p in quotes.pairs}
        paired_b = {id(p.new) for p in quotes.pairs}
        altered = quotes.altered
        return cls(_quote_spans(quotes.original), _quote_spans(quotes.revised),
                   sorted((p.old.marks for p in altered), key=lambda s: s.start),
                   sorted((p.new.marks for p in altered), key=lambda s: s.start),
                   [q.marks for q in quotes.original if id(q) not in paired_a],
                   [q.marks for q in quotes.revised if id(q) not in paired_b])


def _quote_spans(quotations: tuple[Quotation, ...]) -> list[Span]:
    """Where each quotation stands, marks included (sorted, not overlapping)."""
    return [q.marks for q in quotations]


def _inside(span: Span | None, quotes: list[Span]) -> bool:
    """Whether ``span`` lies inside one of ``quotes`` (sorted, not overlapping)."""
    if span is None:
        return False
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    return n >= 0 and quotes[n].contains(span)


_WORDLIKE = re.compile(r"\w")
_QUOTE_EDGES = " \"“”„‘’'«»,"  # marks (and a comma) at a quotation's ends
_MARKS = str.maketrans("", "", "\"“”„‟«»‹›‘’‚‛'`")


def _restyled_marks(old: str, new: str) -> bool:
    """Whether an edit only changed the style of quotation marks (“…” for ‘…’ or «…»):
    typography, never a change. Marks added or taken away are one."""
    bare_old, bare_new = old.translate(_MARKS), new.translate(_MARKS)
    return bare_old.split() == bare_new.split() and \
        len(old) - len(bare_old) == len(new) - len(bare_new) > 0


def _enclosing(span: Span | None, quotes: list[Span]) -> Span | None:
    """The one of ``quotes`` (sorted, not overlapping) that ``span`` lies inside, if any."""
    if span is None:
        return None
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    return quotes[n] if n >= 0 and quotes[n].contains(span) else None


def _within(span: Span | None, quotes: list[Span]) -> bool:
    """Whether one side of an edit, ``span`` (None where that side is empty), lies inside
    one of ``quotes``: an edit lies inside quotations when both its sides do."""
    return span is None or _inside(span, quotes)


def _with_quote_changes(a: Side, b: Side, drafts: list[Draft],
                        altered: list[QuotePair]) -> list[Draft]:
    """``drafts`` with one quote change per altered quotation. The sentence-level changes
    around it (rewordings, an omission with its addition) are taken into it when they
    only restate it: they cover both quotations, and outside them hold the same words."""
    if not altered:
        return drafts
    near_a = _Overlaps([(d.original, n) for n, d in enumerate(drafts)
                        if d.kind in _RESTATING and d.original is not None])
    near_b = _Overlaps([(d.revised, n) for n, d in enumerate(drafts)
                        if d.kind in _RESTATING and d.revised is not None])
    gone: set[int] = set()
    added = []
    for pair in altered:
        old, new = pair.old.marks, pair.new.marks
        # changes at this quotation on each side they have (not a far sentence joined to it)
        group = sorted(n for n in set(near_a.find(old)) | set(near_b.find(new))
                       if n not in gone and _at(drafts[n].original, old) and
                       _at(drafts[n].revised, new))
        both = any(drafts[n].original for n in group) and any(drafts[n].revised for n in group)
        # sentences only cut from (or only added to) the quotation stay omissions (additions)
        if both and _words_outside(a.text, [drafts[n].original for n in group], old) == \
                _words_outside(b.text, [drafts[n].revised for n in group], new):
            gone.update(group)
        added.append(_quote_draft(a, b, pair))
    return [d for n, d in enumerate(drafts) if n not in gone] + added


def _at(span: Span | None, quote: Span) -> bool:
    """Whether one side of a change, if it has that side, overlaps the quotation."""
    return span is None or span.overlaps(quote)


class _Overlaps:
    """Which of some spans (each with a number) overlap a given span, found by bisection."""

    def __init__(self, spans: list[tuple[Span, int]]) -> None:
        self._spans = sorted(spans, key=lambda s: s[0].start)
        self._starts = [s.start for s, _ in self._spans]
        self._longest = max((s.length for s, _ in self._spans), default=0)

    def find(self, span: Span) -> list[int]:
        lo = bisect.bisect_left(self._starts, span.start - self._longest)
        hi = bisect.bisect_left(self._starts, span.end)
        return [n for s, n in self._spans[lo:hi] if s.overlaps(span)]


def _words_outside(text: str, spans: list[Span | None], quote: Span) -> Counter[str]:
    """The words of the text ``spans`` cover (each character once) that stand outside
    ``quote``, folded."""
    words: Counter[str] = Counter()
    end = 0
    for span in sorted((s for s in spans if s is not None), key=lambda s: s.start):
        for lo, hi in ((max(span.start, end), min(span.end, quote.start)),
                       (max(span.start, end, quote.end), span.end)):
            if hi > lo:
                words.update(fold(w, ignore_case=True) for w in WORD_RE.findall(text, lo, hi))
        end = max(end, span.end)
    return words


def _quote_draft(a: Side, b: Side, pair: QuotePair) -> Draft:
    """One altered quotation as a change over the quoted words, with its word runs (words
    only: a full stop become a comma is no edit of what was said)."""
    old, new = pair.old.span, pair.new.span
    ta = [t for t in tokenize(a.text, a.options.ignore_case, old.start, old.end) if is_word(t.key)]
    tb = [t for t in tokenize(b.text, b.options.ignore_case, new.start, new.end) if is_word(t.key)]
    ops = diff_keys([t.key for t in ta], [t.key for t in tb])
    return Draft(ChangeKind.QUOTE_CHANGE, old, new, pair.detail, local_edits(ta, tb, ops),
                 new.start)


def _hunks(ops: list[Opcode]) -> list[tuple[int, int, int, int]]:
    """Non-equal stretches of a pair diff, joined across single-token equalities."""
    out: list[tuple[int, int, int, int]] = []
    last_equal = 99
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            last_equal = i2 - i1
            continue
        if out and last_equal == 0:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
        last_equal = 99
    return out


def _evaluative_edits(a: Side, b: Side, m: Matching, quotes: list[Span], opinion: OpinionModel,
                      sensitivity: Sensitivity, check: Callable[[], None]) -> dict[Span, Draft]:
    """Words put into a sentence that otherwise stayed ("a **breakthrough** test", "killed"
    → "massacred") that make it read as the writer's opinion, each a commentary change of
    its own. Two readings: the sentence read with and without the whole edit (an edit that
    turns it to opinion), and each short run of inserted words between punctuation read as
    a phrase (one that carries an evaluative word the original lacked, or reads as opinion
    on its own and leans the sentence further to it). Keyed by the span in the revised text
    (the whole edit, or the run)."""
    hunks: list[tuple[Span, Span | None, str, str, str, list[WordEdit]]] = []
    runs: list[_Run] = []
    for n, pair in enumerate(m.changed + m.loose):
        if n % 256 == 0:
            check()
        ta, tb = a.tokens_of(pair.a), b.tokens_of(pair.b)
        whole = b.sentence_spans[pair.b]
        sentence = b.text[whole.start:whole.end]
        original = a.text[a.sentence_spans[pair.a].start:a.sentence_spans[pair.a].end]
        ops = m.pair_ops[(pair.a, pair.b)]
        for i1, i2, j1, j2 in _hunks(ops):
            if j2 == j1:
                continue
            sb = Span(tb[j1].start, tb[j2 - 1].end)
            sa = Span(ta[i1].start, ta[i2 - 1].end) if i2 > i1 else None
            new = b.text[sb.start:sb.end]
            old = a.text[sa.start:sa.end] if sa else ""
            if not _EVALUATIVE_WORD.search(new) or _inside(sb, quotes):
                continue
            reverted = (b.text[whole.start:sb.start] + old + b.text[sb.end:whole.end]).strip()
            inner = [(t, x1, x2, y1, y2) for t, x1, x2, y1, y2 in ops
                     if t != "equal" and x1 >= i1 and x2 <= i2 and y1 >= j1 and y2 <= j2]
            edits = local_edits(ta, tb, inner)
            hunks.append((sb, sa, sentence, " ".join(reverted.split()), new, edits))
            for _, x1, x2, y1, y2 in inner:
                for first, last in _word_runs(tb, y1, y2):
                    span = Span(tb[first].start, tb[last].end)
                    if _inside(span, quotes):
                        continue
                    text = b.text[span.start:span.end]
                    rest = b.text[whole.start:span.start] + b.text[span.end:whole.end]
                    graded = Span(span.start, tb[_graded(tb, last)].end)
                    runs.append(_Run(span, sb, span if _inside(graded, quotes) else graded,
                                     sentence, " ".join(rest.split()), text, original,
                                     local_edits(ta, tb, [("insert", x1, x1, first, last + 1)])))
    if not hunks:
        return {}
    has_runs = {r.hunk for r in runs}
    # reading costs in proportion to length: the short runs are read first, alone, and whole
    # sentences only where a run carries an evaluative word or reads as opinion on its own,
    # or where an edit is too long to hold runs (most edits are neither)
    cues = {id(r): evaluative_words(r.text, r.original) for r in runs}
    runs = [r for r in runs if not someone_elses(r.sentence)]
    texts = list(dict.fromkeys(r.text for r in runs))
    alone = dict(zip(texts, opinion(texts))) if texts else {}
    phrase_least = sensitivity.phrase_bar[0]
    runs = [r for r in runs if cues[id(r)] or alone[r.text] >= phrase_least]
    leads = {r.hunk for r in runs}
    hunks = [c for c in hunks if c[0] in leads or c[0] not in has_runs]
    sentences = list(dict.fromkeys([c[2] for c in hunks] + [r.sentence for r in runs]))
    as_read = dict(zip(sentences, opinion(sentences))) if sentences else {}
    least = sensitivity.edit_bar[0]
    leaning = [c for c in hunks if as_read[c[2]] >= least and not someone_elses(c[2])]
    wanted = list(dict.fromkeys([c[3] for c in leaning] +
                                [r.rest for r in runs if alone[r.text] >= phrase_least]))
    without = dict(zip(wanted, opinion(wanted))) if wanted else {}
    found: dict[Span, Draft] = {}
    for run in runs:
        p_alone = alone[run.text]
        rise = log_odds(as_read[run.sentence]) - log_odds(without[run.rest]) \
            if run.rest in without else 0.0
        cue = cues[id(run)]
        if not judge_phrase(p_alone, rise, bool(cue), sensitivity):
            continue
        why = f"evaluative word: {', '.join(cue)}; " if cue else ""
        reading = f"{why}the words alone read as opinion {p_alone:.2f}"
        # judged runs of one edit ("reckless, wasteful") are one change
        joined = next((k for k in found if k.start >= run.hunk.start and k.end <= run.hunk.end),
                      None)
        if joined is not None:
            earlier = found.pop(joined)
            span = Span(min(joined.start, run.key.start), max(joined.end, run.key.end))
            shown = Span(min(earlier.revised.start if earlier.revised else span.start,
                             run.shown.start),
                         max(earlier.revised.end if earlier.revised else span.end, run.shown.end))
            text = b.text[shown.start:shown.end].strip()
            found[span] = Draft(ChangeKind.COMMENTARY, None, shown,
                                f"added evaluation: “{text}” ({reading})", earlier.edits + run.edits,
                                span.start, max(earlier.confidence or 0.5, round(p_alone, 3)))
            continue
        words = b.text[run.shown.start:run.shown.end].strip()
        found[run.key] = Draft(ChangeKind.COMMENTARY, None, run.shown,
                               f"added evaluation: “{words}” ({reading})",
                               run.edits, run.key.start, round(max(p_alone, 0.5), 3))
    for sb, sa, sentence, rest, new, edits in leaning:
        if any(sb.contains(k) for k in found):  # the words that evaluate, told apart
            continue
        p_with, p_without = as_read[sentence], without[rest]
        if not judge_edit(p_with, p_without, sensitivity):
            continue
        found[sb] = Draft(ChangeKind.COMMENTARY, sa, sb,
                          f"added evaluation: “{new.strip()}” (reads as opinion "
                          f"{p_with:.2f}, without it {p_without:.2f})",
                          edits, sb.start, round(p_with, 3))
    return found


@dataclass(frozen=True, slots=True)
class _Run:
    """A short run of words put into a kept sentence, between punctuation."""

    key: Span                # the run's span in the revised text
    hunk: Span               # the edit it stands in
    shown: Span              # the run with the words it grades ("only" → "only a modest gain")
    sentence: str            # the revised sentence
    rest: str                # the revised sentence without the run
    text: str                # the run
    original: str            # the original sentence
    edits: list[WordEdit]


_GRADED = 4  # words after a run that it may grade


def _graded(tokens: list[Token], last: int) -> int:
    """The last token of what a run ending at ``last`` grades: after a degree or stance
    word, the content words (and articles) that follow up to a punctuation mark or another
    function word, at most ``_GRADED`` ("only" → "only a moderate success"); after any other
    word, the one content word it may qualify ("dangerous" → "dangerous fumes")."""
    reach = _GRADED if tokens[last].key.lower() in _GRADERS else 1
    k = last
    while k + 1 < len(tokens) and k - last < reach and is_word(tokens[k + 1].key) and \
            (tokens[k + 1].key.lower() not in STOPWORDS or
             reach > 1 and tokens[k + 1].key.lower() in _ARTICLES):
        k += 1
    while k > last and tokens[k].key.lower() in _ARTICLES:  # never ends on "a" or "the"
        k -= 1
    return k


_ARTICLES = frozenset({"a", "an", "the"})
_GRADERS = DEGREE | STANCE  # words that grade the phrase after them
_RUN_WORDS = 6  # a longer run of new words is a paraphrase, not words put in
_BREAKS = frozenset(",;:()[]\"'-")


def _word_runs(tokens: list[Token], first: int, end: int) -> list[tuple[int, int]]:
    """Runs of tokens ``first..end`` between punctuation marks, as (first, last) indices,
    that hold a real word and at most ``_RUN_WORDS`` words."""
    out: list[tuple[int, int]] = []
    start = None
    for k in range(first, end + 1):
        if k == end or tokens[k].key in _BREAKS or tokens[k].key in ("...", "--"):
            if start is not None:
                words = [t for t in tokens[start:k] if _LETTERS.fullmatch(t.key) or is_word(t.key)]
                if len(words) <= _RUN_WORDS and any(_EVALUATIVE_WORD.search(t.key) for t in words):
                    out.append((start, k - 1))
            start = None
        elif start is None:
            start = k
    return out


_EVALUATIVE_WORD = re.compile(r"[^\W\d_]{3,}")  # an edit of at least one real word


def _reworded(a: Side, b: Side, i: int, j: int, ops: list[Opcode], quoted: _Quoted,
              evaluative: dict[Span, Draft] | None = None) -> list[Draft]:
    """Changes inside one reworded sentence pair: each fact, quote or attribution edit on its
    own, and the plain rewording between them grouped, so that no two changes overlap.
    Edits inside altered quotations are left out: each altered quotation is one change of
    its own (see ``_with_quote_changes``). An edit is inside quotation marks when both its
    sides are, or when it changes a quotation that has no partner (its words became the
    writer's own, or new words were put in quotation marks). An edit that touches a figure
    is judged on the whole figure ("billion" → "million" in "$8.8 billion"), and a figure's
    edit is never grouped into the plain rewording."""
    span_a, span_b = a.sentence_spans[i], b.sentence_spans[j]
    if is_boilerplate(a.text[span_a.start:span_a.end]) and \
            is_boilerplate(b.text[span_b.start:span_b.end]):  # "Updated 5:27 am" → "9:41 am"
        edits = [e for e in local_edits(a.tokens_of(i), b.tokens_of(j), ops)
                 if e.op.value != "equal"]
        return [Draft(ChangeKind.BOILERPLATE, span_a, span_b, "page furniture", edits,
                      span_b.start)]
    drafts: list[Draft] = []
    plain: list[tuple[Span | None, Span | None, str, list[WordEdit], int]] = []
    ta, tb = a.tokens_of(i), b.tokens_of(j)
    figures_a, figures_b = a.figures_of(i), b.figures_of(j)
    marks: dict[Span, list[tuple[int, int]]] = {}  # lone quotation: where its marks changed
    worded: set[Span] = set()  # lone quotations whose words changed too

    def flush() -> None:
        if plain:
            drafts.append(Draft(ChangeKind.REWORDING, _union([p[0] for p in plain]),
                                _union([p[1] for p in plain]),
                                "; ".join(p[2] for p in plain[:4]),
                                [e for p in plain for e in p[3]], plain[0][4]))
            plain.clear()

    for i1, i2, j1, j2 in _hunks(ops):
        sa = Span(ta[i1].start, ta[i2 - 1].end) if i2 > i1 else None
        sb = Span(tb[j1].start, tb[j2 - 1].end) if j2 > j1 else None
        if _within(sa, quoted.altered_a) and _within(sb, quoted.altered_b):
            continue
        old = a.text[sa.start:sa.end] if sa else ""
        new = b.text[sb.start:sb.end] if sb else ""
        if _restyled_marks(old, new):
            continue
        lone = _enclosing(sa, quoted.lone_a) or _enclosing(sb, quoted.lone_b)
        if lone is not None and not _WORDLIKE.search(old + new):
            # a mark of a quotation without partner: told with its words, or on its own
            marks.setdefault(lone, []).append((_anchor(a, i, ta, i1), _anchor(b, j, tb, j1)))
            continue
        if lone is not None:
            worded.add(lone)
        in_quote = lone is not None or _within(sa, quoted.a) and _within(sb, quoted.b)
        # where an edit only inserts (or only cuts), the figure it stands against is the one
        # the other side has right there ("2,000" → "about 2,000")
        kind, detail = hunk_kind(old, new, in_quote,
                                 _touched(figures_a, sa, _token_start(ta, i1, span_a)),
                                 _touched(figures_b, sb, _token_start(tb, j1, span_b)),
                                 *_names_of(a, b, i, j, (sa, old), (sb, new)))
        # an edit is commentary when reading the sentence with and without it says so
        judged = evaluative.get(sb) if evaluative and sb is not None and not in_quote else None
        if judged is None and evaluative and sb is not None and not in_quote:
            # evaluative words within a larger edit: their own change, the rest a rewording
            drafts += [d for span, d in evaluative.items() if span != sb and sb.contains(span)]
        confidence = None
        if kind in (ChangeKind.REWORDING, ChangeKind.COMMENTARY):
            if judged is not None:
                kind, detail, confidence = judged.kind, judged.detail, judged.confidence
            elif kind == ChangeKind.COMMENTARY:
                kind = ChangeKind.REWORDING
        sub = [(t, x1, x2, y1, y2) for t, x1, x2, y1, y2 in ops
               if t != "equal" and x1 >= i1 and x2 <= i2 and y1 >= j1 and y2 <= j2]
        anchor = sb.start if sb else _anchor_b(b, j, tb, j1)
        if kind == ChangeKind.REWORDING:
            plain.append((sa, sb, detail, local_edits(ta, tb, sub), anchor))
            continue
        flush()
        shown = judged.revised if judged is not None and judged.revised is not None else sb
        drafts.append(Draft(kind, sa, shown, detail, local_edits(ta, tb, sub), anchor, confidence))
    flush()
    for quote, places in marks.items():
        if quote not in worded:
            drafts.append(_marks_draft(a, b, quote, places, _inside(quote, quoted.lone_a)))
    return drafts


def _names_of(a: Side, b: Side, i: int, j: int, old: tuple[Span | None, str],
              new: tuple[Span | None, str]) -> tuple[set[str], set[str]]:
    """The proper names an edit touches on each side, looked up only where both sides have
    a capitalised word (a name can change only then)."""
    if not (capitalised_words(old[1]) and capitalised_words(new[1])):
        return set(), set()
    return a.names_within(i, old[0]), b.names_within(j, new[0])


def _marks_draft(a: Side, b: Side, quote: Span, places: list[tuple[int, int]],
                 taken: bool) -> Draft:
    """A quotation whose words stayed but whose marks were taken away (``taken``) or put
    around them: the words became the writer's own, or someone else's."""
    if taken:
        other = trim_span(b.text, Span(min(p[1] for p in places), max(p[1] for p in places)),
                          " ,.;:")
        words = a.text[quote.start:quote.end].strip(_QUOTE_EDGES)
        return Draft(ChangeKind.QUOTE_CHANGE, quote, other if other.length else None,
                     f"quotation marks taken away: “{words}”", [], other.start)
    other = trim_span(a.text, Span(min(p[0] for p in places), max(p[0] for p in places)),
                      " ,.;:")
    words = b.text[quote.start:quote.end].strip(_QUOTE_EDGES)
    return Draft(ChangeKind.QUOTE_CHANGE, other if other.length else None, quote,
                 f"put in quotation marks: “{words}”", [], quote.start)


def _anchor(side: Side, n: int, tokens: list[Token], k: int) -> int:
    """Where token ``k`` of sentence ``n`` stands (its end, past the last token)."""
    return tokens[k].start if k < len(tokens) else side.sentence_spans[n].end


def _token_start(tokens: list[Token], k: int, sentence: Span) -> int:
    """Where token ``k`` of a sentence starts (the sentence's end, past its last token)."""
    return tokens[k].start if k < len(tokens) else sentence.end


def _touched(found: list[Quantity], span: Span | None, point: int) -> list[Quantity]:
    """The quantities an edit's span overlaps (hedge and frequency included), or for an edit
    with nothing on this side, those that touch ``point``, where it stands."""
    if span is None:
        return [q for q in found if q.span.start <= point <= q.span.end]
    return [q for q in found if q.span.overlaps(span)]


def _anchor_b(b: Side, j: int, tokens: list[Token], k: int) -> int:
    """Where token ``k`` of revised sentence ``j`` stands (its end, past the last token)."""
    return _anchor(b, j, tokens, k)


def _union(spans: list[Span | None]) -> Span | None:
    real = [s for s in spans if s is not None]
    if not real:
        return None
    return Span(min(s.start for s in real), max(s.end for s in real))
