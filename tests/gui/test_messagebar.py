"""The message bar: one message at a time; an unanswered question comes back after a notice
that replaced it is closed."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from articlecompare.ui.widgets.messagebar import MessageBar


@pytest.fixture
def bar(qtbot) -> Iterator[MessageBar]:
    host = QWidget()            # held here: the bar lives as long as its parent
    qtbot.addWidget(host)
    shown = MessageBar(host)
    host.show()
    yield shown


def test_an_unanswered_question_comes_back_after_the_notice_that_replaced_it(bar: MessageBar) -> None:
    answers: list[str] = []
    bar.show_message("Restore them?", "info", [("Restore", lambda: answers.append("restore"))])
    bar.show_message("b.txt could not be read.")          # a notice, no question
    assert bar.text() == "b.txt could not be read." and bar.buttons() == []
    bar.dismiss()
    assert bar.text() == "Restore them?"                 # back, with its buttons
    bar.button("Restore").click()
    assert answers == ["restore"] and bar.text() == ""


def test_a_notice_replaced_by_another_does_not_come_back(bar: MessageBar) -> None:
    bar.show_message("Reading a.txt failed.")
    bar.show_message("Reading b.txt failed.")
    bar.dismiss()
    assert bar.text() == ""


def test_questions_come_back_newest_first_and_an_answer_to_the_newer_one_brings_the_older(bar: MessageBar) -> None:
    chosen: list[str] = []
    bar.show_message("Restore them?", "info", [("Restore", lambda: chosen.append("restore"))])
    bar.show_message("a.txt changed on disk. Reload?", "info", [("Reload", lambda: chosen.append("reload"))])
    bar.show_message("Report written.")
    bar.dismiss()
    assert bar.text() == "a.txt changed on disk. Reload?"
    bar.button("Reload").click()
    assert chosen == ["reload"] and bar.text() == "Restore them?"
    bar.show_message("Restore them?", "info", [("Restore", lambda: chosen.append("restore"))])
    bar.dismiss()                                        # the same question again is one question
    assert bar.text() == ""
