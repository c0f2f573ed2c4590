"""Documents and archives that cannot be read: damaged, password-protected, encrypted, zip
bombs and archives without the page. Always one ``LoadError`` line, never another exception."""
from __future__ import annotations

import io
import struct
import zipfile

import pytest

from articlecompare.sources import LoadError, load_bytes, warc, zipped
from written_documents import docx_with_python_docx, epub_bytes, odt_bytes, wacz_bytes, warc_bytes

BODY = ("The city council voted on Tuesday to close the old library.",)


def message(data: bytes, name: str) -> str:
    with pytest.raises(LoadError) as raised:
        load_bytes(data, name)
    text = str(raised.value)
    assert text.startswith(name) and "\n" not in text
    return text


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("name", ["story.docx", "story.odt", "book.epub", "site.wacz"])
def test_damaged_packages(name):
    good = {"story.docx": docx_with_python_docx("T", BODY), "story.odt": odt_bytes("T", BODY),
            "book.epub": epub_bytes("T", [("C", *BODY)]), "site.wacz": wacz_bytes([])}[name]
    assert "is not a readable" in message(good[: len(good) // 2], name)
    assert "is not a readable" in message(b"PK\x03\x04" + bytes(100), name)


def test_a_package_without_its_main_part():
    assert message(_zip({"word/other.xml": b"<x/>"}), "a.docx") == "a.docx is not a readable Word document (it has no word/document.xml)"
    assert "is damaged (word/document.xml is not well-formed XML)" in message(_zip({"word/document.xml": b"<w:document"}), "b.docx")
    assert "holds no WARC files" in message(_zip({"pages/pages.jsonl": b"{}"}), "c.wacz")
    assert "container names no package" in message(_zip({"META-INF/container.xml": b"<container/>"}), "d.epub")


def test_password_protected_and_old_office_files():
    encrypted_office = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
    assert message(encrypted_office, "secret.docx") == "secret.docx is password-protected; save it without a password first"
    assert "an older Office file" in message(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "old.docx")
    data = bytearray(_zip({"word/document.xml": b"<w:document/>"}))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # the encrypted-member flag
        at = data.index(signature) + offset
        data[at] |= 1
    assert "is password-protected" in message(bytes(data), "zipcrypto.docx")


def test_an_encrypted_odt_and_an_epub_with_drm():
    manifest = (b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                b'<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                b"</manifest:file-entry></manifest:manifest>")
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "META-INF/manifest.xml": manifest,
                "content.xml": b"\x93\x11 encrypted bytes"})
    assert "is password-protected" in message(odt, "secret.odt")
    book = zipfile.ZipFile(io.BytesIO(epub_bytes("T", [("C", *BODY)])))
    members = {info.filename: book.read(info) for info in book.infolist()}
    members["META-INF/encryption.xml"] = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        b'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
        b'<enc:CipherReference URI="OEBPS/text/chapter 1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>')
    assert "is protected by DRM" in message(_zip(members), "drm.epub")


def test_a_zip_bomb_is_refused_after_the_limit():
    bomb = _zip({"word/document.xml": bytes(zipped.MAX_PART_BYTES + 1024)})
    assert len(bomb) < 200_000
    assert "unpacks to more than the 50 MiB limit" in message(bomb, "bomb.docx")


def test_a_member_whose_header_understates_its_size_is_still_stopped():
    """zipfile reads no more than the stated size, so the rest is never unpacked and the
    member fails its checksum."""
    bomb = bytearray(_zip({"word/document.xml": bytes(zipped.MAX_PART_BYTES + 1024)}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # the unpacked size: 100 bytes
        at = bomb.index(signature) + offset
        bomb[at:at + 4] = struct.pack("<I", 100)
    assert message(bytes(bomb), "liar.docx") == "liar.docx is damaged (word/document.xml cannot be unpacked)"


def test_a_gzipped_warc_that_unpacks_past_the_budget(monkeypatch):
    monkeypatch.setattr(warc, "MAX_UNPACKED_BYTES", 2 * 2**20)
    import gzip

    record = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 3145728\r\n\r\n" + bytes(3 * 2**20)
    message(gzip.compress(record), "bomb.warc.gz")


def test_damaged_warc_data():
    assert message(b"WARC/1.0\r\nthis is not a header\r\n\r\n" + bytes(50), "bad.warc") in (
        "bad.warc is not a readable web archive (the WARC data is damaged)", "bad.warc holds no captured web page")
    good = warc_bytes([("https://a.example/", "2024-01-01T00:00:00Z", "<p>Text of the page here.</p>")])
    message(good[: len(good) // 2], "cut.warc.gz")
