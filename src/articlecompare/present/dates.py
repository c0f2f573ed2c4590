"""A version's date as people read it: "11 Jul 2019, 09:00 UTC" for the ISO 8601 stamps that
pages, archives and Word documents carry ("2019-07-11T09:00:00Z"). Qt-free."""
from __future__ import annotations

from datetime import datetime


def readable_date(value: str) -> str:
    """``value`` written for people when it is an ISO 8601 date or time; anything else
    ("Monday, November 5", "Updated 9:41 am") as it came."""
    text = value.strip()
    if len(text) < 10 or not (text[:4].isdigit() and text[4] == "-"):
        return value
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return value
    day = f"{stamp.day} {stamp:%b %Y}"
    if len(text) == 10:  # a date without a time
        return day
    clock = f"{stamp:%H:%M}"
    offset = stamp.utcoffset()
    if offset is None:
        return f"{day}, {clock}"
    if not offset:
        return f"{day}, {clock} UTC"
    minutes = int(offset.total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    return f"{day}, {clock} UTC{'+' if minutes > 0 else '-'}{hours:02d}:{rest:02d}"
