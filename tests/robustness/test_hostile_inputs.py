"""A corpus of bad and hostile files, made here, each through the command line: either a
correct comparison (offsets slice to their text, word runs rebuild both texts) or status 2
with one line on stderr, never a traceback."""
from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from robust_checks import ARTICLE, HOSTILE_PAGE, compare_or_refuse, no_changes

EDITED = ARTICLE.replace("7-2", "6-3").replace("strongly ", "").replace(
    "2,000 people", "more than 2,000 residents")

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + zlib.compress(b"x" * 400)
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(ARTICLE.encode())


def _mhtml(parts: str, header_boundary: bool = True) -> bytes:
    boundary = '; boundary="----=_Part_1"' if header_boundary else ""
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"{boundary}\r\n"
            f"\r\n{parts}").encode()


_HTML_PART = ("------=_Part_1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
              "Content-Location: https://news.example/a\r\n\r\n<html><body><article><p>The city counc=\r\n"
              "il voted 7-2 on Tuesday to close the library.</p><img src=3D\"cid:photo@mhtml\">"
              "<p>Residents objected strongly.</p></article></body></html>\r\n")

# name -> (file name, content, expectation): "error" must be refused, "ok" must compare,
# "either" may do both. A callable checks the report (or the message) further.
Expect = str
CASES: dict[str, tuple[str, bytes, Expect]] = {
    "empty": ("empty.txt", b"", "error"),
    "whitespace": ("blank.txt", " \t\r\n \n\u3000\u00a0\n".encode(), "error"),
    "whitespace_html": ("blank.html", b"  \n\n\t  ", "error"),
    "empty_markup": ("nothing.html", b"<html><head><title>x</title></head><body> </body></html>", "error"),
    "png_as_txt": ("photo.txt", PNG + bytes(200), "error"),
    "pdf_as_html": ("paper.html", PDF, "error"),
    "zip_as_md": ("notes.md", ZIP, "error"),
    "png_as_html": ("page.htm", PNG, "error"),
    "nul_bytes": ("data.txt", b"The council \x00\x01\x02 voted\x00" * 50, "error"),
    "truncated_utf8": ("cut.txt", ARTICLE.encode()[:-2], "ok"),  # ends inside the curly quote
    "invalid_utf8": ("bad.txt", b"The council \xff\xfe\xc3( voted on Tuesday. Caf\xe9 prices \x80 rose.", "ok"),
    "lone_surrogate": ("sur.txt", b"The council \xed\xa0\x80 voted on Tuesday.", "ok"),
    "utf16_bom": ("u16.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "ok"),
    "utf16_be_bom": ("u16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "ok"),
    "utf16_no_bom_ascii": ("u16plain.txt", ARTICLE.encode("ascii", "ignore").decode().encode("utf-16-le"), "ok"),
    "utf16_no_bom": ("u16nobom.txt", ARTICLE.encode("utf-16-le"), "ok"),
    "utf16_be_no_bom": ("u16benobom.txt", ARTICLE.encode("utf-16-be"), "ok"),
    "utf16_html_no_bom": ("u16.html", f"<html><body><p>{ARTICLE}</p></body></html>".encode("utf-16-le"), "ok"),
    "utf16_odd_length": ("u16odd.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le") + b"\x41", "either"),
    "mixed_line_endings": ("mixed.txt", ARTICLE.replace("\n\n", "\r\n\r\n").replace(". ", ".\r").encode()
                           + b"\nLast line.\r\nAnother.\r\rFinal para.\n", "ok"),
    "cr_only": ("mac.txt", ARTICLE.replace("\n", "\r").encode(), "ok"),
    "nav_only": ("nav.html", b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                 b"<ul class='menu'><li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather</a>"
                 b"</li></ul><footer><a href='/about'>About</a></footer></body></html>", "error"),
    "deep_nesting": ("deep.html", ("<html><body><p>The council met on Tuesday.</p>" + "<div>" * 5000
                                   + "<p>The city council voted to close the library.</p>" + "</div>" * 5000
                                   + "<p>Residents objected.</p></body></html>").encode(), "ok"),
    "deep_unclosed": ("deepopen.html", ("<p>The council voted on Tuesday." + "<span><b><i>" * 3000
                                        + "Residents objected strongly.").encode(), "ok"),
    "malformed": ("bad.html", b"<html><body><p>The council <b>voted <i>on Tuesday</p></div></span>"
                  b"<p>to close <<the>> library & more</td></table><p attr=\"x>broken <p>Residents</p>"
                  b"<!-- unclosed comment <p>gone", "either"),
    "unclosed_script": ("script.html", b"<html><body><p>The council voted on Tuesday.</p><script>var x = '", "ok"),
    "cdata_and_pi": ("odd.html", b"<?xml version='1.0'?><!DOCTYPE html><html><body><![CDATA[x]]>"
                     b"<?php echo 1 ?><p>The council voted on Tuesday.</p></body></html>", "ok"),
    "mhtml_no_html_part": ("saved.mhtml", _mhtml("------=_Part_1\r\nContent-Type: image/png\r\n"
                                                 "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                                                 "------=_Part_1--\r\n"), "error"),
    "mhtml_missing_image": ("missing.mhtml", _mhtml(_HTML_PART + "------=_Part_1--\r\n"), "ok"),
    "mhtml_truncated": ("cut.mhtml", _mhtml(_HTML_PART[: len(_HTML_PART) // 2]), "either"),
    "mhtml_no_boundary": ("nob.mhtml", _mhtml(_HTML_PART, header_boundary=False), "either"),
    "mhtml_bad_base64": ("b64.mhtml", _mhtml("------=_Part_1\r\nContent-Type: text/html\r\n"
                                             "Content-Transfer-Encoding: base64\r\n\r\n!!!not base64@@@\r\n"), "either"),
    "mhtml_headers_only": ("hdr.mht", b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n", "error"),
    "hostile": ("hostile.html", HOSTILE_PAGE.encode(), "ok"),
    "rtl_arabic": ("ar.txt", "صوّت مجلس المدينة يوم الثلاثاء على إغلاق المكتبة. وقال العمدة إن الفرع يكلف مليون دولار.\n\n"
                   "اعترض السكان بشدة.".encode(), "ok"),
    "rtl_hebrew_bidi": ("he.html", "<html dir='rtl'><body><p>מועצת העיר הצביעה ביום שלישי 7-2 לסגור את הספרייה. "
                        "\u202eevil\u202c ראש העיר Jane Ortiz אמר.</p></body></html>".encode(), "ok"),
    "cjk": ("zh.md", "# 市议会关闭图书馆\n\n市议会周二以7比2投票决定关闭图书馆。市长说，该分馆每年运营成本为120万美元。\n\n"
            "居民在会上强烈反对，2000人签署了请愿书。東京大学の研究者も驚いた。한국어 문장도 있다.".encode(), "ok"),
    "emoji_combining": ("emoji.txt", "The council 👩\u200d👩\u200d👧 voted 🇺🇸 on Tuesday 👍🏽. "
                        "Cafe\u0301 owners and x\u0301\u0302\u0303 na\u0308ive residents objected. "
                        "Zalgo t\u0337\u0336\u0335e\u0334xt.".encode(), "ok"),
    "control_chars": ("ctl.txt", b"The council\x0b voted\x0c on\x1b Tuesday.\x85 Residents objected.", "either"),
    "bidi_controls_only": ("bidi.txt", "\u200f\u202e\u2066\u2069\u200b\ufeff".encode(), "error"),
    "one_huge_line": ("line.txt", ("word " * 50_000).encode(), "ok"),
    "one_huge_word": ("word.txt", b"x" * 300_000, "ok"),
    "many_paragraphs": ("paras.txt", b"A.\n\n" * 1_000, "ok"),  # 20,000: see test_added_run_cost
    # documents and archives: damaged, empty or not what their names say
    "pdf_damaged": ("paper.pdf", PDF, "error"),
    "pdf_truncated": ("cut.pdf", PDF[:30], "error"),
    "zip_as_docx": ("story.docx", ZIP, "error"),
    "text_as_docx": ("story.docx", ARTICLE.encode(), "error"),
    "text_as_pdf": ("story.pdf", ARTICLE.encode(), "error"),
    "zip_as_epub": ("book.epub", ZIP, "error"),
    "zip_as_odt": ("doc.odt", ZIP, "error"),
    "text_as_warc": ("site.warc", ARTICLE.encode(), "error"),
    "gzip_text_as_warc": ("site.warc.gz", gzip.compress(ARTICLE.encode()), "error"),
    "zip_as_wacz": ("site.wacz", ZIP, "error"),
}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "corpus" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_compares_or_gives_one_line(case: str, tmp_path: Path, good: Path, capsys) -> None:
    name, data, expect = CASES[case]
    path = _write(tmp_path, name, data)
    results = [compare_or_refuse(capsys, path, good), compare_or_refuse(capsys, good, path)]
    for result in results:
        if expect == "error":
            assert isinstance(result, str), f"{case} should be refused"
            assert name in result
        elif expect == "ok":
            assert isinstance(result, dict), result
    if isinstance(results[0], dict):
        against_itself = compare_or_refuse(capsys, path, path)
        assert isinstance(against_itself, dict) and no_changes(against_itself)


@pytest.mark.parametrize("case", ["utf16_bom", "utf16_be_bom", "utf16_no_bom", "utf16_be_no_bom"])
def test_utf16_reads_as_the_same_text(case: str, tmp_path: Path, good: Path, capsys) -> None:
    name, data, _ = CASES[case]
    report = compare_or_refuse(capsys, _write(tmp_path, name, data), good)
    assert isinstance(report, dict)
    assert report["original"]["text"] == report["revised"]["text"] == ARTICLE
    assert no_changes(report)


def test_utf16_without_bom_of_plain_ascii_is_not_binary(tmp_path: Path, capsys) -> None:
    name, data, _ = CASES["utf16_no_bom_ascii"]
    report = compare_or_refuse(capsys, _write(tmp_path, name, data), _write(tmp_path, "b.txt", data))
    assert isinstance(report, dict) and "Tuesday" in report["original"]["text"]


def test_line_endings_do_not_reach_the_text(tmp_path: Path, good: Path, capsys) -> None:
    for case in ("mixed_line_endings", "cr_only"):
        name, data, _ = CASES[case]
        report = compare_or_refuse(capsys, _write(tmp_path, name, data), good)
        assert isinstance(report, dict)
        assert "\r" not in report["original"]["text"]
    report = compare_or_refuse(capsys, _write(tmp_path, "mac.txt", CASES["cr_only"][1]), good)
    assert isinstance(report, dict) and report["original"]["text"] == ARTICLE


def test_deeply_nested_text_is_kept(tmp_path: Path, capsys) -> None:
    name, data, _ = CASES["deep_nesting"]
    report = compare_or_refuse(capsys, _write(tmp_path, name, data), _write(tmp_path, "b.txt", b"Other."))
    assert isinstance(report, dict)
    text = report["original"]["text"]
    for sentence in ("The council met on Tuesday.", "The city council voted to close the library.",
                     "Residents objected."):
        assert sentence in text


def test_missing_mhtml_parts_still_give_the_page(tmp_path: Path, good: Path, capsys) -> None:
    name, data, _ = CASES["mhtml_missing_image"]
    report = compare_or_refuse(capsys, _write(tmp_path, name, data), good)
    assert isinstance(report, dict)
    assert "The city council voted 7-2 on Tuesday" in report["original"]["text"]


def test_one_side_empty_names_the_empty_file(tmp_path: Path, good: Path, capsys) -> None:
    empty = _write(tmp_path, "revised.txt", b"")
    for pair in ((good, empty), (empty, good)):
        message = compare_or_refuse(capsys, *pair)
        assert message == f"articlecompare: {empty} is empty"


def test_identical_files_have_no_changes(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path, "a.txt", ARTICLE.encode())
    b = _write(tmp_path, "b.txt", ARTICLE.encode())
    report = compare_or_refuse(capsys, a, b)
    assert isinstance(report, dict) and no_changes(report)
    assert report["summary"]["kept_share"] == 1.0


UNICODE_PAIRS = {
    "rtl": ("صوّت مجلس المدينة يوم الثلاثاء على إغلاق المكتبة. وقال العمدة إن الفرع يكلف مليون دولار.",
            "صوّت مجلس المدينة يوم الأربعاء على إغلاق المكتبة. وقال العمدة إن الفرع يكلف مليوني دولار."),
    "hebrew": ("מועצת העיר הצביעה ביום שלישי לסגור את הספרייה. התושבים התנגדו.",
               "התושבים התנגדו בתוקף. מועצת העיר הצביעה ביום רביעי לסגור את הספרייה."),
    "cjk": ("市议会周二以7比2投票决定关闭图书馆。市长说，该分馆每年运营成本为120万美元。",
            "市议会周三以6比3投票决定关闭图书馆。居民强烈反对。市长说，该分馆每年运营成本为120万美元。"),
    "emoji": ("The council 👩\u200d👩\u200d👧 voted on Tuesday 👍🏽. Cafe\u0301 owners objected.",
              "The council 👩\u200d👩\u200d👦 voted on Wednesday 👍🏿. Café owners objected 🇺🇸."),
    "combining": ("Zalgo t\u0337\u0336e\u0334xt was na\u0308ive. Then it ended.",
                  "Zalgo t\u0337e\u0334\u0335xt was naïve. Then it ended here."),
}


@pytest.mark.parametrize("case", sorted(UNICODE_PAIRS))
def test_edited_unicode_text_keeps_offsets_right(case: str, tmp_path: Path, capsys) -> None:
    a_text, b_text = UNICODE_PAIRS[case]
    report = compare_or_refuse(capsys, _write(tmp_path, "a.txt", a_text.encode()),
                               _write(tmp_path, "b.txt", b_text.encode()))
    assert isinstance(report, dict)
    assert report["original"]["text"] == a_text and report["revised"]["text"] == b_text
    assert report["changes"]


@pytest.mark.slow
def test_added_run_cost_grows_linearly() -> None:
    """A revised text that adds thousands of one-sentence paragraphs (a list, a log, a page
    of short lines) must not make the comparison quadratic. Measured as work (lines of
    Python the comparison executes), not time: four times the input may cost at most about
    four times the work."""
    import sys

    from articlecompare.core.compare import compare
    from articlecompare.sources import load_text

    def calls(lines: int) -> int:
        count = 0

        def trace(frame, event, arg):  # type: ignore[no-untyped-def]
            nonlocal count
            count += 1
            return trace

        original = load_text("The council voted. Residents objected.")
        revised = load_text("".join(f"Line {n} was added.\n\n" for n in range(lines)))
        sys.settrace(trace)
        try:
            compare(original, revised)
        finally:
            sys.settrace(None)
        return count

    small, large = calls(500), calls(2_000)
    assert large <= 5 * small, (small, large)