"""What a number counts, read from its sentence (``present.figure_labels``), and the reports that
say it."""
from __future__ import annotations

import csv
import io
import json

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, Span
from articlecompare.export.csv_report import render_csv
from articlecompare.export.json_report import dumps, report_dict
from articlecompare.present.excerpts import change_rows
from articlecompare.present.figure_labels import figure_label


def label(sentence: str, number: str) -> str:
    start = sentence.index(number)
    return figure_label(sentence, Span(start, start + len(number)))


@pytest.mark.parametrize("sentence, number, expected", [
    ("Officials spoke. At least 10 civilians were killed in Darfur last week, the UN said.", "10",
     "civilians killed in Darfur"),
    ("Sunday's raid will target at least 2,000 illegal residents.", "2,000", "illegal residents"),
    ("The unemployment rate rose to 5.2 percent in March.", "5.2 percent", "unemployment rate rose in March"),
    ("The council approved a budget of 12 million dollars for road repairs.", "12 million dollars",
     "budget for road repairs"),
    ("In 2019, 45 percent of voters backed the plan.", "45 percent", "voters backed the plan"),
    ("The ferry carries 300 passengers, the company said.", "300", "passengers"),
    ("He was 42.", "42", ""),
])
def test_the_words_around_a_number_say_what_it_counts(sentence, number, expected):
    assert label(sentence, number) == expected


def test_the_reading_stays_in_the_number_s_sentence():
    text = "The mayor counted 12 votes. Hospitals reported many patients in the city."
    assert label(text, "12") == "votes"
    text = "Prices fell. 7 ministers resigned\n\nNew paragraph about the weather today."
    assert label(text, "7") == "ministers resigned"


ORIGINAL = ("The storm closed the coast road.\n\n"
            "At least 10 civilians were killed in the border town last week, the governor said.\n\n"
            "Repairs will take a month.")
REVISED = ORIGINAL.replace("At least 10", "At least 40")


def test_the_csv_and_the_cards_and_the_json_say_what_a_changed_number_counts():
    comparison = compare(Article(ORIGINAL), Article(REVISED))
    facts = [text for row in change_rows(comparison) for text in row.facts]
    assert any(text == "killed in the border town: 10 civilians → At least 40 civilians (number, changed)" for text in facts)
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison).lstrip("\ufeff"))))
    assert any(r["facts"].startswith("killed in the border town: 10 civilians → At least 40 civilians") for r in rows)
    report = json.loads(dumps(report_dict(comparison)))
    numbers = [f for c in report["changes"] for f in c["facts"] if f["type"] == "number"]
    assert numbers and numbers[0]["context"] == "killed in the border town"
    assert all("context" in f for f in report["facts"])
