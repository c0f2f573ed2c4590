"""A changed number says what it counts in the change list, as it does in the reports."""
from __future__ import annotations

from pathlib import Path

from articlecompare.core.model import ChangeKind
from articlecompare.ui.changes.changelist import EXCERPT_COLUMN

from .textpairs import open_text_pair

ORIGINAL = """Council Approves New Budget

The city council voted on Tuesday to approve a budget of 12 million dollars for road repairs, according to the Daily Herald.

At least 10 civilians were killed in the border town last week, the regional governor said.

"We will not raise taxes this year," Mayor Ellen Park said at the meeting.

The plan also funds three new libraries designed by the architect Maria Lopez.

Residents can comment on the plan until March 3 at the city hall.

Park said the repairs would start in the spring and finish by the end of the year.
"""
REVISED = """Council Approves New Budget

The city council approved on Tuesday a budget of 12 million dollars for road repairs.

At least 40 civilians were killed in the border town last week, the regional governor said.

"We will not raise taxes again," Mayor Ellen Park said at the meeting.

Critics say the council has once again ignored the needs of the poorest neighbourhoods.

Residents can comment on the plan until March 3 at the city hall.

Park said the repairs would start in the spring and finish by the end of the year.
"""


def open_numbers_pair(qtbot, make_window, folder: Path, size=(1280, 800)):
    return open_text_pair(qtbot, make_window, folder, ORIGINAL, REVISED, size, "numbers")


def test_the_change_list_says_what_a_changed_number_counts(qtbot, make_window, tmp_path):
    window = open_numbers_pair(qtbot, make_window, tmp_path)
    model = window.change_dock.model
    row = next(r for r in range(model.rowCount()) if model.change_at(r).kind == ChangeKind.FACT_CHANGE)
    shown = model.index(row, EXCERPT_COLUMN).data()
    assert shown == "killed in the border town: 10 civilians → At least 40 civilians"
