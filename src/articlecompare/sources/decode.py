"""Bytes to text, the way a browser would decode them.

Order: byte-order mark; the encoding the container declares (an MHTML part's charset); for
HTML, ``<meta charset>``, ``<meta http-equiv="Content-Type">`` or the XML declaration;
otherwise UTF-16 without a BOM (in any script: see ``_utf16_without_bom``), strict UTF-8,
and windows-1252.
Labels are read as the WHATWG Encoding Standard reads them: ``latin-1``, ``iso-8859-1`` and
``ascii`` mean windows-1252, so curly quotes, dashes and € survive. Binary data (images,
PDF, archives, anything with zero bytes or many control characters) raises ``LoadError``.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from articlecompare.sources.errors import LoadError, display_name

# windows-1252 as browsers decode it: the five bytes Python's cp1252 leaves undefined map
# to the C1 controls of the same value, so decoding never fails.
_WINDOWS_1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))

# (signature, offset, what it is). Checked before anything is decoded.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"PK\x03\x04", 0, "a ZIP archive, such as a Word or EPUB document"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xfd7zXZ\x00", 0, "an XZ archive"),
    (b"\x7fELF", 0, "a program"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"ftyp", 4, "a video or audio file"),
    (b"OggS", 0, "an audio or video file"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_WINDOWS_1252_LABELS = frozenset(
    "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1"
    " iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 latin-1 us-ascii windows-1252 x-cp1252"
    .split()
)
_WHATWG_LABELS = {
    "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "latin5": "cp1254", "l5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
    "x-gbk": "gb18030", "x-sjis": "shift_jis", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    # A page whose meta tag can be read as ASCII is not UTF-16, whatever it says.
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}
_PRESCAN_BYTES = 64 * 1024
_HIGH_BYTES = bytes(range(0x80, 0x100))
_GUESS_MIN_HIGH = 64  # fewer non-ASCII bytes are too few for a statistical guess
_GUESS_SHARE = 0.3
_META_RE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes, name: str, *, html: bool = False, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``data``; ``name`` is only for error messages.

    ``declared`` is an encoding named by the container (for example an MHTML part's
    charset); ``html`` also honours the page's own declaration.
    """
    what = sniff_binary(data)
    if what:
        raise LoadError(f"{display_name(name)} is not a text or web page file (it looks like {what})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding), name), encoding
            except UnicodeDecodeError:
                raise LoadError(
                    f"{display_name(name)} could not be decoded: it starts with a {encoding.upper()}"
                    " byte-order mark but the bytes after it are not valid"
                ) from None
    for label in (declared, _declared_in_page(data) if html else None):
        codec = normalise_label(label)
        if codec:
            try:
                return _checked(_decode_as(data, codec), name), codec
            except UnicodeDecodeError:
                pass  # a wrong declaration: guess as if there were none, as browsers recover
    text, encoding = _undeclared(data)
    return _checked(text, name), encoding


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` is, by its signature; None if it has none."""
    for signature, offset, what in _SIGNATURES:
        if data.startswith(signature, offset):
            return what
    return None


def normalise_label(label: str | None) -> str | None:
    """The Python codec for an encoding label, read as browsers read it; None if unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    label = _WHATWG_LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # Only text encodings: "base64", "rot13" and friends are codecs too; and never UTF-7,
    # which browsers refuse (it turns "+ADw-script+AD4-" into markup)
    return name if _is_text_codec(name) and name != "utf-7" else None


def _is_text_codec(name: str) -> bool:
    try:
        return "Aa" == b"Aa".decode(name)
    except (UnicodeDecodeError, LookupError, TypeError, ValueError):
        return False


def _declared_in_page(data: bytes) -> str | None:
    head = data[:_PRESCAN_BYTES]
    match = _XML_DECL_RE.match(head)
    if match:
        return match.group(1).decode("ascii")
    for meta in _META_RE.finditer(head):
        tag = meta.group(0)
        if b"charset" in tag.lower():
            found = _CHARSET_RE.search(tag)
            if found:
                return found.group(1).decode("ascii")
    return None


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding == "cp1252":
        return codecs.charmap_decode(data, "strict", _WINDOWS_1252)[0]
    return data.decode(encoding)


def _undeclared(data: bytes) -> tuple[str, str]:
    # UTF-16 first: UTF-16 of ASCII-range text is also valid UTF-8 (zero bytes included),
    # which the binary check would then reject. The spacing marks it is told by have bytes
    # UTF-8 text never holds, so UTF-8 is never read as UTF-16.
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a stray bad byte or two: browsers replace those bytes and keep the rest; read
    # as windows-1252 instead, every accented letter of the page would turn into two or three
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if bad * _STRAY_BYTES <= high:
        return text, "utf-8"
    sample = data[:_PRESCAN_BYTES]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if high >= _GUESS_MIN_HIGH and high > len(sample) * _GUESS_SHARE:
        # Mostly non-ASCII and not UTF-8: Cyrillic, Greek or East Asian text in a legacy
        # encoding is likelier than windows-1252 (Western text has a few high bytes in a
        # hundred), so charset-normalizer guesses; its answer counts only if it decodes.
        guess = charset_normalizer.from_bytes(sample).best()
        encoding = normalise_label(guess.encoding if guess else None)
        if encoding:
            try:
                return _decode_as(data, encoding), encoding
            except UnicodeDecodeError:
                pass
    return _decode_as(data, "cp1252"), "cp1252"


# a text is UTF-8 with stray bytes when at most one in this many of its high bytes is bad
_STRAY_BYTES = 50
_UTF16_SAMPLE = 8192  # bytes read to tell UTF-16 without a byte-order mark
# Spaces, line breaks and the commonest sentence punctuation of scripts without spaces (CJK
# ideographic space, comma, full stop; fullwidth comma, stop, colon, marks; Arabic comma and
# question mark; Tibetan tsheg and shad; Ethiopic full stop). Not U+2000-U+200A or U+2028,
# which are pairs of ASCII bytes read as UTF-16 ("\n " is U+200A).
_UTF16_SPACING = tuple(" \n\t\r\xa0\u3000\u3001\u3002\uff0c\uff0e\uff01\uff1f\uff1a"
                       "\u060c\u061f\u06d4\u0f0b\u0f0d\u1362")
# the bytes none of those code points has in UTF-16: a sample of only these is not UTF-16
_UTF16_MARKERS = frozenset(b for mark in _UTF16_SPACING for b in mark.encode("utf-16-le")
                           if b in (0x00, 0xFF) or b < 0x20 and b not in (0x09, 0x0A, 0x0D))
_UTF16_MARKER_FREE = bytes(b for b in range(256) if b not in _UTF16_MARKERS)
_UTF16_CHARS_PER_SPACING = 150  # at least one spacing mark in this many characters
_UTF16_TEXT_SHARE = 0.95  # of the characters, at least this share letters, marks, signs, spaces
_TEXT_CATEGORIES = frozenset("Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So "
                             "Zs Cf".split())


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` if ``data``, which has no byte-order mark, reads as
    text in that encoding, in any script; else None.

    Zero bytes alone tell only Latin text (CJK text has few or none), so a sample is decoded
    both ways and kept when it has no lone surrogate, is overwhelmingly letters, digits,
    punctuation and spaces, and has the spaces, line breaks or CJK and Arabic punctuation
    that every text has. Each of those code points has a byte that ASCII, UTF-8 and legacy
    text never hold (below 0x20, or 0xFF), so text in those is never taken for UTF-16.
    """
    if len(data) % 2 or len(data) < 4:
        return None
    sample = data[:_UTF16_SAMPLE]
    if not sample.translate(None, _UTF16_MARKER_FREE):
        return None  # not one byte any UTF-16 spacing mark needs: the usual, cheap case
    best, best_score = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        score = _utf16_score(sample, encoding)
        if score > best_score:
            best, best_score = encoding, score
    return best


def _utf16_score(sample: bytes, encoding: str) -> float:
    """How much of ``sample`` read as ``encoding`` is text (0 when it cannot be UTF-16 text)."""
    try:  # not final: a surrogate pair or code unit cut at the sample's end waits
        text = codecs.getincrementaldecoder(encoding)("strict").decode(sample, final=False)
    except UnicodeDecodeError:  # a lone surrogate
        return 0.0
    if not text:
        return 0.0
    spacing = sum(text.count(mark) for mark in _UTF16_SPACING)
    if spacing < max(1, len(text) // _UTF16_CHARS_PER_SPACING):
        return 0.0
    textual = sum(1 for c in text if c in "\t\n\r" or unicodedata.category(c) in _TEXT_CATEGORIES)
    share = textual / len(text)
    return share if share >= _UTF16_TEXT_SHARE else 0.0


def _checked(text: str, name: str) -> str:
    """``text`` unless it is evidently binary: a zero byte anywhere, or many control
    characters at its start."""
    sample = text[:_PRESCAN_BYTES]
    if "\x00" in text or len(_CONTROL_RE.findall(sample)) > max(2, len(sample) // 50):
        raise LoadError(f"{display_name(name)} is not a text or web page file (it contains binary data)")
    return text
