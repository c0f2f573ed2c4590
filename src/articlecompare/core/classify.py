"""Kinds of change as a fact-checker names them, decided from the text of each change.

Depends on ``stance``, ``facts``, ``quantities``, ``claims`` and ``tokenize``. Pure functions
over strings: whether a line is site furniture, whether an added sentence is commentary or
neutral content, and what a word-level edit inside a reworded sentence amounts to (fact,
quote, attribution).
Figures are compared as values ("6.47%" and "nearly 6.5 percent" are one value rounded).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from .agencies import alternation
from .claims import NEGATIONS, claim_turned, hedge_change, words
from .names import DERIVED_ENDINGS
from .facts import DATE_RE, MONTH_NAMES, WEEKDAYS, date_key, figures, is_fact
from .model import ChangeKind
from .presence import unaccented
from .quantities import Quantity
from .relations import changes as figure_changes
from .relations import value_key
from .stance import REPORTING
from .tokenize import STOPWORDS, fold
from .units import SPELLED_WORDS

_FURNITURE = re.compile(
    r"^(?:the latest|(?:back )?to top|top|share(?: this(?: article| story)?)?|tweet|email|print|"
    r"advertisement|ad|sponsored|related(?: articles| stories)?|read more|more stories|"
    r"click here.*|sign up.*|sign me up|subscribe.*|follow us.*|comments?|\d+ comments?|"
    r"leave a comment|view comments?|be the first to know|(?:purchase:\s*)?order (?:a )?reprints?|"
    r"most read.*|unlimited digital access.*|you are signed in as|"
    r"reprints?(?: (?:&|and) permissions)?|"
    r"recommended(?: for you)?|trending(?: news| now| stories)?|most popular|menu|search|"
    r"skip to (?:main )?content|(?:(?:footer|site|main|primary|top|skip) )?navigation|footer|"
    r"loading.*|newsletter.*|copyright.*|©.*|all rights reserved.*|photo:.*|image:.*|"
    r"watch:.*|listen.*|play video|close|next|previous|home|continue reading|"
    r"(?:back to )?gallery|now playing|recommended videos?|image \d+ of \d+|\d+\s*/\s*\d+|"
    r"top coverage|posted|updated|powered by [\w .&-]{1,40}|"
    # a subscription's price: "$1 for 4 weeks", "Try one month for $1"
    r"(?:only )?\$\d+(?:\.\d\d)? (?:for|a|per) (?:(?:\d+|one|two|three|four|six|twelve) )?"
    r"(?:weeks?|months?|days?|years?)|try (?:\w+ ){0,3}for \$\d+(?:\.\d\d)?|"
    # a weather box's lines: "High 86F.", "Low 66F.", "Winds NNE at 5 to 10 mph."
    r"(?:high|low|hi|lo)\s+(?:near\s+|around\s+)?-?\d{1,3}\s?°?\s?[fc]?|"
    r"winds?\s+(?:[nsew]{1,3}|calm|light|variable)"
    r"(?:\s+at\s+\d+(?:\s+to\s+\d+)?\s+(?:mph|km/h|kph))?)"
    r"[.!:]*$",
    re.IGNORECASE)
# a name (capitalised words, at most six: a longer run is tried a bounded number of times per
# word, so a long run of capitals costs linear time) and a verb of reporting. A word is tried
# once, from its first character, if a capital starts a part of it ("al-Assad"): tried from
# each capital, ".A" repeated cost the square of its length (1.7 s for 20 KB)
_ATTRIBUTION = re.compile(
    r"(?<![\w.’'&-])(?=[\w.’'&-]*?\b(?-i:[A-Z]))[\w.’'&-]*+"
    r"(?:\s(?-i:[A-Z])[\w.’'&-]*+){0,5}\s(?:reported|reports|says|said|"
    r"wrote|writes|noted|notes|told|tweeted)(?:\sthat)?\b|\baccording to\b|\bas reported by\b",
    re.IGNORECASE)
_WORDLIKE = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
_QUOTE_EDGES = " \"“”„‘’'«»"  # marks at an edit's ends, left out when it is quoted
QUANTIFIERS = frozenset("""all every each none no nobody nothing some most many few several majority
minority half dozens hundreds thousands millions only""".split())


def is_boilerplate(line: str) -> bool:
    """Site furniture: navigation, share prompts, section labels, copyright and rights lines,
    photo credits ("Marcellus Stein | AP"), a page's timestamps ("Updated 5:27 am EDT",
    "Published July 16, 2018 9:41 a.m. ET") and the credit line under an embedded post ("—
    Jane Roe (@janeroe) July 16, 2018")."""
    text = line.strip().lstrip(";,·|").strip()
    return bool(text) and (len(text.split()) <= 8 and bool(_FURNITURE.match(text))
                           or is_timestamp(text) or _POST_CREDIT.fullmatch(text) is not None
                           or _RIGHTS.match(text) is not None
                           or _is_credit(text)
                           or not _ALNUM.search(text)  # a separator: "/", "•", "___"
                           or _is_code(text)
                           or len(text.split()) <= 20 and _FOLLOW.fullmatch(text) is not None)


def _is_code(text: str) -> bool:
    """A page's script left in its text ("window._taboola = window._taboola || [];
    _taboola.push({ mode: …"): braces and assignments no prose is written with."""
    return "=" in text and ";" in text and len(set(_CODE.findall(text))) >= 2


_CODE = re.compile(r"\|\||&&|\(\{|\}\)|\bfunction\s*\(|\b(?:var|let|const)\s+\w+\s*=|"
                   r"\b(?:window|document)\.\w+|=>")


# a call to follow the site elsewhere: "Follow the Bangor Daily News on Facebook for the
# latest Maine news."
_FOLLOW = re.compile(r"follow (?:us|[^.!?]{1,60}) on (?:facebook|twitter|x|instagram|linkedin|"
                     r"youtube|tiktok|threads|bluesky)\b[^.!?]{0,60}[.!]?", re.IGNORECASE)


# a picture's credit on a line of its own: "Marcellus Stein | AP", "(AP Photo/Pablo Martinez
# Monsivais)", "(Martti Kainulainen/Lehtikuva via AP)", "Chris McGrath/Getty Images",
# "twitter/@realDonaldTrump via CNN", "| AP photo"
_AGENCY = re.compile(rf"(?:{alternation()})(?: photos?)?(?:,\s*file)?", re.IGNORECASE)
_CREDIT_SEPARATOR = re.compile(r"\s*(?:\||/|\bvia\b)\s*")
_CREDIT_CHARS = 120


def _is_credit(text: str) -> bool:
    """Whether a line is only a picture's credit: names and an agency joined by "|", "/" or
    "via" (split, not matched by one pattern: read whole, a run of "via/via/…" can be cut
    into parts in more ways than there are atoms)."""
    if len(text) > _CREDIT_CHARS:
        return False
    bracketed = text.startswith("(") and text.endswith(")")
    inner = text[1:-1] if bracketed else text
    if "(" in inner or ")" in inner:
        return False
    parts = [p.strip(" -") for p in _CREDIT_SEPARATOR.split(inner)]
    if len(parts) < 2:  # an agency's photo alone: "AP Photo"
        return _AGENCY.fullmatch(inner) is not None and "photo" in inner.casefold()
    return _AGENCY.fullmatch(parts[-1]) is not None or \
        bracketed and _AGENCY.fullmatch(parts[0]) is not None or \
        " via " in inner and any(p.startswith("@") for p in parts)


# a wire's rights notice under its stories
_RIGHTS = re.compile(r"this material may not be published, broadcast, rewritten,? or "
                     r"redistributed\.?$", re.IGNORECASE)


# the line a social network's embed puts under a post: a dash, the author, the handle and
# the post's date
_POST_CREDIT = re.compile(r"[—–-]{1,2}[^\S\n]*[^()\n]{1,80}\(@\w{1,30}\)"
                          r"(?:[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},[^\S\n]+\d{4})?")


_STAMP_LABELS = frozenset("""updated update published posted last first modified edited
originally initially ago""".split())
_STAMP_WORDS = frozenset("""
on at @ | - – — / , · : am pm a.m. p.m. a.m p.m ago just now today yesterday hour hours hr hrs
minute minutes min mins day days week weeks et edt est ct cdt cst mt mdt mst pt pdt pst gmt utc
bst cet cest eet ist aest jst hkt sgt
jan jan. feb feb. mar mar. apr apr. may jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
nov nov. dec dec. january february march april june july august september october november
december monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
thurs fri sat sun
""".split())
_STAMP_TOKEN = re.compile(r"[^\s|,·]+|[|,·]")


def is_timestamp(line: str) -> bool:
    """A line that only dates the page: an "updated"/"published" label (or "… ago") and
    nothing but dates, times, time zones and separators ("Updated 5:27 am EDT Jul 16, 2018"),
    or a date with its year and a clock time ("July 15, 2018 — 4:05am"). A clock time alone
    is no timestamp: live coverage heads its entries so ("2:20 p.m.")."""
    tokens = _STAMP_TOKEN.findall(_STAMP_CREDIT.sub("", line).casefold())
    if not tokens or len(tokens) > _STAMP_TOKENS:
        return False
    labelled = clocked = dated = False
    for token in tokens:
        word = token.strip("()[]")
        if word in _STAMP_LABELS or (word.endswith(":") and word[:-1] in _STAMP_LABELS):
            labelled = True
        elif word[:1].isdigit():
            if not _STAMP_NUMBER.fullmatch(word):
                return False
            clocked = clocked or ":" in word.rstrip(",:.")
            dated = dated or _YEAR.search(word.rstrip(",:.")) is not None
        elif word not in _STAMP_WORDS:
            return False
    # a full date with its clock time is the page's stamp too ("July 15, 2018 — 4:05am")
    return labelled or clocked and dated


_STAMP_TOKENS = 24  # a stamp posted and updated, each with date and time, is about 20
# who posted the page, inside its stamp ("Posted 6:08 am, July 16, 2018, by CNN Wires"): a
# few capitalised words after "by", up to a separator or the line's end
_STAMP_CREDIT = re.compile(r",?[^\S\n]+by[^\S\n]+(?:[A-Z][\w.&’'-]*+[^\S\n]*+){1,5}(?=[,|·]|$)")
_YEAR = re.compile(r"(?<![\d:])(?:19|20)\d\d$")  # "2018", "06/01/2018"


_STAMP_NUMBER = re.compile(r"\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:am|pm|a\.m\.|p\.m\.|st|nd|rd|th)?[,:.]?")


def removed_kind(line: str) -> ChangeKind:
    return ChangeKind.BOILERPLATE if is_boilerplate(line) else ChangeKind.OMISSION


_CALENDAR = frozenset(MONTH_NAMES + WEEKDAYS) | frozenset(
    month + dot for month in "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec".split() for dot in ("", "."))


def _calendar_word(text: str) -> bool:
    """Whether ``text`` is one month or weekday, capitalised: the part of a date a word diff
    isolates ("April" of "April 2027")."""
    return text.strip(" ,") in _CALENDAR


def _dates_in(text: str) -> set[str]:
    return {m.group().casefold() for m in DATE_RE.finditer(text)}


def figure_change(olds: Sequence[Quantity], news: Sequence[Quantity]) -> str | None:
    """What the figures of an edit became, when the edit changes a value, rounds, hedges or
    restates it ("$8.8 billion → $8.8 million (−99.9%)"); None when it cuts or adds figures
    only, or tells the same values in the same way ("13%" and "13 percent")."""
    if not olds or not news:
        return None
    lines = figure_changes(olds, news)
    if lines:
        return "; ".join(lines)
    if not any(o.dimension == n.dimension for o in olds for n in news):
        return f"{olds[0].text} → {news[0].text}"  # a figure of another kind in its place
    return None


def _recounted(olds: Sequence[Quantity], news: Sequence[Quantity]) -> bool:
    """Whether an edit puts a count of another value where a count stood, counting a thing
    named otherwise ("12 churches" → "15 church buildings"), which ``figure_change`` leaves
    unpaired: the figure changed, whatever the noun."""
    old = {value_key(q) for q in olds if q.dimension == "count" and not q.vague}
    new = {value_key(q) for q in news if q.dimension == "count" and not q.vague}
    return bool(old) and bool(new) and not old & new


def _quantifiers(words_: list[str]) -> set[str]:
    """The quantifiers among ``words_``; "only" counts where a number or another quantifier
    follows it ("only nine", "only a few"), not where it makes a compound ("injection only
    group")."""
    found = set(words_) & QUANTIFIERS
    if "only" in found and not any(
            w == "only" and n + 1 < len(words_) and _counts(words_[n + 1:n + 3])
            for n, w in enumerate(words_)):
        found.discard("only")
    return found


def _negated(words_: list[str]) -> bool:
    """Whether the words deny: a negation ("not", "never") or a verb with "n't"."""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words_)


