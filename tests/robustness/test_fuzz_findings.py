"""Inputs the fuzzing harness (scripts/fuzz.py) found too slow, reduced by hand, each through
the command line: a correct report (or one line refusing the input) well within the harness's
10 s, where each took from 10 s to minutes. The harness itself is run on a few inputs, so it
keeps working."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from robust_checks import ARTICLE, compare_or_refuse, run_compare

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Residents objected strongly at the meeting, and 2,000 people signed a petition."

# name -> (original file, revised file): each took over 10 s on the command line
FINDINGS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # a heading ending in a tag whose attribute is a long run of spaces: the heading pattern
    # retried the run of spaces from each character (32 s for 45 KB)
    "heading-spaces": (("a.md", "# Council closes <a href=\"" + " " * 45_000 + "\n\n" + ARTICLE),
                       ("b.txt", ARTICLE)),
    # "&amp;" repeated inside a kept sentence: 16,000 runs of inserted words, each read with a
    # copy of the whole sentence (19 s for 84 KB)
    "inserted-entities": (("a.txt", ARTICLE),
                          ("b.txt", ARTICLE.replace("strongly", "strong<a href=\"" + "&amp;" * 16_000))),
    # an evaluative word inserted thousands of times into one kept sentence
    "inserted-evaluations": (("a.txt", SENTENCE),
                             ("b.txt", SENTENCE.replace("strongly", "strongly, outrageous" + ", outrageous" * 3_000))),
    # a sentence given 20,000 figures: each was looked for among the unstated ones one by one
    # (30 s for 47 KB)
    "many-figures": (("a.txt", ARTICLE), ("b.txt", ARTICLE.replace("voted 7-2", "voted 7-2" + " 1" * 20_000))),
    # an author <meta> of 40 KB: the extractor's name patterns take the square of its length
    # (8 s); attribute values are cut to 2,000 characters before extraction
    "long-author": (("a.html", "<html><head><meta name='author' content='Jo " + "(é" * 20_000 + "'>"
                     "</head><body><article><p>" + ARTICLE + "</p></article></body></html>"), ("b.txt", ARTICLE)),
    # lines that look like MIME boundaries in a header block, each read to its end again
    # (62 s of CPU for 84 KB)
    "boundary-lines": (("a.mhtml", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
                        "--b\r\nContent-Type: text/html\r\n" + "--\n" * 20_000 + "\r\n<p>" + ARTICLE + "</p>\r\n"),
                       ("b.txt", ARTICLE)),
    # a page nested past the parser's depth limit, then "<a" repeated with no ">": the tag
    # pattern of the flattening pass was cubic (55 s for 10 KB)
    "deep-unclosed-tags": (("a.html", "<html><body><p>The council voted on Tuesday.</p>" + "<div>" * 3000
                            + "<p>Residents objected.</p>" + "<a" * 20_000), ("b.txt", ARTICLE)),
}


@pytest.mark.parametrize("case", sorted(FINDINGS))
def test_a_finding_compares_quickly(case: str, tmp_path: Path, capsys) -> None:
    paths = []
    for name, text in FINDINGS[case]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    start = time.perf_counter()
    result = compare_or_refuse(capsys, *paths)
    assert time.perf_counter() - start < 5
    assert isinstance(result, (dict, str))


def test_a_lone_surrogate_in_an_added_sentence_reaches_the_model_without_a_traceback(
        tmp_path: Path, capsys) -> None:
    # the opinion model's tokenizer refused the sentence: a traceback. No file decodes to a
    # lone surrogate and a session holding one is refused, but the library takes any str
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article
    from articlecompare.core.session import Session
    from articlecompare.export.session_file import save_session
    from articlecompare.opinion import read_opinion

    revised = ARTICLE + " What a \ud800 disgrace this is."
    result = compare(Article(ARTICLE), Article(revised), opinion=read_opinion)
    assert any(c.kind.value == "commentary" for c in result.changes)
    path = tmp_path / "s.acsession"
    save_session(path, Session(Article(ARTICLE), Article(revised)))
    code, _, err = run_compare(capsys, path, "-o", "-", "--format", "json")
    assert code == 2 and err.count("\n") == 1 and "surrogate" in err


@pytest.mark.slow
def test_the_harness_runs_and_reports(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fuzz.py"), "--inputs", "6", "--jobs", "1",
         "--fresh-every", "3", "--slow", "60", "--timeout", "60", "--seed", "5",
         "--findings", str(tmp_path / "findings")],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "inputs 6 (2 in fresh processes); findings: none" in done.stdout
    assert not (tmp_path / "findings").exists()
