"""The web pages captured in a WARC file (``.warc``, ``.warc.gz``), read with warcio.

Each successful HTML response (or HTML resource record) is a ``Capture`` with its target URI
and ``WARC-Date``; a revisit record (a later capture whose page had not changed, stored by
reference) takes the page of the capture it refers to. A gzipped WARC is unpacked here, not by
warcio, so that what it unpacks to is counted and stops at ``zipped.MAX_UNPACKED_BYTES``; each
page is read up to the file limit. Nothing is fetched.
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterable
from typing import Any

from articlecompare.sources.captures import Capture
from articlecompare.sources.errors import LoadError
from articlecompare.sources.load import MAX_INPUT_BYTES
from articlecompare.sources.zipped import MAX_UNPACKED_BYTES

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 64 * 1024


def captures(data: bytes, shown: str, budget: list[int] | None = None) -> list[Capture]:
    """The HTML pages captured in the WARC ``data`` (gzipped or not), in the order stored.

    ``budget`` (one number in a list, shared by the WARC files of one archive) is how many
    unpacked bytes may still be read."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    budget = budget if budget is not None else [MAX_UNPACKED_BYTES]
    stream: Any = io.BufferedReader(_Gunzipped(data, budget, shown), _BLOCK) \
        if data.startswith(_GZIP_MAGIC) else io.BytesIO(data)
    try:
        return _read(ArchiveIterator(stream, arc2warc=True), shown)
    except LoadError:
        raise
    # warcio parses arbitrary bytes and fails in many ways (its own ArchiveLoadFailed, header
    # parse errors, ValueError, EOFError, zlib errors); any of them means a damaged file
    except Exception:  # noqa: BLE001
        raise LoadError(f"{shown} is not a readable web archive (the WARC data is damaged)") from None


def _read(records: Iterable[Any], shown: str) -> list[Capture]:
    found: list[Capture] = []
    by_digest: dict[str, Capture] = {}
    for record in records:
        kind = record.rec_type
        if kind not in ("response", "resource", "revisit"):
            continue
        headers = record.rec_headers
        url = (headers.get_header("WARC-Target-URI") or "").strip("<> ")
        date = headers.get_header("WARC-Date") or ""
        digest = headers.get_header("WARC-Payload-Digest")
        if kind == "revisit":
            earlier = by_digest.get(digest or "")
            if earlier is not None and url:
                found.append(Capture(url, date, earlier.payload, earlier.charset))
            continue
        content_type = _content_type(record)
        if not url or not content_type.startswith(_HTML_TYPES) or not _succeeded(record):
            continue
        payload = record.content_stream().read(MAX_INPUT_BYTES + 1)
        if len(payload) > MAX_INPUT_BYTES:
            raise LoadError(f"{shown} holds a page of over {MAX_INPUT_BYTES // 2**20} MiB ({url})")
        capture = Capture(url, date, payload, _charset(content_type))
        found.append(capture)
        if digest:
            by_digest[digest] = capture
    return found


def _content_type(record: Any) -> str:
    http = record.http_headers
    value = http.get_header("Content-Type") if http is not None else record.rec_headers.get_header("Content-Type")
    return (value or "").strip().lower()


def _succeeded(record: Any) -> bool:
    http = record.http_headers
    if http is None or record.rec_type == "resource":
        return True
    return str(http.get_statuscode() or "").startswith("2")


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


class _Gunzipped(io.RawIOBase):
    """The unpacked bytes of gzip ``data`` of one or more members (a WARC file gzips each
    record apart), stopping with a ``LoadError`` once ``budget[0]`` bytes were unpacked."""

    def __init__(self, data: bytes, budget: list[int], shown: str) -> None:
        self._data = memoryview(data)
        self._at = 0
        self._budget = budget
        self._shown = shown
        self._inflate = zlib.decompressobj(31)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            if not self._inflate_more():
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _inflate_more(self) -> bool:
        if self._inflate.eof:  # the next member starts in what the last one left
            rest = self._inflate.unused_data
            self._inflate = zlib.decompressobj(31)
            if rest:
                self._pending = self._unpacked(rest)
                return True
        if self._inflate.unconsumed_tail:
            self._pending = self._unpacked(self._inflate.unconsumed_tail)
            return True
        if self._at >= len(self._data):
            return False
        chunk = bytes(self._data[self._at:self._at + _BLOCK])
        self._at += len(chunk)
        self._pending = self._unpacked(chunk)
        return True

    def _unpacked(self, chunk: bytes) -> bytes:
        out = self._inflate.decompress(chunk, _BLOCK)
        self._budget[0] -= len(out)
        if self._budget[0] < 0:
            raise LoadError(f"{self._shown} unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MiB, "
                            "more than is read from one file")
        return out
