"""An OpenDocument text (``.odt``) to paragraphs and metadata, with zipfile and lxml.

``content.xml``'s headings, paragraphs, list items and table cell paragraphs are paragraphs;
footnotes and endnotes (``text:note``), comments (``office:annotation``), frames and the record
of tracked changes (whose deleted text ``text:tracked-changes`` keeps) are left out, so a
document with tracked changes reads as they stand. ``meta.xml`` gives title, author and date.
"""
from __future__ import annotations

from typing import Any

from articlecompare.core.model import Metadata
from articlecompare.sources.errors import LoadError
from articlecompare.sources.zipped import Package

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_PARAGRAPHS = frozenset((f"{TEXT}p", f"{TEXT}h"))
_SKIPPED = frozenset((f"{TEXT}note", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end",
                      f"{TEXT}tracked-changes", f"{_DRAW}frame", f"{TEXT}bookmark-ref"))
_SPACES = {f"{TEXT}tab": " ", f"{TEXT}line-break": " "}


def read(data: bytes, source: str) -> tuple[list[str], Metadata]:
    package = Package(data, source, "OpenDocument text")
    _refuse_encrypted(package)
    root = package.xml("content.xml")
    paragraphs: list[str] = []
    body = root.find(f"{_OFFICE}body")
    if body is not None:
        _collect(body, paragraphs)
    return paragraphs, _metadata(package)


def _collect(element: Any, out: list[str]) -> None:
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if child.tag in _PARAGRAPHS:
            text = " ".join("".join(_inline(child)).split())
            if text:
                out.append(text)
        elif isinstance(child.tag, str):
            _collect(child, out)


def _inline(element: Any) -> list[str]:
    """The text of a paragraph: spans, links and fields run on; ``text:s`` is spaces."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag in _SKIPPED or not isinstance(tag, str):
            pass
        elif tag == f"{TEXT}s":
            parts.append(" ")
        elif tag in _SPACES:
            parts.append(_SPACES[tag])
        else:
            parts.extend(_inline(child))
        parts.append(child.tail or "")
    return parts


def _refuse_encrypted(package: Package) -> None:
    if not package.has("META-INF/manifest.xml"):
        return
    manifest = package.xml("META-INF/manifest.xml")
    if manifest.find(f".//{_MANIFEST}encryption-data") is not None:
        raise LoadError(f"{package.shown} is password-protected; save it without a password first")


def _metadata(package: Package) -> Metadata:
    if not package.has("meta.xml"):
        return Metadata()
    try:
        meta = package.xml("meta.xml")
    except LoadError:  # the properties are optional; the text is what matters
        return Metadata()

    def first(*tags: str) -> str | None:
        for tag in tags:
            element = meta.find(f".//{tag}")
            if element is not None and element.text and element.text.strip():
                return " ".join(element.text.split())[:300]
        return None

    return Metadata(title=first(f"{_DC}title"),
                    byline=first(f"{_META}initial-creator", f"{_DC}creator"),
                    date=first(f"{_DC}date", f"{_META}creation-date"))
