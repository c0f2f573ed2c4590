"""The fact ledger's raw material: numbers, dates, names and quotations found in a text.

Depends on ``tokenize`` for folding, ``quantities`` and ``quantity`` for numbers and ``quotes``
for where quotations stand. Pure pattern matching over one text; deciding each fact's fate in
the other version is ``ledger``'s job. Offsets are code points. A number is found with its
magnitude and unit, a count with the noun it counts ("12 people"), and looked up as a whole
token.
"""
from __future__ import annotations

__all__ = ["DATE_RE", "NAME_RE", "ORGANISATION_WORDS", "FoundFact", "date_key", "figures",
           "find_facts", "is_fact", "opens_sentence", "trim_span", "with_noun"]

import bisect
import re
from collections.abc import Callable, Iterator

from .agencies import WIRES, alternation
from .model import FactType, Span
from .names import (ORGANISATION_WORDS, FoundFact, after_first, after_title,
                    drop_defined_abbreviations, drop_partial_names, names, split_joined,
                    split_listed)
from .numbers import words_from
from .quantities import Quantity, find_quantities
from .quantity import counts_things
from .quotes import quoted_passages
from .units import LABEL_WORDS

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = "|".join(MONTH_NAMES) + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
_DAYS = "|".join(WEEKDAYS)
DATE_RE = re.compile(
    rf"\b(?:\d{{4}}-[01]\d-[0-3]\d(?!\d)|(?:{_MONTHS})\s\d{{4}}(?!\d)|(?:{_MONTHS})\s\d{{1,2}}(?!\d)(?:,\s\d{{4}})?"
    rf"|\d{{1,2}}\s(?:{_MONTHS})(?:\s\d{{4}})?"
    rf"|(?:{_DAYS})|\d{{1,2}}:\d{{2}}(?:[ \u00a0]?[apAP](?:\.[mM]\.?|[mM]))?|\d{{1,2}}\s?(?:[ap]\.m\.|[AP]\.M\.)"
    r"|(?:1\d|20)\d0s(?![\w’'-]))")  # a decade: "the 1960s"
# where a date can start: scanning for these first and trying the full pattern only there is
# several times faster than letting the pattern try every position
_DATE_START = re.compile(r"[JFMASONDTW\d]")
# a capitalised word; an initial ("J." before another name), an initialism ("U.S.", "T.H.")
# and a few abbreviations ("Jr.", "St.") keep their period
_CAP = (r"(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=[^\S\r\n][A-Z])|(?:Jr|Sr|St|Mt|Ft|Inc|Co|Corp|Ltd|Bros)\."
        r"|[A-Z][\w’'&.\-/]*[\w’'&/]|[A-Z])")
_GAP = r"[^\S\r\n]"  # white space within a line: a name does not go on past a line break
# "on" inside the name of a body named for its subject: "National Institute on Aging",
# "Council on Foreign Relations" (elsewhere it starts a date or a place: "Trump on Monday")
_ON = "(?:" + "|".join(rf"(?<={w}\s)" for w in """Institute Council Committee Commission
    Conference Center Centre Panel Board Office Subcommittee Convention""".split()) + ")on" \
    r"(?!\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
# "of the" inside the name of a body: "Department of the Treasury", "Bank of the West",
# "Church of the Holy Sepulchre" (after any other word it ends a name: "the President of the
# United States", "Smith of the Post"); the look-ahead first, so that the look-behinds are
# tried only where "of the" follows
_OF_THE = r"(?=of[^\S\r\n]the[^\S\r\n])(?:" + "|".join(
    rf"(?<={w.capitalize()}[^\S\r\n])" for w in sorted(ORGANISATION_WORDS)) + r")of[^\S\r\n]the"
