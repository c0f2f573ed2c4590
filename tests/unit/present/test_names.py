"""Two saves of one page, two recent files of one name: the window tells them apart."""
from __future__ import annotations

import os

from articlecompare.present.names import distinct_labels, version_names


def test_files_of_one_name_are_told_apart_by_their_folders() -> None:
    paths = [os.path.join("saves", "march", "source.html"), os.path.join("saves", "april", "source.html"),
             os.path.join("saves", "other.html")]
    assert distinct_labels(paths) == [f"source.html — march{os.sep}", f"source.html — april{os.sep}",
                                      "other.html"]


def test_a_deeper_folder_is_shown_where_the_nearest_is_the_same_too() -> None:
    paths = [os.path.join("a", "page", "source.html"), os.path.join("b", "page", "source.html")]
    assert distinct_labels(paths) == [f"source.html — a{os.sep}page{os.sep}",
                                      f"source.html — b{os.sep}page{os.sep}"]


def test_versions_of_one_title_are_named_by_date_else_by_file() -> None:
    assert version_names(["Ferries", "Ferries"], ["a/source.html", "b/source.html"],
                         ["2024-03-01", "2024-03-02"]) == ["Ferries (2024-03-01)", "Ferries (2024-03-02)"]
    assert version_names(["Ferries", "Ferries"], ["march/source.html", "april/source.html"],
                         [None, None]) == [f"Ferries (source.html — march{os.sep})",
                                           f"Ferries (source.html — april{os.sep})"]
    assert version_names(["Ferries", "Ferries"], ["x.html", "x.html"], [None, None]) == \
        ["Ferries (original)", "Ferries (revised)"]
    assert version_names(["Ferries", "Buses"], ["a", "b"], [None, None]) == ["Ferries", "Buses"]
