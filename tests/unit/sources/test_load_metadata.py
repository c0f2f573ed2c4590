"""What a page says about itself: title, byline, date, site and URL, from wherever it says it."""
from __future__ import annotations

import pytest

from articlecompare.core.model import Metadata
from articlecompare.sources import load_bytes, load_html, load_path

FULL_HEAD = """
<link rel="canonical" href="https://gazette.example.com/news/2024/12/library-closes">
<meta property="og:url" content="https://gazette.example.com/og-address">
<meta property="og:site_name" content="The Riverside Gazette">
<meta name="author" content="Dana Reporter">
<meta property="article:published_time" content="2024-12-03T09:30:00+00:00">
"""


def test_metadata_from_meta_tags_and_canonical_link(write, make_page):
    loaded = load_path(write("story.html", make_page(FULL_HEAD)))
    assert loaded.metadata == Metadata(
        title="City council votes to close the old library",
        byline="Dana Reporter",
        date="2024-12-03",
        site="The Riverside Gazette",
        url="https://gazette.example.com/news/2024/12/library-closes",
    )


def test_og_url_when_there_is_no_canonical_link(make_page):
    head = '<meta property="og:url" content="https://gazette.example.com/og-address">'
    assert load_html(make_page(head)).metadata.url == "https://gazette.example.com/og-address"


def test_saved_from_comment_gives_the_url(write, make_page):
    page = "<!-- saved from url=(0046)https://gazette.example.com/news/library -->\n" + make_page()
    loaded = load_path(write("saved.html", page))
    assert loaded.metadata.url == "https://gazette.example.com/news/library"
    assert loaded.metadata.site == "gazette.example.com"  # no site name: the host stands in


def test_relative_canonical_link_is_resolved_against_the_saved_from_address(make_page):
    page = ("<!-- saved from url=(0040)https://www.gazette.example.com/a/b -->\n"
            + make_page('<link rel="canonical" href="/news/library-closes">'))
    metadata = load_html(page).metadata
    assert metadata.url == "https://www.gazette.example.com/news/library-closes"
    assert metadata.site == "gazette.example.com"


def test_byline_and_date_from_the_page_when_there_are_no_meta_tags(make_page, article):
    page = make_page().replace(
        '<div class="share-buttons">',
        '<p class="byline">By Sam Writer</p><time datetime="2024-11-30T18:00:00Z">Nov 30</time>'
        '<div class="share-buttons">')
    metadata = load_html(page).metadata
    assert metadata.byline == "Sam Writer"
    assert metadata.date == "2024-11-30"
    assert metadata.title == article[0]


def test_url_of_dropped_html_falls_back_to_its_source_address(make_page):
    loaded = load_bytes(make_page().encode(), "dropped.html", source="https://gazette.example.com/x")
    assert loaded.metadata.url == "https://gazette.example.com/x"
    assert loaded.source == "https://gazette.example.com/x"


def test_a_page_without_any_metadata_has_only_what_it_shows():
    page = ("<html><body><p>Just a paragraph of text without a title, author or date, "
            "but long enough to be taken as the article text of the page.</p></body></html>")
    metadata = load_html(page).metadata
    assert (metadata.byline, metadata.date, metadata.url) == (None, None, None)


@pytest.mark.parametrize("address", ["javascript:alert(1)", "file:///etc/passwd",
                                     "data:text/html,<p>x</p>"])
def test_only_web_addresses_become_the_articles_url(address: str) -> None:
    from articlecompare.sources.blocks import parse
    from articlecompare.sources.metadata import page_metadata

    html = (f"<!-- saved from url=(0023){address} --><html><head><title>T</title></head>"
            "<body><p>Some text of the page.</p></body></html>")
    assert page_metadata(parse(html), html, None, address).url is None


@pytest.mark.parametrize("comment", ["<!-- saved from url=(0024)javascript:alert(1) -->",
                                     "<!-- saved from url=(0017)file:///etc/passwd -->",
                                     "<!-- saved from url=(0022)data:text/html,<b>x</b> -->"])
def test_a_saved_page_from_no_web_address_has_no_url(comment: str, make_page) -> None:
    # through the loader, as a saved page is opened (not only the metadata reader)
    loaded = load_bytes((comment + "\n" + make_page()).encode("utf-8"), "saved.html")
    assert loaded.metadata.url is None
    assert loaded.source == "saved.html"
