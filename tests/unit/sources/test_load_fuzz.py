"""Whatever bytes arrive, the loaders return an Article or raise LoadError, nothing else."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlecompare.core.model import Article
from articlecompare.sources import LoadError, load_bytes

PIECES = [
    "<html>", "</html>", "<head>", "<body>", "</body>", "<p>", "</p>", "<div class='content'>", "</div>",
    "<article>", "</article>", "<nav>", "<script>", "</script>", "<style>", "<!--", "-->", "<br>",
    "<table><tr><td>", "</td></tr></table>", "<ul><li>", "<h1>", "</h1>", "<svg><g>", "<![CDATA[", "]]>",
    '<meta charset="iso-8859-1">', '<meta charset="utf-16">', '<meta charset="base64">',
    '<?xml version="1.0" encoding="bogus"?>', "<!DOCTYPE html>", "&amp;", "&#0;", "&#xD800;", "&nbsp;",
    "<a href='http://[bad'>", '<link rel="canonical" href="http://[oops">', "<time datetime='9999-99-99'>",
    "<!-- saved from url=(0010)http://x -->", "\x00", "\r", "\u2028", "<", ">", "\"", "'",
    "The council voted to close the library. ", "Residents objected strongly at the meeting. ",
]
NAMES = st.sampled_from(["page.html", "page.htm", "notes.txt", "notes.md", "saved.mhtml", "unknown"])


def check(data: bytes, name: str) -> None:
    try:
        article = load_bytes(data, name)
    except LoadError as error:
        assert "\n" not in str(error) and str(error)
        return
    assert isinstance(article, Article)
    assert article.text and article.text == article.text.strip()
    assert "\r" not in article.text and "\n\n\n" not in article.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=40), NAMES,
       st.sampled_from(["utf-8", "utf-16", "cp1252", "utf-32-le"]))
def test_tag_soup_gives_an_article_or_a_load_error(pieces, name, encoding):
    check("".join(pieces).encode(encoding, errors="replace"), name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), NAMES)
def test_random_bytes_give_an_article_or_a_load_error(data, name):
    check(data, name)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_random_mime_parts_give_an_article_or_a_load_error(payload):
    header = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
              b"Content-Type: text/html; charset=bogus\r\nContent-Transfer-Encoding: base64\r\n\r\n")
    check(header + payload + b"\r\n--b--\r\n", "fuzz.mhtml")
