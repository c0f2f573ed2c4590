"""Names among a text's facts: a run of capitalised words read as the name it is (titles,
particles and initials kept, a clitic or a generic word taken off), names joined by "of" or
"for" told apart, a name's fragments dropped where the whole name stands, and an abbreviation
dropped where the text defines it beside the name.

Depends on ``model`` and ``quantity`` (the type a fact may hold); ``facts`` finds the runs
and calls these.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from .model import FactType, Span
from .quantity import Quantity

# capitalised words that open sentences or headlines rather than name anything
_NOT_NAMES = frozenset("""
a an the in on at for and but or so yet as if of to by with from into after before when while
this that these those there here he she it they we i you his her its their our my your
last next first more most some many much all any no not one two three four five six seven eight nine ten
well yes oh okay ok sure thanks
mr mrs ms dr president acting former mayor director secretary police spokesman according
however meanwhile also still then now even just only both each every other such what who why how
later earlier instead afterwards tonight again thus hence perhaps maybe indeed finally recently
previously separately elsewhere overall initially eventually ultimately currently
is was are were will would can could should may might must has have had do does did
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
nothing everything something anything nobody everyone someone anyone none
january february march april may june july august september october november december
ahead despite following among amid amidst during under since until through within against
across above below between beyond toward towards upon unlike like because although though
unless whether once about around behind besides near via versus
""".split())


@dataclass(frozen=True, slots=True)
class FoundFact:
    """A fact as found; a number carries its value (``quantity``)."""

    text: str
    type: FactType
    span: Span
    quantity: Quantity | None = None


_TITLES = frozenset("""
mayor president secretary director spokesman spokeswoman spokesperson governor senator
representative minister chairman chairwoman chief commissioner judge acting former deputy
premier king queen prince pope sheriff head high vice assistant associate senior special
adviser advisor ambassador envoy attorney
ceo cfo coo cto cmo founder co-founder cofounder chair chairperson professor provost
bishop archbishop rabbi imam
""".split()) | frozenset(  # abbreviated titles and credentials, with their period or without
    t + dot for t in """gov sen rep gen col dr mr mrs ms prof lt sgt capt cmdr adm maj supt atty
    rev hon pres amb md m.d ph.d phd rn mph mba jd esq dds dvm mp mep""".split()
    for dot in ("", "."))


# what someone does, set before the name as a title is ("singer R. Kelly", "Actress Jennifer
# Aniston" opening a sentence): a title where it opens a run of capitals, a name's word after
# another ("Peter Singer")
# (not the words that also open the names of bodies and things: "Model Citizens Group",
# "Producer Price Index", "Artist Services", "Coach Inc.")
_DESCRIPTORS = frozenset("""singer rapper songwriter musician composer actor actress comedian
author novelist poet writer columnist journalist reporter photographer filmmaker economist
historian scientist researcher physicist entrepreneur billionaire businessman businesswoman
activist""".split())


# a party and state after a politician's name: "(R-S.C.)", "(D-Ill.)"
_AFFILIATION = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


_ROMAN = re.compile(r"[IVXL]{1,4}")


# capitalised words that name an institution, a party or a people in general rather than a
# particular one: alone they are no fact ("Congress", "Republican", "Americans")
# the members of a party, named by one plural word ("Democrats")
_MEMBERS = frozenset("""republicans democrats conservatives liberals tories socialists
communists independents""".split())
_GENERIC = frozenset("""
congress senate house parliament government administration cabinet court police army navy
military church state states ministry department embassy council assembly committee agency
city county province republic kingdom union party federal national republican democrat
democratic conservative liberal labour tory socialist communist independent internet
""".split()) | _MEMBERS


# words that end the name of an organisation, not of a person: "Associated Press"
ORGANISATION_WORDS = frozenset("""press times post news journal herald tribune university
college school institute foundation center centre association society party group company
bank agency council hospital clinic trust fund bureau office service services department
ministry committee commission board court house church club league union network
administration authority corporation organization organisation""".split())


def _in_capitals(word: str) -> bool:
    """Whether a word is written in capitals, two letters or more ("GEOFF", not "U.S.")."""
    letters = word.strip(",;:'’\"”")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _bodys(words: list[tuple[int, str]]) -> bool:
    """Whether a run of words names a body ("Services Ltd", "Guild of America")."""
    return any(_bare(w).rstrip(".") in _BODY_ENDINGS for _, w in words)


_BODY_ENDINGS = ORGANISATION_WORDS | {"ltd", "inc", "co", "corp", "llc", "plc", "guild",
                                      "awards", "prize"}


_PEOPLES = ("ians", "eans", "ans")  # a lone plural so ending is a people: "Americans"


# the endings of a people or its adjective, made of a place's name ("Syrian" of "Syria")
DERIVED_ENDINGS = ("ians", "eans", "ans", "ian", "ean", "an", "ese", "ish", "is", "i")


_CLITICS = ("’s", "'s", "’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d", "n’t", "n't")


_NOT_LEADING = _NOT_NAMES | {"of", "and", "&", "the", "for"}  # words a name does not start with


_NOT_TRAILING = frozenset({"of", "and", "&", "de", "la", "the", "for"})  # nor end with



def _bare(word: str) -> str:
    low = word.casefold()
    if "'" in low or "’" in low:  # every clitic has one
        for clitic in _CLITICS:
            if low.endswith(clitic):
                return low[: -len(clitic)]
    return low.strip(".")


@functools.lru_cache(maxsize=1 << 16)
def names(raw: str, titled: bool = False, portfolio: bool = False) -> tuple[tuple[int, str], ...]:
    """Names inside a run of capitalised words, split at titles and possessives:
    "Chicago Mayor Lori Lightfoot" gives "Chicago" and "Lori Lightfoot". A ``titled`` run
    is the title of a work ("The Next Revolution"): its leading words stay. A ``portfolio``
    run follows a title and "to" or "for" ("Ambassador to | Russia Jon Huntsman"): its
    first words are the title's."""
    out: list[tuple[int, str]] = []
    group: list[tuple[int, str]] = [(-1, "to")] if portfolio else []
    words = [(m.start(), m.group()) for m in _NON_SPACE.finditer(raw)]  # "\u00a0" parts too
    titled_group = [portfolio]  # the group follows a title: "of State Mike Pompeo", "General"
    owned = [False]  # the group follows a possessive: "ABC's | This Week", a work's title

    def flush() -> None:
        if titled_group[0]:
            titled_group[0] = False
            _cut_portfolio(group)
        # the words kept are group[lo:hi] (popped one by one from the front, a long run of
        # words that do not lead a name cost the square of its length)
        lo, hi = 0, len(group)
        while lo < hi and _bare(group[lo][1]) in _NOT_LEADING and not (titled and group[lo][0] == 0):
            lo += 1
        if owned[0] and lo == 1 and hi > 1 and _bare(group[0][1]) in _TITLE_OPENERS:
            lo = 0  # "ABC's This Week", "HBO's The Wire": mid-sentence, only a title's
        owned[0] = False
        while hi > lo and _bare(group[hi - 1][1]) in _NOT_TRAILING:
            hi -= 1
        if hi > lo:
            start = group[lo][0]
            end = group[hi - 1][0] + len(group[hi - 1][1])
            name = raw[start:end].rstrip("'’\"”") if raw[end - 1:end] in ("'", "’", '"', "”") and \
                raw[end - 2:end - 1] in (".", "!", "?") else raw[start:end]
            # every match starts in the last six characters: searched from there, a long run of
            # initials is not scanned again from each dot
            if not _ABBREVIATED.search(name, max(0, len(name) - 6)):
                name = name.rstrip(".")
            for clitic in _CLITICS[:2]:
                name = name[: -len(clitic)] if name.endswith(clitic) else name
            if len(name) >= 2 and (" " in name or len(name) > 2 or name.isupper()) and \
                    not _no_name(name):
                out.append((start, name))
        group.clear()

    for n, (offset, word) in enumerate(words):
        if group and _bare(word) in _HONORIFICS and _bare(group[-1][1]) in _HONOURED:
            group.pop()  # "First Lady", "Her Majesty": a title of two words
            flush()
            titled_group[0] = True
            continue
        if word.casefold() in _TITLES or _bare(word) in _TITLES or \
                _bare(word).split("-")[0] in _TITLES or \
                not group and _bare(word) in _PLURAL_TITLES or \
                not group and _bare(word) in _DESCRIPTORS and not _bodys(words[n + 1:]) or \
                titled_group[0] and not group and _bare(word) == "general":  # "Attorney General"
            # the portfolio before a title is the title's ("Foreign Minister", "National
            # Security Adviser"), not a name
            n = len(group)
            while n and _bare(group[n - 1][1]) in _PORTFOLIOS:
                n -= 1
            if not n or _bare(group[n - 1][1]) not in _NOT_TRAILING:  # not "Department of"
                del group[n:]
            flush()
            titled_group[0] = True
            continue
        if titled_group[0] and not group and _bare(word) not in _OF:
            titled_group[0] = False  # no "of": the name follows the title ("Mayor Lori Lightfoot")
        if len(group) >= 2 and _in_capitals(group[-1][1]) and _in_capitals(group[-2][1]) and \
                word[:1].isupper() and any(c.islower() for c in word):
            flush()  # a name set in capitals, then another in small letters: "By GEOFF
            # MULVIHILL Associated Press" (one word in capitals opens a name: "NASA Goddard")
        if group and (group[-1][1].endswith(".") and _bare(word) in _NOT_LEADING or
                      group[-1][1].rstrip("'’\"”").endswith((".", "!", "?")) and
                      group[-1][1][-1] in "'’\"”"):
            flush()  # "the U.S. The next day", "'Oh, Crimea.' But": a sentence ended
        group.append((offset, word))
        if word.endswith(_CLITICS[:2]) and not (
                n + 1 < len(words) and _bare(words[n + 1][1]) in _EPONYMOUS):
            flush()
            owned[0] = True
    flush()
    return tuple(out)