def _counts(after: list[str]) -> bool:
    return any(w[:1].isdigit() or w in SPELLED_WORDS or w in QUANTIFIERS for w in after)


def _quoted_words(text: str) -> list[str]:
    """The words of an edit inside a quotation, typography folded: a mark or an apostrophe
    set differently ("don’t", "don't") is the same word."""
    return _WORDLIKE.findall(fold(text, ignore_case=True).replace("'", ""))


class Basis(Enum):
    """What an edit's reading rests on, where a caller weighs it again: other names in the
    place of names (the same names reordered are a rewording), a figure or a date cut or
    added (one the other sentence states elsewhere was moved, not lost), the whole dates
    the edit touches (ones the other sentence states whole were written another way), or a
    figure's value changed (one another part of a split sentence states was not changed)."""

    OTHER = "other"
    NAMES = "names"
    STATED = "stated"
    DATES = "dates"
    FIGURES = "figures"


class EditReading(NamedTuple):
    """What one word-level edit amounts to: its kind, the explanation a reader sees, and
    what the reading rests on."""

    kind: ChangeKind
    detail: str
    basis: Basis = Basis.OTHER


def hunk_kind(deleted: str, inserted: str, in_quote: bool,
              old_figures: Sequence[Quantity] | None = None,
              new_figures: Sequence[Quantity] | None = None,
              old_names: set[str] | None = None,
              new_names: set[str] | None = None,
              touched_dates: tuple[list[str], list[str]] | None = None
              ) -> EditReading:
    """What one word-level edit inside a reworded sentence amounts to, with an explanation.

    ``old_figures`` and ``new_figures`` are the quantities the edit touches in each sentence
    (the whole "$8.8 billion" where only "billion" changed); by default those of the two
    strings. ``old_names`` and ``new_names`` are the proper names the edit touches as read
    in the whole text (so "Following" opening a sentence is no name); by default the
    capitalised words of the strings that are no function word or pronoun ("She").
    ``touched_dates`` are the whole dates the edit touches in each sentence (the whole
    "March 3, 2024" where only the day changed); by default those of the two strings."""
    if deleted.casefold() == inserted.casefold():
        return EditReading(ChangeKind.REWORDING,
                           f"capitalisation: {deleted.strip()} → {inserted.strip()}")
    if initials_of(deleted, inserted) or initials_of(inserted, deleted):
        return EditReading(ChangeKind.REWORDING,
                           f"spelled another way: {deleted.strip()} → {inserted.strip()}")
    olds = figures(deleted) if old_figures is None else old_figures
    news = figures(inserted) if new_figures is None else new_figures
    figure = figure_change(olds, news)
    if figure is not None:
        return EditReading(ChangeKind.FACT_CHANGE, figure, Basis.FIGURES)
    if _recounted(olds, news):  # "12 churches" → "15 church buildings"
        return EditReading(ChangeKind.FACT_CHANGE, f"{deleted.strip()} → {inserted.strip()}")
    if touched_dates is not None and touched_dates[0] and touched_dates[1] and \
            {date_key(d) for d in touched_dates[0]} != {date_key(d) for d in touched_dates[1]}:
        return EditReading(ChangeKind.FACT_CHANGE,
                           f"{', '.join(touched_dates[0])} → {', '.join(touched_dates[1])}",
                           Basis.DATES)
    old_dates, new_dates = _dates_in(deleted), _dates_in(inserted)
    if old_dates and new_dates and {date_key(d) for d in old_dates} != \
            {date_key(d) for d in new_dates}:
        return EditReading(ChangeKind.FACT_CHANGE, f"{deleted.strip()} → {inserted.strip()}")
    if _calendar_word(deleted) and _calendar_word(inserted) and \
            date_key(deleted) != date_key(inserted):  # "in April 2027" → "in May 2027"
        return EditReading(ChangeKind.FACT_CHANGE, f"{deleted.strip()} → {inserted.strip()}")
    old_facts = old_dates | {q.text for q in olds}
    new_facts = new_dates | {q.text for q in news}
    old_quoted, new_quoted = _quoted_words(deleted), _quoted_words(inserted)
    if in_quote and old_quoted != new_quoted:
        old, new = deleted.strip(_QUOTE_EDGES), inserted.strip(_QUOTE_EDGES)
        what = (f"“{old}” → “{new}”" if old_quoted and new_quoted
                else f"cut from quote: “{old}”" if old_quoted
                else f"added inside quote: “{new}”")
        return EditReading(ChangeKind.QUOTE_CHANGE, what)
    turned = claim_turned(deleted, inserted)  # "fell" → "rose", "denied" → "admitted"
    if turned is not None:
        return EditReading(ChangeKind.FACT_CHANGE, turned)
    old_w, new_w = words(deleted), words(inserted)
    old_q, new_q = _quantifiers(old_w), _quantifiers(new_w)
    if _negated(old_w) and not old_q:  # "doesn't have an" → "has no": the same denial
        new_q -= NEGATIONS
    if _negated(new_w) and not new_q:
        old_q -= NEGATIONS
    if old_q != new_q and (old_q or new_q) and old_w and new_w and \
            max(len(old_w), len(new_w)) <= _QUANTITY_WORDS:  # a longer rewrite says more
        return EditReading(ChangeKind.FACT_CHANGE,
                           f"quantity: {deleted.strip()} → {inserted.strip()}")
    old_names = capitalised_words(deleted) if old_names is None else old_names
    new_names = capitalised_words(inserted) if new_names is None else new_names
    if old_names and new_names and not _within_names(_bare(new_names), _bare(old_names)) and \
            not _within_names(_bare(old_names), _bare(new_names)) and \
            not old_facts | new_facts and max(len(old_w), len(new_w)) <= _PHRASE_WORDS:
        return EditReading(ChangeKind.FACT_CHANGE, f"{deleted.strip()} → {inserted.strip()}",
                           Basis.NAMES)
    if not old_w and new_w and _ATTRIBUTION.search(inserted):
        return EditReading(ChangeKind.ADDITION, f"added attribution: “{inserted.strip()}”")
    if old_w and new_w and set(old_w) & REPORTING and set(new_w) & REPORTING:
        return EditReading(ChangeKind.REWORDING,
                           f"reporting verb: {deleted.strip()} → {inserted.strip()}")
    if not new_w and _ATTRIBUTION.search(deleted):  # the source the claim was put to
        return EditReading(ChangeKind.REWORDING, f"cut attribution: “{deleted.strip(' ,')}”")
    hedge = hedge_change(deleted, inserted)  # "cures" → "may cure"
    if hedge is not None:
        return EditReading(ChangeKind.REWORDING, hedge)
    if not old_w and not new_w:  # marks only: "" → "."
        old, new = deleted.strip(), inserted.strip()
        return EditReading(ChangeKind.REWORDING, f"punctuation: {old} → {new}" if old and new
                           else f"punctuation added: {new}" if new else f"punctuation cut: {old}")
    shortened = _date_shortened(deleted, inserted, touched_dates)
    if shortened is not None:  # "July 7, 2017" → "July 2017"
        return EditReading(ChangeKind.FACT_CHANGE, shortened, Basis.DATES)
    if not new_w:
        what = _stated(deleted) if len(old_w) <= _PHRASE_WORDS else ""  # "and 12 injured"
        if what:
            return EditReading(ChangeKind.FACT_CHANGE, f"{what} cut: “{deleted.strip(' ,;')}”",
                               Basis.STATED)
        return EditReading(ChangeKind.REWORDING, f"cut: “{deleted.strip()}”")
    if not old_w:  # whether added words are the writer's evaluation is ``evaluative``'s call
        what = _stated(inserted) if len(new_w) <= _PHRASE_WORDS else ""
        if what:
            return EditReading(ChangeKind.ADDITION, f"{what} added: “{inserted.strip(' ,;')}”",
                               Basis.STATED)
        return EditReading(ChangeKind.REWORDING, f"added: “{inserted.strip()}”")
    return EditReading(ChangeKind.REWORDING, f"{deleted.strip()} → {inserted.strip()}")


