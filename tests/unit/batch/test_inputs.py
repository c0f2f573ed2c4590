"""Each input layout a batch reads: JSONL, CSV, a folder of pairs, a NewsEdits-style SQLite
database; entries that are no pair come through as Unreadable, in their place."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from articlecompare.batch import Document, InputError, Pair, Unreadable, open_pairs
from articlecompare.batch.newsedits import text_of
from batch_pairs import pair_texts


def test_jsonl_texts_paths_and_faults(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "v1.txt").write_text("One.\n", encoding="utf-8")
    lines = [
        {"id": "t", "original": "Old text.", "revised": "New text."},
        {"id": 7, "original": "docs/v1.txt", "revised_path": "docs/v2.html"},
        {"original_text": "notes.txt", "revised": "Two.", "kind": "markdown"},
        {"id": "half", "original": "Only this."},
    ]
    listing = tmp_path / "pairs.jsonl"
    listing.write_text("\n".join(json.dumps(x) for x in lines[:2]) + "\n\n{not json\n"
                       + "\n".join(json.dumps(x) for x in lines[2:]) + "\n[1, 2]\n", encoding="utf-8")
    source = open_pairs(listing)
    entries = list(source)
    assert source.count() == len(entries) == 6
    assert entries[0] == Pair("t", Document.of_text("Old text."), Document.of_text("New text."))
    assert entries[1] == Pair("7", Document.of_path(tmp_path / "docs" / "v1.txt"),
                              Document.of_path(tmp_path / "docs" / "v2.html"))
    assert isinstance(entries[2], Unreadable) and entries[2].id == "line 4"
    assert entries[3] == Pair("line 5", Document.of_text("notes.txt", "markdown"),
                              Document.of_text("Two.", "markdown"))
    assert entries[4] == Unreadable("half", "no revised version")
    assert entries[5] == Unreadable("line 7", "not a JSON object")


def test_csv_rows_with_a_header(tmp_path: Path) -> None:
    listing = tmp_path / "pairs.csv"
    with open(listing, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "original", "revised", "note"])
        for pair_id, original, revised in pair_texts(3):
            writer.writerow([pair_id, original, revised, "texts with line breaks in them"])
        writer.writerow(["", "a.txt", "b.md", ""])
    source = open_pairs(listing)
    entries = list(source)
    assert source.count() == 4
    assert [e.id for e in entries] == ["p000", "p001", "p002", "row 5"]
    assert entries[1].original == Document.of_text(pair_texts(3)[1][1])
    assert entries[3] == Pair("row 5", Document.of_path(tmp_path / "a.txt"),
                              Document.of_path(tmp_path / "b.md"))


def test_a_folder_of_pairs_in_both_layouts(tmp_path: Path) -> None:
    root = tmp_path / "pairs"
    for folder, names in {"x": ("a.txt", "b.txt"), "deep/y": ("original.md", "revised.html"),
                          "flat": ("z.a.txt", "z.b.htm", "notes.txt"), "lone": ("a.txt",),
                          "two": ("a.txt", "a.md", "b.txt"), "page_files": ("a.txt", "b.txt")}.items():
        (root / folder).mkdir(parents=True)
        for name in names:
            (root / folder / name).write_text("Text.\n", encoding="utf-8")
    source = open_pairs(root)
    entries = list(source)
    assert source.count() == 5
    assert [e.id for e in entries] == ["deep/y", "flat/z", "lone", "two", "x"]
    assert entries[0] == Pair("deep/y", Document.of_path(root / "deep/y/original.md"),
                              Document.of_path(root / "deep/y/revised.html"))
    assert entries[2] == Unreadable("lone", "no revised version (b.* or revised.*) beside the other")
    assert isinstance(entries[3], Unreadable) and "a.md, a.txt" in entries[3].error


def _newsedits(path: Path, with_source: bool) -> Path:
    db = sqlite3.connect(path)
    source_column = "source TEXT, " if with_source else ""
    db.execute(f"CREATE TABLE entryversion ({source_column}entry_id INTEGER, version TEXT, "
               "title TEXT, url TEXT, summary TEXT, created TEXT, num_versions INTEGER)")
    rows = [  # out of order on purpose; version 10 comes after 9, not after 1
        (1, "2", "Storm closes port", "<p>The port closed on Monday.</p><p>Ships wait &amp; rock.</p>"),
        (1, "1", "Storm nears port", "<p>The port may close.</p>"),
        (2, "1", "Mayor wins", "The mayor won.\n\nTurnout was 40%."),
        (1, "10", "Port reopens", "<p>The port reopened.</p>"),
        (1, "9", "Storm closes port", "<p>The port closed on Monday.</p><p>Ships wait.</p>"),
        (3, "1", "Alone", "A single version."),
        (2, "2", "Mayor wins again", "The mayor won.<br>Turnout was 41%."),
    ]
    for entry, version, title, summary in rows:
        values = (["nyt"] if with_source else []) + [entry, version, title, "", summary, "", 0]
        db.execute(f"INSERT INTO entryversion VALUES ({', '.join('?' * len(values))})", values)
    db.commit()
    db.close()
    return path


@pytest.mark.parametrize("with_source", [True, False])
def test_a_newsedits_database_pairs_consecutive_versions(tmp_path: Path, with_source: bool) -> None:
    source = open_pairs(_newsedits(tmp_path / "newsedits.db", with_source))
    entries = list(source)
    prefix = "nyt/" if with_source else ""
    assert [e.id for e in entries] == [f"{prefix}1:1-2", f"{prefix}1:2-9", f"{prefix}1:9-10",
                                       f"{prefix}2:1-2"]
    assert source.count() == 4
    assert entries[0].revised == Document.of_text(
        "Storm closes port\n\nThe port closed on Monday.\n\nShips wait & rock.")
    assert entries[3].revised.text == "Mayor wins again\n\nThe mayor won.\n\nTurnout was 41%."


def test_newsedits_text_keeps_plain_paragraphs_and_drops_markup() -> None:
    assert text_of(None, "<div><b>Bold</b> move</div>") == "Bold move"
    assert text_of("T", None) == "T"


def test_inputs_that_are_no_list_of_pairs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        open_pairs(tmp_path / "nothing.jsonl")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell"):
        open_pairs(tmp_path / "notes.txt")
    db = sqlite3.connect(tmp_path / "other.db")
    db.execute("CREATE TABLE articles (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(InputError, match="no table 'entryversion'"):
        open_pairs(tmp_path / "other.db")