# a determiner capitalised after a possessive opens the title of a work ("ABC's This Week")
_TITLE_OPENERS = frozenset({"the", "this", "a", "an"})


# a condition named for a person goes on past the possessive: "Alzheimer's Disease
# Cooperative Study", "Tourette's Syndrome Association"
_EPONYMOUS = frozenset({"disease", "syndrome"})


_OF = frozenset({"of", "to", "for"})  # a title's portfolio follows one of these
# a title before two names ("Presidents Donald Trump and Vladimir Putin"), at a run's start
_PLURAL_TITLES = frozenset(t + "s" for t in """president governor senator minister mayor judge
ambassador representative secretary commissioner""".split())
_HONORIFICS = frozenset({"lady", "majesty", "highness", "holiness", "excellency"})
_HONOURED = frozenset({"first", "her", "his", "your", "their"})  # words before them


# the portfolios of office that stand before a title ("Foreign Minister", "Defense
# Secretary"): words of the title, not names
_PORTFOLIOS = frozenset("""foreign defense defence finance treasury interior justice health
security homeland national prime trade energy education labor labour transportation transport
agriculture commerce economy environment state home press culture housing""".split())


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "ch", "ic")


def office_country(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is a people's adjective ("Russian", "Finnish",
    "Japanese", "French", "Israeli") standing before a title ("Russian President Vladimir
    Putin"): the office's country, no fact of its own in a ledger of what was lost."""
    word = text[start:end]
    low = word.casefold()
    if not (low.isalpha() and word[:1].isupper() and not word.isupper() and len(low) > 3 and
            (low.endswith(_DEMONYM_ENDINGS) or (low.endswith("i") and len(low) > 4))):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and (is_title(after.group(1)) or _bare(after.group(1)) in _PORTFOLIOS)


_NEXT_WORD = re.compile(r"[^\S\n]([\w’'.-]+)")


def is_title(word: str) -> bool:
    """Whether ``word`` is a title, or an abbreviated one ("Mayor", "Dr.", "Sen")."""
    return _bare(word) in _TITLES


def after_title(text: str, at: int, run: str = "") -> bool:
    """Whether a run of capitals at ``at`` follows a title and "to" or "for" ("U.S.
    Ambassador to Russia Jon Huntsman"): the run opens with the title's portfolio. After
    "the" the portfolio is a body, and the run (``run``) holds a name only when it goes on
    for more than two words ("Ambassador to the United Nations Nikki Haley", not "an MP for
    the Conservative Party")."""
    before = text[max(0, at - 40):at]
    m = _TITLE_TO.search(before)
    if m is None or _bare(m.group(1)) not in _TITLES or _bare(m.group(1)) in _SPEAKS_FOR:
        return False
    return not m.group().endswith("the ") or len(run.split()) > 2


# titles whose "for" or "to" names who they speak for or advise, a fact, not their portfolio
# ("a spokesman for the World Health Organization", "an adviser to Boris Johnson")
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "attorney", "adviser",
                         "advisor", "atty", "atty."})
