"""Zip packages (Word, OpenDocument, EPUB, WACZ) read with limits, and their XML parts parsed
safely.

No member is trusted for the size its header states: each is read up to ``MAX_PART_BYTES`` and
refused beyond, and all members read from one package add up to ``MAX_UNPACKED_BYTES`` at most,
so a small archive that unpacks to gigabytes (a zip bomb) is refused after a bounded amount of
work. XML is parsed without entities, DTDs or network access. Every problem becomes a one-line
``LoadError``.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from articlecompare.sources.errors import LoadError, display_name
from articlecompare.sources.load import MAX_INPUT_BYTES

MAX_PART_BYTES = MAX_INPUT_BYTES
"""The largest member read from a package, unpacked: as large as a file may be."""

MAX_UNPACKED_BYTES = 4 * MAX_INPUT_BYTES
"""All members read from one package together, unpacked (a web archive's pages, styles and
images compress little, so a package near the file limit may unpack to a few times its size)."""

MAX_MEMBERS = 100_000
_ENCRYPTED_FLAG = 0x1
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                              remove_comments=True, remove_pis=True)


class Package:
    """A zip archive's members by name; ``what`` names the format in messages ("Word document")."""

    def __init__(self, data: bytes, source: str, what: str) -> None:
        self.shown = display_name(source)
        self.what = what
        self._unpacked = 0
        if data.startswith(_OLE_MAGIC):
            raise LoadError(_ole_message(data, self.shown, what))
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            members = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
            raise LoadError(f"{self.shown} is not a readable {what} (the file is damaged or "
                            "not a zip package)") from None
        if len(members) > MAX_MEMBERS:
            raise LoadError(f"{self.shown} holds over {MAX_MEMBERS:,} files; a {what} has far fewer")
        self._members = {info.filename: info for info in members}

    def names(self) -> list[str]:
        return list(self._members)

    def has(self, name: str) -> bool:
        return name in self._members

    def read(self, name: str) -> bytes:
        """The unpacked member ``name``; a ``LoadError`` if it is missing, encrypted, damaged or
        larger than the limits."""
        info = self._members.get(name)
        if info is None:
            raise LoadError(f"{self.shown} is not a readable {self.what} (it has no {name})")
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise LoadError(f"{self.shown} is password-protected; save it without a password first")
        limit = min(MAX_PART_BYTES, MAX_UNPACKED_BYTES - self._unpacked)
        if info.file_size > limit:
            raise LoadError(self._too_large())
        try:
            with self._zip.open(info) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise LoadError(f"{self.shown} is damaged ({name} cannot be unpacked)") from None
        except RuntimeError:  # zipfile's word for an encrypted member it was not told about
            raise LoadError(f"{self.shown} is password-protected; save it without a password first") from None
        if len(data) > limit:
            raise LoadError(self._too_large())
        self._unpacked += len(data)
        return data

    def xml(self, name: str) -> Any:
        """The member ``name`` parsed as XML (its root element)."""
        return parse_xml(self.read(name), self.shown, name)

    def _too_large(self) -> str:
        return (f"{self.shown} unpacks to more than the {MAX_PART_BYTES // 2**20} MiB limit "
                f"(at most {MAX_UNPACKED_BYTES // 2**20} MiB in all is unpacked from one file)")


def parse_xml(data: bytes, shown: str, part: str) -> Any:
    """``data`` parsed as XML without entities, DTDs or network; a one-line ``LoadError`` if
    it is not well-formed."""
    try:
        root = etree.fromstring(data, _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        raise LoadError(f"{shown} is damaged ({part} is not well-formed XML)")
    return root


def _ole_message(data: bytes, shown: str, what: str) -> str:
    """Office's older container: an encrypted Office document, or a Word 97-2003 file."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return f"{shown} is password-protected; save it without a password first"
    return f"{shown} is an older Office file, not a {what}; save it as .docx first"