# an Arabic article or patronymic joined to the name it is part of: "Bashar al-Assad"
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint)-[A-Z][\w’']*"
NAME_RE = re.compile(rf"(?<![\w@#/.])(?<![\w][’'.-]){_CAP}"
                     rf"(?:{_GAP}(?:(?:{_OF_THE}|of|and|&|de|la|del|van|von|bin|al|for|the|{_ON}){_GAP})?"
                     rf"(?:{_CAP}|{_PARTICLE}))*")
_MONTH_NUMBERS = {name.casefold()[:3]: n for n, name in enumerate(MONTH_NAMES, 1)}
_DATE_TOKEN = re.compile(r"\d{1,2}:\d{2}(?:[ \u00a0]?[ap](?:\.m\.?|m))?|\d+|[^\W\d_]+", re.IGNORECASE)


def date_key(text: str) -> tuple[object, ...]:
    """What a date says, however written: "July 15, 2018", "15 July 2018" and "Jul. 15,
    2018" are one date; "August" and "Aug." one month; "7:08 AM" and "7:08 a.m." one time."""
    month = day = year = 0
    rest: list[str] = []
    for token in _DATE_TOKEN.findall(text.casefold()):
        if token.isdigit() and len(token) == 4:
            year = int(token)
        elif token.isdigit() and not day and int(token) <= 31:
            day = int(token)
        elif token[:3] in _MONTH_NUMBERS and (len(token) <= 4 or token in _MONTH_WORDS):
            month = _MONTH_NUMBERS[token[:3]]
        else:  # a weekday, or a clock time without its dots and spaces ("7:08am")
            rest.append(token.replace(".", "").replace(" ", ""))
    return (month, day, year, *rest)


_MONTH_WORDS = frozenset(name.casefold() for name in MONTH_NAMES) | {"sept"}


MIN_QUOTE_WORDS = 3  # a shorter quotation is a scare quote or a term, not a quoted statement


def find_facts(text: str, check: Callable[[], None] | None = None,
               opening: bool = False, pairs: bool = True,
               counted: bool = True) -> list[FoundFact]:
    """Every date, number, name and quotation of ``text``, in order, without overlaps
    between dates and numbers (a date wins). ``check`` is called now and then (it raises
    when the caller gave up), so a long text can be cancelled. ``opening``: the text starts
    an article, so its first line may be a short headline (a sentence or phrase read on its
    own is not one). ``pairs``: two names joined by "and" ("Trump and Putin") are two
    facts; False keeps the pair one, as what a sentence tells: the two together may be news
    where each alone is not. ``counted``: a count takes the noun it counts ("12 people");
    False gives the figure alone, as a sentence's new figures are told by value."""
    check = check or (lambda: None)
    found: list[FoundFact] = []
    taken = bytearray(len(text))  # characters already claimed by a date or number
    for m in _scan(DATE_RE, _DATE_START, text, check):
        found.append(FoundFact(m.group(), FactType.DATE, Span(m.start(), m.end())))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    dates = [f.span for f in found]
    check()
    for q in find_quantities(text, _with_phones(text, dates)):
        if is_fact(q):
            core: Span = q.core
            value: Quantity | None = q
            label = _label_before(text, q)
            if label is not None:  # "phase 2", "type 1": a name more than an amount
                core, value = Span(label, core.end), None
            elif counted:  # "12 people", "two cell populations": what it counts
                core = with_noun(text, q)
            found.append(FoundFact(text[core.start:core.end], FactType.NUMBER, core, value))
            taken[core.start:core.end] = b"\x01" * (core.end - core.start)
    openers: list[FoundFact] = []
    mid_sentence: set[str] = set()
    mid_words: set[str] = set()  # words of names that stand inside a sentence
    opening_runs: list[FoundFact] = []  # "Shares of Oramed": a name after "of" or not
    check()
    name_type = FactType.NAME
    for n, m in enumerate(NAME_RE.finditer(text)):
        if n % 1024 == 0:
            check()
        raw, at = m.group(), m.start()
        lone = " " not in raw
        # "The" starting a run inside a sentence opens the title of a work: "on The Next
        # Revolution", "— The Latest on ..."
        titled = raw.startswith("The ") and not opens_sentence(text, at) and \
            not raw[4:].split(" ")[0].isupper() and "." not in raw[4:].split(" ")[0]
        for offset, name in names(raw, titled, after_title(text, at, raw)):
            start = at + offset
            end = start + len(name)
            if taken.find(1, start, end) >= 0 or text[end:end + 1] == "@":  # an address
                continue
            fact = FoundFact(name, name_type, Span(start, end))
            if " " not in name:
                if lone and not name.isupper() and opens_sentence(text, start):
                    openers.append(fact)
                    continue
                mid_words.add(name)
            else:
                words = name.split()
                if len(words) > 2 and words[1] in ("of", "for") and opens_sentence(text, start):
                    opening_runs.append(fact)
                    mid_words.update(words[1:])
                    continue
                mid_words.update(words)
            mid_sentence.add(name)
            found.append(fact)
    # a lone capitalised word opening a sentence is a name only if it is capitalised elsewhere
    found.extend(f for f in openers if f.text in mid_sentence)
    # so is the first word of a run "X of Y" opening a sentence ("Shares of Oramed rose")
    found.extend(f if f.text.split()[0] in mid_words else after_first(text, f)
                 for f in opening_runs)
    found = drop_defined_abbreviations(text, found)
    headings = _heading_lines(text, opening)
    if headings:  # names stand in the body; a heading's capitals are its style
        starts = [h.start for h in headings]
        found = [f for f in found if f.type != name_type or not _in_spans(f.span, headings, starts)]
    found = drop_partial_names(split_listed(text, split_joined(found), pairs))
    found = [f for f in found if f.type != name_type or
             not (_photo_credit(text, f) or _label(text, f) or _pronunciation(text, f))]
    check()
    for quotation in quoted_passages(text):
        for piece in quotation.pieces:  # one fact per paragraph of a long quotation
            trimmed = trim_span(text, piece, " ,.")
            if len(text[trimmed.start:trimmed.end].split()) >= MIN_QUOTE_WORDS:
                found.append(FoundFact(text[trimmed.start:trimmed.end], FactType.QUOTE, trimmed))
    found.sort(key=lambda f: (f.span.start, -f.span.end))
    return found


# a picture's credit: "AP Photo/Pablo Martinez Monsivais", "Chris McGrath/Getty Images",
# "(Martti Kainulainen/Lehtikuva via AP)": the photographer and the agency joined by a slash
_CREDIT_SIDE = re.compile(rf"(?:.*\bPhotos?|{alternation()})")
_AGENCIES = frozenset(WIRES)
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")
_SLASHED = re.compile(r"\w/\w[^.()\n]*$")  # a credit's slash, no stop or bracket after it
_VIA = re.compile(rf"\s+via\s+(?:{alternation()})")


def _photo_credit(text: str, fact: FoundFact) -> bool:
    """Whether a name is a picture's credit line, the page's furniture rather than a fact:
    two runs joined by a slash, one of them a picture agency's word, or followed by "via AP",
    or a photographer and an agency closing a caption's line ("… File) Jorge Silva AP")."""
    if "/" not in fact.text:  # or the agency it came through: "(… /Lehtikuva via AP)"
        before = text[max(0, fact.span.start - 60):fact.span.start]
        if before.endswith("via ") and _SLASHED.search(before) is not None:
            return True
        # the photographer and agency closing a caption's line: "… File) Jorge Silva AP"
        return " " in fact.text and fact.text.rsplit(" ", 1)[1] in _AGENCIES and \
            _LINE_END.match(text, fact.span.end) is not None
    sides = [side.strip() for side in fact.text.split("/")]
    return any(_CREDIT_SIDE.fullmatch(side) for side in sides) or \
        _VIA.match(text, fact.span.end) is not None


# a caption's or a story's label in capitals, before a dash or a colon: "FILE - In this …",
# "UPDATE: …"
_LABELS_IN_CAPITALS = frozenset("""FILE PHOTO PHOTOS VIDEO WATCH UPDATE UPDATED BREAKING
EXCLUSIVE ANALYSIS OPINION EDITORIAL CORRECTION CLARIFICATION ADVISORY LIVE""".split())
_LABEL_AFTER = re.compile(r"[^\S\n]*(?:[-–—:]|\|)")


def _label(text: str, fact: FoundFact) -> bool:
    """Whether a name is a label in capitals before a dash or a colon ("FILE - …")."""
    return fact.text in _LABELS_IN_CAPITALS and _LABEL_AFTER.match(text, fact.span.end) is not None


# a pronunciation guide in brackets after a name: "(SOW-lee NEE-nee-stoh)", "(hel-SING-kee)":
# syllables joined by hyphens, the stressed one in capitals
_GUIDE = re.compile(r"\((?:[A-Za-z’']++-)++[A-Za-z’']++"
                    r"(?:[^\S\n](?:[A-Za-z’']++-)*+[A-Za-z’']++){0,3}+\)")
_SYLLABLE = re.compile(r"[A-Za-z’']+")


def _pronunciation(text: str, fact: FoundFact) -> bool:
    """Whether a name is (part of) a pronunciation guide in brackets."""
    open_at = text.rfind("(", max(0, fact.span.start - 40), fact.span.start + 1)
    if open_at < 0:
        return False
    guide = _GUIDE.match(text, open_at)
    if guide is None or guide.end() < fact.span.end:
        return False
    syllables = _SYLLABLE.findall(guide.group())
    return any(s.isupper() and len(s) > 1 for s in syllables) and any(s.islower() for s in syllables)


def _scan(pattern: re.Pattern[str], start: re.Pattern[str], text: str,
          check: Callable[[], None]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose matches all begin where ``start``
    matches: the full pattern is tried only at those places. ``check`` is called now and then."""
    pos = 0
    probes = 0
    while True:
        probes += 1
        if probes % 16384 == 0:
            check()
        probe = start.search(text, pos)
        if probe is None:
            return
        hit = pattern.match(text, probe.start())
        if hit is None or hit.end() == hit.start():
            pos = probe.start() + 1
            continue
        yield hit
        pos = hit.end()


def _in_spans(span: Span, spans: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (sorted by start, not overlapping)."""
    n = bisect.bisect_right(starts, span.start) - 1
    return n >= 0 and spans[n].contains(span)


def _label_before(text: str, q: Quantity) -> int | None:
    """Where a label word before a bare count starts ("phase 2"), if there is one."""
    if q.dimension != "count" or q.spelled or q.hedge or q.span != q.core or q.low >= 1000:
        return None
    start = q.core.start
    if start < 3 or text[start - 1] not in " \u00a0":
        return None
    lo = max(0, start - 14)
    at = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1)) + 1
    if at == 0 and lo > 0:
        # no break within reach: the word before is longer than any label (slicing from the
        # text's start instead copied all of it before each such number)
        return None
    word = text[at:start - 1]
    return at if word.casefold() in LABEL_WORDS else None


