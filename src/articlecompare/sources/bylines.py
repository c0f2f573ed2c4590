"""Who wrote a page: its structured data first, then its author tags, then what the text
shows; every candidate cleaned to the names alone.

Structured data is schema.org JSON-LD (``"author"`` of an article, a person or a list of
them); author tags are ``<meta name=author>`` and its kin, ``rel=author`` and
``itemprop=author``. Cleaning takes off "By", a date or time after the names, a "… is a
reporter" clause and site labels ("Username", "Sign in"), and gives each name once.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

_MAX_SCRIPT = 200_000        # characters of a JSON-LD block read; a longer one is not data
_MAX_DEPTH = 12
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage|CreativeWork|Posting", re.I)
_BY = re.compile(r"^\s*(?:(?:written|posted|reported|words)\s+)?(?:by|par|von|por|door|di)\b"
                 r"\s*:?\s*", re.IGNORECASE)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
# where the names end: a date or time (even glued on: "Nolan22 Dec"), "Updated", a weekday,
# a role after "is a" or as a title, other credits ("Edited by ..."), a second line
_TAIL = re.compile(
    rf"\s*(?:\b(?:Updated|Published|Posted|Last updated)\b|\b{_MONTH}\s+\d|\b\d{{1,4}}[./:-]\d"
    rf"|\b{_WEEKDAY}|\d{{1,2}}\s+{_MONTH}|\bis an?\s|\s[|•·]\s|\n"
    rf"|\s(?:Edited|Photographs?|Photos?|Illustrations?|Graphics|Additional reporting)\s+by\b"
    rf"|\s{_MONTH}$|\s(?:Senior|Staff|Games|Chief|Deputy|Political|Science|Health|Sports|"
    rf"Business|Contributing|Special)\s+(?:Editor|Reporter|Correspondent|Writer|Columnist)s?$"
    rf").*$",
    re.IGNORECASE | re.S)
_DATE_WORD = re.compile(rf"{_MONTH}|{_WEEKDAY}", re.IGNORECASE)  # a part that is no name
_SEPARATORS = re.compile(r"\s*(?:;|\s&\s|\band\b|,(?=\s*\S+\s+\S))\s*", re.IGNORECASE)
# what a site's menus and templates put where a name belongs
_LABELS = frozenset(["username", "user name", "sign in", "sign out", "log in", "login",
                     "logout", "menu", "subscribe", "search", "share", "staff", "admin",
                     "author", "authors", "editor", "contributor", "unknown", "anonymous"])
_MAX_NAME = 80


def byline_from(candidates: Iterable[str | None]) -> str | None:
    """The first candidate that still names someone once cleaned, as ``A, B and C``."""
    for candidate in candidates:
        names = clean_names(candidate)
        if names:
            if len(names) == 1:
                return names[0]
            return ", ".join(names[:-1]) + " and " + names[-1]
    return None


def clean_names(value: str | None) -> list[str]:
    """The names a byline gives, each once (case aside), without "By", dates or labels."""
    if not value or value.strip().startswith(("http://", "https://", "@")):
        return []
    text = _TAIL.sub("", " ".join(value.split(" ")).strip())
    text = _BY.sub("", text)
    names: list[str] = []
    seen: set[str] = set()
    for part in _SEPARATORS.split(text):
        name = " ".join(_BY.sub("", part).split()).strip(" ,;:-–—|")
        key = name.casefold()
        if not name or key in seen or key in _LABELS or len(name) > _MAX_NAME or \
                not any(c.isalpha() for c in name) or "@" in name or _DATE_WORD.fullmatch(name):
            continue
        seen.add(key)
        names.append(name)
    return names


def structured_authors(root: Any | None) -> str | None:
    """The authors a page's JSON-LD gives for its article, joined, or None."""
    if root is None:
        return None
    for script in root.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = (script.text or "").strip()
        if len(text) > _MAX_SCRIPT:
            continue
        if text.startswith("<![CDATA["):  # as some sites wrap it
            text = text[9:].removesuffix("]]>")
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        names = list(dict.fromkeys(_authors(data, 0)))
        if names:
            return "; ".join(names)
    return None


def _authors(data: Any, depth: int) -> Iterator[str]:
    """Author names of the article objects in ``data`` (a dict, a list or a ``@graph``)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _authors(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    kind = data.get("@type")
    kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
    if _ARTICLE_TYPES.search(kinds) and ("author" in data or "creator" in data):
        yield from _names(data.get("author") or data.get("creator"), depth + 1)
        return
    for key in ("@graph", "mainEntity", "mainEntityOfPage"):
        if key in data:
            yield from _authors(data[key], depth + 1)


def _names(value: Any, depth: int) -> Iterator[str]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str) and value.strip():
        yield value.strip()
    elif isinstance(value, list):
        for item in value:
            yield from _names(item, depth + 1)
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            yield name.strip()
