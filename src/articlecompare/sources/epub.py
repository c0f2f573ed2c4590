"""An EPUB book or article (``.epub``) to paragraphs and metadata, with zipfile and lxml.

``META-INF/container.xml`` names the package document; its spine gives the reading order of
the XHTML documents, whose block elements become paragraphs (as in a web page, without the
article extraction: everything in the spine is content). Navigation documents, items outside
the linear reading order, footnote asides and scripts are left out. Title, author and date come
from the package's Dublin Core metadata. A book whose content is encrypted (DRM) is refused.
"""
from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import unquote

from articlecompare.core.model import Metadata
from articlecompare.sources import blocks
from articlecompare.sources.decode import decode
from articlecompare.sources.errors import LoadError
from articlecompare.sources.zipped import Package

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ENC = "{http://www.w3.org/2001/04/xmlenc#}"
_SKIPPED = blocks.PAGE_SKIPPED | frozenset(("nav", "aside"))
_DOCUMENT_TYPES = frozenset(("application/xhtml+xml", "text/html"))


def read(data: bytes, source: str) -> tuple[list[str], Metadata]:
    package = Package(data, source, "EPUB book")
    opf_path = _package_path(package)
    opf = package.xml(opf_path)
    base = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item for item in opf.iter(f"{_OPF}item")}
    documents = []
    for ref in opf.iter(f"{_OPF}itemref"):
        item = manifest.get(ref.get("idref"))
        if item is None or ref.get("linear") == "no" or "nav" in (item.get("properties") or "").split():
            continue
        if item.get("media-type") in _DOCUMENT_TYPES and item.get("href"):
            documents.append(posixpath.normpath(posixpath.join(base, unquote(item.get("href")))))
    _refuse_encrypted(package, documents)
    paragraphs: list[str] = []
    for name in documents:
        if not package.has(name):
            continue  # a spine item the book lacks: readers skip it too
        text, _ = decode(package.read(name), f"{package.shown}:{name}", html=True)
        root = blocks.parse(text)
        if root is not None:
            body = root.find(".//body")
            paragraphs.extend(blocks.paragraphs(body if body is not None else root, skip=_SKIPPED))
    return paragraphs, _metadata(opf)


def _package_path(package: Package) -> str:
    container = package.xml("META-INF/container.xml")
    rootfile = container.find(f".//{_CONTAINER}rootfile")
    path = rootfile.get("full-path") if rootfile is not None else None
    if not path:
        raise LoadError(f"{package.shown} is not a readable EPUB book (its container names no package)")
    return unquote(path)


def _refuse_encrypted(package: Package, documents: list[str]) -> None:
    """Fonts may be obfuscated (that is allowed and harmless); encrypted text is DRM."""
    if not package.has("META-INF/encryption.xml"):
        return
    encryption = package.xml("META-INF/encryption.xml")
    encrypted = {unquote(ref.get("URI") or "") for ref in encryption.iter(f"{_ENC}CipherReference")}
    if encrypted & set(documents):
        raise LoadError(f"{package.shown} is protected by DRM (its text is encrypted)")


def _metadata(opf: Any) -> Metadata:
    def first(tag: str) -> str | None:
        for element in opf.iter(f"{_DC}{tag}"):
            value = " ".join("".join(element.itertext()).split())
            if value:
                return value[:300]
        return None

    return Metadata(title=first("title"), byline=first("creator"), date=first("date"),
                    site=first("publisher"))