_TITLE_TO = re.compile(r"([A-Za-z][\w.’'-]*) (?:to|for) (?:the )?$")  # "ambassador to" too


def _cut_portfolio(group: list[tuple[int, str]]) -> None:
    """A run after a title and "of" ("of State Mike Pompeo", "to Russia Jon Huntsman"): the
    portfolio is the title's, the name is the last two capitalised words with any initials or
    particles between them ("Rex W. Tillerson", "Staffan de Mistura"); a run of two words or
    fewer is all portfolio. A run whose portfolio names a body ("of the National Institutes
    of Health Francis Collins") is left whole: which words are the body's and which the
    person's is not told apart."""
    words = [w for _, w in group]
    if not words or _bare(words[0]) not in _OF:
        return
    # the capitalised words other than initials ("de" in "Staffan de Mistura" goes with them)
    kept = [k for k, w in enumerate(words)
            if k and w[:1].isupper() and not INITIALS.fullmatch(w)]
    if len(kept) < 3:  # at most two words after "of": all portfolio
        group.clear()
        return
    first = kept[-2]
    if _bare(words[0]) != "of" and _bare(words[1]) != "the":
        # after "to" or "for" the portfolio is a place, one word or two that open a
        # place's name ("to Finland | Robert Frank Pence", "to South Korea | Harry Harris")
        place = 2 if _bare(words[1]) in _PLACE_OPENERS else 1
        if len(kept) - place >= 2:
            first = kept[place]
    if any(_bare(w).rstrip("s") in ORGANISATION_WORDS for w in words[1:]):
        return  # a body's name, before a person's or alone ("to the World Health Organization")
    del group[:first]


