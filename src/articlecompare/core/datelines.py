"""The dateline that opens a news story ("WASHINGTON (AP) —", "Boston, MA - ").

Depends on ``facts`` for the month names. The place and the agency of a dateline say where the story was filed
and by whom, not what it reports: a rewrite that drops them has lost no fact. The date a
dateline may carry stays a fact.
"""
from __future__ import annotations

from .facts import MONTH_NAMES
from .model import Span

_DASHES = (" -- ", " - ", " — ", " – ", "—", "–")
_REACH = 80  # a dateline stands in the first characters of its paragraph
_PLACE_WORDS = 5
_BODY_WORDS = 8  # words of the story that follow it in its paragraph
_PARAGRAPHS = 4  # the first paragraphs: a headline or a byline may stand before it


def dateline_place(text: str) -> Span | None:
    """The place (and agency) of the dateline that opens one of the first paragraphs of
    ``text``, without its date: "WASHINGTON (Sept. 11, 2015) --" gives "WASHINGTON",
    "HELSINKI (AP) —" gives "HELSINKI (AP)". None when no paragraph opens with one."""
    start = 0
    for _ in range(_PARAGRAPHS):
        while start < len(text) and text[start] in "\n\r \t":
            start += 1
        if start >= len(text):
            return None
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        found = _place(text, start, end)
        if found is not None:
            return found
        start = end
    return None


def _place(text: str, start: int, end: int) -> Span | None:
    head = text[start:min(end, start + _REACH)]
    cut = min((i for i in (head.find(d) for d in _DASHES) if i > 0), default=-1)
    if cut < 0 or len(text[start + cut:end].split()) < _BODY_WORDS:
        return None  # a title's "- Site name" is no dateline: the story goes on after one
    head = head[:cut]
    place = head
    agency = ""
    if "(" in head:  # "WASHINGTON (AP)", "WASHINGTON (Sept. 11, 2015)"
        place, _, rest = head.partition("(")
        inner, close, after = rest.partition(")")
        if not close or after.strip(" ,"):
            return None
        if not _has_digit(inner) and _is_name(inner):
            agency = "(" + inner + ")"
    elif "," in head:  # "Boston, MA", "Washington, DC", "LONDON, Jan. 5"
        first, _, rest = head.partition(",")
        if _has_digit(rest) or _is_month(rest):
            place = first
    place = place.rstrip(" ,")
    if not place or not _is_name(place):
        return None
    end = start + (head.index(")") + 1 if agency else len(place))
    return Span(start, end)


def _is_name(words: str) -> bool:
    """A place or an agency: a few words, each capitalised (commas between allowed)."""
    parts = words.replace(",", " ").split()
    return 0 < len(parts) <= _PLACE_WORDS and all(
        p[:1].isupper() and all(c.isalpha() or c in ".'-/&" for c in p) for p in parts)


def _has_digit(words: str) -> bool:
    return any(c.isdigit() for c in words)


_MONTHS = frozenset(month[:3].lower() for month in MONTH_NAMES) | {"sept"}


def _is_month(words: str) -> bool:
    first = words.strip().split(" ", 1)[0].rstrip(".").lower()
    return first[:3] in _MONTHS and first.isalpha()
