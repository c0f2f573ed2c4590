"""The header a saved page's article text opens with: its headline, then a credit line.

Extractors often leave a page's headline, byline and date out of the article body (they stand
in the page's header, or only in its metadata), and a comparison of the body alone would not
see a rewritten headline. So the text as compared opens with them, taken from the page's
``Metadata`` where the opening of the body does not already show them: the headline as the
first paragraph, then one credit line, ``By <byline> · <date>``. The date is the day only
(a time of day is page furniture that changes with every update). Plain text and Markdown
need none of this: their first line already is the headline.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from articlecompare.core.model import Metadata

OPENING = 4
"""Paragraphs at the start of the body, and after its headline, searched for what the
header would add (a kicker or a section label may stand before the headline)."""

CREDIT_SEPARATOR = " · "
_SCANNED = 500  # characters of an opening paragraph searched for a byline or a date
_MIN_SUFFIX_SHARE = 0.5  # a headline the title starts with, followed by the site's name
_WORD_RE = re.compile(r"\w+")
_ISO_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def with_header(paragraphs: Sequence[str], metadata: Metadata) -> list[str]:
    """``paragraphs`` of a page's body, opening with the headline and credit line that
    ``metadata`` gives and the body's opening does not already show."""
    out = list(paragraphs)
    title = metadata.title.strip() if metadata.title else ""
    at = _headline_at(title, out[:OPENING]) if title else None
    if title and at is None:
        out.insert(0, title)
        at = 0
    after = 0 if at is None else at + 1
    credit = credit_line(metadata, out[after:after + OPENING])
    if credit:
        out.insert(after, credit)
    return out


def credit_line(metadata: Metadata, opening: Sequence[str] = ()) -> str | None:
    """``By <byline> · <day>``, leaving out what the ``opening`` paragraphs already show."""
    keys = [_key(paragraph[:_SCANNED]) for paragraph in opening]
    parts = []
    byline = metadata.byline.strip() if metadata.byline else ""
    if byline and not any(_contains(key, _key(byline)) for key in keys):
        parts.append(f"By {byline}")
    day = _day(metadata.date)
    if day and not any(_shows_day(key, day) for key in keys):
        parts.append(day)
    return CREDIT_SEPARATOR.join(parts) or None


def _headline_at(title: str, opening: Sequence[str]) -> int | None:
    """Which of the ``opening`` paragraphs is the headline ``title``, if any: the same words,
    or the start of a title that goes on to name the site ("Headline | Site")."""
    title_key = _key(title)
    for n, paragraph in enumerate(opening):
        if len(paragraph) > 2 * len(title) + _SCANNED:  # far too long to be the headline
            continue
        key = _key(paragraph)
        if key and (key == title_key or title_key.startswith(key + " ")
                    and len(key) >= _MIN_SUFFIX_SHARE * len(title_key)):
            return n
    return None


def _day(date: str | None) -> str | None:
    """The day of a page's date: an ISO date as it is, anything else up to its time of day;
    None when no digit is left (no day at all, such as "Updated 5:27 am")."""
    if not date:
        return None
    date = date.strip()
    iso = _ISO_DAY_RE.match(date)
    if iso:
        return iso.group(0)
    clock = _TIME_RE.search(date)
    day = (date[:clock.start()] if clock else date).rstrip(" ,;|·-–—@").strip()
    if day.casefold().endswith(" at"):
        day = day[:-3].rstrip(" ,")
    return day if any(character.isdigit() for character in day) else None


def _shows_day(key: str, day: str) -> bool:
    """Whether a paragraph (its ``_key``) gives the date ``day`` in any usual form: the ISO
    form, or the year, the day and the month by number or name ("Jan. 13, 2017")."""
    iso = _ISO_DAY_RE.fullmatch(day)
    if not iso:
        return _contains(key, _key(day))
    year, month, date = iso.group(1), int(iso.group(2)), int(iso.group(3))
    words = key.split()
    if year not in words or str(date) not in {word.lstrip("0") for word in words}:
        return False
    month_name = _MONTHS[month - 1] if 1 <= month <= 12 else ""
    return any(word[:3] == month_name or word.lstrip("0") == str(month) for word in words
               if word != year)


def _key(text: str) -> str:
    """Case-folded words, one space apart: what is compared, whatever the punctuation."""
    return " ".join(_WORD_RE.findall(text.casefold()))


def _contains(key: str, part: str) -> bool:
    return bool(part) and f" {part} " in f" {key} "
