"""Who said a quotation: the speaker named in the attribution of its sentence.

Depends on ``model`` and ``tokenize`` (function words, folding). Reads the words just before
and after each quotation, within its sentence and never past a neighbouring quotation, so the
cost is linear in the text: "…,” said Mr. Reeves", "…,” Reeves said", "Reeves said: “…”",
"according to X", "Netea, a professor, says of the study, “…”", "the company said".
Finding the quotations is ``quotes``' job.
"""
from __future__ import annotations

import re

from .model import Span
from .tokenize import STOPWORDS, fold

ATTRIBUTION_REACH = 300  # characters either side of a quotation searched for its speaker
VERBS = frozenset("""
said says say tell tells told stated states announced announces added adds explained explains
noted notes wrote writes asked asks argued argues insisted insists replied replies continued
continues recalled recalls warned warns tweeted tweets posted declared declares claimed claims
acknowledged acknowledges admitted admits cautioned cautions commented comments concluded
concludes emphasized emphasises emphasised emphasizes stressed stresses suggested suggests
observed observes remarked remarks testified testifies predicted predicts conceded concedes
responded responds joked jokes recounted shouted yelled whispered agreed agrees countered
counters maintained maintains contended contends asserted asserts confirmed confirms denied
denies conceded explained urged urges
""".split())
PRONOUNS = frozenset("he she they i we it".split())
TITLES = frozenset("""
mr mrs ms miss dr prof sen rep gov gen col lt sgt capt adm maj rev hon pres supt det insp
sir dame lord lady president senator representative governor mayor judge justice minister
secretary chairman chairwoman chief commissioner director spokesman spokeswoman spokesperson
officer sheriff pope king queen prince princess professor doctor coach ambassador adviser advisor
envoy leader
""".split())
_SUFFIXES = frozenset("jr sr ii iii iv phd md esq mp".split())
_NOT_NAMES = frozenset("""
the a an but and or so yet then also in on at for as after before when while if this that these
those there here however meanwhile still now his her its their our my your it he she they we i
""".split())
_WORD = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\w.,]*|[,:;—–()]")
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n")
_PLACE_WORDS = frozenset("of at from for in to".split())
_TAIL_WORDS = 5  # words an attribution closing a sentence may have after its verb
_NP_STOPS = frozenset("of who for with in at on to that which".split())
_ADVERBS = frozenset("also later then again once still further previously earlier recently "
                     "repeatedly separately".split())
_NP_WORDS = 4  # a speaker named by a noun phrase ("the mayor") has at most this many words


def attribute(text: str, marks: list[Span]) -> list[tuple[str | None, bool]]:
    """For each quotation standing at ``marks`` (in order, without overlaps), its speaker and
    whether that speaker is inferred. A pronoun ("…,” she said) names whoever spoke the
    quotation just before, in the same paragraph or the one before it; so does a quotation
    that opens its sentence without any attribution."""
    out: list[tuple[str | None, bool]] = []
    for n, span in enumerate(marks):
        lo = max(marks[n - 1].end if n else 0, span.start - ATTRIBUTION_REACH)
        hi = min(marks[n + 1].start if n + 1 < len(marks) else len(text),
                 span.end + ATTRIBUTION_REACH)
        before = _clause_before(text, lo, span.start)
        after = _clause_after(text, span.end, hi)
        speaker = _speaker_after(after) or _speaker_before(before)
        last = out[-1][0] if out else None
        near = last is not None and _paragraphs_between(text, marks[n - 1].end, span.start) <= 1
        if speaker is not None and speaker.casefold() in PRONOUNS or \
                speaker is None and not any(w[:1].isalnum() for w in before):
            out.append((last if near else None, True))
        else:
            out.append((speaker, False))
    return out


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many paragraphs begin between ``start`` and ``end`` (0: the same paragraph)."""
    return sum(1 for line in text[start:end].split("\n")[1:] if line.strip())


def _clause_before(text: str, lo: int, at: int) -> list[str]:
    """The words of the sentence before position ``at`` (from ``lo`` at the earliest)."""
    start = lo
    # the boundary's look-ahead reads the quotation's opening mark and first letter
    for m in reversed(list(_BOUNDARY.finditer(text, lo, min(len(text), at + 3)))):
        if m.start() < at and not _abbreviation_before(text, m.start()):
            start = m.end()
            break
    return _WORD.findall(text, start, at)


def _clause_after(text: str, at: int, hi: int) -> list[str]:
    """The words from ``at`` to the end of the sentence (``hi`` at the latest)."""
    end = hi
    for m in _BOUNDARY.finditer(text, at, hi):
        if m.start() > at and not _abbreviation_before(text, m.start()):
            end = m.start()
            break
    return _WORD.findall(text, at, end)


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a title or an initial ("Mr.", "G.")."""
    if text[stop] != ".":
        return False
    word_start = stop
    while word_start > 0 and text[word_start - 1].isalpha() and stop - word_start < 6:
        word_start -= 1
    word = text[word_start:stop]
    return len(word) == 1 and word.isupper() or word.casefold() in TITLES or \
        word.casefold() in _SUFFIXES


