"""A head start for the page extractors: the first page read in a process pays about 0.8 s
for importing trafilatura, readability and lxml and for their first-time set-up, and a page
read after ``warm_up`` does not. Reads a small page of its own; no file, no network."""
from __future__ import annotations

from articlecompare.sources.load import load_bytes

_PARAGRAPH = ("<p>The council met on Tuesday and approved the budget for the year, the mayor "
              "told reporters after a vote of {n} to 2.</p>")
_PAGE = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Council approves budget</title>"
         "<meta name='author' content='Jane Reporter'><meta property='og:site_name' content='Example News'>"
         "<script type='application/ld+json'>{{\"@type\": \"NewsArticle\", \"headline\": \"Council approves "
         "budget\", \"author\": {{\"@type\": \"Person\", \"name\": \"Jane Reporter\"}}, "
         "\"datePublished\": \"2024-03-01\"}}</script></head><body><nav><a href='/'>Home</a> "
         "<a href='/news'>News</a></nav><article><h1>Council approves budget</h1>"
         "<p class='byline'>By Jane Reporter</p>{body}</article><footer>Example News</footer></body></html>")


def warm_up() -> None:
    """Extract a small page, so that the extractors are imported and set up."""
    body = "".join(_PARAGRAPH.format(n=n) for n in range(3, 15))
    load_bytes(_PAGE.format(body=body).encode("utf-8"), "warm-up.html", source="warm-up")
