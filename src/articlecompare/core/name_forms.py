"""A name of the original kept in another form by the revised text: as its acronym
("Immigration and Customs Enforcement" as "ICE"), spelled out ("U.N." as "United Nations"),
by its surname alone, or widened with an initial or a title ("Donald Trump" as "Donald J.
Trump").

Depends on ``presence`` for whole-word lookups and ``tokenize`` for folding.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .names import INITIALS, ORGANISATION_WORDS, FoundFact, is_title
from .model import Span
from .presence import Presence, find_at_word_start
from .tokenize import fold

class RevisedWords:
    """Finds a word of the revised text as written (case kept)."""

    def __init__(self, text: str, present: Presence) -> None:
        self._text = text
        self._present = present
        self._found: dict[str, Span | None] = {}

    def where(self, word: str) -> Span | None:
        if word not in self._found:
            self._found[word] = self._search(word)
        return self._found[word]

    def alone(self, surname: str, given: str) -> Span | None:
        """Where ``surname`` stands without another given name before it: "Smith", "Mayor
        Smith" or "Jane Smith" for Jane Smith, not "John Smith" (another person). A
        capitalised word that opens a sentence is no given name ("Later Smith said")."""
        for at in self._places(surname):
            before = _WORD_BEFORE.search(self._text, max(0, at - 40), at)
            if before is None or before.group(1) == given or is_title(before.group(1)) or \
                    not before.group(1)[:1].isupper() or \
                    _opens_sentence(self._text, before.start(1)):
                return Span(at, at + len(surname))
        return None

    def capitalised(self, word: str) -> Span | None:
        """Where ``word`` stands as written and capitalised for itself: inside a sentence, or
        opening one before another capitalised word ("Conservative MP Michael Gove"), not
        only because it opens a sentence ("Conservative estimates …" names no party), nor as
        the first word of another body's name ("Democratic National Committee"); before a
        title it is itself ("Conservative MP", "Conservative Shadow Secretary", "Democratic
        Sen. Chris Murphy")."""
        for at in self._places(word):
            end = at + len(word)
            after = _NEXT_CAPITALS.match(self._text, end)
            if after is not None and not any(is_title(w) for w in after.group(1).split()):
                continue  # the opening word of a longer name
            if not _opens_sentence(self._text, at) or after is not None:
                return Span(at, end)
        return None

    def phrase(self, words: str) -> Span | None:
        """Where ``words`` stand as written, whole words ("New Granada")."""
        first = words.split()[0]
        if self.where(first) is None:  # the cheap no
            return None
        at = find_at_word_start(self._text, words, whole_word=True)
        return Span(at, at + len(words)) if at >= 0 else None

    def _places(self, word: str) -> Iterator[int]:
        """Where ``word`` stands as a whole word, as written, in order."""
        if self.where(word) is None:  # the cheap no
            return
        at = find_at_word_start(self._text, word, whole_word=True)
        while at >= 0:
            yield at
            at = find_at_word_start(self._text, word, whole_word=True, start=at + 1)

    def dotted(self, initials: str) -> Span | None:
        """Where an initialism stands written with its periods ("U.S." for "US"), a whole
        word (the word index holds no periods: the text is searched)."""
        if not self._present.has_word(fold(initials[0], ignore_case=True)):  # the cheap no
            return None
        written = "".join(f"{letter}." for letter in initials)
        at = find_at_word_start(self._text, written, whole_word=True)
        return Span(at, at + len(written)) if at >= 0 else None

    def _search(self, word: str) -> Span | None:
        if not self._present.has_word(fold(word, ignore_case=True)):  # the cheap no
            return None
        at = find_at_word_start(self._text, word, whole_word=True)
        return Span(at, at + len(word)) if at >= 0 else None


def acronym_in(found: FoundFact, words: RevisedWords) -> Span | None:
    """Where the revised text names ``found`` by its initials, if it does (a leading
    initialism may go: "U.S. Food and Drug Administration" as "FDA")."""
    names = found.text.split()
    if len(names) < 2:
        return None
    initials = "".join(w[0] for w in names if w[:1].isupper())
    where = words.where(initials) if len(initials) >= 2 else None
    if where is None and "." in names[0] and len(names) > 2:
        shorter = initials[1:]
        where = words.where(shorter) if len(shorter) >= 2 else None
    return where


_PLACE_WORDS = frozenset("""north south east west new san santa los las el la st. st upper lower
great united central northern southern eastern western""".split())


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


_LINKING = frozenset({"of", "and", "for", "the", "on", "&"})


def spelled_out(initialism: str, wording: str) -> bool:
    """Whether ``wording`` spells out ``initialism`` ("U.N." as "United Nations", "NIAID" as
    "National Institute of Allergy and Infectious Diseases"): a run of capitalised words,
    linking words between them, whose initials are its letters."""
    letters = initialism.replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    initials = ""
    for word in wording.split():
        word = word.strip("()[],;:“”\"‘’'")
        if word.casefold() in _LINKING and initials:
            continue
        if _CAPITALISED.fullmatch(word):
            initials += word[0]
            if initials == letters:
                return True
            if not letters.startswith(initials):
                initials = word[0] if letters.startswith(word[0]) else ""
        else:
            initials = ""
    return False


def surname_in(found: FoundFact, words: RevisedWords) -> Span | None:
    """Where the revised text names a person by surname alone ("Donald Trump" as "President
    Trump"): a name of two plain words, the first no word of a place name ("South Korea"),
    the last no word of an organisation's ("Associated Press")."""
    parts = found.text.split()
    if len(parts) != 2 or not all(p.isalpha() and p[:1].isupper() and not p.isupper()
                                  for p in parts) or parts[0].casefold() in _PLACE_WORDS or \
            parts[1].casefold() in ORGANISATION_WORDS:
        return None
    return words.alone(parts[1], parts[0])


_WORD_BEFORE = re.compile(r"([\w’'.-]+)[^\S\n]+$")  # the word just before a place, on its line
_OPENS = re.compile(r"(?:^|[.!?\n]\s*|[“\"]\s*)$")  # a sentence's start just before a place


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a sentence starts at ``at``: after a full stop, not after a title's
    abbreviation ("Sen. John Warner", "Dr. Jane Roe")."""
    if not _OPENS.search(text, max(0, at - 3), at):
        return False
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is None or not before.group(1).endswith(".") or not is_title(before.group(1))


# the capitalised words right after another, up to three: a title among them ("Conservative
# Shadow Secretary", "Democratic House Speaker") makes the first word the party's own
_NEXT_CAPITALS = re.compile(r" ([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})")


_NAME_GAP = 2  # capitalised words the revised text may put inside a name ("Family")


def affiliated_in(found: FoundFact, words: RevisedWords) -> Span | None:
    """Where the revised text names a person the original names with where they are from
    ("Mark Warner of Virginia", "Vladimir Putin of Russia"): the person, as written or by
    surname alone, and the place, each anywhere."""
    person, joined, place = found.text.partition(" of ")
    if not joined or not place[:1].isupper():
        return None
    named = FoundFact(person, found.type, Span(found.span.start, found.span.start + len(person)))
    where = surname_in(named, words)
    if where is None and len(person.split()) == 2:
        where = words.phrase(person)
    return where if where is not None and words.phrase(place) is not None else None


def party_in(found: FoundFact, words: RevisedWords) -> Span | None:
    """Where the revised text names a party by its own word, as a party is named ("the
    Conservative Party" as "Conservative", "Labour Party" as "Labour")."""
    m = _PARTY.fullmatch(found.text)
    return words.capitalised(m.group(1)) if m else None


_PARTY = re.compile(r"(?:[Tt]he )?([A-Z][\w’'-]+) Party")


def undotted_in(found: FoundFact, words: RevisedWords) -> Span | None:
    """Where the revised text writes an initialism without its periods, in capitals as the
    original has it ("U.S." as "US", never the pronoun "us"), or with them ("US" as "U.S.")."""
    if _DOTTED.fullmatch(found.text):
        return words.where(found.text.replace(".", ""))
    if BARE_INITIALS.fullmatch(found.text):  # "US" as "U.S."
        return words.dotted(found.text)
    return None


BARE_INITIALS = re.compile(r"[A-Z]{2,4}")  # an initialism written without periods


def initialism_in(letters: str, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether an initialism stands in ``text[start:end]`` as written or in the plural
    ("SATs"), or made a word of, capitalised, in the plural ("Sats"); never in small letters
    ("us"), nor as the start of another word ("AP" of "appears")."""
    end = len(text) if end is None else end
    form = re.compile(rf"{letters[0]}(?:{letters[1:]}|{letters[1:].lower()}(?=s))s?(?!\w)")
    # a plain search for each way it may start, then the pattern there (a pattern searched
    # for through a long text costs 3 ms an initialism: 0.2 s on a 100,000-word pair)
    for opening in {letters, letters[0] + letters[1:].lower()}:
        at = text.find(opening, start, end)
        while at >= 0:
            before = text[at - 1:at]
            if not (before.isalnum() or before in ("_", ".")) and form.match(text, at, end):
                return True
            at = text.find(opening, at + 1, end)
    return False


def spelled_in(found: FoundFact, revised: str) -> Span | None:
    """Where the revised text spells out an initialism: capitalised words whose first
    letters are its letters, "of", "the", "and" or "for" allowed between ("EU" as "European
    Union", "FBI" as "Federal Bureau of Investigation")."""
    letters = found.text.replace(".", "")
    if not BARE_INITIALS.fullmatch(letters):
        return None
    words = r"(?:\s+(?:of|the|and|for|&))*\s+".join(
        rf"{letter}[a-z’'-]++" for letter in letters)
    m = re.search(rf"(?<![\w-]){words}(?![\w-])", revised)
    return Span(m.start(), m.end()) if m else None


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # an initialism written with its periods


def widened_in(found: FoundFact, revised: str, words: RevisedWords) -> Span | None:
    """Where the revised text gives a name of several words with its initials left out, a
    word or two more inside it or a possessive ("Mihai G. Netea" as "Mihai Netea", "Iacocca
    Foundation" as "Iacocca Family Foundation", "Harvard's T.H. Chan School"): its other
    words in order, only capitalised words between."""
    parts = [p for p in found.text.split() if not INITIALS.fullmatch(p)]
    if len(parts) < 2 or words.where(parts[0]) is None:  # the cheap no
        return None
    at = revised.find(parts[0])
    while at >= 0:
        end = at + len(parts[0])
        if not _word_char(revised[at - 1:at]) and not _word_char(revised[end:end + 1]):
            last = _rest_at(revised, end, parts[1:])
            if last is not None:
                return Span(at, last)
        at = revised.find(parts[0], at + 1)
    return None


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _rest_at(text: str, pos: int, rest: list[str]) -> int | None:
    """The end of ``rest`` read word by word from ``pos``, where each may follow up to
    ``_NAME_GAP`` capitalised words, and a word may take a possessive ("Harvard's T.H. Chan
    School" for "Harvard T.H. Chan School"); None where the name does not go on so."""
    for part in rest:
        gap = 0
        while True:
            if text[pos:pos + 2] in _POSSESSIVE:
                pos += 2
            if text[pos:pos + 1] != " ":
                return None
            initials = INITIALS.match(text, pos + 1)
            if initials is not None and text[initials.end():initials.end() + 1] == " ":
                pos = initials.end()  # initials the name leaves out ("T.H.")
                continue
            m = PHRASE_WORD.match(text, pos + 1)
            if m is None:
                return None
            if m.group() == part:
                pos = m.end()
                break
            if gap == _NAME_GAP or not m.group()[:1].isupper():
                return None
            gap, pos = gap + 1, m.end()
    return pos


_POSSESSIVE = ("'s", "’s")
PHRASE_WORD = re.compile(r"[\w’'](?:[\w’'-]*[\w’'])?")  # no dash at either end: "--may" is "may"