# words that open the two-word name of a place ("South Korea", "New Zealand", "Saudi Arabia")
_PLACE_OPENERS = frozenset("""north south east west new united saudi sri costa el hong puerto
sierra san santa czech dominican ivory papua burkina cape central""".split())


INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "J.", "T.H.": initials, one or more


_NON_SPACE = re.compile(r"\S+")


_TWO_WORDS = re.compile(r"\S++\s++\S++\s++")


_CONNECTED = re.compile(r" (?:of|and|&|for|the|de|la|del|van|von|bin|al) ")


_ABBREVIATED = re.compile(r"(?:^|[\s.])(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|St|Inc|Co|Corp|Ltd|Bros)\.$")



def _no_name(name: str) -> bool:
    """A capitalised run that names nothing in particular: a party affiliation ("R-S.C."), a
    lone numeral ("II"), or a lone word for an institution, a party or a people."""
    if _AFFILIATION.fullmatch(name) or _ROMAN.fullmatch(name):
        return True
    if " " in name or name.isupper():
        return False
    low = name.casefold()
    return low in _GENERIC or _a_people(low)


def _a_people(low: str) -> bool:
    """Whether a lone word, folded, is a people's plural ("americans")."""
    return len(low) >= 6 and low.endswith(_PEOPLES)


_JOINED = re.compile(r"(\S+) (?:of|for) (\S.*)")



def split_joined(found: list[FoundFact]) -> list[FoundFact]:
    """Two names a run of capitals joined with "of" or "for" ("Belliveau of Médecins Sans
    Frontières", "Myanmar for Médecins Sans Frontières"): where the text names the second
    on its own and the first is a person's surname or a place it names alone, not the word
    for a body ("University of Texas" stays whole)."""
    names = {f.text for f in found if f.type == FactType.NAME}
    alone = {n for n in names if " " not in n} | {n.split()[-1] for n in names if " " in n}
    out: list[FoundFact] = []
    for f in found:
        m = _JOINED.fullmatch(f.text) if f.type == FactType.NAME else None
        if m is None or m.group(2) not in names or m.group(1) not in alone or \
                m.group(1).casefold() in ORGANISATION_WORDS or m.group(1).casefold() in _GENERIC:
            out.append(f)
            continue
        second = f.span.start + m.start(2)
        out.append(FoundFact(m.group(1), f.type, Span(f.span.start, f.span.start + m.end(1))))
        out.append(FoundFact(m.group(2), f.type, Span(second, f.span.end)))
    return out



