"""Saved web pages: the article without the site around it, paragraphs kept, nothing fetched."""
from __future__ import annotations

import socket

import pytest

from articlecompare.sources import html as html_pages
from articlecompare.sources import load_bytes, load_html, load_path


def test_article_is_extracted_without_navigation_sidebar_share_buttons_or_comments(
    write, make_page, article, furniture
):
    loaded = load_path(write("story.html", make_page()))
    paragraphs = loaded.text.split("\n\n")
    assert paragraphs == list(article)
    for text in furniture:
        assert text not in loaded.text
    assert (loaded.kind, loaded.encoding) == ("html", "utf-8")


def test_complete_page_loads_the_html_and_ignores_its_files_folder(write, make_page, article):
    resources = '<link rel="stylesheet" href="story_files/site.css"><script src="story_files/app.js"></script>'
    path = write("story.html", make_page(resources))
    write("story_files/site.css", "body::before { content: 'Stylesheet words that are not the article'; }")
    write("story_files/app.js", "document.write('Script words that are not the article');")
    write("story_files/frame.html", "<html><body><p>A framed advert that is not the article either, "
                                    "with enough words to look like a paragraph of text.</p></body></html>")
    write("story_files/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    loaded = load_path(path)
    assert loaded.text.split("\n\n") == list(article)
    assert "not the article" not in loaded.text


def test_headings_list_items_and_line_breaks_are_paragraphs_of_their_own():
    page = """<html><body><article>
    <h1>Council closes the library</h1>
    <p>The council voted on Tuesday to close the library on Main Street after a long debate about its roof.</p>
    <h2>What happens next</h2>
    <ul><li>The books move to the new branch on Elm Avenue in March next year.</li>
        <li>Opening hours stay exactly the same as they are in the old building.</li></ul>
    <p>Residents collected signatures against the closure of the building in the autumn.<br>
       They will ask the council to reconsider the decision at its next meeting in January.</p>
    </article></body></html>"""
    assert load_html(page).text.split("\n\n") == [
        "Council closes the library",
        "The council voted on Tuesday to close the library on Main Street after a long debate about its roof.",
        "What happens next",
        "The books move to the new branch on Elm Avenue in March next year.",
        "Opening hours stay exactly the same as they are in the old building.",
        "Residents collected signatures against the closure of the building in the autumn.",
        "They will ask the council to reconsider the decision at its next meeting in January.",
    ]


def test_load_html_records_its_source_and_kind(make_page, article):
    loaded = load_html(make_page(), source="clipboard")
    assert (loaded.source, loaded.kind, loaded.encoding) == ("clipboard", "html", None)
    assert loaded.text.split("\n\n") == list(article)


def test_nothing_is_fetched_from_the_network(write, make_page, article, monkeypatch):
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: attempts.append(args) or [])
    head = ('<link rel="stylesheet" href="https://cdn.example.com/site.css">'
            '<link rel="canonical" href="https://gazette.example.com/library">')
    page = make_page(head).replace("<h1>", '<img src="https://cdn.example.com/photo.jpg"><iframe '
                                           'src="https://ads.example.com/frame"></iframe><h1>')
    loaded = load_path(write("story.html", page))
    assert loaded.text.split("\n\n") == list(article)
    assert attempts == []


def test_readability_takes_over_when_trafilatura_finds_far_less(make_page, article, monkeypatch):
    monkeypatch.setattr(html_pages, "_trafilatura", lambda markup: None)
    found = html_pages.extract(make_page())
    assert found.method == "readability"
    assert [p for p in article if p not in found.paragraphs] == []
    assert found.paragraphs.index(article[1]) < found.paragraphs.index(article[4])


def test_trafilatura_is_kept_when_it_finds_about_as_much(make_page):
    assert html_pages.extract(make_page()).method == "trafilatura"


def test_readability_is_run_only_when_it_could_win(make_page, article, monkeypatch):
    """readability picks from the page's text: where trafilatura kept most of all of it,
    readability could not win and is not run; on a page full of furniture it is."""
    calls: list[str] = []
    real = html_pages._readability_paragraphs
    monkeypatch.setattr(html_pages, "_readability_paragraphs", lambda markup: calls.append(markup) or real(markup))
    lean = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in article) +
            "</article><footer>The Riverside Gazette</footer></body></html>")
    assert html_pages.extract(lean).method == "trafilatura"
    assert calls == []
    html_pages.extract(make_page())  # its links and lists are much of its text
    assert len(calls) == 1


