"""Files, dropped data and pasted text to ``Article``: the entry points of ``sources``.

The file name's extension picks the reader (text, Markdown, HTML, MHTML; Word, OpenDocument,
EPUB and PDF documents and WARC/WACZ web archives through ``documents``); an unknown extension
is sniffed. Every problem with the input itself raises ``LoadError`` with one line for the
user; anything else escaping from here is a bug.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from dataclasses import replace

from articlecompare.core.model import Article, Metadata, has_visible_text
from articlecompare.sources import documents, markdown, mhtml, plain, wayback
from articlecompare.sources.captures import Choice, Listed
from articlecompare.sources.decode import decode
from articlecompare.sources.errors import LoadError, display_name
from articlecompare.sources.header import with_header

MAX_INPUT_BYTES = 50 * 1024 * 1024
"""The largest input accepted: 50 MiB (for text, 50 Mi characters).

Far beyond any article, even a saved page with inline images, yet small enough that reading,
decoding and parsing stay within memory and seconds. Files are checked by size before they
are read.
"""

_KINDS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown", ".mkdn": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".mhtml": "mhtml", ".mht": "mhtml",
    ".docx": "docx", ".odt": "odt", ".epub": "epub", ".pdf": "pdf",
    ".warc": "warc", ".warc.gz": "warc", ".wacz": "wacz",
}
EXTENSIONS = tuple(_KINDS)
"""Every file name ending a reader is chosen by (``.warc.gz`` as one); others are sniffed."""
_SNIFF_CHARS = 4096
_NOT_TEXT_RE = re.compile("[\x00\ud800-\udfff]")  # a NUL, or a lone surrogate
_TEXT_KINDS = frozenset(("text", "pasted", "sample"))
_OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # with "\n", where str.splitlines splits
_LINE_BREAKS_RE = re.compile(f"\\s*[\n{_OTHER_BREAKS}]\\s*")
_HTML_START_RE = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)


def load_path(path: str | os.PathLike[str], choice: Choice | None = None) -> Article:
    """Load the article in the file at ``path``; its extension says what kind of file it is.

    A page saved "complete" loads from its ``.html`` alone; the ``NAME_files`` folder beside
    it is never read. ``choice`` picks the page and capture of a web archive.
    """
    data, source = _read_file(path)
    return load_bytes(data, os.path.basename(source), source=source, choice=choice)


def load_pair(path: str | os.PathLike[str], choices: Sequence[Choice] = ()) -> tuple[Article, Article]:
    """Both versions in one file: a Word document with tracked changes (all rejected, all
    accepted), or a web archive with two captures of a page (``choices``, one for each
    version, or one naming the page). A ``LoadError`` for a file that holds one version."""
    data, source = _read_file(path)
    kind = kind_of(os.path.basename(source)) or documents.sniff(data) or "text"
    if kind not in documents.KINDS:
        raise LoadError(f"{display_name(source)} holds one version; give a second file to compare it with")
    first, second = documents.read_pair(data, kind, source, choices)
    return _from_document(first, source), _from_document(second, source)


def load_versions(path: str | os.PathLike[str], choice: Choice | None = None) -> tuple[Article, ...]:
    """What the file at ``path`` stands for when it is opened on its own: a Word document with
    tracked changes is two versions (all rejected, then all accepted); any other file one
    (as ``load_path``)."""
    data, source = _read_file(path)
    name = os.path.basename(source)
    kind = kind_of(name) or _sniff(data)
    if kind in documents.KINDS:
        return tuple(_from_document(found, source) for found in documents.read_versions(data, kind, source, choice))
    return (load_bytes(data, name, source=source, choice=choice),)


def archive_captures(path: str | os.PathLike[str]) -> tuple[Listed, ...]:
    """The captures a version of the web archive at ``path`` can be (each page's oldest
    first); none for a file that is not a web archive, which is not read for this."""
    source = os.fsdecode(os.fspath(path))
    kind = kind_of(os.path.basename(source))
    if kind is not None and kind not in documents.ARCHIVES:
        return ()
    data, source = _read_file(source)
    kind = kind or _sniff(data)
    return documents.listing(data, kind, source) if kind in documents.ARCHIVES else ()


def _read_file(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The bytes of the file at ``path`` (checked: a regular file within the size limit)."""
    source = os.fsdecode(os.fspath(path))
    shown = display_name(source)
    try:
        info = os.stat(source)
    except (FileNotFoundError, NotADirectoryError):
        raise LoadError(f"{shown} does not exist") from None
    except (OSError, ValueError) as error:  # permission denied, name too long, NUL in it…
        raise LoadError(f"{shown} cannot be read ({_reason(error)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(_folder_message(source, shown))
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"{shown} is not a regular file")
    if info.st_size > MAX_INPUT_BYTES:
        raise LoadError(_too_large(shown, info.st_size))
    try:
        with open(source, "rb") as file:
            data = file.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise LoadError(f"{shown} cannot be read ({_reason(error)})") from None
    return data, source