def is_fact(q: Quantity) -> bool:
    """Whether a quantity is a fact of the ledger: any number written in digits, a spelled
    one that states an amount ("two million", "one gram", "five percent") and a spelled count
    of two or more ("seven trial groups", "a dozen Russians"); not "one" (as often a pronoun
    or "one of the") nor a spelled duration ("three years"), which is the text's wording."""
    if not q.spelled:
        return True
    if q.worded:  # "nearly a third", "an hour": a value the text states, in words
        return False
    return not q.vague and (q.low >= 2 if q.dimension == "count" else q.dimension != "time")


def figures(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity of ``text[start:end]`` (spelled counts included), dates and clock times
    left out."""
    end = len(text) if end is None else end
    dates = [Span(m.start(), m.end()) for m in DATE_RE.finditer(text, start, end)]
    return find_quantities(text, _with_phones(text, dates, start, end), start, end)


# a telephone number: a country code and groups of digits ("+44 20 7330 7500"), or a North
# American number with its area code set off ("(617) 555-0100", "617-555-0100",
# "1-800-273-8255"); its digits are no figures. Each pattern starts on a mark, so a text is
# scanned fast (one that starts on a digit is tried at every digit: 30 ms for 600 KB)
_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,4}(?!\d)|\(\d{3}\) ?\d{3}[.-]\d{4}(?![\d-])")
_PHONE_TAIL = re.compile(r"[.-]\d{3}[.-]\d{4}(?![\d-])")  # after the area code's digits
_AREA = re.compile(r"(?:1[.-])?\d{3}")


def _phones(text: str, start: int, end: int) -> list[Span]:
    """The telephone numbers of ``text[start:end]``, in order."""
    found = [Span(m.start(), m.end()) for m in _PHONE.finditer(text, start, end)]
    for m in _PHONE_TAIL.finditer(text, start, end):
        at = m.start() - 3
        if at < start or not text[at:m.start()].isdigit() or \
                at > start and text[at - 1] in "0123456789.":
            continue
        if at - 2 >= start and _AREA.fullmatch(text, at - 2, m.start()) and \
                (at - 2 == start or not text[at - 3].isdigit()):
            at -= 2  # "1-800-…"
        elif at > start and text[at - 1] == "-":
            continue  # the end of a longer run of numbers and dashes
        found.append(Span(at, m.end()))
    return sorted(found, key=lambda s: s.start) if len(found) > 1 else found


def _with_phones(text: str, dates: list[Span], start: int = 0, end: int | None = None
                 ) -> list[Span]:
    """``dates`` (sorted, not overlapping) and the telephone numbers that overlap none of
    them, in order."""
    phones = _phones(text, start, len(text) if end is None else end)
    if not phones:
        return dates
    starts = [d.start for d in dates]

    def clear(p: Span) -> bool:  # the dates that start before it end before it
        k = bisect.bisect_left(starts, p.end)
        return k == 0 or dates[k - 1].end <= p.start

    return sorted(dates + [p for p in phones if clear(p)], key=lambda s: s.start)


def with_noun(text: str, q: Quantity, whole: bool = False) -> Span:
    """Where ``q``'s figure (``whole``: with its hedge, "at least 40") stands in ``text`` with
    the plural noun it counts when that follows within two words ("12 people", "two cell
    populations"); else the figure alone. A word in capitals is a name, not what is counted
    ("a 2012 PLOS One paper")."""
    core = Span(q.span.start, q.core.end) if whole else q.core
    if not counts_things(q) or text[core.end:core.end + 1] != " ":
        return core
    # the words the reader took the noun from (``quantity.noun_of``)
    for start, end, word in words_from(text, core.end + 1, min(len(text), core.end + 120), 3):
        if word == q.noun:
            return core if text[start:end].isupper() else Span(core.start, end)
    return core


def opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is the first word of a sentence (after a stop, a line break or the
    start of the text, and any opening quote)."""
    before = text[max(0, start - 4):start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?\n:"


HEADLINE_WORDS = 6  # words of the shortest title-case line taken for a headline


def _heading_lines(text: str, opening: bool) -> list[Span]:
    """Headlines set in title case, without a closing stop ("Oramed Announces Positive
    Top-Line Results from Phase IIb Study"): capitals there mark a heading, not names. A
    short line ("Photo: Associated Press") is a credit or a label, whose capitals are names."""
    out: list[Span] = []
    start = 0
    top = opening  # the article's first line is its headline even when short ("Storm Hits Coast")
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not text[start:end].strip():
            start = end + 1
            continue
        at_top, top = top, False
        if end - start > 200 or text[start:end].rstrip()[-1:] in (".", "!", "?", "”", '"', ":"):
            start = end + 1  # a paragraph, not a headline
            continue
        line = text[start:end].strip()
        words = [w for w in line.split() if len(w) > 3]
        short = at_top and ":" not in line  # "Photo: Associated Press" is a credit
        least = 2 if short else HEADLINE_WORDS
        if least <= len(line.split()) <= 20 and \
                not line.endswith((".", "!", "?", "”", '"', ":")) and \
                sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words) and \
                sum(1 for w in words if w[:1].isupper()) >= (2 if short else 3):
            out.append(Span(start, end))
        start = end + 1
    return out


def trim_span(text: str, span: Span, chars: str) -> Span:
    """``span`` without the given characters at either end (the span's text, stripped)."""
    start, end = span.start, span.end
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end)
