"""The command line, headless: reports written and read back, a readable summary, and bad
input that exits 2 with one line on stderr and no traceback."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from articlecompare.cli import main
from articlecompare.sources import MAX_INPUT_BYTES
from report_checks import check_report

try:
    import articlecompare.export.formats  # noqa: F401
    HAVE_FORMATS = True
except ImportError:  # pragma: no cover - only while the report formats are being written
    HAVE_FORMATS = False
needs_formats = pytest.mark.skipif(not HAVE_FORMATS,
                                   reason="export/formats.py (md, html, csv reports) is not there yet")

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
NO_ARTICLE_PAGE = ("<!doctype html><html><head><title>Home</title></head><body>"
                   "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
MENU_AND_FOOTER_PAGE = NO_ARTICLE_PAGE.replace("</nav>", "</nav><footer>© 2024</footer>")


@pytest.fixture
def pair(seed_paths: tuple[Path, Path]) -> tuple[str, str]:
    original, revised = seed_paths
    return str(original), str(revised)


def assert_report(report: dict[str, Any]) -> None:
    assert report["format"] == "articlecompare-report"
    assert report["version"] == 1
    assert report["changes"]
    for change in report["changes"]:
        assert change["kind"] in {"commentary", "addition", "omission", "rewording",
                                  "fact_change", "quote_change", "move", "boilerplate"}
    check_report(report)
    assert report["summary"]["missing_facts"]


def test_compare_writes_a_json_report(pair: tuple[str, str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    assert main(["compare", *pair, "-o", str(out)]) == 0
    assert_report(json.loads(out.read_text(encoding="utf-8")))
    captured = capsys.readouterr()
    assert captured.err == ""


def test_compare_without_output_prints_a_summary(pair: tuple[str, str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *pair]) == 0
    captured = capsys.readouterr()
    assert "Missing facts" in captured.out
    assert "commentary" in captured.out and "Thomas Homan" in captured.out
    assert not captured.out.lstrip().startswith("{")
    assert captured.err == ""


def test_dash_output_prints_json(pair: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *pair, "-o", "-"]) == 0
    assert_report(json.loads(capsys.readouterr().out))


def test_compare_options_reach_the_engine(pair: tuple[str, str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *pair, "-o", "-"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["compare", *pair, "-o", "-", "--hide-boilerplate"]) == 0
    hidden = json.loads(capsys.readouterr().out)
    assert "boilerplate" in plain["summary"]["counts"]
    assert "boilerplate" not in hidden["summary"]["counts"]


def test_sensitivity_sets_how_much_is_commentary(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    base = ("The council met on Tuesday to vote on the budget.\n\n"
            "The plan sets aside $4 million for road repairs.\n")
    added = ["Frankly, this shameful plan is the worst idea the council has had in years.",
             "Residents will be relieved that the roads are finally getting some attention.",
             "Some of the work could begin before the summer."]
    (tmp_path / "a.txt").write_text(base, encoding="utf-8")
    (tmp_path / "b.txt").write_text(base + "\n" + "\n\n".join(added) + "\n", encoding="utf-8")
    shares = {}
    for level in ("low", "normal", "high"):
        assert main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", "-",
                     "--sensitivity", level]) == 0
        report = json.loads(capsys.readouterr().out)
        flagged = [c for c in report["changes"] if c["kind"] == "commentary"]
        assert all(0 < c["confidence"] <= 1 for c in flagged)
        shares[level] = sum(c["revised"]["end"] - c["revised"]["start"] for c in flagged)
    assert shares["low"] <= shares["normal"] <= shares["high"]
    assert shares["normal"] > 0
    with pytest.raises(SystemExit):
        main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--sensitivity", "max"])


def test_the_module_runs_as_a_program(pair: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = subprocess.run([sys.executable, "-m", "articlecompare", "compare", *pair,
                             "--format", "json", "-o", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert_report(json.loads(out.read_text(encoding="utf-8")))


def test_bad_input_exits_2_as_a_program(tmp_path: Path, pair: tuple[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "articlecompare", "compare",
                             str(tmp_path / "missing.txt"), pair[1]],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "picture.txt"
    png.write_bytes(PNG)
    page = tmp_path / "page.html"
    page.write_text(NO_ARTICLE_PAGE, encoding="utf-8")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is written
    folder = tmp_path / "folder"
    folder.mkdir()
    return {"missing": tmp_path / "missing.txt", "directory": folder, "empty": empty,
            "binary": png, "no article": page, "too large": huge}


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "binary", "no article",
                                  "too large"])
@pytest.mark.parametrize("position", ["original", "revised"])
def test_bad_input_exits_2_with_one_line(case: str, position: str, tmp_path: Path,
                                         pair: tuple[str, str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = str(_bad_inputs(tmp_path)[case])
    args = [bad, pair[1]] if position == "original" else [pair[0], bad]
    out = tmp_path / "out.json"
    assert main(["compare", *args, "-o", str(out)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    assert Path(bad).name in lines[0]
    assert not out.exists()


def test_a_page_of_menus_and_a_footer_has_no_article(pair: tuple[str, str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "menus.html"
    page.write_text(MENU_AND_FOOTER_PAGE, encoding="utf-8")
    code = main(["compare", str(page), pair[1], "-o", str(tmp_path / "out.json")])
    capsys.readouterr()
    assert code == 2


def test_an_unwritable_output_exits_2_with_one_line(pair: tuple[str, str], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["compare", *pair, "-o", str(blocker / "out.json")]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.splitlines()) == 1, captured.err
    assert "Traceback" not in captured.err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_existing_report_survives_a_failed_run(pair: tuple[str, str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous report", encoding="utf-8")
    assert main(["compare", str(tmp_path / "missing.txt"), pair[1], "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "previous report"
    capsys.readouterr()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@needs_formats
def test_markdown_report(pair: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    assert main(["compare", *pair, "--format", "md", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "Thomas Homan" in text and "| " in text


@needs_formats
def test_html_report(pair: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["compare", *pair, "--format", "html", "-o", str(out)]) == 0
    parser = _Text()
    parser.feed(out.read_text(encoding="utf-8"))
    assert "html" in parser.tags and "body" in parser.tags
    assert "Thomas Homan" in "".join(parser.text)


@needs_formats
def test_csv_report(pair: tuple[str, str], tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.csv"
    assert main(["compare", *pair, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert main(["compare", *pair, "-o", "-"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["kind"]) for r in rows] == [(c["id"], c["kind"]) for c in report["changes"]]


@needs_formats
def test_format_follows_the_output_extension(pair: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    assert main(["compare", *pair, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_only_json_goes_to_standard_output(pair: tuple[str, str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *pair, "--format", "md", "-o", "-"]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.splitlines()) == 1 and captured.out == ""


def test_the_sparse_file_really_is_over_the_limit(tmp_path: Path) -> None:
    huge = _bad_inputs(tmp_path)["too large"]
    assert os.path.getsize(huge) > MAX_INPUT_BYTES


def test_an_output_name_of_no_report_format_is_refused(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    out = tmp_path / "report.docx"
    assert main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert ".docx" in err and "--format" in err and err.count("\n") == 1
    assert not out.exists()


def test_a_session_to_standard_output_keeps_its_annotations(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article
    from articlecompare.core.options import CompareOptions
    from articlecompare.core.session import Session
    from articlecompare.export.session_file import save_session
    from articlecompare.opinion import read_opinion

    original = Article("The council met on Tuesday. It approved the budget of $4 million.\n")
    revised = Article("The council met on Monday. It approved the budget.\n")
    comparison = compare(original, revised, CompareOptions(), opinion=read_opinion)
    first = comparison.changes[0]
    annotations = AnnotationSet({first.key: Annotation(Verdict.NEEDS_CHECKING, "which day?")})
    path = tmp_path / "work.acsession"
    save_session(path, Session(original, revised, CompareOptions(), annotations))
    assert main(["compare", str(path), "-o", "-"]) == 0
    to_stdout = json.loads(capsys.readouterr().out)
    assert main(["compare", str(path), "-o", str(tmp_path / "r.json")]) == 0
    to_file = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert to_stdout["annotations"] == to_file["annotations"]
    assert "which day?" in json.dumps(to_stdout["annotations"])


@pytest.mark.parametrize("content", [
    '{"format": "articlecompare-session", "version": 1, "original": [], "revised": 3}',
    '{"format": "articlecompare-session", "version": 1, "original": {"text": 5}}',
    '{"format": "articlecompare-session", "version": ' + "9" * 5000 + "}",
    "[" * 100_000,
    '{"format": "articlecompare-session", "version": 1, "annotations": "x"}',
])
def test_a_malformed_session_exits_2_with_one_line(content: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.acsession"
    path.write_text(content, encoding="utf-8")
    assert main(["compare", str(path), "-o", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("articlecompare: ") and err.count("\n") == 1 and "broken.acsession" in err
    assert "Traceback" not in err and "list indices" not in err


def test_a_file_name_not_in_utf8_gives_reports(tmp_path: Path) -> None:
    # a file name may hold bytes that are not UTF-8 (a lone surrogate in Python, saved as a
    # JSON escape): it stops neither a comparison nor a report. (A lone surrogate in a text,
    # which no file decodes to, is refused: see tests/robustness/test_session_files.py.)
    from articlecompare.core.model import Article
    from articlecompare.core.options import CompareOptions
    from articlecompare.core.session import Session
    from articlecompare.export.session_file import save_session

    odd = "caf\udce9.txt"  # how Python names the file b"caf\xe9.txt"
    session = Session(Article("The council met on Tuesday evening.\n", odd),
                      Article("The council met on Monday evening.\n", odd),
                      CompareOptions())
    path = tmp_path / "odd.acsession"
    save_session(path, session)
    for fmt in ("json", "html", "md", "csv"):
        out = tmp_path / f"report.{fmt}"
        assert main(["compare", str(path), "-o", str(out)]) == 0
        assert out.stat().st_size > 0