def initials_of(short: str, long: str) -> bool:
    """Whether ``short`` is an initialism of ``long``, with or without periods ("EU" of
    "European Union", "F.B.I." of "FBI" or of "Federal Bureau of Investigation"), or ``long``
    its plural ("SATs", "Sats")."""
    letters = short.replace(".", "").strip()
    if not 2 <= len(letters) <= 5 or not letters.isalpha() or not letters.isupper():
        return False
    plain = long.replace(".", "").strip()
    if plain == letters or plain[-1:] == "s" and plain[:-1].casefold() == letters.casefold():
        return short.strip() != long.strip()  # "U.S." → "US", "SAT" → "SATs" or "Sats"
    words = [w for w in long.split() if w[:1].isupper()]
    return len(words) == len(letters) and "".join(w[0] for w in words) == letters and \
        all(w.lower() in _LINKING or w[:1].isupper() for w in long.split())


_LINKING = frozenset({"of", "the", "and", "for", "&"})


def _date_shortened(deleted: str, inserted: str,
                    touched: tuple[list[str], list[str]] | None) -> str | None:
    """"July 7, 2017 → July 2017" when a cut (or an insertion) lies inside one whole date."""
    if touched is None or (deleted.strip() and inserted.strip()):
        return None
    part, dates = (deleted, touched[0]) if deleted.strip() else (inserted, touched[1])
    if len(dates) != 1 or part.strip(" ,") not in dates[0]:
        return None
    whole, core = dates[0], part.strip(" ,")
    cut = part.strip() if part.strip() in whole else core  # "7," of "July 7, 2017", or "7"
    other = " ".join(whole.replace(cut, " ", 1).replace(" ,", ",").split()).strip(" ,")
    if not other or core == whole or " ".join(whole.split()) == other or not date_key(other)[0]:
        return None  # the whole date cut or added (``_stated`` tells of it), or its month
        # moved ("July 15, 2018" → "15 July 2018": no date is left without it)
    return f"{whole} → {other}" if deleted.strip() else f"{other} → {whole}"


