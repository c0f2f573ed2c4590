"""The fact ledger: every fact of the original and its fate in the revised version.

Depends on ``facts``, ``figures``, ``relations``, ``name_forms`` and ``tokenize``. A fact is
kept when it stands in the revised text as whole words (typography and case folded) or, for a
number, when the revised text states its value in any wording ("one gram" as "1,000 mg"), a
count of the same kind of thing ("12 people" not by "12 dollars"); changed
when a reworded passage replaced it (a number by another value); missing otherwise, so a
missing fact is really absent from the revised text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .facts import DATE_RE, FoundFact, date_key, figures, find_facts, trim_span, with_noun
from .presence import Presence, folded_words, occurs_in
from .figures import Figures
from .model import Fact, FactStatus, FactType, Span
from .names import office_country
from .name_forms import (BARE_INITIALS, PHRASE_WORD, RevisedWords, acronym_in, affiliated_in,
                         initialism_in, party_in, spelled_in, spelled_out, surname_in,
                         undotted_in, widened_in)
from .quantities import Quantity, find_quantities
from .quantity import counts_things, is_measure
from .relations import Values, value_key
from .segment import sentence_bounds
from .qualifiers import HEDGES, NOUN_QUALIFIERS, QUALIFIERS, qualified_phrases, qualifiers_in
from .tokenize import STOPWORDS, fold


MAX_DETAIL_WORDS = 20  # a longer cut is a passage, shown by its change, not a fact


def _told_within(span: Span, told: list[Span], starts: list[int]) -> bool:
    """Whether a fact already listed (``told``, sorted by start) contains ``span``."""
    n = bisect.bisect_right(starts, span.start)
    return any(other.contains(span) for other in told[max(0, n - 8):n])


def _says_no_more(text: str, span: Span, told: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` holds a fact already listed lost (``told``, sorted by start) and
    fewer than two content words besides: "left 20,000 homes without" says no more than
    "20,000 homes" does, told where it stood; "MSF, one of the leading providers of care" does."""
    n = bisect.bisect_left(starts, span.start)
    held = [o for o in told[n:bisect.bisect_right(starts, span.end)] if span.contains(o)]
    if not held:
        return False
    rest, at = [], span.start
    for other in held:
        rest.append(text[at:max(at, other.start)])
        at = max(at, other.end)
    rest.append(text[at:span.end])
    return len(content_words(" ".join(rest))) < 2


