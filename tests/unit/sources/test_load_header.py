"""A saved page's text opens with its headline and credit line, taken from the page's metadata
where the extracted body leaves them out, and never twice; plain text and Markdown stay as
they are."""
from __future__ import annotations

import pytest

from articlecompare.core.model import Metadata
from articlecompare.sources import load_bytes, load_html, load_text
from articlecompare.sources.header import credit_line, with_header
from saved_pages import BODY, BYLINE, HEADLINE, mhtml, story_page


@pytest.mark.parametrize("container", ["html", "mhtml"])
def test_a_page_whose_body_leaves_out_headline_byline_and_date_opens_with_them(container):
    page = story_page()
    loaded = (load_html(page) if container == "html" else load_bytes(mhtml(page), "story.mhtml"))
    assert loaded.text.split("\n\n") == [HEADLINE, f"By {BYLINE} · 2023-10-02", *BODY]
    assert loaded.metadata.title == HEADLINE


def test_a_body_that_already_starts_with_the_headline_does_not_get_it_twice(make_page, article):
    head = '<meta name="author" content="Dana Reporter"><meta property="article:published_time"' \
           ' content="2024-12-03T09:30:00+00:00">'
    paragraphs = load_html(make_page(head)).text.split("\n\n")
    assert paragraphs[0] == article[0]
    assert paragraphs.count(article[0]) == 1
    assert paragraphs[1] == "By Dana Reporter · 2024-12-03"  # the credit line follows it
    assert paragraphs[2:] == list(article[1:])


def test_a_title_that_goes_on_to_name_the_site_is_the_headline_the_body_starts_with():
    paragraphs = ["Kicker", "Harbour board to dredge the channel", *BODY]
    title = "Harbour board to dredge the channel | The Quay Courier"
    assert with_header(paragraphs, Metadata(title=title)) == paragraphs


def test_a_headline_that_is_only_the_start_of_a_longer_first_paragraph_is_added():
    paragraphs = ["Harbour board: dredging starts in November and should take six weeks.", *BODY]
    out = with_header(paragraphs, Metadata(title="Harbour board"))
    assert out == ["Harbour board", *paragraphs]


def test_byline_and_date_the_opening_shows_are_not_repeated():
    paragraphs = ["Harbour board to dredge", "BY MORGAN TIDE AND SAM KEEL", "Oct. 2, 2023", *BODY]
    metadata = Metadata(title="Harbour board to dredge", byline="Morgan Tide", date="2023-10-02")
    assert with_header(paragraphs, metadata) == paragraphs


def test_only_what_the_opening_lacks_goes_into_the_credit_line_after_the_headline():
    paragraphs = ["Harbour board to dredge", "By Morgan Tide", *BODY]
    metadata = Metadata(title="Harbour board to dredge", byline="Morgan Tide", date="2023-10-02")
    assert with_header(paragraphs, metadata) == [paragraphs[0], "2023-10-02", *paragraphs[1:]]
    # another day in the opening is not this one
    other_day = ["Harbour board to dredge", "Oct. 3, 2023", *BODY]
    assert with_header(other_day, metadata)[1] == "By Morgan Tide · 2023-10-02"


def test_nothing_is_added_without_metadata():
    assert with_header(list(BODY), Metadata()) == list(BODY)


@pytest.mark.parametrize(("date", "day"), [
    ("2023-10-02", "2023-10-02"),
    ("Oct 2, 2023 5:27 AM", "Oct 2, 2023"),
    ("Monday, October 2, 2023 at 17:40", "Monday, October 2, 2023"),
    ("Updated 5:27 am", None),
    ("yesterday", None),
])
def test_the_credit_line_gives_the_day_never_a_time_of_day(date, day):
    assert credit_line(Metadata(date=date)) == day


def test_pages_whose_timestamps_differ_within_the_day_have_the_same_text():
    morning = load_html(story_page(published="2023-10-02T05:27:00Z"))
    evening = load_html(story_page(published="2023-10-02T21:41:00Z"))
    assert morning.text == evening.text
    assert "5:27" not in morning.text and "05" not in morning.text.split("\n\n")[1]


def test_plain_text_and_markdown_are_compared_as_they_are():
    text = "Harbour board to dredge the channel\n\n" + "\n\n".join(BODY)
    assert load_text(text).text == text
    assert load_bytes(text.encode(), "story.txt").text == text
    front_matter = "---\ntitle: A title only the front matter gives\nauthor: Morgan Tide\n---\n\n"
    markdown = load_bytes((front_matter + "\n\n".join(BODY)).encode(), "story.md")
    assert markdown.text == "\n\n".join(BODY)
    assert markdown.metadata.title == "A title only the front matter gives"