def test_pages_beyond_the_extraction_limit_use_the_fast_pass(make_page, article, furniture, monkeypatch):
    monkeypatch.setattr(html_pages, "EXTRACTION_LIMIT", 1000)
    found = html_pages.extract(make_page())
    assert found.method == "fast"
    assert [p for p in article if p not in found.paragraphs] == []
    assert "Sports Section" not in found.paragraphs
    assert "Copyright 2024 The Riverside Gazette. All rights reserved." not in found.paragraphs


def test_fast_pass_keeps_the_article_header_and_drops_the_page_header(monkeypatch):
    monkeypatch.setattr(html_pages, "EXTRACTION_LIMIT", 100)
    body = ("<header>Gazette masthead</header><form id='aspnetForm'>{}</form>"
            "<footer>Gazette footer</footer>")
    with_article = body.format("<article><header><h1>Library closes</h1></header>"
                               "<p>The council voted to close it.</p></article>")
    without_article = body.format("<div><h1>Library closes</h1><p>The council voted to close it.</p></div>")
    for page in (with_article, without_article):
        found = html_pages.extract(f"<html><body>{page}</body></html>")
        assert (found.method, found.paragraphs) == ("fast", ("Library closes", "The council voted to close it."))


def test_a_page_of_several_megabytes_keeps_every_paragraph():
    # how long it takes is measured in bench/ (see bench/README.md), not asserted here
    paragraph = ("<p>The council voted on Tuesday to close the old library on Main Street, "
                 "officials said, after a <a href='/x'>long debate</a> about the roof.</p>")
    page = "<html><body><nav>Home</nav><article>" + paragraph * 40_000 + "</article></body></html>"
    assert len(page) > 5_000_000
    loaded = load_html(page)
    assert loaded.text.count("\n\n") == 40_000 - 1


def test_scripts_do_not_count_towards_the_extraction_limit(make_page, article):
    script = "<script>var data = '" + "x" * 4_000_000 + "';</script>"
    page = make_page(script)
    assert len(page) > html_pages.EXTRACTION_LIMIT
    found = html_pages.extract(page)
    assert found.method != "fast"
    assert list(found.paragraphs) == list(article)


def test_unknown_extension_is_sniffed_as_html_or_text(make_page, article):
    assert load_bytes(make_page().encode(), "download").text.split("\n\n") == list(article)
    assert load_bytes(b"Just words.\nMore words.", "README").text == "Just words.\n\nMore words."
    assert load_bytes(make_page().encode(), "download").kind == "html"


@pytest.mark.parametrize("entity_page", [
    "<html><body><article><p>Caf&eacute; &amp; bar &#8220;quoted&#8221; &euro;5 &mdash; "
    "a longer sentence so that the extractor takes it as text.</p></article></body></html>",
])
def test_entities_are_decoded(entity_page):
    assert load_html(entity_page).text == (
        "Café & bar “quoted” €5 — a longer sentence so that the extractor takes it as text.")


def test_a_tag_with_fifty_thousand_attributes_is_read_promptly() -> None:
    # the HTML parser's time grows with the square of one tag's attributes (23 s for 50,000);
    # each tag keeps its first thousand, and the article is read as usual
    from articlecompare.sources.blocks import MAX_ATTRIBUTES, thinned
    from articlecompare.sources.html import extract

    attributes = " ".join(f'a{n}="x"' for n in range(50_000))
    page = (f"<html><body><article><div {attributes}><p>The council met on Tuesday to vote on "
            "the budget for the coming year.</p><p>It passed by seven votes to two.</p></div>"
            "</article></body></html>")
    assert "The council met on Tuesday" in " ".join(extract(page).paragraphs)
    cut = thinned(page.encode())
    assert cut.count(b"=") == MAX_ATTRIBUTES and cut.endswith(b"</html>")
    assert thinned(b"<p class='a'>x</p>") == b"<p class='a'>x</p>"
