"""Two saves of the same page: the window's title and the recent-files menu tell them apart."""
from __future__ import annotations

from PySide6.QtWidgets import QMenu

from articlecompare.core.model import Article, Metadata
from articlecompare.ui.sessions.recent import fill_menu
from articlecompare.ui.window.title import window_title


def test_the_title_tells_two_saves_of_one_page_apart() -> None:
    meta = Metadata(title="Evening ferries added")
    a = Article("One.", source="/saves/march/source.html", metadata=meta)
    b = Article("Two.", source="/saves/april/source.html", metadata=meta)
    title = window_title(a, b, "")
    assert "march" in title and "april" in title and title.count("Evening ferries added") == 2


def test_recent_files_of_one_name_show_their_folders_and_their_paths_as_tips(qapp) -> None:
    menu = QMenu()
    paths = ["/saves/march/source.html", "/saves/april/source.html"]
    fill_menu(menu, paths, lambda _p: None, "none")
    labels = [a.text() for a in menu.actions()]
    assert len(set(labels)) == 2 and "march" in labels[0] and "april" in labels[1]
    assert menu.toolTipsVisible()
    assert all(p in a.toolTip() for a, p in zip(menu.actions(), paths))


def test_the_pane_headers_name_the_file_as_well_as_the_pages_address() -> None:
    from articlecompare.ui.panes.panes import describe
    meta = Metadata(title="Evening ferries added", url="https://news.example/ferries")
    a = Article("One.", source="/saves/march/source.html", metadata=meta)
    b = Article("Two.", source="/saves/april/source.html", metadata=meta)
    assert describe(a)[2] != describe(b)[2]
    assert "https://news.example/ferries" in describe(a)[2] and "march" in describe(a)[2]
    assert describe(Article("Pasted.", source="pasted"))[2] == "pasted"


def test_a_pane_header_writes_a_stamped_date_for_people() -> None:
    from articlecompare.ui.panes.panes import describe
    meta = Metadata(title="Draft", byline="Dana Whitfield", date="2019-07-11T09:00:00Z")
    details = describe(Article("One two three.", source="draft.docx", metadata=meta))[1]
    assert details == "Dana Whitfield · 11 Jul 2019, 09:00 UTC · 3 words"
