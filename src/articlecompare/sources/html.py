"""A web page's article: its paragraphs and metadata, from markup already decoded to text.

trafilatura (precision first, comments excluded) does the extraction; readability-lxml takes
over when trafilatura finds nothing or less than 60% of the text readability finds. Headings
and list items stay paragraphs of their own. Hover cards (a person's photo, name and stories
after a link, hidden by the style sheet) are taken out first. Nothing is ever fetched from the
network.

Pages whose markup (without scripts and styles) is larger than ``EXTRACTION_LIMIT``
characters skip both extractors, which would take many seconds, as do pages nested deeper
than ``EXTRACTOR_DEPTH`` levels, whose deepest text they lose; these get a fast single pass
instead: the page's ``<article>`` or ``<main>`` (or its body, then without header and footer)
without navigation and sidebars.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree  # type: ignore[import-untyped]
from readability import Document  # type: ignore[import-untyped]

from articlecompare.core.model import Metadata
from articlecompare.sources import blocks
from articlecompare.sources.furniture import without_furniture
from articlecompare.sources.metadata import page_metadata

EXTRACTION_LIMIT = 2_000_000
"""Characters of markup, scripts and styles left out, above which the fast extraction is used.

The extractors take about two seconds per million characters of text-heavy markup; scripts
and styles, the bulk of most saved pages, are dropped before this is measured.
"""

EXTRACTOR_DEPTH = 150
"""Levels of nesting above which the fast extraction is used: the extractors lose text nested
deeper than about 200 levels (real articles nest a few dozen)."""

ATTRIBUTE_LIMIT = 2_000
"""Characters of one attribute value kept (a title, an author, an address: none is longer).

The extractors read names and dates from attributes with patterns whose time grows with the
square of a value's length (an author ``<meta>`` of 40 KB took 8 s); a data address of an
image, the usual long value, loses nothing the text needs.
"""

_READABILITY_SHARE = 0.6  # trafilatura below this share of readability's text loses
_TRAFILATURA_XML: frozenset[str] = frozenset()  # its output has nothing to leave out
_NOT_OWN_TEXT = blocks.PAGE_SKIPPED | {"a", "nav", "header", "footer", "aside", "menu"}
_PAGE_FURNITURE = blocks.FURNITURE_SKIPPED | {"header", "footer"}
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found; ``method`` names the extractor whose text was kept."""

    paragraphs: tuple[str, ...]
    metadata: Metadata
    method: str


def extract(html: str, location: str | None = None) -> Extraction:
    """The article in ``html``; ``location`` is the page's address when the container knows it.

    ``paragraphs`` is empty when the page has no article text; deciding what that means is
    the caller's job.
    """
    root = blocks.parse(html)
    if root is None or not _has_own_text(root):
        return Extraction((), page_metadata(root, html, None, location), "none")
    _cut_long_attributes(root)
    _drop_hover_cards(root)
    lean = _without_code(root)
    if len(lean) > EXTRACTION_LIMIT or blocks.nested_deeper_than(root, EXTRACTOR_DEPTH):
        metadata = page_metadata(root, html, None, location)
        return Extraction(tuple(without_furniture(_fast_paragraphs(root), metadata.byline)),
                          metadata, "fast")
    document = _trafilatura(lean)
    chosen = _trafilatura_paragraphs(document)
    method = "trafilatura"
    # readability picks from the page's text: when trafilatura kept enough of all of it,
    # readability cannot find so much more that it would win, and is not run
    if _length(chosen) < _READABILITY_SHARE * sum(len(text) for text in root.itertext()):
        fallback = _readability_paragraphs(lean)
        if _length(chosen) < _READABILITY_SHARE * _length(fallback):
            chosen, method = fallback, "readability"
    metadata = page_metadata(root, html, document, location)
    return Extraction(tuple(without_furniture(chosen, metadata.byline)), metadata, method)


def _fast_paragraphs(root: Any) -> list[str]:
    """The article element's text without furniture; from the whole page, also without the
    page's header and footer (inside an article they hold its headline and notes)."""
    content = blocks.main_content(root)
    skip = blocks.FURNITURE_SKIPPED if content is not root else _PAGE_FURNITURE
    return blocks.paragraphs(content, skip=skip)


