"""A Wayback Machine snapshot saved as a web page, back to the page that was captured.

The Internet Archive's player adds a toolbar (between ``BEGIN WAYBACK TOOLBAR INSERT`` and
``END WAYBACK TOOLBAR INSERT``), scripts and styles of its own (which extraction drops, as it
drops any page's, and which are never fetched), rewrites every link to
``/web/<timestamp>/<original address>``, and closes the page with a comment: ``FILE ARCHIVED
ON 12:34:56 Jan 02, 2020 AND RETRIEVED FROM THE INTERNET ARCHIVE ON …``. ``unwrap`` removes
the toolbar, undoes the links, and reads the capture time (UTC) from the comment, or else from
the player's set-up script, which also names the captured address.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_TOOLBAR = ("BEGIN WAYBACK TOOLBAR INSERT", "END WAYBACK TOOLBAR INSERT")
_LINK_RE = re.compile(r"(?:(?:https?:)?//web\.archive\.org)?/web/\d{1,14}(?:[a-z]{2}_)?/(?=(?:https?:)?//)")
_ARCHIVED_RE = re.compile(r"FILE ARCHIVED ON (\d{1,2}:\d{2}:\d{2}) ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})")
_WOMBAT_RE = re.compile(r"__wm\.wombat\(\s*\"([^\"\s]{1,2000})\"\s*,\s*\"(\d{14})\"")
_MARKERS = ("BEGIN WAYBACK TOOLBAR INSERT", "FILE ARCHIVED ON", "__wm.wombat(")
_TAIL = 8192  # the closing comment stands in the last few kilobytes


@dataclass(frozen=True, slots=True)
class Snapshot:
    html: str
    url: str | None
    date: str | None  # ISO 8601, UTC


def unwrap(html: str) -> Snapshot | None:
    """The captured page inside a Wayback Machine snapshot; None if ``html`` is not one."""
    if not any(marker in html for marker in _MARKERS):
        return None
    wombat = _WOMBAT_RE.search(html[:200_000])
    url = wombat.group(1) if wombat else None
    date = _archived_on(html[-_TAIL:]) or (_from_digits(wombat.group(2)) if wombat else None)
    return Snapshot(_LINK_RE.sub("", _without_toolbar(html)), url, date)


def _without_toolbar(html: str) -> str:
    """``html`` without the comment-delimited toolbar (from the ``<!--`` before its start
    marker to the ``-->`` after its end marker)."""
    begin = html.find(_TOOLBAR[0])
    end = html.find(_TOOLBAR[1], begin) if begin >= 0 else -1
    if end < 0:
        return html
    start = html.rfind("<!--", 0, begin)
    close = html.find("-->", end)
    return html[:start if start >= 0 else begin] + html[close + 3 if close >= 0 else end:]


def _archived_on(tail: str) -> str | None:
    match = _ARCHIVED_RE.search(tail)
    if not match:
        return None
    clock, month, day, year = match.groups()
    try:
        moment = datetime.strptime(f"{year} {month} {day} {clock}", "%Y %b %d %H:%M:%S")
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_digits(digits: str) -> str | None:
    try:
        return datetime.strptime(digits, "%Y%m%d%H%M%S").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None
