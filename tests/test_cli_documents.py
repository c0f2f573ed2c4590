"""Documents and web archives on the command line, as a user gives them: one tracked-changes
Word document compared with itself (rejected against accepted), two captures of one archive,
--page/--capture, and every new format against every other; bad ones exit 2 with one line."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from articlecompare.cli import main
from pdf_pages import pdf_bytes
from report_checks import check_report
from written_documents import (article_page, docx_with_body, docx_with_python_docx, epub_bytes, odt_bytes,
                               tracked_body, wacz_bytes, warc_bytes, wayback_page)

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "report.schema.json").read_text("utf-8"))
ORIGINAL = ["Council closes the old library",
            "The city council voted 7-2 on Tuesday to close the old library on Main Street.",
            "This paragraph was cut by the editor before publication.",
            "Residents objected at the meeting and collected 1,200 signatures."]
REVISED = ["Council closes the old library",
           "The city council narrowly voted 6-3 on Tuesday to close the old library on Main Street.",
           "Residents objected strongly at the meeting and collected 1,200 signatures.",
           "The decision is a disgrace that the whole town will regret for decades."]
URL = "https://news.example/library"
CAPTURES = [(URL, "2024-01-05T12:00:00Z", article_page(ORIGINAL[1:], ORIGINAL[0])),
            (URL, "2024-03-07T08:30:00Z", article_page(REVISED[1:], REVISED[0]))]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["compare", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def report(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    check_report(data)
    return data


def test_a_tracked_changes_document_alone_compares_rejected_with_accepted(tmp_path, capsys):
    draft = tmp_path / "draft.docx"
    draft.write_bytes(docx_with_body(tracked_body(ORIGINAL, REVISED)))
    out = tmp_path / "out.json"
    code, _, err = run(capsys, str(draft), "--format", "json", "-o", str(out))
    assert (code, err) == (0, "")
    data = report(out)
    assert data["original"]["text"] == "\n\n".join(ORIGINAL)
    assert data["revised"]["text"] == "\n\n".join(REVISED)
    assert "revisions" not in data["original"]
    revisions = data["revised"]["revisions"]
    assert {"kind": "insertion", "text": "narrowly", "author": "Ed Itor", "date": "2024-01-05T10:00:00Z"} in revisions
    kinds = {change["kind"] for change in data["changes"]}
    assert {"omission", "commentary", "fact_change"} <= kinds
    code, out_text, _ = run(capsys, str(draft))
    assert code == 0 and f"Tracked changes: {len(revisions)} by Ed Itor (2024-01-05)." in out_text


def test_an_archive_alone_compares_its_two_captures(tmp_path, capsys):
    archive = tmp_path / "site.wacz"
    archive.write_bytes(wacz_bytes(CAPTURES))
    out = tmp_path / "out.json"
    assert run(capsys, str(archive), "-o", str(out))[0] == 0
    data = report(out)
    assert (data["original"]["date"], data["revised"]["date"]) == ("2024-01-05T12:00:00Z", "2024-03-07T08:30:00Z")
    assert data["original"]["url"] == URL and data["original"]["kind"] == "wacz"
    # the captures the other way round, named by time
    assert run(capsys, str(archive), "--capture", "20240307", "--capture", "20240105", "-o", str(out))[0] == 0
    assert report(out)["original"]["date"] == "2024-03-07T08:30:00Z"


def test_one_capture_of_each_of_two_archives(tmp_path, capsys):
    first, second = tmp_path / "first.warc.gz", tmp_path / "second.warc"
    first.write_bytes(warc_bytes(CAPTURES))
    second.write_bytes(warc_bytes(CAPTURES, gzipped=False))
    code, _, err = run(capsys, str(first), str(second), "-o", str(tmp_path / "r.json"))
    assert code == 2 and err.count("\n") == 1
    assert err == (f"articlecompare: {first} holds 2 captures of {URL}; choose one with --capture: "
                   "20240105120000, 20240307083000\n")
    code, _, err = run(capsys, str(first), str(second), "--page", URL, "--capture", "20240105",
                       "--capture", "20240307", "-o", str(tmp_path / "r.json"))
    assert (code, err) == (0, "")
    assert report(tmp_path / "r.json")["revised"]["date"] == "2024-03-07T08:30:00Z"


@pytest.mark.parametrize("original", ["docx", "odt", "epub", "pdf", "wayback"])
@pytest.mark.parametrize("revised", ["docx", "pdf", "wacz"])
def test_every_format_against_others(original, revised, tmp_path, capsys):
    paths = {side: _written(tmp_path, kind, texts, side)
             for side, kind, texts in (("a", original, ORIGINAL), ("b", revised, REVISED))}
    out = tmp_path / "r.json"
    code, _, err = run(capsys, str(paths["a"]), str(paths["b"]), "-o", str(out))
    assert (code, err) == (0, "")
    data = report(out)
    assert "7-2" in data["original"]["text"] and "narrowly voted 6-3" in data["revised"]["text"]
    assert any(change["kind"] == "omission" for change in data["changes"])


def _written(folder: Path, kind: str, texts: list[str], side: str) -> Path:
    path = folder / f"{side}.{'html' if kind == 'wayback' else kind}"
    if kind == "docx":
        path.write_bytes(docx_with_python_docx(texts[0], texts[1:]))
    elif kind == "odt":
        path.write_bytes(odt_bytes(texts[0], texts[1:]))
    elif kind == "epub":
        path.write_bytes(epub_bytes(texts[0], [texts]))
    elif kind == "pdf":
        path.write_bytes(pdf_bytes(texts))
    elif kind == "wacz":
        path.write_bytes(wacz_bytes([(URL, "2024-01-05T12:00:00Z", article_page(texts[1:], texts[0]))]))
    else:
        path.write_text(wayback_page(texts[1:], texts[0], URL), encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "data"), [
    ("plain.docx", docx_with_python_docx("Title", ORIGINAL[1:])),
    ("one.wacz", wacz_bytes(CAPTURES[:1])),
    ("paper.pdf", pdf_bytes(ORIGINAL)),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + "EncryptedPackage".encode("utf-16-le")),
    ("scan.pdf", pdf_bytes([])),
    ("bad.wacz", b"PK\x03\x04" + bytes(64)),
])
def test_a_lone_file_that_is_no_pair_exits_2_with_one_line(name, data, tmp_path, capsys):
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(capsys, str(path), "-o", str(tmp_path / "r.json"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("articlecompare: ") and (name in err or "give two files" in err)
    assert not (tmp_path / "r.json").exists()


def test_page_and_capture_at_most_twice(tmp_path, capsys):
    archive = tmp_path / "site.wacz"
    archive.write_bytes(wacz_bytes(CAPTURES))
    code, _, err = run(capsys, str(archive), "--capture", "1", "--capture", "2", "--capture", "3")
    assert code == 2 and "at most twice" in err
