"""Dates in pane headers are written for people, whatever stamp the source carried."""
from __future__ import annotations

import pytest

from articlecompare.present.dates import readable_date


@pytest.mark.parametrize(("stamp", "shown"), [
    ("2019-07-11T09:00:00Z", "11 Jul 2019, 09:00 UTC"),
    ("2018-07-16T05:47:26-04:00", "16 Jul 2018, 05:47 UTC-04:00"),
    ("2018-07-16T05:47:26+05:30", "16 Jul 2018, 05:47 UTC+05:30"),
    ("2018-07-16", "16 Jul 2018"),
    ("2018-07-16T05:47:26", "16 Jul 2018, 05:47"),
])
def test_an_iso_stamp_is_written_for_people(stamp: str, shown: str) -> None:
    assert readable_date(stamp) == shown


@pytest.mark.parametrize("text", ["Monday, November 5", "Updated 9:41 am", "2018-13-45",
                                  "20180716", ""])
def test_anything_else_is_shown_as_it_came(text: str) -> None:
    assert readable_date(text) == text
