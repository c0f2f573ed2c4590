"""Positioned lines of PDF pages to the paragraphs of an article, in reading order.

Pure (no PDF library): ``pdf`` gives each page's lines with their boxes in PDF points (the
origin at the bottom left). Pieces of one line are joined; running headers and footers (lines
near the top or bottom edge whose text, digits aside, recurs on other pages) and page numbers
are removed; a page whose lines fall into two columns is read column by column, lines across
both columns (a headline) breaking the columns where they stand. Lines are then reflowed
into paragraphs: a paragraph ends at a gap wider than the usual line spacing, a change of
type size, a line that ends where the next line's first word would have fitted, or a sentence
end followed by an indented line; a word
hyphenated across lines is joined again, unless the document writes it with its hyphen
elsewhere ("well-known").
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

EDGE_SHARE = 0.08        # of the page height, at the top and bottom: where running lines stand
_RECUR_SHARE = 0.3       # of the pages (and at least two) a running header or footer is on
_GAP_FACTOR = 1.5        # line spacing wider than this many usual ones ends a paragraph
_SIZE_FACTOR = 1.2       # a line this much taller or shorter than the one before is a heading
_SPACE_SHARE = 0.5       # of the type size: a space and some slack, in the room a line leaves
_EDGE_PERCENTILE = 0.9   # a column's right edge: where this share of its lines end (not a stray long one)
_PAGE_NUMBER_RE = re.compile(r"[-–—\s]*(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*",
                             re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)]")
_HYPHENS = ("-", "\u00ad", "\u2010", "\x02", "\ufffe")  # PDFium marks some as U+0002 or U+FFFE
_HYPHENATED_RE = re.compile(r"\b\w+-\w+")


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text (or a piece of one) and its box, in points from the bottom left."""

    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class _Placed:
    """A line in reading order, with the column it stands in."""

    line: Line
    column_left: float
    column_right: float
    block: int  # lines of one column run on one page share a block number


def paragraphs(pages: list[Page]) -> list[str]:
    """The article text of ``pages`` as paragraphs."""
    joined = [Page(p.number, p.width, p.height, tuple(joined_lines(p.lines))) for p in pages]
    body = without_running_lines(joined)
    placed: list[_Placed] = []
    for page in body:
        placed.extend(reading_order(page, first_block=placed[-1].block + 1 if placed else 0))
    return _reflow(placed)


def joined_lines(lines: tuple[Line, ...] | list[Line]) -> list[Line]:
    """Pieces on one line, close enough to be words of it, joined into one line."""
    bands: list[list[Line]] = []
    for line in sorted(lines, key=lambda item: -(item.top + item.bottom)):
        centre = (line.top + line.bottom) / 2
        if bands:
            last = bands[-1][0]
            if abs((last.top + last.bottom) / 2 - centre) < 0.4 * min(last.height, line.height):
                bands[-1].append(line)
                continue
        bands.append([line])
    out = []
    for band in bands:
        band.sort(key=lambda item: item.left)
        current = band[0]
        for piece in band[1:]:
            gap = piece.left - current.right
            if gap < max(current.height, piece.height):
                space = " " if gap > 0.15 * piece.height and not current.text.endswith(" ") else ""
                current = Line(current.text + space + piece.text, current.left,
                               min(current.bottom, piece.bottom), max(current.right, piece.right),
                               max(current.top, piece.top))
            else:
                out.append(current)
                current = piece
        out.append(current)
    return out


def without_running_lines(pages: list[Page]) -> list[Page]:
    """``pages`` without page numbers and the headers and footers that recur near their edges."""
    def near_edge(line: Line, page: Page) -> bool:
        edge = EDGE_SHARE * page.height
        return line.bottom > page.height - edge or line.top < edge

    def key(line: Line) -> str:
        return _DIGITS_RE.sub("#", " ".join(line.text.casefold().split()))

    counts = Counter(k for page in pages for k in {key(line) for line in page.lines if near_edge(line, page)})
    needed = max(2, _RECUR_SHARE * len(pages))
    kept = []
    for page in pages:
        lines = tuple(line for line in page.lines
                      if not (near_edge(line, page)
                              and (_PAGE_NUMBER_RE.fullmatch(line.text) or counts[key(line)] >= needed)))
        kept.append(Page(page.number, page.width, page.height, lines))
    return kept


