"""``articlecompare batch`` as a user runs it: each input layout to JSONL and CSV, failing
pairs recorded and passed, filters, worker processes, resuming, and usage errors."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from articlecompare.batch.records import CSV_COLUMNS
from articlecompare.cli import main
from batch_pairs import pair_texts, read_jsonl, write_jsonl


def _table(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _batch(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(["batch", *argv])
    return status, capsys.readouterr().err


def test_jsonl_to_jsonl_and_csv(pairs_jsonl: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out, table = tmp_path / "out.jsonl", tmp_path / "changes.csv"
    status, err = _batch(capsys, str(pairs_jsonl), "-o", str(out), "-o", str(table), "--jobs", "1")
    assert status == 0
    assert "8 / 8 pairs (100%)" in err and "pairs/s" in err and "left" in err
    assert "8 pairs in" in err and "8 compared, 0 failed" in err
    lines = read_jsonl(out)
    assert [x["id"] for x in lines] == [f"p{k:03d}" for k in range(8)]
    assert all(x["status"] == "ok" and x["report"]["format"] == "articlecompare-report" for x in lines)
    assert lines[0]["report"]["summary"]["counts"] == {"commentary": 1}
    rows = _table(table)
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert {r["pair_id"] for r in rows} == {x["id"] for x in lines}  # unchanged pairs have a row
    assert [r["kind"] for r in rows if r["pair_id"] == "p003"] == [""]
    commentary = next(r for r in rows if r["kind"] == "commentary")
    assert commentary["revised_text"].startswith("This is a shameful") and float(commentary["confidence"]) > 0.5
    text = lines[0]["report"]["revised"]["text"]
    assert text[int(commentary["revised_start"]):int(commentary["revised_end"])] == commentary["revised_text"]


def test_a_folder_of_pairs_with_a_failing_pair(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "pairs"
    for pair_id, original, revised in pair_texts(4):
        (root / pair_id).mkdir(parents=True)
        (root / pair_id / "a.txt").write_text(original, encoding="utf-8")
        (root / pair_id / "b.md").write_text(revised, encoding="utf-8")
    (root / "p001" / "b.md").write_text("   \n", encoding="utf-8")      # empty: fails
    (root / "p002" / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # binary
    out, table = tmp_path / "out.jsonl", tmp_path / "out.csv"
    status, err = _batch(capsys, str(root), "-o", str(out), "-o", str(table), "-j", "1")
    assert status == 0 and "2 compared, 2 failed" in err and "2 failed" in err.splitlines()[0]
    lines = read_jsonl(out)
    assert [(x["id"], x["status"]) for x in lines] == [
        ("p000", "ok"), ("p001", "failed"), ("p002", "failed"), ("p003", "ok")]
    assert "b.md is empty" in lines[1]["error"] and "report" not in lines[1]
    failed = [r for r in _table(table) if r["status"] == "failed"]
    assert [r["pair_id"] for r in failed] == ["p001", "p002"] and all(r["error"] for r in failed)


def test_a_newsedits_database_to_csv_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = sqlite3.connect(tmp_path / "edits.db")
    db.execute("CREATE TABLE entryversion (source TEXT, entry_id INTEGER, version INTEGER, "
               "title TEXT, summary TEXT)")
    for k, (_, original, revised) in enumerate(pair_texts(3)):
        title, body = original.split("\n\n", 1)
        db.execute("INSERT INTO entryversion VALUES ('ap', ?, 1, ?, ?)", (k, title, body))
        title, body = revised.split("\n\n", 1)
        db.execute("INSERT INTO entryversion VALUES ('ap', ?, 2, ?, ?)", (k, title, body))
    db.commit()
    db.close()
    table = tmp_path / "changes.csv"
    status, err = _batch(capsys, str(tmp_path / "edits.db"), "-o", str(table), "-j", "1")
    assert status == 0 and "3 compared" in err
    rows = _table(table)
    assert [r["pair_id"] for r in rows] == ["ap/0:1-2", "ap/1:1-2", "ap/2:1-2", "ap/2:1-2"]
    assert [r["kind"] for r in rows] == ["commentary", "omission", "fact_change", "fact_change"]
    assert (tmp_path / "changes.csv.done").exists() and not (tmp_path / "changes.jsonl").exists()


@pytest.mark.parametrize("only_with, kept", [
    ("commentary", {0, 4}), ("omission", {1, 5}), ("missing-fact", {1, 2, 5, 6}),
    ("commentary,omission", {0, 1, 4, 5}),
])
def test_filters_keep_only_pairs_with_what_they_name(pairs_jsonl: Path, tmp_path: Path, only_with: str,
                                                      kept: set[int], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kept.jsonl"
    status, err = _batch(capsys, str(pairs_jsonl), "-o", str(out), "-j", "1", "--only-with", only_with)
    assert status == 0 and f"{8 - len(kept)} left out by the filter" in err
    assert [x["id"] for x in read_jsonl(out)] == [f"p{k:03d}" for k in sorted(kept)]
    # the pairs left out are done too: a second run compares nothing
    status, err = _batch(capsys, str(pairs_jsonl), "-o", str(out), "-j", "1", "--only-with", only_with)
    assert "8 of 8 pairs were done before" in err and "0 pairs in" in err


def test_a_failing_pair_is_kept_by_any_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "pairs.jsonl"
    listing.write_text(json.dumps({"id": "bad", "original": "missing.txt", "revised": "x"}) + "\n",
                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    _batch(capsys, str(listing), "-o", str(out), "-j", "1", "--only-with", "commentary")
    assert [(x["id"], x["status"]) for x in read_jsonl(out)] == [("bad", "failed")]


@pytest.mark.slow
def test_worker_processes_write_what_one_process_writes(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    listing = write_jsonl(tmp_path / "pairs.jsonl", 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _batch(capsys, str(listing), "-o", str(one), "-j", "1")[0] == 0
    status, err = _batch(capsys, str(listing), "-o", str(two), "-j", "2", "--chunk", "2")
    assert status == 0 and "12 compared" in err
    assert two.read_bytes() == one.read_bytes()


def test_a_second_run_goes_on_and_a_repeated_id_is_recorded(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    listing = write_jsonl(tmp_path / "pairs.jsonl", 3)
    out = tmp_path / "out.jsonl"
    assert _batch(capsys, str(listing), "-o", str(out), "-j", "1")[0] == 0
    with open(listing, "a", encoding="utf-8") as fh:  # the list grows: two new lines
        fh.write(json.dumps({"id": "p000", "original": "A.", "revised": "B."}) + "\n")
        fh.write(json.dumps({"id": "new", "original": "A cat.", "revised": "A dog."}) + "\n")
    status, err = _batch(capsys, str(listing), "-o", str(out), "-j", "1")
    assert "3 of 5 pairs were done before" in err and "2 pairs in" in err
    lines = read_jsonl(out)
    assert [(x["id"], x["status"]) for x in lines] == [
        ("p000", "ok"), ("p001", "ok"), ("p002", "ok"), ("p000#2", "failed"), ("new", "ok")]
    assert "was given before" in lines[3]["error"]


@pytest.mark.parametrize("argv, message", [
    (["-o", "out.txt"], "give a .jsonl or a .csv file"),
    (["-o", "a.jsonl", "-o", "b.jsonl"], "two jsonl outputs"),
    (["-o", "out.jsonl", "--only-with", "opinion"], "--only-with takes"),
    (["-o", "out.jsonl", "--jobs", "-1"], "--jobs"),
])
def test_usage_errors_exit_2_with_one_line(argv: list[str], message: str, pairs_jsonl: Path,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    status, err = _batch(capsys, str(pairs_jsonl), *argv)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1


def test_outputs_of_something_else_or_other_settings_are_not_resumed(
        pairs_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    status, err = _batch(capsys, str(pairs_jsonl), "-o", str(out))
    assert status == 2 and "no batch's output" in err
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert _batch(capsys, str(pairs_jsonl), "-o", str(out), "-j", "1", "--restart")[0] == 0
    status, err = _batch(capsys, str(pairs_jsonl), "-o", str(out), "--sensitivity", "high")
    assert status == 2 and "other options" in err
    status, err = _batch(capsys, str(tmp_path / "none.jsonl"), "-o", str(out))
    assert status == 2 and "does not exist" in err
