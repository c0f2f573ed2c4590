"""A PDF's text layer (``.pdf``) to positioned lines and metadata, through pypdfium2 (PDFium).

PDFium gives each page's text (with the spaces and line breaks it infers, also where a writer
placed every glyph on its own, as Qt does) and each character's box; each line becomes a
``pdflayout.Line`` with its box, and ``pdflayout`` puts the lines into reading order and
paragraphs. A document with no text at all (a scan) is refused with a message saying so, as
are encrypted, damaged and overlong ones. PDFium reads only the bytes given to it: nothing is
fetched, and links and scripts in the document are not followed or run.
"""
from __future__ import annotations

import re
from typing import Any

from articlecompare.core.model import Metadata
from articlecompare.sources.errors import LoadError, display_name
from articlecompare.sources.pdflayout import Line, Page

MAX_PAGES = 5_000
"""Pages read from one PDF at most: far beyond an article, and a few seconds of reading."""

MAX_TEXT_CHARACTERS = 50 * 2**20  # as much text as a text file may hold
_PDF_DATE_RE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_WORD_EDGES = " \r\n-\u00ad\u2010\x02\ufffe"  # around these, a character's box is measured
_COLUMN_GAP = 3  # average character widths of blank space within a line: the gap between columns
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


def read(data: bytes, source: str) -> tuple[list[Page], Metadata]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # imported only for PDFs

    shown = display_name(source)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise LoadError(_open_failure(shown, getattr(error, "err_code", None))) from None
    try:
        if len(document) == 0:
            raise LoadError(f"{shown} has no pages")
        if len(document) > MAX_PAGES:
            raise LoadError(f"{shown} has {len(document):,} pages; at most {MAX_PAGES:,} are read")
        pages = _pages(document, shown)
        metadata = _metadata(document)
    except pdfium.PdfiumError:
        raise LoadError(f"{shown} is a damaged PDF (a page cannot be read)") from None
    finally:
        document.close()
    if not any(page.lines for page in pages):
        raise LoadError(f"{shown} has no text layer: it looks like a scanned document (pages "
                        "of images); run text recognition (OCR) on it first")
    return pages, metadata


def _pages(document: Any, shown: str) -> list[Page]:
    pages = []
    characters = 0
    for index in range(len(document)):
        page = document[index]
        try:
            width, height = page.get_size()
            text_page = page.get_textpage()
            try:
                lines = _lines(text_page)
            finally:
                text_page.close()
        finally:
            page.close()
        characters += sum(len(line.text) for line in lines)
        if characters > MAX_TEXT_CHARACTERS:
            raise LoadError(f"{shown} holds more than {MAX_TEXT_CHARACTERS // 2**20} million "
                            "characters of text, more than a file may hold")
        pages.append(Page(index, width, height, tuple(lines)))
    return pages


def _lines(text_page: Any) -> list[Line]:
    """The page's lines as PDFium reads them (its text, with the spaces it infers between
    words and its line breaks), each with the box of its characters; a line is also cut where
    its next character stands far to the right (the next column), back to the left, or above
    or below it (PDFium runs a word hyphenated at a line's end on into the next line).

    Only the first and last character of each word (and hyphens) are measured: the letters
    between them stand where those do, and measuring every character would take most of the
    time."""
    text = text_page.get_text_range()
    box_of = _CharBoxes(text_page)
    lines: list[Line] = []
    chars: list[str] = []
    box: list[float] = []  # left, bottom, right, top of the line's characters so far
    last = len(text) - 1
    for index, character in enumerate(text):
        if character in "\r\n":
            _close(chars, box, lines)
            continue
        starts_word = index == 0 or text[index - 1] in _WORD_EDGES
        if character != " " and (starts_word or index == last or character in _WORD_EDGES
                                 or text[index + 1] in _WORD_EDGES):
            left, bottom, right, top = box_of(index)
            if right > left and top > bottom:  # a character drawn (a space PDFium inferred is not)
                if box and starts_word and (left > box[2] + _COLUMN_GAP * (box[2] - box[0]) / max(len(chars), 1)
                                            or right < box[0] or bottom >= box[3] or top <= box[1]):
                    _close(chars, box, lines)  # another column (a gap of several characters' width), or line
                if box:
                    box[:] = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
                else:
                    box[:] = [left, bottom, right, top]
        chars.append(character)
    _close(chars, box, lines)
    return lines


class _CharBoxes:
    """A character's tight box, ``(left, bottom, right, top)``, by PDFium's index; the
    ctypes numbers are made once (pypdfium2's ``get_charbox`` makes four per call)."""

    def __init__(self, text_page: Any) -> None:
        import ctypes

        import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

        self._page = text_page.raw
        self._get = pdfium_c.FPDFText_GetCharBox
        self._values = [ctypes.c_double() for _ in range(4)]

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        left, right, bottom, top = self._values
        if not self._get(self._page, index, left, right, bottom, top):  # yes: left, right, bottom, top
            return 0.0, 0.0, 0.0, 0.0
        return left.value, bottom.value, right.value, top.value


def _close(chars: list[str], box: list[float], lines: list[Line]) -> None:
    line = " ".join("".join(chars).split())
    if line and box:
        lines.append(Line(line, *box))
    chars.clear()
    box.clear()


def _open_failure(shown: str, code: int | None) -> str:
    if code in (_ERR_PASSWORD, _ERR_SECURITY):
        return f"{shown} is password-protected; save it without a password first"
    return f"{shown} is not a readable PDF (the file is damaged or not a PDF)"


def _metadata(document: Any) -> Metadata:
    info = document.get_metadata_dict(skip_empty=True)

    def field(key: str) -> str | None:
        value = " ".join(str(info.get(key) or "").split())
        return value[:300] or None

    return Metadata(title=field("Title"), byline=field("Author"),
                    date=pdf_date(field("ModDate") or field("CreationDate")))


def pdf_date(value: str | None) -> str | None:
    """A PDF date (``D:20240105120000+01'00'``) as ISO 8601 (``2024-01-05T12:00:00``)."""
    match = _PDF_DATE_RE.match(value or "")
    if not match:
        return value
    year, month, day, hour, minute, second = match.groups()
    date = "-".join(part for part in (year, month, day) if part)
    if hour and minute:
        date += f"T{hour}:{minute}:{second or '00'}"
    return date
