"""Every menu of the window can be driven from the keyboard: no two entries of one menu
share a mnemonic letter (Alt+letter would only cycle between them)."""
from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QMenu


def mnemonic(text: str) -> str:
    """The letter after a lone ``&`` ("&&" is a literal ampersand), lower case; "" if none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return ""


def menus_of(window) -> list[tuple[str, list[str]]]:
    """(menu title, its entries' texts) for the menu bar and every menu under it."""
    found = [("menu bar", [a.text() for a in window.menuBar().actions() if not a.isSeparator()])]
    pending = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    while pending:
        menu = pending.pop()
        menu.aboutToShow.emit()   # menus filled on demand (recent files) are filled now
        entries = [a for a in menu.actions() if not a.isSeparator()]
        found.append((menu.title(), [a.text() for a in entries]))
        pending.extend(a.menu() for a in entries if isinstance(a.menu(), QMenu))
    return found


def test_mnemonic_reads_the_letter_after_a_lone_ampersand():
    assert mnemonic("Open &Original…") == "o"
    assert mnemonic("Salt && Pepper") == ""
    assert mnemonic("R&&D &Notes") == "n"


def test_no_two_entries_of_a_menu_share_a_mnemonic(make_window):
    window = make_window()
    menus = menus_of(window)
    assert len(menus) >= 8   # the bar, five menus, recent files, theme, sensitivity
    clashes = {}
    for title, texts in menus:
        counts = Counter(m for m in map(mnemonic, texts) if m)
        shared = {letter: [t for t in texts if mnemonic(t) == letter] for letter, n in counts.items() if n > 1}
        if shared:
            clashes[title] = shared
    assert clashes == {}
