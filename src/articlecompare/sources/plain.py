"""Plain text to paragraphs.

Paragraphs come out the same whether the text separates them with blank lines or with single
newlines. Hard-wrapped text (lines cut at a fixed width, typically 60-80 characters) is told
apart by its line lengths, and its wrapped lines are joined back. Everything is one pass over
the lines, so a million-word file takes a fraction of a second.
"""
from __future__ import annotations

import bisect
import re

# Lines that begin a paragraph of their own even inside a wrapped block: list items.
_ITEM_RE = re.compile(r"(?:[-*+\u2022\u2013\u2014]|\d{1,3}[.)])\s")
_SENTENCE_END = tuple(".!?:\"'\u201d\u2019)")
_MAX_WRAP_WIDTH = 150  # text whose "wrapped" lines are longer than this is not hard-wrapped
_MIN_WRAPPED_LINES = 3  # fewer line breaks inside blocks are too few to judge by


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and the Unicode separators become ``\\n``; page breaks blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text or "\f" in text:
        text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\f", "\n\n")
    return text.replace("\ufeff", "")


def collapse_spaces(text: str) -> str:
    """Tabs become spaces and runs of spaces one space (str.replace: far faster than re.sub)."""
    if "\t" in text or "\v" in text:
        text = text.replace("\t", " ").replace("\v", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _lines(text: str) -> list[str]:
    """The lines of ``text``, stripped, runs of spaces and tabs made one space: line by line,
    only where there is something to collapse (on a million-word text, a tenth of the time of
    collapsing the whole text, and no single call that holds the interpreter for long)."""
    out = []
    for line in normalise_newlines(text).split("\n"):
        if "  " in line or "\t" in line or "\v" in line:
            line = collapse_spaces(line)
        out.append(line.strip())
    return out


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``: stripped, inner runs of spaces and tabs made one space."""
    lines = _lines(text)
    blocks = _blocks(lines)
    width = _wrap_width(blocks)
    result: list[str] = []
    for block in blocks:
        if width is None:
            result.extend(block)
        else:
            result.extend(_unwrap(block, width))
    return result


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width the text is hard-wrapped at, or None if its line breaks end paragraphs.

    Lines followed by another line of the same block are looked at. In wrapped text nearly
    all of them come close to one width and few end a sentence (a break falls after a full
    stop about once in a dozen lines); one-paragraph-per-line text has lines that vary
    widely or run long, and most of them end a sentence.
    """
    inner = [line for block in blocks for line in block[:-1]]
    if len(inner) < _MIN_WRAPPED_LINES:
        return None
    if sum(1 for line in inner if line.endswith(_SENTENCE_END)) > len(inner) * 0.5:
        return None
    lengths = sorted(len(line) for line in inner)
    width = lengths[(len(lengths) - 1) * 9 // 10]  # the 90th percentile, robust to a long URL
    if width > _MAX_WRAP_WIDTH:
        return None
    near = len(lengths) - bisect.bisect_left(lengths, width * 0.7)
    return width if near >= len(lengths) * 0.7 else None


def _unwrap(block: list[str], width: int) -> list[str]:
    """Join the wrapped lines of one block; a short line that ends a sentence ends a paragraph."""
    result: list[str] = []
    current: list[str] = []
    for line, following in zip(block, block[1:] + [""]):
        current.append(line)
        if not following or _ends_paragraph(line, following, width):
            result.append(_join(current))
            current = []
    return result


def _ends_paragraph(line: str, following: str, width: int) -> bool:
    if _ITEM_RE.match(following):
        return True
    next_word = following.split(" ", 1)[0]
    if len(line) + 1 + len(next_word) > width:
        return False  # the next word would not have fitted: the line was wrapped
    return len(line) < width * 0.6 or (line.endswith(_SENTENCE_END) and len(line) < width * 0.85)


def _join(lines: list[str]) -> str:
    if len(lines) == 1:
        return lines[0]
    parts = [lines[0]]
    for line in lines[1:]:
        previous = parts[-1]
        # "well-" + "known": a word hyphenated at the line end is put back together.
        if len(previous) > 1 and previous.endswith("-") and previous[-2].isalpha() and line[:1].islower():
            parts[-1] = previous + line
        else:
            parts.append(line)
    return " ".join(parts)
