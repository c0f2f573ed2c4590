"""Quotations in one text: where each stands (marks paired in any style) and who said it.

Depends on ``model`` only. One left-to-right pass over the quotation marks, so the cost is
linear in the text even where marks are never closed: double marks (straight, curly, low-9)
and guillemets first, then single marks apart from apostrophes. The speaker comes from the
attribution in the quotation's sentence ("…,” said Mr. Reeves", "Reeves said: “…”",
"according to X"); pairing the quotations of two versions is ``quote_pairing``'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span
from .tokenize import STOPWORDS, fold

_DOUBLE_OPEN = "“„‟"
_SINGLE_OPEN = "‘‚‛"
_GUILLEMETS = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
# doubled single marks stand for double ones in some copy: ‘‘…’’, ``…''; a line break
# matters only inside a quotation, so outside one the search skips them
_MARKS_1 = re.compile("[\"“”„‟«»‹›]|‘‘|’’|``|''")
_MARKS_1_IN = re.compile("[\"“”„‟«»‹›\n]|‘‘|’’|``|''")
_AS_DOUBLE = {"‘‘": "“", "``": "“", "’’": "”", "''": '"'}
_MARKS_2 = re.compile("['‘’‚‛]")
_MARKS_2_IN = re.compile("['‘’‚‛\n]")
_OPEN_BEFORE = "([{<—–-/\"“„‟‘‚'«»‹›"  # what may stand just before an opening mark
_STRONG_BEFORE = ".,!?;:…—–-)"          # punctuation that ends a quoted phrase
_AFTER_CLOSE = ".,;:!?)]}…—–-/\"”’'»«›‹"  # what may follow a closing mark
ATTRIBUTION_REACH = 300  # characters either side of a quotation searched for its speaker


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation: ``marks`` runs from its opening mark to its closing one (or to the end of
    its paragraph when it is never closed); ``pieces`` are the quoted words, one span per
    paragraph, marks and surrounding white space excluded. ``speaker`` is who said it as the
    text names them ("Mr. Reeves", "the mayor"), or None when the text does not say."""

    marks: Span
    pieces: tuple[Span, ...]
    speaker: str | None = None
    inferred: bool = False  # the speaker is the one before (a pronoun, or no attribution)

    @property
    def span(self) -> Span:
        """The quoted words from the first to the last (across paragraphs)."""
        return Span(self.pieces[0].start, self.pieces[-1].end)

    def text(self, source: str) -> str:
        """The quoted words, paragraphs joined by a space."""
        return " ".join(source[p.start:p.end] for p in self.pieces)


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Every top-level quotation of ``text`` in order, each with its speaker if named.
    Quotations nested in another are part of it; a quotation without any letter or digit
    (a lone mark, an inch sign) is none."""
    return tuple(_with_speakers(text, quoted_passages(text)))


def quoted_passages(text: str) -> list[Quotation]:
    """The quotations of ``text`` as ``find_quotations`` finds them, without their speakers
    (for callers that only need where they stand: the cheaper part)."""
    doubles = _paired_doubles(text)
    singles = [f for f in _paired_singles(text, doubles) if _worded(text, f)]
    spans = _outermost(sorted(doubles + singles, key=lambda f: f[0].start))
    found: list[Quotation] = []
    for marks, pieces in spans:
        kept = tuple(p for p in (_trim(text, s) for s in pieces) if p is not None)
        if kept:
            found.append(Quotation(marks, kept))
    return found


# ---- pairing the marks ---------------------------------------------------------------

_Found = tuple[Span, list[Span]]  # marks and the inner stretches, one per paragraph


def _opener_shaped(text: str, i: int, width: int = 1) -> bool:
    """Whether the mark of ``width`` characters at ``i`` stands where a quotation opens:
    after white space or an opening bracket or mark, before something else."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not after.isspace() and (before.isspace() or before in _OPEN_BEFORE)


