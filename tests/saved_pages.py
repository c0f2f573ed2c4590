"""Saved news pages the tests write themselves: an article whose headline, byline and date
stand in a page header outside its ``<article>`` (where extractors leave them out of the
body), as HTML or as a single-file web archive (MHTML)."""
from __future__ import annotations

from pathlib import Path

HEADLINE = "Harbour board to dredge the eastern channel"
BYLINE = "Morgan Tide"
PUBLISHED = "2023-10-02T08:15:00Z"
BODY = (
    "The harbour board agreed on Monday to dredge the eastern channel before the winter storms, "
    "after two cargo ships ran aground there in the autumn.",
    "Work starts in November and should take about six weeks, the board's engineer told the meeting.",
    "Fishing boats will use the western channel while the dredgers are at work.",
)


def story_page(headline: str = HEADLINE, byline: str = BYLINE, published: str = PUBLISHED,
               body: tuple[str, ...] = BODY) -> str:
    """The page's markup: headline, byline and date in its header, metadata in its head."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline} - The Quay Courier</title>
<meta property="og:title" content="{headline}">
<meta name="author" content="{byline}">
<meta property="article:published_time" content="{published}">
</head><body><nav><a href="/">Home</a> <a href="/port">Port news</a></nav>
<main><header class="story-header"><h1>{headline}</h1><p class="byline">By {byline}</p>
<time datetime="{published}">{published[:10]}</time></header>
<article>{paragraphs}</article></main>
<footer><p>Copyright The Quay Courier</p></footer></body></html>"""


def mhtml(page: str, location: str = "https://courier.example.com/port/dredging") -> bytes:
    """``page`` saved as a single-file web archive, the way browsers write one."""
    return (
        "From: <Saved by a browser>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----part"\r\n\r\n'
        "------part\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\nContent-Location: {location}\r\n\r\n"
        f"{page}\r\n------part--\r\n"
    ).encode("utf-8")


def save_page(folder: Path, stem: str, page: str, container: str) -> Path:
    """Write ``page`` into ``folder`` as ``stem.html`` or ``stem.mhtml``."""
    path = folder / f"{stem}.{container}"
    path.write_bytes(page.encode("utf-8") if container == "html" else mhtml(page))
    return path
