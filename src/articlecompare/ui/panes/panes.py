"""One side of the comparison: a header naming the version, above its text."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from articlecompare.core.model import Article
from articlecompare.present.dates import readable_date
from articlecompare.ui.panes.highlight import display_text
from articlecompare.ui.panes.plan import word_count
from articlecompare.ui.panes.textview import DiffTextView
from articlecompare.ui.widgets.plaintext import plain_label, plain_tooltip

PLACEHOLDER = ("Drop a saved page, a text file or text from a browser here,\n"
               "or use File > {action} ({shortcut}).")


def describe(article: Article) -> tuple[str, str, str]:
    """(title, byline · date · site, source) of an article, for people to read."""
    meta = article.metadata
    # the file as well as the page's address: two saves of one page share the address
    source = " · ".join(dict.fromkeys(p for p in (article.source, meta.url) if p))
    title = meta.title or (os.path.basename(article.source) if article.source else "") or "Untitled"
    date = readable_date(meta.date) if meta.date else None
    details = " · ".join(part for part in (meta.byline, date, meta.site) if part)
    words = word_count(article.text)
    details = f"{details} · {words:,} words" if details else f"{words:,} words"
    return title, details, source


class ElidedLabel(QLabel):
    """One line of text, shortened to fit whatever width the label gets: at its end (a title
    reads from its start), or in the middle (a path keeps its file's name)."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "",
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        plain_label(self)  # a page's title or a file's name, never markup
        self.setObjectName(object_name)
        self._mode = mode
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, self._mode,
                                                   max(40, self.width())))


class ArticleHeader(QFrame):
    """Side name, title, byline/date/site and source of one version."""

    def __init__(self, side_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side_label = side_label
        self._build_layout()
        self.show_article(None)

    def _build_layout(self) -> None:
        self.setObjectName("articleHeader")
        self.side = QLabel(self._side_label.upper(), self)
        self.side.setObjectName("sideLabel")
        self.title = ElidedLabel(self, "articleTitle")
        self.details = ElidedLabel(self, "articleDetails")
        self.source = ElidedLabel(self, "articleSource", Qt.TextElideMode.ElideMiddle)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.side, self.title, self.details, self.source):
            layout.addWidget(label)

    def show_article(self, article: Article | None) -> None:
        title, details, source = describe(article) if article else ("No version loaded", "", "")
        self.title.set_full_text(title)
        self.details.set_full_text(details)
        self.source.set_full_text(source)


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