def load_bytes(data: bytes, name: str, source: str | None = None, choice: Choice | None = None) -> Article:
    """Load an article from ``data`` (a file's content, or data dropped or pasted).

    ``name``'s extension picks the reader; ``source`` (default ``name``) is recorded in the
    article and used in messages; ``choice`` picks the page and capture of a web archive.
    """
    source = name if source is None else source
    shown = display_name(source)
    if len(data) > MAX_INPUT_BYTES:
        raise LoadError(_too_large(shown, len(data)))
    if not data.strip():
        raise LoadError(f"{shown} is empty")
    kind = kind_of(name) or _sniff(data)
    if kind in documents.KINDS:
        return _from_document(documents.read(data, kind, source, choice), source)
    if kind == "mhtml":
        page, encoding, location = mhtml.unpack(data, source)
        return _from_html(page, source, "mhtml", encoding, location)
    text, encoding = decode(data, source, html=kind == "html")
    if kind == "unknown":
        kind = "html" if _HTML_START_RE.match(text[:_SNIFF_CHARS]) else "text"
    if kind == "html":
        return _from_html(text, source, "html", encoding, None)
    return _from_text(text, source, kind, encoding)


def load_text(text: str, source: str = "pasted text", kind: str = "pasted") -> Article:
    """Load an article from text already decoded (pasted, or a built-in sample).

    ``kind`` is ``pasted``, ``text`` or ``sample`` for plain text, ``markdown`` for Markdown,
    ``html`` for markup (as ``load_html``).
    """
    if kind == "html":
        return load_html(text, source)
    if kind not in _TEXT_KINDS and kind != "markdown":
        raise ValueError(f"load_text cannot read kind {kind!r}")
    if len(text) > MAX_INPUT_BYTES:
        raise LoadError(_too_large(display_name(source), len(text)))
    if _NOT_TEXT_RE.search(text):  # as a file with a NUL is refused; no file decodes to a lone surrogate
        raise LoadError(f"{display_name(source)} cannot be used: it contains binary data "
                        "(a NUL or a lone surrogate character)")
    return _from_text(text, source, kind, None)


def load_html(html: str, source: str = "") -> Article:
    """Load the article in a web page's markup, given as text."""
    if len(html) > MAX_INPUT_BYTES:
        raise LoadError(_too_large(display_name(source or "the page"), len(html)))
    return _from_html(html, source, "html", None, None)


def _from_text(text: str, source: str, kind: str, encoding: str | None) -> Article:
    metadata = Metadata()
    if kind == "markdown":
        paragraphs, title = markdown.paragraphs(text)
        metadata = Metadata(title=title)
    else:
        paragraphs = plain.paragraphs(text)
    body = _joined(paragraphs)
    if not has_visible_text(body):
        raise LoadError(f"{display_name(source or kind + ' text')} is empty")
    return Article(text=body, source=source, metadata=metadata, kind=kind, encoding=encoding)


