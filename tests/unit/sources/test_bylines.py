"""Bylines: what the page states as data first, cleaned to the names alone, each once."""
from __future__ import annotations

import pytest

from articlecompare.sources import load_bytes
from articlecompare.sources.bylines import byline_from, clean_names

_BODY = "<p>" + " ".join(["The harbour board met on Tuesday to approve the new ferry timetable."] * 12) + "</p>"


def _page(head: str = "", byline: str = "") -> bytes:
    return (f"<html><head><title>Ferry timetable approved</title>{head}</head><body>"
            f"<article><h1>Ferry timetable approved</h1>{byline}{_BODY}</article></body></html>"
            ).encode("utf-8")


@pytest.mark.parametrize("raw, names", [
    ("By Marta Quill", ["Marta Quill"]),
    ("Marta Quill; MARTA QUILL", ["Marta Quill"]),                 # the same name twice
    ("Tomas Reyes is a reporter for the city desk", ["Tomas Reyes"]),
    ("Ana Lind; Pavel Orme Monday; November", ["Ana Lind", "Pavel Orme"]),
    ("ANA LIND JAN", ["ANA LIND"]),                                  # a stray selection
    ("By Ana Lind\n   March 3, 2021 4:05 PM", ["Ana Lind"]),
    ("Ana Lind22 Dec 2016", ["Ana Lind"]),                          # a date glued on
    ("Written by Ana Lind Edited by Pavel Orme", ["Ana Lind"]),
    ("Ana Lind, Pavel Orme and Jo Park", ["Ana Lind", "Pavel Orme", "Jo Park"]),
    ("Ana Lind, MA", ["Ana Lind, MA"]),                              # a degree stays
    ("Jo Park Science Editor", ["Jo Park"]),
    ("Username", []), ("Sign in", []), ("https://example.org/ana", []), ("@analind", []),
    ("Updated 5:27 am", []),
])
def test_a_byline_is_cleaned_to_its_names(raw: str, names: list[str]) -> None:
    assert clean_names(raw) == names


def test_the_first_candidate_that_names_someone_wins() -> None:
    assert byline_from([None, "Username", "By Ana Lind and Pavel Orme", "Jo Park"]) == \
        "Ana Lind and Pavel Orme"


def test_structured_data_comes_before_the_text() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", '
          '"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Lind"}, '
          '{"@type": "Person", "name": "Pavel Orme"}]}</script>')
    page = _page(ld, '<p class="byline">By Someone Else</p>')
    assert load_bytes(page, "page.html").metadata.byline == "Ana Lind and Pavel Orme"


def test_json_ld_in_cdata_and_in_a_graph_is_read() -> None:
    ld = ('<script type="application/ld+json"><![CDATA[{"@graph": [{"@type": "WebSite"}, '
          '{"@type": "Article", "author": {"@type": "Person", "name": "Jo Park"}}]}]]></script>')
    assert load_bytes(_page(ld), "page.html").metadata.byline == "Jo Park"


def test_a_site_label_is_passed_over_for_the_byline_on_the_page() -> None:
    page = _page('<meta name="author" content="Username">',
                 '<span class="pb-byline">By <a href="/people/ana">Ana Lind</a></span>')
    assert load_bytes(page, "page.html").metadata.byline == "Ana Lind"


def test_broken_json_ld_is_skipped() -> None:
    page = _page('<script type="application/ld+json">{"@type": "Article", "author": </script>'
                 '<meta name="author" content="Jo Park">')
    assert load_bytes(page, "page.html").metadata.byline == "Jo Park"
