"""An MHTML archive (``.mhtml``/``.mht``, as browsers save "web page, single file") unpacked.

The standard library's ``email`` parser reads the MIME structure; the first ``text/html``
part is the page. Its transfer encoding (quoted-printable, base64) is undone, its charset
passed on to ``decode``, and its ``Content-Location`` (or the archive's) is the page's URL.
Images, styles and other parts are ignored.
"""
from __future__ import annotations

import email
import re
from email.message import Message

from articlecompare.sources.decode import decode
from articlecompare.sources.errors import LoadError, display_name

_LOCATION_HEADERS = ("Snapshot-Content-Location", "Content-Location")
# the longest MIME header (folded lines joined) read: browsers write a few hundred bytes; the
# standard library's parameter parser takes time growing with the square of a header's length
# (37 s for a 300 KB Content-Type), so a longer one is refused before it is parsed
MAX_HEADER = 16 * 1024
_BOUNDARY_LINE = re.compile(rb"^--[^\r\n]*+\r?\n", re.MULTILINE)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_LINE = re.compile(rb"[^\n]*+\n?")


def unpack(data: bytes, name: str) -> tuple[str, str, str | None]:
    """``(html, encoding, location)`` of the page inside the archive ``data``."""
    _refuse_long_headers(data, name)
    try:
        return _unpacked(data, name)
    except RecursionError:  # multiparts nested a thousand deep: the parser recurses per level
        raise LoadError(f"{display_name(name)} nests its parts too deeply to be a browser's "
                        "web archive") from None


def _unpacked(data: bytes, name: str) -> tuple[str, str, str | None]:
    message = email.message_from_bytes(data)
    if message.get("Content-Type") is None:
        raise LoadError(f"{display_name(name)} is not an MHTML archive (it has no MIME headers)")
    part = _page_part(message)
    if part is None:
        raise LoadError(f"{display_name(name)} has no web page inside (its MHTML archive has no HTML part)")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = b""
    html, encoding = decode(payload, name, html=True, declared=part.get_content_charset())
    return html, encoding, _location(part) or _location(message)


def _refuse_long_headers(data: bytes, name: str) -> None:
    """A ``LoadError`` if a MIME header, continuation lines included, is over ``MAX_HEADER``
    bytes. Only header blocks are read: the archive's own (at the start) and each part's
    (after a boundary line), each up to its first empty line, and each once: a boundary line
    inside a block is a header line of that block (read from every one of 20,000 boundary
    lines, a block took 60 s for 84 KB)."""
    start = 0
    while True:
        blank = _BLANK_LINE.search(data, start)
        end = blank.start() if blank else len(data)
        header_at = start
        for line in _LINE.finditer(data, start, end):
            if line.group()[:1] not in (b" ", b"\t"):
                header_at = line.start()  # a new header; white space goes on the last one
            if line.end() - header_at > MAX_HEADER:
                raise LoadError(f"{display_name(name)} has a MIME header of over "
                                f"{MAX_HEADER // 1024} KB; a browser's web archive has none")
        if blank is None:
            return
        # the next block after a boundary line that ends past this block's end (the line
        # whose line break starts the blank line may be one)
        boundary = _BOUNDARY_LINE.search(data, data.rfind(b"\n", 0, end) + 1)
        if boundary is None:
            return
        start = boundary.end()


def _page_part(message: Message) -> Message | None:
    """The page among the archive's HTML parts: the one at the address the archive names
    as the page's (``Snapshot-Content-Location``), else the first, unless that one is all but
    empty (a frame, an advertisement) and a larger one follows."""
    pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not pages:
        return None
    snapshot = message.get("Snapshot-Content-Location")
    if snapshot:
        named = [p for p in pages if _location(p) == "".join(str(snapshot).split())]
        if named:
            return named[0]
    sizes = [len(p.get_payload(decode=True) or b"") for p in pages]
    if sizes[0] < _NEARLY_EMPTY and max(sizes) >= _NEARLY_EMPTY:
        return pages[sizes.index(max(sizes))]
    return pages[0]


_NEARLY_EMPTY = 512  # bytes: an HTML part this small holds no article


def _location(message: Message) -> str | None:
    for header in _LOCATION_HEADERS:
        value = message.get(header)
        if value is not None and str(value).strip():
            return "".join(str(value).split())  # long addresses may be folded over lines
    return None
