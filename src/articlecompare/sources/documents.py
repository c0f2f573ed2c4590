"""Documents and web archives to what ``load`` makes an ``Article`` of.

Word, OpenDocument, EPUB and PDF files give paragraphs and metadata (``Document``); a WARC or
WACZ archive gives one captured page (``CapturedPage``), whose markup goes through the same
article extraction as a saved page. One file can also give both versions of a comparison
(``read_pair``): a Word document's tracked changes rejected and accepted, or two captures of
one page in an archive. Each reader's problems are one-line ``LoadError``s.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from articlecompare.core.model import Metadata, Revision
from articlecompare.sources import captures as capture_choice
from articlecompare.sources.captures import Capture, Choice, Listed
from articlecompare.sources.decode import decode
from articlecompare.sources.errors import LoadError, display_name

KINDS = frozenset(("docx", "odt", "epub", "pdf", "warc", "wacz"))
ARCHIVES = frozenset(("warc", "wacz"))
_ZIP_KINDS = {"application/vnd.oasis.opendocument.text": "odt", "application/epub+zip": "epub"}


@dataclass(frozen=True, slots=True)
class Document:
    """A document's paragraphs as written (no extraction: all of it is the article)."""

    paragraphs: tuple[str, ...]
    metadata: Metadata
    kind: str
    revisions: tuple[Revision, ...] = ()


@dataclass(frozen=True, slots=True)
class CapturedPage:
    """A page from a web archive: its markup, and where and when it was captured."""

    html: str
    encoding: str
    url: str
    date: str
    kind: str


Found = Document | CapturedPage


def read(data: bytes, kind: str, source: str, choice: Choice | None = None) -> Found:
    """The one version in ``data``; of a Word document with tracked changes, the text with
    them accepted (as Word shows it)."""
    shown = display_name(source)
    if kind in ARCHIVES:
        return _page(capture_choice.choose(_captures(data, kind, source), choice or Choice(), shown), kind, shown)
    if kind == "docx":
        return _docx_versions(data, source)[-1]
    if kind == "pdf":
        from articlecompare.sources import pdf, pdflayout

        pages, metadata = pdf.read(data, source)
        return Document(tuple(pdflayout.paragraphs(pages)), metadata, kind)
    from articlecompare.sources import epub, odt

    paragraphs, metadata = (odt if kind == "odt" else epub).read(data, source)
    return Document(tuple(paragraphs), metadata, kind)


def read_pair(data: bytes, kind: str, source: str, choices: Sequence[Choice] = ()) -> tuple[Found, Found]:
    """Both versions in one file: a Word document's tracked changes rejected (the original)
    and accepted (the revised), or two captures of an archive (``captures.choose_two``)."""
    shown = display_name(source)
    if kind in ARCHIVES:
        first, second = capture_choice.choose_two(_captures(data, kind, source), choices, shown)
        return _page(first, kind, shown), _page(second, kind, shown)
    if kind != "docx":
        raise LoadError(f"{shown} holds one version; give a second file to compare it with")
    versions = _docx_versions(data, source)
    if len(versions) < 2:
        raise LoadError(f"{shown} has no tracked changes; give a second file to compare it with")
    return versions[0], versions[1]


def read_versions(data: bytes, kind: str, source: str, choice: Choice | None = None) -> tuple[Found, ...]:
    """What a file opened on its own stands for: both readings of a Word document with
    tracked changes (rejected, then accepted), else its one version (as ``read``)."""
    if kind == "docx":
        return _docx_versions(data, source)
    return (read(data, kind, source, choice),)


def listing(data: bytes, kind: str, source: str) -> tuple[Listed, ...]:
    """The captures of an archive a version can be: each page's oldest first, the pages in
    the order the archive first holds them."""
    found = _captures(data, kind, source)
    pages = list(dict.fromkeys(capture.url for capture in found))
    return tuple(Listed(capture.url, capture.date, capture_choice.page_title(capture.payload))
                 for page in pages
                 for capture in sorted((c for c in found if c.url == page), key=lambda c: c.timestamp))


def _docx_versions(data: bytes, source: str) -> tuple[Document, ...]:
    from articlecompare.sources import docx

    readings = docx.read(data, source)
    meta = readings.metadata
    revised = Document(readings.accepted, meta, "docx", readings.revisions)
    if not readings.revisions and readings.rejected == readings.accepted:
        return (revised,)
    original = Metadata(title=meta.title, byline=meta.byline, date=readings.created or meta.date)
    return Document(readings.rejected, original, "docx"), revised


def sniff(data: bytes) -> str | None:
    """Which of ``KINDS`` ``data`` is by its content, for files whose name does not say."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"WARC/") or (data.startswith(b"\x1f\x8b") and _gunzipped_head(data).startswith(b"WARC/")):
        return "warc"
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "datapackage.json" in names and any(name.startswith("archive/") for name in names):
                return "wacz"
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 100:
                return _ZIP_KINDS.get(archive.read("mimetype").decode("ascii", "replace").strip())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, RuntimeError):
        return None
    return None


def _gunzipped_head(data: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(31).decompress(data[:4096], 16)
    except zlib.error:
        return b""


def _captures(data: bytes, kind: str, source: str) -> list[Capture]:
    if kind == "wacz":
        from articlecompare.sources import wacz

        return wacz.captures(data, source)
    from articlecompare.sources import warc

    return warc.captures(data, display_name(source))


def _page(capture: Capture, kind: str, shown: str) -> CapturedPage:
    html, encoding = decode(capture.payload, f"{shown} ({capture.url})", html=True, declared=capture.charset)
    return CapturedPage(html, encoding, capture.url, capture.date, kind)
