"""MHTML archives: the first HTML part, its transfer encoding and charset undone, its address kept."""
from __future__ import annotations

import email.charset
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from articlecompare.sources import LoadError, load_bytes, load_path

ADDRESS = "https://gazette.example.com/news/2024/12/library-closes"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


def archive(html: str | None, charset: str = "utf-8", location: str | None = ADDRESS,
            snapshot: str = ADDRESS) -> bytes:
    """An MHTML archive as browsers save one: multipart/related, quoted-printable page, an image."""
    message = MIMEMultipart("related", type="text/html")
    message["Subject"] = "Saved page"
    message["Snapshot-Content-Location"] = snapshot
    if html is not None:
        quoted = email.charset.Charset(charset)
        quoted.body_encoding = email.charset.QP
        part = MIMEText(html, "html", quoted)
        if location:
            part["Content-Location"] = location
        message.attach(part)
    image = MIMEImage(PNG, "png")
    image["Content-Location"] = "https://gazette.example.com/logo.png"
    message.attach(image)
    return message.as_bytes()


def test_mhtml_page_is_unpacked_and_extracted(write, make_page, article, furniture):
    data = archive(make_page())
    assert b"quoted-printable" in data and b"=E2=80=9C" in data  # the curly quotes, encoded
    loaded = load_path(write("story.mhtml", data))
    assert loaded.text.split("\n\n") == list(article)
    assert not any(text in loaded.text for text in furniture)
    assert (loaded.kind, loaded.encoding) == ("mhtml", "utf-8")
    assert loaded.metadata.url == ADDRESS


def test_mht_extension_and_a_windows_1252_part(write, make_page, article):
    page = make_page().replace('<meta charset="utf-8">', "")
    loaded = load_path(write("story.mht", archive(page, charset="windows-1252")))
    assert loaded.text.split("\n\n") == list(article)
    assert loaded.encoding == "cp1252"


def test_canonical_link_beats_content_location(make_page):
    page = make_page('<link rel="canonical" href="https://gazette.example.com/canonical">')
    assert load_bytes(archive(page), "a.mhtml").metadata.url == "https://gazette.example.com/canonical"


def test_archive_location_is_used_when_the_part_has_none(make_page):
    assert load_bytes(archive(make_page(), location=None), "a.mhtml").metadata.url == ADDRESS


def test_browser_style_archive_written_by_hand(article):
    body = "".join(f"<p>{p}</p>" for p in article[1:3])
    quoted = (f"<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3DUTF-8\">"
              f"</head><body><article>{body}</article></body></html>")
    quoted = quoted.replace("“", "=E2=80=9C").replace("”", "=E2=80=9D")
    lines = [quoted[i:i + 70] + "=" for i in range(0, len(quoted), 70)]
    data = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {ADDRESS}\r\n"
        "Subject: Library\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n'
        "\r\n"
        "------MultipartBoundary--abc\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {ADDRESS}\r\n"
        "\r\n" + "\r\n".join(lines) + "\r\n\r\n"
        "------MultipartBoundary--abc--\r\n"
    ).encode("ascii")
    loaded = load_bytes(data, "library.mhtml")
    assert loaded.text.split("\n\n") == list(article[1:3])
    assert loaded.metadata.url == ADDRESS


def test_archive_without_an_html_part_is_a_load_error(write):
    with pytest.raises(LoadError) as raised:
        load_path(write("images.mhtml", archive(None)))
    assert "has no web page inside" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_text_that_is_not_an_archive_is_a_load_error(write):
    with pytest.raises(LoadError, match="is not an MHTML archive"):
        load_path(write("notes.mhtml", "Just some notes, not an archive at all.\n"))


def test_empty_html_part_is_a_load_error(write):
    with pytest.raises(LoadError, match="no article text"):
        load_path(write("blank.mhtml", archive("")))


