"""An MHTML archive (``.mhtml``/``.mht``, as browsers save "web page, single file") unpacked.

The standard library's ``email`` parser reads the MIME structure; the first ``text/html``
part is the page. Its transfer encoding (quoted-printable, base64) is undone, its charset
passed on to ``decode``, and its ``Content-Location`` (or the archive's) is the page's URL.
Images, styles and other parts are ignored.
"""
from __future__ import annotations

import email
from email.message import Message

from articlecompare.sources.decode import decode
from articlecompare.sources.errors import LoadError, display_name

_LOCATION_HEADERS = ("Snapshot-Content-Location", "Content-Location")


def unpack(data: bytes, name: str) -> tuple[str, str, str | None]:
    """``(html, encoding, location)`` of the page inside the archive ``data``."""
    message = email.message_from_bytes(data)
    if message.get("Content-Type") is None:
        raise LoadError(f"{display_name(name)} is not an MHTML archive (it has no MIME headers)")
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise LoadError(f"{display_name(name)} has no web page inside (its MHTML archive has no HTML part)")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = b""
    html, encoding = decode(payload, name, html=True, declared=part.get_content_charset())
    return html, encoding, _location(part) or _location(message)


def _location(message: Message) -> str | None:
    for header in _LOCATION_HEADERS:
        value = message.get(header)
        if value is not None and str(value).strip():
            return "".join(str(value).split())  # long addresses may be folded over lines
    return None
