"""What a page's template leaves in the article text, taken out: lines of site furniture
("Continue reading the main story", "Advertisement", "Updated 5:27 am"), the byline standing
as a line of its own (the text's header gives it once), a short paragraph repeated word
for word (a photo caption a template shows four times), links to other stories set in the
text ("Related: …", "READ MORE: …") and calls to sign up for a newsletter.

Depends on ``core.classify`` for what furniture is and ``bylines`` for who wrote the page.
Only pages go through here: a plain text or Markdown file is the writer's own.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from articlecompare.core.classify import is_boilerplate
from articlecompare.sources.bylines import clean_names

# template lines the short furniture list of ``classify`` does not hold
_TEMPLATE = re.compile(
    r"^(?:continue reading(?: the)?(?: main)? (?:story|article)|story continues below"
    r"(?: advertisement)?|supported by|skip (?:to|past) (?:main )?(?:content|advertisement)|"
    r"(?:\w+ )?advertisement|ad feedback|share (?:on|via) \w+|scroll to continue)[.!:]?$",
    re.IGNORECASE)
# a link to another story set in the text ("Related: …", "READ MORE: …", "Also on rt.com …")
_PROMOTION = re.compile(
    r"^\[?(?:(?:related(?: post| posts| story| stories| articles?| coverage| content| reading)?|"
    r"(?:read|see) (?:more|also)|also read)\s*[:|\]]|also on [\w.-]+\.[a-z]{2,}\b)",
    re.IGNORECASE)
# a call to sign up for the site's newsletter or subscription
_SIGN_UP = re.compile(r"\b(?:sign up|signing up|subscribe|subscribing|subscription)\b", re.IGNORECASE)
_PROMOTION_WORDS = 30
_PROMOTION_CHARACTERS = 400
_SIGN_UP_WORDS = 40
_REPEAT_WORDS = 40   # a longer paragraph said twice is the writer's, not the template's
_BYLINE_WORDS = 12


def without_furniture(paragraphs: Sequence[str], byline: str | None) -> list[str]:
    """``paragraphs`` without template lines, byline lines and repeats of short paragraphs."""
    names = {n.casefold() for n in clean_names(byline)}
    keys = [" ".join(p.split()).casefold() for p in paragraphs]
    # repeats are a template's only on a page of other text: a page that is mostly one
    # paragraph over and over is what it is
    repeats = len(keys) - len(set(keys))
    drop_repeats = repeats * 2 < len(keys)
    seen: set[str] = set()
    kept: list[str] = []
    for paragraph in paragraphs:
        text = " ".join(paragraph.split())
        if not text:
            continue
        if _TEMPLATE.match(text) or is_boilerplate(text) or _is_byline(text, names) or _is_promotion(text):
            continue
        key = text.casefold()
        if drop_repeats and len(text.split()) <= _REPEAT_WORDS and key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def _is_promotion(text: str) -> bool:
    """A short line that points to another story, or asks the reader to sign up for the
    site's newsletter or a subscription (a line of at most ``_SIGN_UP_WORDS`` words that
    names one and the inbox, or speaks to the reader outside a quotation)."""
    words = len(text.split())
    if words <= _PROMOTION_WORDS and len(text) <= _PROMOTION_CHARACTERS and _PROMOTION.match(text):
        return True
    if words > _SIGN_UP_WORDS or not _SIGN_UP.search(text):
        return False
    lowered = text.casefold()
    return "newsletter" in lowered or "inbox" in lowered or \
        _READER.search(text) is not None and not any(q in text for q in _QUOTE_MARKS)


_QUOTE_MARKS = "\"“”«»"  # a quotation speaks to someone, not the page to its reader


# the reader addressed, as a pitch does ("with a digital subscription, you'll never miss")
_READER = re.compile(r"\byou(?:[’']ll|r)?\b", re.IGNORECASE)


def _is_byline(text: str, names: set[str]) -> bool:
    """A short line that gives the page's author(s) and nothing more ("By Ana Lind",
    "ANA LIND", "Ana Lind and Jo Park · March 3")."""
    if not names or len(text.split()) > _BYLINE_WORDS:
        return False
    found = {n.casefold() for n in clean_names(text)}
    return bool(found) and found <= names