def _from_document(found: documents.Found, source: str) -> Article:
    """An article of what ``documents`` read: a captured page's date and address are the
    version's (the credit line keeps the date the page itself gives)."""
    if isinstance(found, documents.CapturedPage):
        article = _from_html(found.html, source, found.kind, found.encoding, found.url)
        return replace(article, metadata=replace(article.metadata, date=found.date or article.metadata.date,
                                                 url=found.url))
    body = _joined(found.paragraphs)
    if not has_visible_text(body):
        raise LoadError(f"{display_name(source or found.kind)} has no text")
    return Article(text=body, source=source, metadata=found.metadata, kind=found.kind,
                   revisions=found.revisions)


def _from_html(page: str, source: str, kind: str, encoding: str | None, location: str | None) -> Article:
    if location is None and source.startswith(("http://", "https://")):
        location = source  # dropped from a browser: the source is the page's address
    snapshot = wayback.unwrap(page)
    if snapshot is not None:  # a Wayback Machine page: its capture time is the version's date
        page, location = snapshot.html, snapshot.url or location
    # the extractors take a second to import: only pages pay for them
    from articlecompare.sources import html as html_pages

    found = html_pages.extract(page, location)
    if not any(character.isalnum() for paragraph in found.paragraphs for character in paragraph):
        raise LoadError(
            f"{display_name(source or 'the page')} has no article text"
            " (the page may be empty, or need JavaScript to show its content)"
        )
    # the text as compared opens with the headline, byline and date (see ``header``)
    body = _joined(with_header(found.paragraphs, found.metadata))
    metadata = found.metadata
    if snapshot is not None:
        metadata = replace(metadata, date=snapshot.date or metadata.date, url=snapshot.url or metadata.url)
    return Article(text=body, source=source, metadata=metadata, kind=kind, encoding=encoding)


def _joined(paragraphs: list[str] | tuple[str, ...]) -> str:
    """Paragraphs separated by one blank line; no line break inside one, none around them."""
    kept = [paragraph for paragraph in (p.strip() for p in paragraphs) if paragraph]
    body = "\n\n".join(kept)
    # Whole-text checks (str.count and ``in`` run at memory speed) spare the usual case,
    # where the readers have left no line break inside a paragraph, a pass per paragraph.
    if body.count("\n") == 2 * max(len(kept) - 1, 0) and not any(c in body for c in _OTHER_BREAKS):
        return body
    return _joined([_LINE_BREAKS_RE.sub(" ", paragraph) for paragraph in kept])


def kind_of(name: str) -> str | None:
    """The kind of file ``name``'s extension says (``.warc.gz`` counts as one): ``text``,
    ``markdown``, ``html``, ``mhtml``, ``docx``, ``odt``, ``epub``, ``pdf``, ``warc``, ``wacz``."""
    lowered = name.lower()
    return _KINDS.get(".warc.gz" if lowered.endswith(".warc.gz") else os.path.splitext(lowered)[1])


def _sniff(data: bytes) -> str:
    head = data[:2048].lower()
    if b"mime-version:" in head and b"multipart/" in head:
        return "mhtml"
    if data.startswith((b"%PDF-", b"PK\x03\x04", b"WARC/", b"\x1f\x8b")):
        return documents.sniff(data) or "unknown"
    return "unknown"


def _folder_message(source: str, shown: str) -> str:
    base = source.rstrip("/\\")
    if base.endswith("_files"):
        for page in (base[: -len("_files")] + extension for extension in (".html", ".htm")):
            if os.path.isfile(page):
                return f"{shown} is the folder of a saved page; open {display_name(page)} instead"
    return f"{shown} is a folder, not a file"


def _too_large(shown: str, size: int) -> str:
    return f"{shown} is too large ({size / 2**20:.1f} MiB; the limit is {MAX_INPUT_BYTES // 2**20} MiB)"


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
