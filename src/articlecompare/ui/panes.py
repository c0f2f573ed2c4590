"""One side of the comparison: a header naming the version, above its text."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from articlecompare.core.model import Article
from articlecompare.ui.highlight import display_text
from articlecompare.ui.textview import DiffTextView

PLACEHOLDER = ("Drop a saved page, a text file or text from a browser here,\n"
               "or use File > {action} ({shortcut}).")


def describe(article: Article) -> tuple[str, str, str]:
    """(title, byline · date · site, source) of an article, for people to read."""
    meta = article.metadata
    source = meta.url or article.source
    title = meta.title or (os.path.basename(article.source) if article.source else "") or "Untitled"
    details = " · ".join(part for part in (meta.byline, meta.date, meta.site) if part)
    words = len(article.text.split())
    details = f"{details} · {words:,} words" if details else f"{words:,} words"
    return title, details, source


class ArticleHeader(QFrame):
    """Side name, title, byline/date/site and source of one version."""

    def __init__(self, side_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side_label = side_label
        self._build_layout()
        self.show_article(None)

    def _build_layout(self) -> None:
        self.setObjectName("articleHeader")
        self.side = QLabel(self._side_label.upper(), objectName="sideLabel")
        self.title = QLabel(objectName="articleTitle", wordWrap=True)
        self.details = QLabel(objectName="articleDetails")
        self.source = QLabel(objectName="articleSource")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.side, self.title, self.details, self.source):
            layout.addWidget(label)

    def show_article(self, article: Article | None) -> None:
        if article is None:
            self.title.setText("No version loaded")
            self.details.setText("")
            self.source.setText("")
            self.source.setToolTip("")
            return
        title, details, source = describe(article)
        self.title.setText(title)
        self.title.setToolTip(title)
        self.details.setText(details)
        self.source.setText(self.fontMetrics().elidedText(source, Qt.TextElideMode.ElideMiddle, 520))
        self.source.setToolTip(source)


class ArticlePane(QFrame):
    """Header and text view of one side."""

    def __init__(self, side_label: str, open_action: str, shortcut: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = ArticleHeader(side_label, self)
        self.view = DiffTextView(self)
        self.view.setPlaceholderText(PLACEHOLDER.format(action=open_action, shortcut=shortcut))
        self._build_layout()

    def _build_layout(self) -> None:
        self.setObjectName("articlePane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def show_article(self, article: Article | None) -> None:
        self.header.show_article(article)
        self.view.set_text("" if article is None else display_text(article.text))