def _bare(word: str) -> str:
    return word.rstrip(".,").casefold()


def _verb(word: str) -> bool:
    """A reporting verb, as attributions write it (lower case: "States" is no verb)."""
    return word[:1].islower() and _bare(word) in VERBS


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _name_part(word: str) -> bool:
    bare = _bare(word)
    return bare in TITLES or word[:1].isupper() and bare not in _NOT_NAMES and \
        bare not in STOPWORDS


def _name_span(words: list[str], k: int) -> int:
    """Where the name starting at ``words[k]`` ends (``k`` if none starts there)."""
    end = k
    while end < len(words) and _name_part(words[end]):
        end += 1
        if _possessive(words[end - 1]):
            break
    return end


def _name_from(words: list[str], k: int) -> str | None:
    """The name starting at ``words[k]`` (titles and initials included), if one does. A
    possessive ("Trump’s adviser") or a capitalised word before a title ("the American
    president") is no name."""
    run = words[k:_name_span(words, k)]
    while run and _bare(run[-1]) in _SUFFIXES:
        run.pop()
    if not run or _possessive(run[-1]):
        return None
    titled = bool(run) and _bare(run[-1]) in TITLES
    while run and _bare(run[-1]) in TITLES:
        run.pop()
    if not run or all(_bare(w) in TITLES for w in run) or titled and len(run) == 1:
        return None  # "the American president"
    return " ".join(run).rstrip(".,")


def _noun_phrase(words: list[str], k: int) -> tuple[str, int] | None:
    """A speaker described rather than named ("the mayor", "a spokesman", "Trump’s
    national security adviser") starting at ``k``, and where it ends."""
    if k >= len(words):
        return None
    head = _bare(words[k])
    if head in ("the", "a", "an"):
        end = k + 1
    else:
        end = _name_span(words, k)
        if end == k or not _possessive(words[end - 1]):
            return None
    while end < min(len(words), k + _NP_WORDS + 1) and words[end][:1].isalpha() and \
            not _verb(words[end]) and _bare(words[end]) not in _NP_STOPS and \
            _bare(words[end]) not in STOPWORDS:
        end += 1
    if end - k < 2 or _bare(words[end - 1]) in ("the", "a", "an"):
        return None
    return " ".join(words[k:end]).rstrip(".,"), end


def _subject(words: list[str], k: int) -> str | None:
    if k < len(words) and _bare(words[k]) in PRONOUNS:
        return words[k]
    phrase = _noun_phrase(words, k)
    return _name_from(words, k) or (phrase[0] if phrase else None)


