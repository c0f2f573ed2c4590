"""Quotations in one text: where each stands (marks paired in any style) and who said it.

Depends on ``model`` and ``speakers``. One left-to-right pass over the quotation marks, so
the cost is linear in the text even where marks are never closed: double marks (straight,
curly, low-9, doubled singles) and guillemets first, then single marks apart from
apostrophes. Each quotation's speaker comes from ``speakers``; pairing the quotations of two
versions is ``quote_pairing``'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span
from .speakers import attribute

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
    found = quoted_passages(text)
    return tuple(Quotation(q.marks, q.pieces, speaker, inferred) for q, (speaker, inferred)
                 in zip(found, attribute(text, [q.marks for q in found])))


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