def _crosses(span: Span, quoted: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` runs into or out of one of ``quoted`` (sorted, not overlapping)."""
    n = bisect.bisect_right(starts, span.start) - 1
    return any(span.overlaps(q) and not q.contains(span)
               for q in quoted[max(0, n):bisect.bisect_left(starts, span.end)])


def _within(span: Span, passages: list[Span], starts: list[int]) -> bool:
    n = bisect.bisect_right(starts, span.start) - 1
    return n >= 0 and passages[n].contains(span)


def _replacement(span: Span, replacements: list[tuple[Span, str]], starts: list[int],
                 longest: int, original: str = "") -> str | None:
    """The new wording of the first replaced passage that overlaps ``span``
    (``replacements`` sorted by start, ``starts`` their starts). Where that passage lies
    inside the fact ("3" of "3 a.m."), and ``original`` is given, the fact with it replaced
    ("5 a.m.")."""
    lo = bisect.bisect_right(starts, span.start - longest)
    hi = bisect.bisect_left(starts, span.end)
    for old, new in replacements[lo:hi]:
        if old.overlaps(span):
            if original and span.contains(old) and old != span:
                return original[span.start:old.start] + new.strip() + original[old.end:span.end]
            # a passage rewritten whole is no fact's new wording ("Singer R. Kelly" → "(CNN) -
            # Spotify reversed its hate content and conduct policy, …")
            return new if len(new.split()) <= REPLACEMENT_WORDS else None
    return None


REPLACEMENT_WORDS = 8  # the most words of the new wording a changed fact is shown with


def _phrase(text: str, span: Span) -> Span:
    """``span`` without the punctuation and function words at its edges ("at the same time
    as surgery" gives "same time as surgery"); a qualifier stays ("not", "all"). A qualifier
    cut on its own takes the words it qualifies ("often" in "has often taken the denials"
    gives "often taken")."""
    words = [m for m in PHRASE_WORD.finditer(text, span.start, span.end)
             if not _edge_word(m.group())]
    if not words:
        return trim_span(text, span, " ,;:()\n")
    if len(words) == 1 and fold(words[0].group(), ignore_case=True) in QUALIFIERS:
        hedge = fold(words[0].group(), ignore_case=True) in HEDGES
        return Span(words[0].start(), _qualified_end(text, words[0].end(), hedge))
    if fold(words[-1].group(), ignore_case=True) in NOUN_QUALIFIERS:
        # a cut that ends on "no" or "first" takes what it qualifies ("had given no" →
        # "given no thought")
        return Span(words[0].start(), _qualified_end(text, words[-1].end()))
    return Span(words[0].start(), words[-1].end())


_ARTICLES = frozenset({"a", "an", "the"})
HEDGE_REACH = 2  # function words between a hedge and what it hedges: "estimated to have"


def _qualified_end(text: str, pos: int, hedge: bool = False) -> int:
    """Where the word a qualifier qualifies ends: the content word after it (an article
    between them), unless a function word or a mark comes first; a hedge reaches over up to
    ``HEDGE_REACH`` function words to the verb it hedges ("estimated to have cost")."""
    end = pos
    taken = skipped = 0
    for m in PHRASE_WORD.finditer(text, pos, min(len(text), pos + 60)):
        if text[end:m.start()].strip():  # a mark between: the phrase ends
            break
        word = fold(m.group(), ignore_case=True)
        if word in _ARTICLES and taken == 0:
            end = m.end()
            continue
        if hedge and word in STOPWORDS and taken == 0 and skipped < HEDGE_REACH:
            end, skipped = m.end(), skipped + 1
            continue
        if word in STOPWORDS or taken == 1:
            break
        end, taken = m.end(), taken + 1
    return end if taken else pos


def _edge_word(word: str) -> bool:
    low = fold(word, ignore_case=True)
    return low in STOPWORDS and low not in QUALIFIERS


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'-]+", fold(text, ignore_case=True)) if w not in STOPWORDS]


def build_ledger(original: str, revised: str, replacements: list[tuple[Span, str]],
                 dropped: list[Span], unchanged: list[Span] | None = None,
                 check: Callable[[], None] | None = None,
                 present: Presence | None = None,
                 partners: list[tuple[Span, Span]] | None = None,
                 figures: Figures | None = None,
                 furniture: list[Span] | None = None,
                 omitted: list[Span] | None = None,
                 pure_cuts: list[Span] | None = None) -> list[Fact]:
    """Facts of ``original`` with their status.

    ``replacements`` are original spans that a reworded passage replaced, with the new
    wording; ``dropped`` are original spans a reworded passage cut without replacement
    (each becomes a "detail" fact when it carries a qualifier, a word that sets a claim's
    scope, strength or certainty, and stands nowhere in the revised text).
    ``unchanged`` are original passages the revised text has word for word, in order and
    without overlaps: a fact inside one is kept without looking for it. ``partners`` pair
    original sentences (sorted, without overlaps) with the revised sentence that rewords
    them: a fact is looked for in its sentence's partner before the whole revised text.
    ``figures`` are the changed figures and the values the revised text states: a number is
    kept when its value stands there, changed when a figure replaced it. ``furniture`` are
    original passages that are page furniture (timestamps): their facts are no facts.
    ``omitted`` are original sentences the revised text left out: the qualified phrases of
    their claims ("no weight loss", "largest creditor") are facts as well. ``pure_cuts`` are
    original words cut with nothing in their place: a date they stand inside is changed to
    what is left of it ("July 7, 2017" → "July 2017").
    ``check`` is called now and then and raises when the caller gave up.
    """
    check = check or (lambda: None)
    present = present if present is not None else Presence(revised)
    words = RevisedWords(revised, present)
    replacements = sorted(replacements, key=lambda r: r[0].start)
    replaced_starts = [old.start for old, _ in replacements]
    longest = max((old.end - old.start for old, _ in replacements), default=0)
    starts = [s.start for s in unchanged or ()]
    facts: list[Fact] = []
    seen: set[str] = set()
    repeats: dict[str, list[FoundFact]] = {}  # later facts of the same words
    found_facts = [f for f in find_facts(original, check, opening=True)
                   if f.type != FactType.NAME or " " in f.text or
                   not office_country(original, f.span.start, f.span.end)]  # "Russian President"
    unique = _first_of_each(_outside(found_facts, furniture or []), seen, check, repeats)
    inside = [_within(found.span, unchanged or [], starts) or
              _in_partner(found, original, revised, partners or [])
              for found in unique]
    cut = [_phrase(original, part) for span in dropped for part in _clauses(original, span)]
    present.expect([found.text for found, kept in zip(unique, inside) if not kept] +
                   [original[span.start:span.end] for span in cut])
    cut_inside: dict[int, list[Span]] = {}  # cuts inside a date, by the date's start
    dates = [f.span for f in unique if f.type == FactType.DATE]
    date_starts = [d.start for d in dates]
    for span in pure_cuts or []:
        k = bisect.bisect_right(date_starts, span.start) - 1
        if k >= 0 and dates[k].contains(span) and span != dates[k]:
            cut_inside.setdefault(dates[k].start, []).append(span)

    dated = _DatesOf(revised) if any(f.type == FactType.DATE for f in unique) else None

    def fate(found: FoundFact) -> Fact:
        """What became of a fact not kept as written."""
        if found.type == FactType.DATE and dated is not None:
            same = dated.find(found.text)  # "July 15, 2018" as "15 July 2018", "March" as
            if same is not None:           # "March 3" (made more precise)
                return Fact(found.text, found.type, FactStatus.KEPT if same[1] else
                            FactStatus.CHANGED, found.span, None, same[0])
        if found.quantity is not None and figures is not None:
            fact = _figure_fate(found, figures, revised,
                                by_value=not is_measure(found.quantity))
            if fact.status != FactStatus.MISSING:
                return fact
            # a figure an edit put another in the place of, vague or in words ("Over 400" →
            # "Hundreds"), which no figure of the revised sentence pairs with by value
            replaced = _replacement(found.span, replacements, replaced_starts, longest)
            if replaced is not None and find_quantities(replaced):
                return Fact(found.text, found.type, FactStatus.CHANGED, found.span, None,
                            replaced.strip())
            return fact
        short = (acronym_in(found, words) or surname_in(found, words) or
                 widened_in(found, revised, words) or undotted_in(found, words) or
                 spelled_in(found, revised) or
                 party_in(found, words) or affiliated_in(found, words)) \
            if found.type == FactType.NAME else None
        if short is not None:  # "Immigration and Customs Enforcement" kept as "ICE"
            return Fact(found.text, found.type, FactStatus.KEPT, found.span, short,
                        revised[short.start:short.end])
        replaced = _replacement(found.span, replacements, replaced_starts, longest)
        if replaced is not None and found.type == FactType.DATE and \
                not _same_type(found.type, replaced):  # "3 a.m." where only "3" was replaced
            replaced = _replacement(found.span, replacements, replaced_starts, longest, original)
        if replaced is not None and found.type == FactType.NAME and \
                spelled_out(found.text, replaced):  # "U.N." now "United Nations"
            return Fact(found.text, found.type, FactStatus.KEPT, found.span, None,
                        replaced.strip())
        if replaced is not None and _same_type(found.type, replaced):
            return Fact(found.text, found.type, FactStatus.CHANGED, found.span, None,
                        replaced.strip())
        shorter = _date_cut(original, found, cut_inside.get(found.span.start, []), present) \
            if found.type == FactType.DATE else None
        if shorter is not None:  # "July 7, 2017" now "July 2017"
            return Fact(found.text, found.type, FactStatus.CHANGED, found.span, None, shorter)
        return Fact(found.text, found.type, FactStatus.MISSING, found.span)

    # the revised text's figures: its changed passages' (read already), and the unchanged
    # passages', which are the original's words
    elsewhere = None if figures is None else _StatedElsewhere(
        original, revised, figures,
        [found.quantity for found in found_facts
         if found.quantity is not None and _within(found.span, unchanged or [], starts)])
    for n, (found, kept) in enumerate(zip(unique, inside)):
        if n % 1024 == 0:
            check()
        stated = None if kept or elsewhere is None else elsewhere.of(found)
        # a count's figure written alone proves nothing ("12" of "12 dollars"); with the noun
        # it counts ("two countries") it does
        written = found.text in present and (stated is None or found.quantity is None or
                                             found.span != found.quantity.core) and \
            (not BARE_INITIALS.fullmatch(found.text) or initialism_in(found.text, revised))
        if kept or stated or written or _kept_as_written(found, present):
            facts.append(Fact(found.text, found.type, FactStatus.KEPT, found.span))
            continue
        fact = fate(found)
        if fact.status == FactStatus.MISSING and found.type != FactType.QUOTE:
            # the same words stand again further on, where they may have been changed: a
            # date or figure repeated, edited in one place
            fact = next((f for f in map(fate, repeats.get(found.text, ()))
                         if f.status == FactStatus.CHANGED), fact)
        facts.append(fact)
    told = sorted((f.original for f in facts if f.status != FactStatus.KEPT and f.original is not None
                   and f.type != FactType.QUOTE),  # a quote that changed still shows what it lost
                  key=lambda s: (s.start, s.end))
    told_starts = [s.start for s in told]
    quoted = sorted((found.span for found in unique if found.type == FactType.QUOTE),
                    key=lambda q: q.start)
    quoted_starts = [q.start for q in quoted]
    for span in cut:
        text = original[span.start:span.end]
        key = fold(text, ignore_case=True)
        if key in seen or len(content_words(text)) < 2 or not qualifiers_in(text) or \
                text in present or len(text.split()) > MAX_DETAIL_WORDS or \
                _told_within(span, told, told_starts) or \
                _says_no_more(original, span, told, told_starts) or \
                _crosses(span, quoted, quoted_starts):
            # already told by that fact; or half a quotation and half the words around it
            # ("… symptoms," said study author X): the quotation's own fact tells of it
            continue
        seen.add(key)
        facts.append(Fact(text, FactType.DETAIL, FactStatus.MISSING, span))
    facts += _omitted_claims(original, omitted or [], facts, seen, present)
    facts = _without_inner_details(facts)
    facts.sort(key=lambda f: (f.original.start if f.original else 0))
    return facts


_CLAUSE_BREAK = re.compile(r"\s+(?:--|[—–-])\s+|;\s+|\s*[—–]\s*")


def _clauses(text: str, span: Span) -> list[Span]:
    """``span`` in the parts a dash or a semicolon divides it into: a detail is one phrase,
    never a dateline and the lede after it ("WASHINGTON (Sept. 11, 2015) -- The largest
    trial …")."""
    out, at = [], span.start
    for m in _CLAUSE_BREAK.finditer(text, span.start, span.end):
        if m.start() > at:
            out.append(Span(at, m.start()))
        at = m.end()
    if span.end > at:
        out.append(Span(at, span.end))
    return out or [span]


def _without_inner_details(facts: list[Fact]) -> list[Fact]:
    """Details whose words another listed detail holds ("highest dose" beside "highest dose
    trial") told once, by the longer."""
    details = [fold(f.text, ignore_case=True) for f in facts if f.type == FactType.DETAIL]
    if len(details) < 2 or len(details) > _DETAILS_COMPARED:
        return facts
    return [f for f in facts if f.type != FactType.DETAIL or not any(
        other != mine and re.search(rf"(?<!\w){re.escape(mine)}(?!\w)", other)
        for mine in [fold(f.text, ignore_case=True)] for other in details)]


_DETAILS_COMPARED = 200  # each detail is compared with each other: a bound on the square


def _omitted_claims(original: str, omitted: list[Span], facts: list[Fact], seen: set[str],
                    present: Presence) -> list[Fact]:
    """The qualified phrases of the omitted sentences that no other fact tells of already
    (a lost quotation tells of the words in it)."""
    told = sorted((f.original for f in facts if f.status != FactStatus.KEPT and
                   f.original is not None), key=lambda s: (s.start, s.end))
    told_starts = [s.start for s in told]
    out = []
    for sentence in omitted:
        amounts = [q.span for q in figures(original, sentence.start, sentence.end)]
        for start, end in qualified_phrases(original, sentence.start, sentence.end, STOPWORDS):
            span = Span(start, end)
            text = original[start:end]
            key = fold(text, ignore_case=True)
            if any(span.overlaps(q) for q in amounts):
                continue  # a figure's hedge ("at least 30 minutes"): the figure tells of it
            if key in seen or text in present or _told_within(span, told, told_starts) or \
                    any(span.overlaps(s) for s in told[max(0, bisect.bisect_right(
                        told_starts, start) - 8):bisect.bisect_right(told_starts, end)]):
                continue
            seen.add(key)
            out.append(Fact(text, FactType.DETAIL, FactStatus.MISSING, span))
    return out


def _kept_as_written(found: FoundFact, present: Presence) -> bool:
    """A name the revised text writes with a small difference: without an abbreviation's
    period ("Inc." as "Inc"), or in the singular ("previous White Houses"); a term defined
    with its abbreviation by either alone."""
    if found.type != FactType.NAME:
        return False
    text = found.text
    if text.endswith(")") and " (" in text:  # "tumor necrosis factor (TNF)": either way
        term, letters = text[:-1].rsplit(" (", 1)
        return term in present or letters in present
    return (text.endswith(".") and text.rstrip(".") in present) or \
        (" " in text and text.endswith("s") and not text.endswith("ss") and text[:-1] in present)


class _StatedElsewhere:
    """Whether the revised text states a count or a measure of the original where its words
    do not say so: the figure written alone proves nothing ("12" of "12 dollars").

    A count ("12 people were hurt") is stated by a count of the same value that counts the
    same kind of thing or names nothing counted ("12 residents", "12 were hurt"), not by "12
    dollars" or "12 beds". A count told again with another noun for the same thing ("two
    administrations" as "two doses") in a sentence not paired with its own is listed
    missing: a fact-checker can see the two, while one lost and called kept is never looked
    at again. A measure (a share, a sum, a mass, a duration: see ``is_measure``) is stated
    only where the sentence it stands in shares a word with the original's sentence, for it
    measures something its sentence names ("Unemployment rose 5%" is not kept by "a 5%
    discount" elsewhere, nor "fined the landlord $5 million" by "a $5 million budget"; "95%
    effective" is by "was 95 percent effective")."""

    def __init__(self, original: str, revised: str, figures: Figures,
                 steady: list[Quantity]) -> None:
        self._original = original
        self._values = (figures.revised, Values(steady))  # the changed and unchanged passages'
        self._measures: dict[tuple[str, float, float], list[tuple[str, Span]]] = {}
        for q in figures.measures:
            self._measures.setdefault(value_key(q), []).append((revised, q.span))
        for q in steady:  # an unchanged passage: its sentence is the original's own
            if is_measure(q):
                self._measures.setdefault(value_key(q), []).append((original, q.span))

    def of(self, found: FoundFact) -> bool | None:
        """Whether the revised text states ``found``; None for a fact neither a count nor a
        measure."""
        q = found.quantity
        if q is None:
            return None
        if counts_things(q):
            return any(values.states(q) for values in self._values)
        if not is_measure(q):
            return None
        places = self._measures.get(value_key(q), [])[:_PLACES_READ]
        mine = _sentence_words(self._original, q.span) if places else set()
        return any(mine & _sentence_words(text, span) for text, span in places)


_PLACES_READ = 16  # places of one value looked at: a value stated more often is stated


def _sentence_words(text: str, span: Span) -> set[str]:
    """The content words of the sentence ``span`` stands in, figures and the unit words of a
    share left out."""
    start, end = sentence_bounds(text, span.start, span.end, _REACH)
    return {w for w in content_words(text[start:span.start] + " " + text[span.end:end])
            if not w[:1].isdigit() and w not in _SHARE_WORDS}


_REACH = 300  # characters either way a sentence is read in
_SHARE_WORDS = frozenset("""percent per cent pct percentage points point
rose rise rises risen rising fell fall falls fallen falling increased increase increases
decreased decrease decreases grew grow grows grown dropped drop drops declined decline declines
jumped jump jumps climbed climb climbs gained gain gains slipped slip slips surged surge surges
soared soar soars plunged plunge plunges up down said says reported according""".split())
# the words of a share and of its going up or down say nothing of what it is a share of


class _DatesOf:
    """The dates of the revised text by what they say, to find a date written another way."""

    def __init__(self, revised: str) -> None:
        self._keys: dict[tuple[object, ...], str] = {}
        self._by_month: dict[object, list[tuple[tuple[object, ...], str]]] = {}
        for m in DATE_RE.finditer(revised):
            key = date_key(m.group())
            if key not in self._keys:
                self._keys[key] = m.group()
                self._by_month.setdefault(key[0], []).append((key, m.group()))

    def find(self, text: str) -> tuple[str, bool] | None:
        """A revised date that says what ``text`` does (with True), or says it more precisely
        (with False: "March 2024" as "March 3, 2024"), for a date with a month; else None."""
        key = date_key(text)
        if not key[0]:
            return None
        if key in self._keys:
            return self._keys[key], True
        for other, written in self._by_month.get(key[0], ()):
            if len(other) == len(key) and other[3:] == key[3:] and \
                    all(not mine or mine == theirs for mine, theirs in zip(key[:3], other[:3])):
                return written, False
        return None


def _date_cut(original: str, found: FoundFact, cuts: list[Span], present: Presence) -> str | None:
    """The date left when words were cut from inside it ("July 7, 2017" → "July 2017"), if
    the revised text has it."""
    if not cuts:
        return None
    kept, at = [], found.span.start
    for cut in sorted(cuts, key=lambda c: c.start):
        kept.append(original[at:cut.start])
        at = cut.end
    kept.append(original[at:found.span.end])
    shorter = " ".join("".join(kept).replace(" ,", ",").split()).strip(" ,")
    return shorter if shorter and shorter != found.text and shorter in present else None


def _figure_fate(found: FoundFact, figures: Figures, revised: str, by_value: bool = True) -> Fact:
    """A number not written the same in the revised text: kept if its value stands there in
    another wording (``by_value``; a measure is judged by ``_StatedElsewhere`` before), changed if
    another figure took its place, else missing."""
    assert found.quantity is not None
    if by_value and figures.stated(found.quantity):
        return Fact(found.text, found.type, FactStatus.KEPT, found.span)
    change = figures.replacing(found.quantity.core)
    if change is not None:  # "45 officers" → "60 officers": the new figure with its noun
        new = change.new
        where = with_noun(revised, new, whole=True) if new.span.end == new.core.end else new.span
        return Fact(found.text, found.type, FactStatus.CHANGED, found.span, where,
                    revised[where.start:where.end] if where != new.span else new.text)
    return Fact(found.text, found.type, FactStatus.MISSING, found.span)


def is_lost(fact: Fact) -> bool:
    """Whether the revised text no longer says what this fact of the original said, in its
    words: it is missing, or another wording took its place ("13%" now "14 percent",
    "Nurses' Health Study II" now "journal Pediatrics"); the change list says with what. A
    quotation told in other words is an altered quote, not a lost fact."""
    return fact.status == FactStatus.MISSING or (
        fact.status == FactStatus.CHANGED and fact.type != FactType.QUOTE)


def _outside(found: list[FoundFact], furniture: list[Span]) -> list[FoundFact]:
    """The facts that stand outside page furniture (sorted spans)."""
    if not furniture:
        return found
    spans = sorted(furniture, key=lambda s: s.start)
    starts = [s.start for s in spans]
    return [f for f in found if not _within(f.span, spans, starts)]


def _in_partner(found: FoundFact, original: str, revised: str,
                partners: list[tuple[Span, Span]]) -> bool:
    """Whether ``found`` stands in the revised sentence paired with the one it is in."""
    n = bisect.bisect_right(partners, found.span.start, key=lambda p: p[0].start) - 1
    if n < 0 or not partners[n][0].contains(found.span):
        return False
    new = partners[n][1]
    if BARE_INITIALS.fullmatch(found.text):  # "US" is not the "us" of the partner sentence
        return initialism_in(found.text, revised, new.start, new.end)
    return occurs_in(found.text, folded_words(revised[new.start:new.end]))


_REPEATS_KEPT = 8  # later places of one wording looked at for a change


def _first_of_each(found: list[FoundFact], seen: set[str],
                   check: Callable[[], None],
                   repeats: dict[str, list[FoundFact]] | None = None) -> list[FoundFact]:
    """The first fact of each wording (folded), their folded texts added to ``seen``; the
    next few places of the same words ("30 percent" after "30 Percent" too) go to
    ``repeats``, under the first one's text."""
    out: list[FoundFact] = []
    owner: dict[str, str] = {}  # each wording met -> the text of the first fact it repeats
    first: dict[str, str] = {}  # folded wording -> the text of its first fact
    for n, fact in enumerate(found):
        if n % 1024 == 0:
            check()
        head = owner.get(fact.text)
        if head is None:  # a wording not met yet: folding it is the costly part
            key = fold(fact.text, ignore_case=True)
            if key in seen and key not in first:
                continue  # told by the caller already
            head = owner[fact.text] = first.setdefault(key, fact.text)
            if head == fact.text and key not in seen:
                seen.add(key)
                out.append(fact)
                continue
        if repeats is not None:
            later = repeats.setdefault(head, [])
            if len(later) < _REPEATS_KEPT:
                later.append(fact)
    return out


def _same_type(kind: FactType, replacement: str) -> bool:
    """Whether a replacement can stand for a fact of this type (a date for a date, a number
    or a date for a number, a name for a name)."""
    if kind == FactType.DATE:  # a weekday is not replaced by a count ("doses in 150 patients")
        return any(f.type == FactType.DATE for f in find_facts(replacement))
    if kind == FactType.NUMBER:
        return any(f.type in (FactType.NUMBER, FactType.DATE) for f in find_facts(replacement))
    if kind == FactType.NAME:
        return any(f.type == FactType.NAME for f in find_facts(replacement))
    return bool(replacement.strip())