def reading_order(page: Page, first_block: int = 0) -> list[_Placed]:
    """The page's lines top to bottom; on a two-column page, between lines that span both
    columns, the left column's lines and then the right column's."""
    lines = sorted(page.lines, key=lambda line: -line.top)
    if not lines:
        return []
    low, high = min(line.left for line in lines), _edge([line.right for line in lines])
    middle = (low + high) / 2
    left = [line for line in lines if line.right <= middle]
    right = [line for line in lines if line.left >= middle]
    if len(left) < 3 or len(right) < 3:
        return [_Placed(line, low, high, first_block) for line in lines]
    left_edge = _edge([line.right for line in left])
    right_edge = min(line.left for line in right)
    out: list[_Placed] = []
    block = first_block
    pending: dict[str, list[Line]] = {"left": [], "right": []}

    def flush() -> None:
        nonlocal block
        for side, bounds in (("left", (low, left_edge)), ("right", (right_edge, high))):
            if pending[side]:
                out.extend(_Placed(line, *bounds, block) for line in pending[side])
                block += 1
                pending[side] = []

    for line in lines:
        if line.right <= middle:
            pending["left"].append(line)
        elif line.left >= middle:
            pending["right"].append(line)
        else:
            flush()
            out.append(_Placed(line, low, high, block))
            block += 1
    flush()
    return out


def _edge(rights: list[float]) -> float:
    rights.sort()
    return rights[int((len(rights) - 1) * _EDGE_PERCENTILE)]


def _reflow(placed: list[_Placed]) -> list[str]:
    if not placed:
        return []
    spacing = _usual_spacing(placed)
    size = statistics.median(item.line.height for item in placed)
    compounds = {word.casefold() for item in placed for word in _HYPHENATED_RE.findall(item.line.text)}
    out: list[str] = []
    current = placed[0].line.text
    for before, item in zip(placed, placed[1:]):
        if _breaks(before, item, spacing, size):
            out.append(current)
            current = item.line.text
        else:
            current = _joined(current, item.line.text, compounds)
    out.append(current)
    return [" ".join(text.split()) for text in out if text.strip()]


def _usual_spacing(placed: list[_Placed]) -> float:
    steps = [before.line.bottom - item.line.bottom for before, item in zip(placed, placed[1:])
             if before.block == item.block and 0 < before.line.bottom - item.line.bottom < 3 * item.line.height]
    return statistics.median(steps) if steps else max(item.line.height for item in placed) * 1.2


def _breaks(before: _Placed, item: _Placed, spacing: float, size: float) -> bool:
    """Whether ``item`` starts a new paragraph after ``before``."""
    a, b = before.line, item.line
    if max(a.height, b.height) > _SIZE_FACTOR * min(a.height, b.height) and max(a.height, b.height) > size * 1.1:
        return True  # a heading starts or ends
    if _ended_early(before, b):
        return True
    if before.block != item.block:
        return False
    if a.bottom - b.bottom > _GAP_FACTOR * spacing:
        return True
    indented = b.left > item.column_left + 0.8 * b.height and a.left <= before.column_left + 0.3 * a.height
    return indented and a.text.rstrip().endswith(_SENTENCE_END)


def _ended_early(before: _Placed, following: Line) -> bool:
    """Whether the line ``before`` ends where the first word of the next line would have fit
    after it: the line was ended on purpose, not wrapped."""
    room = before.column_right - before.line.right
    word = following.text.split(" ", 1)[0]
    word_width = (following.right - following.left) * len(word) / max(len(following.text), 1)
    return room > word_width + _SPACE_SHARE * following.height


def _joined(text: str, following: str, compounds: set[str]) -> str:
    stripped = text.rstrip()
    if stripped.endswith(_HYPHENS) and len(stripped) > 1 and stripped[-2].isalpha() and following[:1].islower():
        head = stripped[:-1]
        word = head.rsplit(" ", 1)[-1] + "-" + following.split(" ", 1)[0]
        if _HYPHENATED_RE.fullmatch(word.rstrip(".,;:!?")) and word.rstrip(".,;:!?").casefold() in compounds:
            return head + "-" + following
        return head + following
    return f"{stripped} {following}"
