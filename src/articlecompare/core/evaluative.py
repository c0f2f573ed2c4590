"""Words put into a sentence that otherwise stayed, read as the writer's evaluation.

Depends on ``commentary`` for the readings and the bars, ``worddiff`` for a pair's edits and
``quote_changes`` for where quotations stand. Reading costs: short runs of inserted words are
read first, whole sentences only where a run leads there; the caller bounds the reads.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .commentary import (
    DEGREE,
    OpinionModel,
    Sensitivity,
    evaluative_words,
    judge_edit,
    judge_phrase,
    log_odds,
    plain_words,
    someone_elses,
)
from .draft import Draft
from .edits import local_edits
from .matching import Matching
from .model import ChangeKind, Span, Token, WordEdit
from .quote_changes import inside
from .sides import Side
from .stance import STANCE
from .tokenize import STOPWORDS, is_word
from .worddiff import hunks

_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of letters


def evaluative_edits(a: Side, b: Side, m: Matching, quotes: list[Span], opinion: OpinionModel,
                      sensitivity: Sensitivity, check: Callable[[], None]) -> dict[Span, Draft]:
    """Words put into a sentence that otherwise stayed ("a **breakthrough** test", "killed"
    → "massacred") that make it read as the writer's opinion, each a commentary change of
    its own. Two readings: the sentence read with and without the whole edit (an edit that
    turns it to opinion), and each short run of inserted words between punctuation read as
    a phrase (one that carries an evaluative word the original lacked, or reads as opinion
    on its own and leans the sentence further to it). Keyed by the span in the revised text
    (the whole edit, or the run)."""
    edits_seen: list[tuple[Span, Span | None, str, str, str, list[WordEdit]]] = []
    runs: list[_Run] = []
    # sentences that stayed (moved with an edit too) first, then those split, merged or
    # paraphrased
    stayed = m.changed + [p for p in m.moved if p.similarity < 1.0]
    for n, pair in enumerate(stayed + m.loose):
        if n % 256 == 0:
            check()
        ta, tb = a.tokens_of(pair.a), b.tokens_of(pair.b)
        whole = b.sentence_spans[pair.b]
        sentence = b.text[whole.start:whole.end]
        original = a.text[a.sentence_spans[pair.a].start:a.sentence_spans[pair.a].end]
        ops = m.pair_ops[(pair.a, pair.b)]
        inserting = [h for h in hunks(ops) if h[3] > h[2]]
        if len(inserting) > _EDITS_READ:
            continue  # rewritten, not added to: each edit read would cost the whole sentence
        kept = n < len(stayed)  # a sentence that stayed, not one split, merged or paraphrased
        # (edit, x1, first, last, words only put in) of each run
        candidates: list[tuple[Span, int, int, int, bool]] = []
        for i1, i2, j1, j2 in inserting:
            sb = Span(tb[j1].start, tb[j2 - 1].end)
            sa = Span(ta[i1].start, ta[i2 - 1].end) if i2 > i1 else None
            new = b.text[sb.start:sb.end]
            old = a.text[sa.start:sa.end] if sa else ""
            if not _EVALUATIVE_WORD.search(new) or inside(sb, quotes):
                continue
            reverted = (b.text[whole.start:sb.start] + old + b.text[sb.end:whole.end]).strip()
            inner = [(t, x1, x2, y1, y2) for t, x1, x2, y1, y2 in ops
                     if t != "equal" and x1 >= i1 and x2 <= i2 and y1 >= j1 and y2 <= j2]
            edits = local_edits(ta, tb, inner)
            edits_seen.append((sb, sa, sentence, " ".join(reverted.split()), new, edits))
            candidates += [(sb, x1, first, last, kept and _only_put_in(ta, x1, x2))
                           for _, x1, x2, y1, y2 in inner
                           for first, last in _word_runs(tb, y1, y2)]
        if len(candidates) > _RUNS_READ:
            continue  # its edits are read whole, as edits too long to hold runs are
        for sb, x1, first, last, put_in in candidates:
            span = Span(tb[first].start, tb[last].end)
            if inside(span, quotes):
                continue
            text = b.text[span.start:span.end]
            rest = b.text[whole.start:span.start] + b.text[span.end:whole.end]
            graded = Span(span.start, tb[_graded(tb, last)].end)
            runs.append(_Run(span, sb, span if inside(graded, quotes) else graded,
                             sentence, " ".join(rest.split()), text, original,
                             local_edits(ta, tb, [("insert", x1, x1, first, last + 1)]),
                             put_in and last - first < _PUT_IN_WORDS and _qualifies(tb, last)))
    if not edits_seen:
        return {}
    has_runs = {r.hunk for r in runs}
    # reading costs in proportion to length: the short runs are read first, alone, and whole
    # sentences only where a run carries an evaluative word or reads as opinion on its own,
    # or where an edit is too long to hold runs (most edits are neither)
    # a few words put into a sentence that stayed are read one by one too: a word that reads
    # as opinion on its own is an evaluative word the lists do not hold ("beloved", "hapless")
    singles = list(dict.fromkeys(w for r in runs if r.put_in
                                 for w in plain_words(r.text, r.original)))
    read_alone = dict(zip(singles, opinion(singles))) if singles else {}
    cues = {id(r): evaluative_words(r.text, r.original, read_alone if r.put_in else None)
            for r in runs}
    theirs = functools.cache(others_words)  # a sentence of many runs is judged once
    runs = [r for r in runs if not theirs(r.sentence)]
    texts = list(dict.fromkeys(r.text for r in runs))
    alone = dict(zip(texts, opinion(texts))) if texts else {}
    phrase_least = sensitivity.phrase_bar[0]
    runs = [r for r in runs if cues[id(r)] or alone[r.text] >= phrase_least]
    leads = {r.hunk for r in runs}
    edits_seen = [c for c in edits_seen if c[0] in leads or c[0] not in has_runs]
    sentences = list(dict.fromkeys([c[2] for c in edits_seen] + [r.sentence for r in runs]))
    as_read = dict(zip(sentences, opinion(sentences))) if sentences else {}
    least = sensitivity.edit_bar[0]
    leaning = [c for c in edits_seen if as_read[c[2]] >= least and not theirs(c[2])]
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
    put_in: bool             # a few words only put into a sentence that stayed


_PUT_IN_WORDS = 3  # the most tokens of a run put in whose words are read one by one


def _only_put_in(original: list[Token], x1: int, x2: int) -> bool:
    """Whether an edit only puts words in: it replaces nothing, or only function words
    ("about" → "a remarkable")."""
    return all(not is_word(t.key) or not _content(t.key) for t in original[x1:x2])


def _qualifies(tokens: list[Token], last: int) -> bool:
    """Whether a run ending at ``last`` stands where a qualifier stands: it ends on a content
    word and a content word follows it ("the **beloved** library", "**hapless** council")."""
    if not _content(tokens[last].key) or last + 1 >= len(tokens):
        return False
    after = tokens[last + 1].key
    return after in _CURRENCY or is_word(after) and _content(after)


_CURRENCY = frozenset("$£€¥")  # "a staggering $2 million"


def _content(word: str) -> bool:
    return word.lower() not in STOPWORDS and word.lower() not in _CLOSED_CLASS


# prepositions and conjunctions beyond the stopwords: the grammar's closed classes
_CLOSED_CLASS = frozenset("""until unless because though although through throughout during
across along among amid around against behind below beneath beside besides beyond despite
except inside near onto outside past since toward towards under underneath unlike upon via
within without whether nor yet once whereas whenever wherever""".split())


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
# Each edit and each run read costs a copy of its sentence: a sentence given more edits, or
# more runs, than these was rewritten rather than added to, and a hostile one (a run of
# "&amp;" inserted, 16,000 runs in an 83 KB sentence: 9 s) would cost the square of its length
_EDITS_READ = 32
_RUNS_READ = 64


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


# a record cited for a figure ("according to city figures", "according to census data"): it
# vouches for the number, not for the words the writer puts around it ("a staggering")
_DATA_SOURCE = re.compile(
    r"\b[Aa]ccording to (?:the )?(?:[\w’'-]+ ){0,3}?(?:figures|data|statistics|records|"
    r"estimates|census|filings|documents|budget|accounts|tallies|numbers)\b")


def others_words(sentence: str) -> bool:
    """Whether a kept sentence gives someone else's words, a data source cited in it aside."""
    return someone_elses(_DATA_SOURCE.sub("", sentence))
