"""Captured pages of a web archive (WARC, WACZ), and picking the one a version is.

An archive may hold several pages, and several captures of one page at different times. The
user names the page by its URL and the capture by its time (any leading part of
``YYYYMMDDhhmmss``, with or without the ISO punctuation); where they name nothing and there is
one page with one capture, that is it. Otherwise a one-line ``LoadError`` lists the choices.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from articlecompare.sources.errors import LoadError

_LISTED = 6  # choices named in a message; the rest are counted
_TITLE_SEARCHED = 64 * 1024  # a page's <title> is looked for in its first bytes only
_TITLE_CHARACTERS = 300


@dataclass(frozen=True, slots=True)
class Capture:
    """One capture of a page: where and when it was taken, and the page's bytes."""

    url: str
    date: str  # ISO 8601, as the archive records it (``2024-01-05T12:00:00Z``)
    payload: bytes
    charset: str | None = None

    @property
    def timestamp(self) -> str:
        return timestamp(self.date)


@dataclass(frozen=True, slots=True)
class Choice:
    """Which page (URL) and which capture (time) of an archive a version is; None: unsaid."""

    page: str | None = None
    capture: str | None = None


@dataclass(frozen=True, slots=True)
class Listed:
    """A capture as offered to the user to choose: its page, its time and the page's title."""

    url: str
    date: str
    title: str | None = None

    @property
    def choice(self) -> Choice:
        return Choice(self.url, timestamp(self.date))


def page_title(payload: bytes) -> str | None:
    """The text of a page's ``<title>``, if it has one near the start (found by plain
    searches, not a pattern: the page is anyone's)."""
    head = payload[:_TITLE_SEARCHED]
    lowered = head.lower()
    start = lowered.find(b"<title")
    opened = lowered.find(b">", start) if start >= 0 else -1
    end = lowered.find(b"</title", opened) if opened >= 0 else -1
    if end < 0:
        return None
    text = " ".join(html.unescape(head[opened + 1:end].decode("utf-8", "replace")).split())
    return text[:_TITLE_CHARACTERS] or None


def timestamp(date: str) -> str:
    """The digits of a date, as the Wayback Machine writes them: ``20240105120000``."""
    return "".join(character for character in date if character.isdigit())[:14]


def choose(captures: Sequence[Capture], choice: Choice, shown: str) -> Capture:
    """The capture ``choice`` names, or the only one there is."""
    of_page = _of_page(captures, choice.page, shown)
    if choice.capture is not None:
        return _at_time(of_page, choice.capture, shown)
    if len(of_page) == 1:
        return of_page[0]
    raise LoadError(f"{shown} holds {len(of_page)} captures of {of_page[0].url}; choose one "
                    f"with --capture: {_listed(c.timestamp for c in of_page)}")


def choose_two(captures: Sequence[Capture], choices: Sequence[Choice], shown: str) -> tuple[Capture, Capture]:
    """Two captures of one archive to compare: those ``choices`` name (one for each version,
    or one naming the page of both), else the earliest and latest of a page captured twice."""
    if len(choices) == 2:
        return choose(captures, choices[0], shown), choose(captures, choices[1], shown)
    page = choices[0].page if choices else None
    of_page = _of_page(captures, page, shown)
    if len(of_page) == 2:
        return of_page[0], of_page[1]
    if len(of_page) < 2:
        raise LoadError(f"{shown} holds one capture of {of_page[0].url}; give a second file to "
                        "compare it with")
    raise LoadError(f"{shown} holds {len(of_page)} captures of {of_page[0].url}; choose two with "
                    f"--capture (once for each version): {_listed(c.timestamp for c in of_page)}")


def _of_page(captures: Sequence[Capture], page: str | None, shown: str) -> list[Capture]:
    """The captures of the page named (or of the only page), oldest first."""
    if not captures:
        raise LoadError(f"{shown} holds no captured web page")
    pages = list(dict.fromkeys(capture.url for capture in captures))
    if page is None:
        if len(pages) > 1:
            raise LoadError(f"{shown} holds {len(pages)} pages; choose one with --page: {_listed(pages)}")
        url = pages[0]
    else:
        wanted = url_key(page)
        matching = [url for url in pages if url_key(url) == wanted]
        if not matching:
            raise LoadError(f"{shown} has no capture of {page}; it holds {_listed(pages)}")
        url = matching[0]
    return sorted((c for c in captures if c.url == url), key=lambda c: c.timestamp)


def _at_time(captures: list[Capture], wanted: str, shown: str) -> Capture:
    digits = timestamp(wanted)
    matching = [c for c in captures if digits and c.timestamp.startswith(digits)]
    times = _listed(c.timestamp for c in captures)
    if not matching:
        raise LoadError(f"{shown} has no capture of {captures[0].url} at {wanted}; it has {times}")
    if len(matching) > 1:
        raise LoadError(f"{shown} has {len(matching)} captures of {captures[0].url} at {wanted}; "
                        f"give more of the time: {_listed(c.timestamp for c in matching)}")
    return matching[0]


def url_key(url: str) -> str:
    """A URL as compared: without scheme, ``www.``, fragment or trailing slash (a page list
    and the user may write it otherwise than the capture's record)."""
    url = url.strip().split("#", 1)[0]
    for prefix in ("https://", "http://", "//"):
        if url.lower().startswith(prefix):
            url = url[len(prefix):]
            break
    if url.lower().startswith("www."):
        url = url[4:]
    return url.rstrip("/")


def _listed(items: object) -> str:
    names = list(dict.fromkeys(items))  # type: ignore[call-overload]
    shown = ", ".join(names[:_LISTED])
    return shown + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")