def _speaker_after(words: list[str]) -> str | None:
    """The speaker in an attribution that follows a quotation: "said Mr. Reeves",
    "Reeves said", "she told reporters", "according to X", or one closing the sentence
    after a comma ("…and left, Mr. Shanks said", "…, says Man"). A later verb with its own subject
    ("…, which Moscow denies") is none."""
    k = 0
    while k < len(words) and not words[k][:1].isalnum():
        k += 1
    if k + 1 < len(words) and _bare(words[k]) == "according" and _bare(words[k + 1]) == "to":
        return _subject(words, k + 2)
    verbs = [j for j, w in enumerate(words[k:k + 40], k) if _verb(w)]
    if not verbs:
        return None
    if verbs[0] == k:
        # "said virologist Dr. Qin": a few lower-case words may stand before the name
        for j in range(k + 1, min(len(words), k + 5)):
            named = _subject(words, j)
            if named is not None:
                return named
            if not words[j][:1].islower():
                break
        return None
    for v in (verbs[0], verbs[-1]):
        found = _subject_of(words, v, k)
        if found is not None and (found[1] == k or words[found[1] - 1] == "," and
                                  len(words) - v <= _TAIL_WORDS):
            return found[0]
    v = verbs[-1]
    if words[v - 1] == "," and len(words) - v <= _TAIL_WORDS:  # "…, says Man."
        return _subject(words, v + 1)
    return None


def _speaker_before(words: list[str]) -> str | None:
    """The speaker in an attribution that leads into a quotation: "Reeves said:",
    "Netea, a professor, says of the study,", "According to X,"."""
    for k in range(len(words) - 2, -1, -1):
        if _bare(words[k]) == "according" and _bare(words[k + 1]) == "to":
            return _subject(words, k + 2)
    verbs = [k for k, w in enumerate(words) if _verb(w)]
    found = _subject_of(words, verbs[-1], 0) if verbs else None
    return found[0] if found else None


def _subject_of(words: list[str], v: int, first: int) -> tuple[str, int] | None:
    """Who does the reporting verb ``words[v]``, and where that subject starts: the pronoun,
    name or described person just before it ("Reeves also said"; "Dr. Bellanti of
    Georgetown said" gives the person, not the place; "Trump’s ambassador to Moscow says"
    the ambassador), else a name opening the clause at ``first`` before a comma ("Netea,
    professor of medicine, says")."""
    at = v
    while at - 1 > first and v - at < 2 and (_bare(words[at - 1]) in _ADVERBS or
                                             _bare(words[at - 1]).endswith("ly")):
        at -= 1
    j = at - 1
    if j >= first and _bare(words[j]) in PRONOUNS:
        return words[j], j
    while j >= first and _name_part(words[j]):
        j -= 1
    near = _name_from(words, j + 1) if j + 1 < at and _name_span(words, j + 1) == at else None
    start = j + 1
    while near is not None and j - 1 >= first and _bare(words[j]) in _PLACE_WORDS:
        k = j - 1
        while k >= first and _name_part(words[k]):
            k -= 1
        earlier = _name_from(words, k + 1) if k + 1 < j else None
        if earlier is None:
            described = _phrase_ending(words, j, first)
            return described if described is not None else (near, start)
        near, start, j = earlier, k + 1, k
    if near is not None:
        return near, start
    described = _phrase_ending(words, at, first)
    if described is not None:
        return described
    end = _name_span(words, first)
    name = _name_from(words, first)
    if name is not None and end < at and words[end] == ",":
        return name, first
    return None


def _phrase_ending(words: list[str], end: int, first: int) -> tuple[str, int] | None:
    """A described speaker ("the mayor") that ends just before ``words[end]``."""
    for start in range(max(first, end - _NP_WORDS - 3), end - 1):
        phrase = _noun_phrase(words, start)
        if phrase is not None and phrase[1] == end:
            return phrase[0], start
    return None


def is_name(speaker: str | None) -> bool:
    """Whether a speaker is named ("Mr. Reeves") rather than described ("a spokesman")."""
    if not speaker:
        return False
    first = speaker.split()[0]
    return _bare(first) not in ("the", "a", "an") and not _possessive(first)


def speaker_key(speaker: str | None) -> str | None:
    """What identifies a speaker across versions: the last word of the name, folded
    ("Dr. Mihai G. Netea" and "Netea" are the same person)."""
    if not speaker:
        return None
    words = [_bare(w) for w in fold(speaker).split() if _bare(w) not in _SUFFIXES]
    return words[-1] if words else None