def _closer_shaped(text: str, i: int, width: int = 1) -> bool:
    """Whether the mark at ``i`` stands where a quotation closes: after something, before
    white space or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)


def _spaced(text: str, i: int, width: int) -> bool:
    """Whether the mark at ``i`` stands between white space on both sides."""
    return 0 < i and i + width < len(text) and text[i - 1].isspace() and text[i + width].isspace()


def _paragraph_end(text: str, newline: int) -> int:
    """The end of the paragraph's text before ``newline``, trailing white space excluded."""
    end = newline
    while end > 0 and text[end - 1].isspace() and text[end - 1] != "\n":
        end -= 1
    return end


def _next_line_start(text: str, newline: int) -> int:
    """Where the next paragraph's text starts (blank lines and indentation skipped)."""
    pos = newline
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _paired_doubles(text: str) -> list[_Found]:
    """Quotations in double marks or guillemets. Nested marks of the same kind are counted,
    so “a “b” c” is one quotation; one left open ends with its paragraph unless the next
    paragraph opens with the same kind of mark (a quotation running over paragraphs)."""
    out: list[_Found] = []
    closer = ""  # "" at top level, '"' inside double marks, else the guillemet that closes
    opener = ""
    depth = 0
    start = piece = 0
    pieces: list[Span] = []
    pos = 0
    while (m := (_MARKS_1_IN if closer else _MARKS_1).search(text, pos)) is not None:
        i, width = m.start(), m.end() - m.start()
        pos = m.end()
        ch = _AS_DOUBLE.get(m.group(), m.group())
        if ch == "\n":
            nxt = _next_line_start(text, i)
            end = _paragraph_end(text, i)
            goes_on = _continues(text, nxt, closer, opener)
            if goes_on:
                pieces.append(Span(piece, end))
                piece = pos = nxt + goes_on
                depth = 1
                continue
            pieces.append(Span(piece, end))
            out.append((Span(start, end), pieces))
            closer, pieces = "", []
            continue
        if not closer:
            if ch in _GUILLEMETS and (ch in "«‹" or _opener_shaped(text, i)):
                closer, opener = _GUILLEMETS[ch], ch
            elif ch in _DOUBLE_OPEN or (ch in "\"”" and _opener_shaped(text, i, width)):
                closer, opener = '"', ch
            else:
                continue
            depth, start, piece, pieces = 1, i, i + width, []
            continue
        if closer == '"':
            if ch in _GUILLEMETS:
                continue
            closes = ch == "”" or (ch in "\"“" and _closer_shaped(text, i, width)) or \
                ch == '"' and _spaced(text, i, width)  # "…,' " Trump said"
            if not closes and ch != "”" and _opener_shaped(text, i, width):
                depth += 1
                continue
            if not closes:
                continue
        elif ch == opener:
            depth += 1
            continue
        elif ch != closer:
            continue
        depth -= 1
        if depth == 0:
            pieces.append(Span(piece, i))
            out.append((Span(start, i + width), pieces))
            closer, pieces = "", []
    if closer:
        end = len(text.rstrip())
        pieces.append(Span(piece, max(piece, end)))
        out.append((Span(start, max(start + 1, end)), pieces))
    return out


def _continues(text: str, at: int, closer: str, opener: str) -> int:
    """Whether a paragraph starting at ``at`` goes on with the open quotation: the width of
    its opening mark, or 0."""
    if closer != '"':
        return 1 if text[at:at + 1] == opener else 0
    if _AS_DOUBLE.get(text[at:at + 2]) == "“":
        return 2
    return 1 if text[at:at + 1] and text[at] in _DOUBLE_OPEN + '"' else 0