def _has_own_text(root: Any) -> bool:
    """Whether the page has any text outside links and navigation: a page of nothing but
    menus has no article, whatever an extractor makes of it."""
    own = blocks.iter_paragraphs(root, skip=_NOT_OWN_TEXT)
    return any(character.isalnum() for paragraph in own for character in paragraph)


def _cut_long_attributes(root: Any) -> None:
    """Cut every attribute value of ``root`` to ``ATTRIBUTE_LIMIT`` characters."""
    for value in root.xpath(f"//@*[string-length(.) > {ATTRIBUTE_LIMIT}]"):
        value.getparent().set(value.attrname, value[:ATTRIBUTE_LIMIT])


def _drop_hover_cards(root: Any) -> None:
    """Take out the cards a page shows when the pointer rests on a link (a person's photo,
    name and latest stories, hidden by the style sheet): without styles their text is glued
    to the link's ("Ilhan OmarIlhan OmarHillicon Valley: …"). A card is an element right
    after a link, with nothing between them, that holds a picture or a link of the same
    words (only spaces between: inside a paragraph's text, nothing else stands so)."""
    for link in list(root.iter("a")):
        card = link.getnext()
        if card is None or not isinstance(card.tag, str) or card.tag in _NOT_CARDS or (link.tail or "").strip():
            continue
        name = " ".join("".join(link.itertext()).split())
        if not name or not _in_paragraph(link) or not _has_card_parts(card, name):
            continue
        if card.tail:  # the text after the card stays where it was
            link.tail = (link.tail or "") + card.tail
        card.getparent().remove(card)


_CARD_DEPTH = 4          # levels from a link up to its paragraph
_CARD_CHARACTERS = 1_000  # a card is a name and a few headlines
_NOT_CARDS = frozenset(("a", "img", "br", "wbr", "b", "strong", "i", "em", "u", "sup", "sub", "small",
                        "time", "abbr", "cite", "q", "code"))


def _in_paragraph(element: Any) -> bool:
    """Whether ``element`` stands in a paragraph's text (a ``p`` a few levels up)."""
    for _ in range(_CARD_DEPTH):
        element = element.getparent()
        if element is None:
            return False
        if element.tag == "p":
            return True
    return False


def _has_card_parts(card: Any, name: str) -> bool:
    """Whether ``card`` (after a link to ``name``) is short and holds a picture and another
    link, or a link of the same words."""
    if sum(len(text) for text in card.itertext()) > _CARD_CHARACTERS:
        return False
    links = [" ".join("".join(a.itertext()).split()) for a in card.iter("a")]
    if name in links:
        return True
    return bool(links) and next(card.iter("img"), None) is not None


def _without_code(root: Any) -> str:
    """Drop scripts and styles from ``root`` (they are often most of a saved page, and cost
    the extractors time for nothing) and return the markup left. JSON-LD stays: trafilatura
    reads author and date from it."""
    for element in root.xpath("//script[not(contains(@type, 'ld+json'))] | //style"):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail:  # the text after the element stays where it was
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)
    return str(etree.tostring(root, method="html", encoding="unicode"))


def _trafilatura(html: str) -> Any | None:
    try:
        return trafilatura.bare_extraction(
            html,
            include_comments=False,
            favor_precision=True,
            with_metadata=True,
            # Dates from the page's metadata only: scanning all the text for dates costs
            # more than the rest of the extraction on long pages.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    # Extractors run third-party parsing on arbitrary markup and can fail in many ways
    # (lxml errors, recursion on deep nesting, bad dates); a failed extractor is treated as
    # one that found nothing, and the other one gets its chance.
    except Exception:  # noqa: BLE001
        _log.debug("trafilatura failed", exc_info=True)
        return None


def _trafilatura_paragraphs(document: Any | None) -> list[str]:
    if document is None:
        return []
    body = getattr(document, "body", None)
    if body is not None:
        return blocks.paragraphs(body, skip=_TRAFILATURA_XML)
    text = getattr(document, "text", None) or ""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _readability_paragraphs(html: str) -> list[str]:
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # noqa: BLE001 -- see _trafilatura
        _log.debug("readability failed", exc_info=True)
        return []
    root = blocks.parse(summary)
    return blocks.paragraphs(root) if root is not None else []


def _length(paragraphs: list[str]) -> int:
    return sum(len(paragraph) for paragraph in paragraphs)