def split_listed(text: str, found: list[FoundFact], pairs: bool = True) -> list[FoundFact]:
    """Two names a run of capitals joins with "and": the last two items of a list ("Nixon,
    Carter and Reagan", "Syria, Iran and North Korea": the run follows a comma that follows
    another name), or a pair that stands alone ("Trump and Putin", "Russia and China",
    "Donald Trump and Vladimir Putin"), so that either one can be kept or lost. A run whose
    words before "and" qualify a name after it stays whole ("Immigration and Customs
    Enforcement", "Western and Central Europe"), and so does a body's name ("Department of
    Health and Human Services", "U.S. Food and Drug Administration") wherever it stands.
    ``pairs`` False: only lists are split."""
    ends = {f.span.end for f in found if f.type == FactType.NAME}
    out: list[FoundFact] = []
    for f in found:
        first, joined, second = f.text.partition(" and ")
        if f.type != FactType.NAME or not joined or " and " in second or \
                not first[:1].isupper() or not second[:1].isupper() or \
                _one_body(first, second) or \
                not (_listed(text, f, ends) or (pairs and _paired(first, second))):
            out.append(f)
            continue
        at = f.span.start + len(first) + len(joined)
        # each alone is a name unless a word for a party's members or a people ("Democrats
        # and Latino communities": "Democrats" names no one in particular)
        if not _members(first):
            out.append(FoundFact(first, f.type, Span(f.span.start, f.span.start + len(first))))
        if not _members(second):
            out.append(FoundFact(second, f.type, Span(at, f.span.end)))
    return out


def _members(name: str) -> bool:
    """Whether a lone word names a party's members or a people ("Democrats", "Americans")."""
    low = name.casefold()
    return " " not in name and (low in _MEMBERS or _a_people(low))


def _one_body(first: str, second: str) -> bool:
    """Whether "first and second" is one body's name: the word for a body closes it and the
    words before "and" are not a whole name of their own ("U.S. Food and Drug
    Administration", "Department of Health and Human Services"; not "Harvard University and
    Massachusetts General Hospital", nor "Trump Administration and Congress")."""
    return any(w.casefold() in ORGANISATION_WORDS for w in second.split()) and \
        first.split()[-1].casefold() not in ORGANISATION_WORDS


def _listed(text: str, f: FoundFact, ends: set[int]) -> bool:
    """Whether the run follows a comma that follows another name: a list's last items."""
    return text[max(0, f.span.start - 2):f.span.start] == ", " and f.span.start - 2 in ends


def _paired(first: str, second: str) -> bool:
    """Whether both sides of "and" are names of their own: one word after one word, or after
    a name of two words or more; two names of two words or more, the first with no joining
    word ("of", "for") and the second with none in its first two words ("Donald Trump and
    Vladimir Putin of Russia" is two). One word before a longer name qualifies it instead
    ("Food and Drug Administration")."""
    one, other = first.split(), second.split()
    if any(w[:1].islower() for w in one):
        return False
    lead = list(itertools.takewhile(lambda w: not w[:1].islower(), other))
    if len(lead) < len(other):  # a person of a place after "and": "Donald Trump and
        return len(one) > 1 and len(lead) > 1  # Vladimir Putin of Russia"
    return len(other) == 1 or len(one) > 1


def drop_partial_names(found: list[FoundFact]) -> list[FoundFact]:
    """Lone names that are a part or a derivative of another name of the text: the first or
    last word of a longer name ("Man" of "Jianghong Man": the person is listed once), or a
    people named after a place the text names ("Syrian" where "Syria" stands)."""
    names = [f.text for f in found if f.type == FactType.NAME]
    ends = {w for n in names if " " in n for part in _CONNECTED.split(n) if part
            for w in (part.split()[0], part.split()[-1])}
    ordered = sorted({w for n in names for w in n.split()})

    def derived(word: str) -> bool:
        for suffix in DERIVED_ENDINGS:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= 4:
                n = bisect.bisect_left(ordered, stem)
                while n < len(ordered) and ordered[n].startswith(stem):
                    if ordered[n] != word and not ordered[n].startswith(word):
                        return True  # "Syria" for "Syrian", not "Syrians" for "Syrian"
                    n += 1
        return False

    def partial(name: str) -> bool:
        if " " not in name:
            return not name.isupper() and (name in ends or derived(name))
        # "Syrian and Ukrainian": every part a people or an institution named generically
        parts = name.split(" and ")
        return len(parts) > 1 and all(" " not in p and (_no_name(p) or derived(p)) for p in parts)

    return [f for f in found if f.type != FactType.NAME or not partial(f.text)]



