"""Fixtures for the loader tests: files written into ``tmp_path`` and a news page around an article."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ARTICLE = (
    "City council votes to close the old library",
    "The city council voted on Tuesday to close the old library on Main Street at the end of "
    "the year, ending more than a century of service in the building.",
    "“We simply cannot afford the repairs,” said council member Dana Whitfield, who proposed "
    "the motion after an engineering report found the roof beyond saving.",
    "What happens to the books",
    "The collection of about 40,000 volumes will move to the new branch on Elm Avenue, which "
    "opens in March and will keep the same opening hours as the old building.",
    "Residents who opposed the closure said they would ask the council to reconsider at its "
    "next meeting, scheduled for January 12, and collected 1,200 signatures.",
)

FURNITURE = (
    "Subscribe to our newsletter",
    "Sports Section",
    "Weather Section",
    "Trending now: celebrity chef opens a second restaurant downtown",
    "Share on Facebook",
    "Tweet this story",
    "FirstCommenter wrote: this decision is a disgrace and the council should resign now.",
    "Another reader replied: I have used that library since I was a child, very sad.",
    "Copyright 2024 The Riverside Gazette. All rights reserved.",
    "Privacy policy",
)


def news_page(head: str = "", article: tuple[str, ...] = ARTICLE) -> str:
    """A saved news page: the article inside navigation, sidebar, share buttons and comments."""
    title, first, second, subheading, third, fourth = article
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Riverside Gazette</title>{head}
<style>body {{ font-family: serif; }}</style><script>var tracking = "Subscribe to our newsletter";</script>
</head><body>
<header class="site-header"><div class="logo">The Riverside Gazette</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/sports">Sports Section</a></li>
<li><a href="/weather">Weather Section</a></li></ul></nav>
<form class="newsletter"><label>Subscribe to our newsletter</label><input type="email"></form></header>
<div class="layout">
<aside class="sidebar"><h3>Trending</h3><ul>
<li><a href="/food/1">Trending now: celebrity chef opens a second restaurant downtown</a></li></ul></aside>
<main><article class="story">
<h1>{title}</h1>
<div class="share-buttons"><a href="#" class="share">Share on Facebook</a> <a href="#" class="share">Tweet this story</a></div>
<p>{first}</p>
<p>{second}</p>
<h2>{subheading}</h2>
<p>{third}</p>
<p>{fourth}</p>
</article></main>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>FirstCommenter wrote: this decision is a disgrace and the council should resign now.</p></div>
<div class="comment"><p>Another reader replied: I have used that library since I was a child, very sad.</p></div>
</section></div>
<footer class="site-footer"><p>Copyright 2024 The Riverside Gazette. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write ``data`` (str as UTF-8) to ``tmp_path / name`` and return the path."""

    def write_file(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return write_file


@pytest.fixture
def article() -> tuple[str, ...]:
    """The paragraphs of the article in ``make_page`` pages, headline and subheading included."""
    return ARTICLE


@pytest.fixture
def furniture() -> tuple[str, ...]:
    """Texts on ``make_page`` pages that are not the article."""
    return FURNITURE


@pytest.fixture
def make_page() -> Callable[..., str]:
    """``news_page(head="", article=ARTICLE)``: a page, extra markup in its ``<head>``."""
    return news_page