def test_a_huge_mime_header_is_refused_in_one_line_before_it_is_parsed(tmp_path) -> None:
    # the standard library's parameter parser is quadratic on a long quoted parameter
    # (37 s at 300 KB); a browser never writes a header of more than a few hundred bytes
    from articlecompare.sources import LoadError, load_path

    page = tmp_path / "hostile.mhtml"
    page.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
                     b"--B\r\nContent-Type: text/html; x=\"" + b"\\\";" * 100_000 + b"\"\r\n\r\n"
                     b"<p>hi</p>\r\n--B--\r\n")
    with pytest.raises(LoadError, match="MIME header of over 16 KB"):
        load_path(page)


def test_indented_page_lines_after_a_word_and_colon_are_no_header(tmp_path) -> None:
    from articlecompare.sources import load_path

    page = tmp_path / "fine.mhtml"
    page.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
                     b"--B\r\nContent-Type: text/html\r\n\r\n<html><body><article>\r\nNote: x\r\n"
                     + b"    <p>An indented paragraph of the page, long enough to be read.</p>\r\n" * 400
                     + b"</article></body></html>\r\n--B--\r\n")
    assert "indented paragraph" in load_path(page).text


def test_parts_nested_too_deeply_are_refused_in_one_line(tmp_path) -> None:
    from articlecompare.sources import LoadError, load_path

    body = b"MIME-Version: 1.0\r\n" + b"".join(
        b'Content-Type: multipart/related; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n)
        for n in range(1500)) + b"Content-Type: text/html\r\n\r\n<p>hi</p>\r\n"
    page = tmp_path / "deep.mhtml"
    page.write_bytes(body)
    with pytest.raises(LoadError, match="nests its parts too deeply"):
        load_path(page)


def _archive(*parts: tuple[str, str], snapshot: str | None = None) -> bytes:
    head = b"MIME-Version: 1.0\r\n"
    if snapshot:
        head += b"Snapshot-Content-Location: " + snapshot.encode() + b"\r\n"
    head += b'Content-Type: multipart/related; boundary="B"\r\n\r\n'
    body = b"".join(b"--B\r\nContent-Type: text/html\r\nContent-Location: " + where.encode()
                    + b"\r\n\r\n" + html.encode() + b"\r\n" for where, html in parts)
    return head + body + b"--B--\r\n"


ARTICLE = ("<html><body><article>" + "<p>The council met on Tuesday to vote on the budget "
           "for the coming year, and it passed by seven votes to two.</p>" * 8 +
           "</article></body></html>")


def test_the_page_is_the_part_the_archive_names_or_not_an_empty_frame(tmp_path) -> None:
    from articlecompare.sources import load_path

    frame = "<html><body><iframe src='ad.html'></iframe></body></html>"
    page = tmp_path / "framed.mhtml"
    page.write_bytes(_archive(("https://ads.example/frame", frame),
                              ("https://news.example/story", ARTICLE)))
    assert "council met on Tuesday" in load_path(page).text
    named = tmp_path / "named.mhtml"
    named.write_bytes(_archive(("https://news.example/other", ARTICLE.replace("council", "board")),
                               ("https://news.example/story", ARTICLE),
                               snapshot="https://news.example/story"))
    assert "council met" in load_path(named).text


@pytest.mark.parametrize("address", ["javascript:alert(1)", "file:///etc/passwd",
                                     "data:text/html,<script>alert(1)</script>",
                                     "JavaScript:alert(1)"])
def test_an_archive_that_names_no_web_address_gives_no_url(write, make_page, address):
    # the page part's Content-Location and the archive's Snapshot-Content-Location both
    data = archive(make_page(), location=address, snapshot=address)
    assert f"\nContent-Location: {address}".encode() in data
    assert f"Snapshot-Content-Location: {address}".encode() in data
    loaded = load_path(write("story.mhtml", data))
    assert loaded.metadata.url is None
    assert "alert" not in loaded.text and "passwd" not in loaded.text