def _paired_singles(text: str, doubles: list[_Found]) -> list[_Found]:
    """Quotations in single marks, outside the double ones. An apostrophe inside a word
    ("don’t") is no mark, nor one before a digit ("’90s"). A closing mark after a letter
    ("the ‘bad’ side", but also "the players’ union") is weak: a later closing mark after
    punctuation, before any new opening one, takes its place. Quotations stay within a
    paragraph and must be closed."""
    out: list[_Found] = []
    taken = iter(doubles)
    block = next(taken, None)
    pending = -1                      # the latest opening mark not yet closed
    tentative: tuple[int, int] | None = None  # an opening mark and a weak closing one
    pos = 0
    while (m := (_MARKS_2_IN if pending >= 0 or tentative else _MARKS_2).search(text, pos)):
        i = pos = m.start()
        pos += 1
        while block is not None and block[0].end <= i:
            block = next(taken, None)
        if block is not None and block[0].start <= i:
            pos = block[0].end
            continue
        ch = m.group()
        if ch == "\n":
            if tentative is not None:
                out.append(_single(*tentative))
            pending, tentative = -1, None
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if ch in _SINGLE_OPEN or (ch == "'" and _opener_shaped(text, i)):
            if not after.isspace() and not after.isdigit():
                if tentative is not None:
                    out.append(_single(*tentative))
                    tentative = None
                pending = i
            continue
        if not _closer_shaped(text, i):
            continue
        strong = before in _STRONG_BEFORE or (after in _STRONG_BEFORE and after not in "-—–")
        if pending >= 0:
            if strong:
                out.append(_single(pending, i))
            else:
                tentative = (pending, i)
            pending = -1
        elif tentative is not None and strong:
            out.append(_single(tentative[0], i))
            tentative = None
    if tentative is not None:
        out.append(_single(*tentative))
    return out


def _single(open_at: int, close_at: int) -> _Found:
    return Span(open_at, close_at + 1), [Span(open_at + 1, close_at)]


def _worded(text: str, found: _Found) -> bool:
    """Whether a quotation in single marks holds more than one letter ("rock 'n' roll")."""
    inner = found[1][0]
    return inner.length > 1 and sum(1 for c in text[inner.start:inner.end] if c.isalnum()) > 1


def _outermost(found: list[_Found]) -> list[_Found]:
    """``found`` (sorted) without the quotations that lie inside another."""
    out: list[_Found] = []
    for item in found:
        if out and out[-1][0].end > item[0].start:
            continue
        out.append(item)
    return out


def _trim(text: str, span: Span) -> Span | None:
    """``span`` without white space at either end, nor the comma or colon that leads into
    the attribution ("…,” she said); None if it holds no letter or digit."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return Span(start, end)


# ---- speakers ------------------------------------------------------------------------

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


def _with_speakers(text: str, quotes: list[Quotation]) -> list[Quotation]:
    """``quotes`` with their speakers. A pronoun ("…,” she said) names whoever spoke the
    quotation just before, in the same paragraph or the one before it; so does a quotation
    that opens its sentence without any attribution. Such speakers are ``inferred``."""
    out: list[Quotation] = []
    for n, q in enumerate(quotes):
        lo = max(quotes[n - 1].marks.end if n else 0, q.marks.start - ATTRIBUTION_REACH)
        hi = min(quotes[n + 1].marks.start if n + 1 < len(quotes) else len(text),
                 q.marks.end + ATTRIBUTION_REACH)
        before = _clause_before(text, lo, q.marks.start)
        after = _clause_after(text, q.marks.end, hi)
        speaker = _speaker_after(after) or _speaker_before(before)
        previous = out[-1] if out else None
        near = previous is not None and previous.speaker is not None and \
            _paragraphs_between(text, previous.marks.end, q.marks.start) <= 1
        if speaker is not None and speaker.casefold() in PRONOUNS or \
                speaker is None and not any(w[:1].isalnum() for w in before):
            out.append(Quotation(q.marks, q.pieces, previous.speaker if near and previous else None,
                                 inferred=True))
        else:
            out.append(Quotation(q.marks, q.pieces, speaker))
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
