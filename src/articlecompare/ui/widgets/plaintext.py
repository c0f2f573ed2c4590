"""Text from pages, files and sessions shown in labels and tooltips exactly as written.

Qt reads a label's or tooltip's text as markup when it looks like markup: a page titled
``<img src=/some/file.png>`` would make the window load and show that file. Labels are set
to plain text; a tooltip, which has no such setting, is given as escaped markup.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(label: QLabel) -> QLabel:
    """``label``, showing its text as plain text from now on."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written, line breaks kept ("" stays "": no tooltip)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