def _stated(text: str) -> str:
    """"figure" when a cut or added phrase states a number the ledger counts ("12 injured",
    "23"; not "one of"), "date" when it states a day, a month or a year ("on March 3",
    "Monday"), else "". A clock time alone is a page's stamp more often than a fact
    ("July 15, 2018" → "July 15, 2018 05:02 AM")."""
    amounts = [q for q in figures(text) if is_fact(q)]
    if any(q.dimension != "year" for q in amounts):
        return "figure"
    dated = amounts or any(not _CLOCK.fullmatch(d) for d in _dates_in(text))
    return "date" if dated else ""  # a year is a date: "2018, in Helsinki" lost its year


# the most words a side of an edit may have for a quantifier swapped in it ("all" → "some",
# "several times" → "twice") to be the change: in a longer rewrite it is one word of many
_QUANTITY_WORDS = 4
# the most words of a cut or added phrase told as a figure or a date cut or added, or of a
# side of an edit told as names swapped ("Gregg Re" → "Jason Donner and The Associated
# Press"); a longer one is a clause, a rewording whose facts the ledger lists
_PHRASE_WORDS = 6
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?")  # a date that is only a time


def _within_names(new: set[str], old: set[str]) -> bool:
    """Whether each word of the new names is a word of the old ones, or the people or
    adjective of one of its places ("Russia's" → "Russian", "Syria" → "Syrian"). Either way
    round, one name holds the other: the same one given more fully or shorter ("Trump" →
    "Donald Trump")."""
    return all(word in old or any(_derived(word, place) or _derived(place, word) for place in old)
               for word in new)


