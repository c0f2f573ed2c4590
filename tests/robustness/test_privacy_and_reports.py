"""Nothing is fetched from the network, and no input can put markup or script into an HTML
report or a formula into a CSV report."""
from __future__ import annotations

import csv
import io
import re
import socket
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.compare import compare
from articlecompare.export.csv_report import render_csv
from articlecompare.export.html_report import render_html
from articlecompare.sources import load_bytes, load_path, load_text

from robust_checks import ARTICLE, HOSTILE_PAGE, compare_or_refuse, run_compare

INJECTION = "</div><script>alert(1)</script><img src=x onerror=alert(1)>"


@pytest.fixture
def offline(monkeypatch) -> list[str]:
    """Every way out to the network raises, and is recorded."""
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:2] or args[:1]}")
            raise OSError(f"network access attempted: {what}")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urlopen"))
    return attempts


def _hostile(tmp_path: Path) -> tuple[Path, Path]:
    original = tmp_path / "hostile.html"
    original.write_text(HOSTILE_PAGE, encoding="utf-8")
    revised = tmp_path / "hostile-revised.html"
    revised.write_text(HOSTILE_PAGE.replace("7-2", "6-3").replace("strongly", "loudly"), encoding="utf-8")
    return original, revised


def test_the_blocker_does_catch_a_connection(offline) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80))
    assert offline


def test_loading_and_comparing_a_hostile_page_stays_offline(offline, tmp_path: Path, capsys) -> None:
    original, revised = _hostile(tmp_path)
    a, b = load_path(original), load_path(revised)
    comparison = compare(a, b)
    render_html(comparison)
    report = compare_or_refuse(capsys, original, revised)
    assert isinstance(report, dict) and report["changes"]
    code, _, err = run_compare(capsys, original, revised, "-o", tmp_path / "r.html")
    assert code == 0, err
    mhtml = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
             "Content-Type: text/html\r\nContent-Location: https://news.example/a\r\n\r\n"
             + HOSTILE_PAGE + "\r\n--B--\r\n").encode()
    load_bytes(mhtml, "saved.mhtml")
    load_bytes(HOSTILE_PAGE.encode(), "https://news.example/page.html")
    assert offline == []


def test_hostile_page_text_has_no_script(tmp_path: Path) -> None:
    article = load_path(_hostile(tmp_path)[0])
    assert "The city council voted 7-2" in article.text
    for leftover in ("alert(", "document.cookie", "tracker.example", "<script", "onerror"):
        assert leftover not in article.text


def _assert_inert(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(["script", "iframe", "object", "embed", "img", "link", "base", "form"])
    assert not re.search(r"<script", html, re.IGNORECASE)
    assert not re.search(r"""(src|href|action|poster)\s*=\s*["']?\s*(https?:|//)""", html, re.IGNORECASE)
    assert "javascript:" not in html.lower()
    for element in soup.find_all(True):
        for attribute in element.attrs:
            assert not attribute.lower().startswith("on"), (element.name, attribute)
        if element.name == "meta":
            assert element.get("http-equiv", "").lower() != "refresh"
    assert not re.search(r"url\(\s*['\"]?\s*(https?:|//)", html, re.IGNORECASE)
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert csp is not None
    policy = csp["content"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    return soup


def test_html_report_of_a_hostile_page_is_inert(tmp_path: Path, capsys) -> None:
    original, revised = _hostile(tmp_path)
    out = tmp_path / "report.html"
    code, _, err = run_compare(capsys, original, revised, "-o", out)
    assert code == 0, err
    _assert_inert(out.read_text(encoding="utf-8"))


def _injected_comparison():
    original = load_text(f"The council voted on Tuesday. {INJECTION} Residents objected.",
                         source=f"a{INJECTION}.txt")
    revised = load_text(f"The council voted on Wednesday. {INJECTION} {INJECTION}! Residents "
                        f"objected \"strongly\" & loudly. <b onclick='x'>bold</b>",
                        source=f"b{INJECTION}.txt")
    return compare(original, revised)


def _notes(comparison, note: str) -> AnnotationSet:
    return AnnotationSet({c.key: Annotation(Verdict.ERROR, note) for c in comparison.changes})


def test_article_text_cannot_inject_markup_into_the_html_report() -> None:
    comparison = _injected_comparison()
    assert comparison.changes
    html = render_html(comparison, _notes(comparison, f"note {INJECTION}"))
    soup = _assert_inert(html)
    assert not soup.find_all("b")
    assert INJECTION in soup.get_text()  # shown as text, escaped
    assert f"note {INJECTION}" in soup.get_text()


def test_markup_in_a_file_name_or_title_is_escaped(tmp_path: Path, capsys) -> None:
    page = (f"<html><head><title>{INJECTION.replace('<', '&lt;')}</title>"
            f"<meta name='author' content='{INJECTION.replace(chr(39), '&#39;').replace('<', '&lt;')}'>"
            f"</head><body><article><p>{ARTICLE}</p></article></body></html>")
    a = tmp_path / "page.html"
    a.write_text(page, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(ARTICLE.replace("Tuesday", "Monday"), encoding="utf-8")
    out = tmp_path / "r.html"
    code, _, err = run_compare(capsys, a, b, "-o", out)
    assert code == 0, err
    _assert_inert(out.read_text(encoding="utf-8"))


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"]


def test_csv_cells_from_article_text_are_neutralised() -> None:
    original = load_text("\n\n".join(f"{f} old sentence number {n}." for n, f in enumerate(FORMULAS)))
    revised = load_text("\n\n".join(f"{f} new wording number {n}!" for n, f in enumerate(FORMULAS))
                        + "\n\n=2+2 added at the end.")
    comparison = compare(original, revised)
    assert comparison.changes
    rows = list(csv.reader(io.StringIO(render_csv(comparison, _notes(comparison, "=cmd|'/C calc'!A0")))))
    assert rows[0][0] == "id"
    cells = [cell for row in rows[1:] for cell in row]
    assert any("old sentence" in cell for cell in cells)
    assert "'=cmd|'/C calc'!A0" in cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)


def test_csv_report_through_the_command_line(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("=1+1 the council voted.\n\n@user said hello.", encoding="utf-8")
    b.write_text("-1+1 the council decided.\n\n+user said goodbye.", encoding="utf-8")
    out = tmp_path / "r.csv"
    code, _, err = run_compare(capsys, a, b, "-o", out)
    assert code == 0, err
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 1
    for cell in (cell for row in rows[1:] for cell in row):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)
