"""Malformed session files, through the command line: each exits with status 2 and one line
on stderr that names the file and shows none of Python's internals. A well-formed session
beside them still gives a report, so the table tests the checks and not a broken fixture."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from articlecompare.core.session import MAX_TEXT_CHARACTERS

from robust_checks import assert_one_line, run_compare

GOOD: dict[str, Any] = {
    "format": "articlecompare-session",
    "version": 1,
    "original": {"text": "The council met on Tuesday and voted 7-2 to close the library.",
                 "source": "a.txt", "kind": "text", "encoding": "utf-8",
                 "metadata": {"title": "Library", "url": "https://example.org/a"}},
    "revised": {"text": "The council met on Monday and voted 6-3 to close the library.",
                "source": "b.txt", "kind": "text", "encoding": None, "metadata": {}},
    "options": {"ignore_case": False, "min_similarity": 0.5, "sensitivity": "normal"},
    "annotations": [{"key": "0123456789abcdef", "verdict": "misleading", "note": "Check it."}],
}
INTERNALS = ("Traceback", "list indices", "object has no attribute", "is not subscriptable",
             "NoneType", "Error:", "unhashable", "not iterable", "codec can't")


def _json(data: Any) -> bytes:
    return json.dumps(data, allow_nan=True).encode("utf-8")


def _with(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = copy.deepcopy(GOOD)
    change(data)
    return _json(data)


def _set(*path_and_value: Any) -> bytes:
    *path, key, value = path_and_value

    def change(data: dict[str, Any]) -> None:
        for step in path:
            data = data[step]
        data[key] = value
    return _with(change)


def _drop(*path: str) -> bytes:
    def change(data: dict[str, Any]) -> None:
        for step in path[:-1]:
            data = data[step]
        del data[path[-1]]
    return _with(change)


def _escaped(old: str, new: str) -> bytes:
    """The good session with JSON text ``old`` replaced by ``new`` (escapes as written)."""
    raw = _json(GOOD).decode("utf-8")
    assert old in raw
    return raw.replace(old, new, 1).encode("utf-8")


DEEP = "[" * 100_000 + "]" * 100_000
# the bytes of each file, or (for the large ones) how to make them when the test runs
MALFORMED: dict[str, bytes | Callable[[], bytes]] = {
    # not JSON, or not a session
    "empty file": b"",
    "truncated JSON": _json(GOOD)[:-40],
    "not UTF-8": b'{"format": "articlecompare-session", "version": 1, "x": "\xff\xfe"}',
    "a PNG image": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "top level list": b"[]",
    "top level string": b'"articlecompare-session"',
    "top level number": b"1",
    "top level null": b"null",
    "format missing": _drop("format"),
    "format of a report": _set("format", "articlecompare-report"),
    "format a list": _set("format", ["articlecompare-session"]),
    # versions
    "version missing": _drop("version"),
    "version unknown": _set("version", 2),
    "version as text": _set("version", "1"),
    "version true": _set("version", True),
    "version 1.0": _set("version", 1.0),
    "version of 4,000 digits": _escaped('"version": 1', '"version": ' + "9" * 4000),
    "version of 5,000 digits": _escaped('"version": 1', '"version": ' + "9" * 5000),
    # the articles
    "original missing": _drop("original"),
    "original a list": _set("original", []),
    "original a string": _set("original", "The council met."),
    "original null": _set("original", None),
    "text missing": _drop("revised", "text"),
    "text a number": _set("original", "text", 5),
    "text null": _set("original", "text", None),
    "text empty": _set("original", "text", ""),
    "text only spaces": _set("revised", "text", " \n\t "),
    "text only zero-width spaces": _set("revised", "text", "\u200b\ufeff\u200b"),
    "text with NUL": _set("original", "text", "The council\x00 met."),
    "text with an escaped lone surrogate": _escaped("Tuesday", "Tues\\ud800day"),
    "text with a lone low surrogate": _escaped("Monday", "Mon\\udc00day"),
    "text over the size limit": lambda: _set("original", "text", "a" * (MAX_TEXT_CHARACTERS + 1)),
    "source a number": _set("original", "source", 3),
    "source with NUL": _set("original", "source", "a\x00.txt"),
    "kind a list": _set("revised", "kind", ["text"]),
    "encoding a number": _set("original", "encoding", 8),
    "encoding with NUL": _set("original", "encoding", "utf-8\x00"),
    "metadata a string": _set("original", "metadata", "Library"),
    "metadata a list": _set("original", "metadata", ["Library"]),
    "metadata value a number": _set("original", "metadata", {"title": 3}),
    "metadata value an object": _set("original", "metadata", {"byline": {"name": "A"}}),
    "metadata with NUL": _set("original", "metadata", {"title": "Lib\x00rary"}),
    "revisions an object": _set("revised", "revisions", {"kind": "insertion"}),
    "revision a string": _set("revised", "revisions", ["insertion"]),
    "revision kind a number": _set("revised", "revisions", [{"kind": 1, "text": "a"}]),
    "revision author a list": _set("revised", "revisions",
                                   [{"kind": "insertion", "text": "a", "author": ["A"]}]),
    "metadata with a lone surrogate": _escaped('"Library"', '"Lib\\udfffrary"'),
    "metadata nested 900 deep": _escaped('"Library"', "[" * 900 + "]" * 900),
    # options
    "options null": _set("options", None),
    "options a list": _set("options", [["ignore_case", True]]),
    "option of the wrong type": _set("options", "ignore_case", "yes"),
    "option a number for a bool": _set("options", "detect_moves", 1),
    "min_similarity a bool": _set("options", "min_similarity", True),
    "min_similarity text": _set("options", "min_similarity", "0.5"),
    "min_similarity NaN": _set("options", "min_similarity", float("nan")),
    "min_similarity infinity": _set("options", "min_similarity", float("inf")),
    "min_similarity -infinity": _set("options", "min_similarity", float("-inf")),
    "min_similarity 1e308": _set("options", "min_similarity", 1e308),
    "min_similarity 1e400": _escaped('"min_similarity": 0.5', '"min_similarity": 1e400'),
    "min_similarity negative": _set("options", "min_similarity", -0.5),
    "min_similarity of 4,000 digits": _set("options", "min_similarity", 10**3999),
    "min_similarity nested 900 deep": _escaped("0.5", "[" * 900 + "]" * 900),
    "sensitivity unknown": _set("options", "sensitivity", "extreme"),
    "unknown option NaN": _set("options", "from_the_future", float("nan")),
    "unknown field with a huge number": _set("future", 2**64),
    # annotations
    "annotations null": _set("annotations", None),
    "annotations an object": _set("annotations", {"0123456789abcdef": "fine"}),
    "annotations a string": _set("annotations", "x"),
    "annotation a string": _set("annotations", ["x"]),
    "annotation without key": _set("annotations", [{"verdict": "fine"}]),
    "annotation key a number": _set("annotations", [{"key": 1, "note": "n"}]),
    "annotation key empty": _set("annotations", [{"key": "", "note": "n"}]),
    "annotation key with NUL": _set("annotations", [{"key": "ab\x00", "note": "n"}]),
    "annotation verdict unknown": _set("annotations", [{"key": "k", "verdict": "meh"}]),
    "annotation verdict a list": _set("annotations", [{"key": "k", "verdict": ["fine"]}]),
    "annotation note a number": _set("annotations", [{"key": "k", "note": 5}]),
    "annotation note over the size limit":
        lambda: _set("annotations", [{"key": "k", "note": "n" * (MAX_TEXT_CHARACTERS + 1)}]),
    # nesting
    "nested 100,000 deep": DEEP.encode("ascii"),
    "nested 100,000 deep in a field": _escaped('"annotations": [', '"x": ' + DEEP + ', "annotations": ['),
}


def _content(case: str) -> bytes:
    content = MALFORMED[case]
    return content if isinstance(content, bytes) else content()


def _check_refused(code: int, out: str, err: str) -> None:
    assert code == 2, err
    assert out == ""
    assert_one_line(err)
    assert "broken.acsession" in err
    assert not any(internal in err for internal in INTERNALS), err
    assert len(err) < 300, err


def test_the_good_session_gives_a_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "good.acsession"
    path.write_bytes(_json(GOOD))
    code, out, err = run_compare(capsys, path, "-o", "-")
    assert code == 0, err
    assert json.loads(out)["changes"]


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_session_exits_2_with_one_line(case: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.acsession"
    path.write_bytes(_content(case))
    _check_refused(*run_compare(capsys, path, "-o", str(tmp_path / "report.json")))
    assert not (tmp_path / "report.json").exists()


@pytest.mark.parametrize("case", ["truncated JSON", "text with NUL", "min_similarity NaN",
                                  "nested 100,000 deep", "text with an escaped lone surrogate"])
def test_a_malformed_session_exits_2_as_a_program(case: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.acsession"
    path.write_bytes(_content(case))
    run = subprocess.run([sys.executable, "-m", "articlecompare", "compare", str(path)],
                         capture_output=True, text=True, timeout=120)
    _check_refused(run.returncode, run.stdout, run.stderr)


def test_a_non_web_address_in_a_session_is_dropped_as_the_loaders_drop_it() -> None:
    from articlecompare.core.session import Session

    data = copy.deepcopy(GOOD)
    data["original"]["metadata"]["url"] = "javascript:alert(1)"
    data["revised"]["metadata"]["url"] = "file:///etc/passwd"
    session = Session.from_dict(data)
    assert session.original.metadata.url is None and session.revised.metadata.url is None
    assert session.original.metadata.title == "Library"