def _derived(word: str, place: str) -> bool:
    """Whether ``word`` is ``place`` with a people's ending ("russian" of "russia"), or an
    "-ish" adjective of a "-land" ("finnish" of "finland", "polish" of "poland")."""
    if place.endswith("land") and word.endswith("ish") and len(place) > 5:
        land, ish = place[:-4], word[:-3]
        return len(land) >= 2 and len(ish) >= 2 and (land.startswith(ish) or ish.startswith(land))
    return any(word.endswith(end) and len(word) - len(end) >= 4 and
               place.startswith(word[:-len(end)]) for end in DERIVED_ENDINGS)


def _bare(names: set[str]) -> set[str]:
    """The words of names as a reader compares them: without a possessive ending ("Harvard's"
    is a word of "Harvard T.H. Chan School": a possessive splits a name in two where the fact
    finder reads it), accents, dots or case ("Niinistö" is "Niinisto", "U.S." is "US")."""
    return {_plain(_POSSESSIVE_END.sub("", w)) for n in names
            for w in n.replace("-", " ").split()}


def _plain(word: str) -> str:
    """A word without its accents, dots and case."""
    return unaccented(unicodedata.normalize("NFKC", word)).replace(".", "").casefold()


_POSSESSIVE_END = re.compile(r"[’']s?$")


def capitalised_words(text: str) -> set[str]:
    """The capitalised words of ``text`` that are no function word or pronoun: where a
    name may stand ("She", "The" are none)."""
    return {w for w in re.findall(r"\b[A-Z][\w’'-]+", text)
            if w.casefold().split("’")[0].split("'")[0] not in STOPWORDS}