def after_first(text: str, fact: FoundFact) -> FoundFact:
    """The name after the first word and its connector: "Oramed" of "Shares of Oramed"."""
    two = _TWO_WORDS.match(text, fact.span.start, fact.span.end)
    start = two.end() if two is not None else fact.span.start
    return FoundFact(text[start:fact.span.end], fact.type, Span(start, fact.span.end))



def drop_defined_abbreviations(text: str, found: list[FoundFact]) -> list[FoundFact]:
    """Names that repeat another fact in other letters: an abbreviation defined in brackets
    after what it stands for ("Protein Oral Delivery (POD)") and its later uses, a stock
    ticker ("(NASDAQ: ORMP)"), a trademark sign ("[TM]"), and a name made into an adjective alone ("FDA-approved",
    "Senate-drafted"). A term in small letters so defined ("tumor necrosis factor (TNF)") is
    one fact with its abbreviation: the letters alone would tell a reader nothing."""
    out = []
    defined: set[str] = set()
    for f in found:
        if f.type == FactType.NAME:
            start = _definition_start(text, f)
            if start is not None:
                defined.add(f.text)
                if not text[start:start + 1].isupper():
                    end = f.span.end + (text[f.span.end:f.span.end + 1] == ")")
                    out.append(FoundFact(text[start:end], FactType.NAME, Span(start, end)))
                continue
            if _ticker(text, f) or _adjective(f.text) or \
                    text[f.span.start - 1:f.span.end + 1] in _TRADEMARKS:  # "[TM]"
                continue
        out.append(f)
    if not defined:
        return out
    return [f for f in out if f.type != FactType.NAME or f.text not in defined]


_TRADEMARKS = ("[TM]", "(TM)", "™", "®")  # may follow an abbreviation: "(POD[TM])"



def _definition_start(text: str, f: FoundFact) -> int | None:
    """Where the words an abbreviation in brackets stands for start, if ``f`` is one whose
    letters start the words before it."""
    start, end = f.span.start, f.span.end
    end += next((len(mark) for mark in _TRADEMARKS if text.startswith(mark, end)), 0)
    if " " in f.text or start < 2 or text[start - 1] != "(" or text[end:end + 1] not in ")," \
            or not f.text[:1].isupper():
        return None
    letters = [c.casefold() for c in f.text if c.isalpha() and c.isupper()]
    if len(letters) < 2:
        return None
    words = [m for m in _PHRASE_WORDS.finditer(text, max(0, start - 120), start - 1)
             if m.group().casefold() not in _LINKING]
    if len(words) < len(letters):
        return None
    before = words[-len(letters):]
    initials = [m.group()[0].casefold() for m in before]
    return before[0].start() if initials == letters else None



def _ticker(text: str, f: FoundFact) -> bool:
    """Whether ``f`` stands in an exchange and ticker in brackets: "(NASDAQ: ORMP)"."""
    if text.rfind("(", max(0, f.span.start - 16), f.span.start + 1) < 0:
        return False
    m = _TICKER.search(text, max(0, f.span.start - 16), min(len(text), f.span.end + 16))
    return m is not None and m.start() <= f.span.start and f.span.end <= m.end()



def _adjective(name: str) -> bool:
    """A lone name joined to a lower-case word: "FDA-approved", "U.S.-based"."""
    head, _, tail = name.rpartition("-")
    return " " not in name and bool(head) and tail[:1].islower()


_PHRASE_WORDS = re.compile(r"[\w’'.-]+")


_LINKING = frozenset({"of", "and", "for", "the", "on", "in", "&"})


_TICKER = re.compile(r"\([A-Z][A-Za-z]*[ \u00a0]?:[ \u00a0]?[A-Z][A-Z.]*\)")
