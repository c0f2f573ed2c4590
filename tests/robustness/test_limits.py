"""The size limit: documented, a clear message beyond it, a 20 MB page still handled, and
memory bounded on a million-word comparison."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlecompare.sources import MAX_INPUT_BYTES, LoadError, load, load_bytes, load_text

from news_pairs import news_pair
from robust_checks import assert_one_line, check_report, run_compare

LIMIT_TEXT = f"{MAX_INPUT_BYTES // 2**20} MiB"
GIB = 2**30


def test_the_limit_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    guarantees = readme.split("## What the app guarantees", 1)[1].split("\n## ", 1)[0]
    assert f"{LIMIT_TEXT} per input" in guarantees
    source = Path(load.__file__).read_text(encoding="utf-8")
    assert f'"""The largest input accepted: {LIMIT_TEXT}' in source


@pytest.mark.parametrize("name", ["huge.txt", "huge.html", "huge.mhtml"])
def test_a_file_over_the_limit_gets_a_clear_message(name: str, tmp_path: Path, capsys) -> None:
    big = tmp_path / name
    with open(big, "wb") as handle:  # sparse: nothing is written but the size
        handle.truncate(MAX_INPUT_BYTES + 1)
    small = tmp_path / "small.txt"
    small.write_text("The council voted.", encoding="utf-8")
    code, out, err = run_compare(capsys, big, small, "-o", "-")
    assert code == 2 and out == ""
    assert_one_line(err)
    assert "too large" in err and LIMIT_TEXT in err and name in err


def test_data_and_text_over_the_limit_get_the_same_message() -> None:
    data = b"a" * (MAX_INPUT_BYTES + 1)
    with pytest.raises(LoadError, match=f"too large .*limit is {LIMIT_TEXT}"):
        load_bytes(data, "dropped.txt")
    with pytest.raises(LoadError, match=f"limit is {LIMIT_TEXT}"):
        load_text(data.decode("ascii"))


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    """Exactly at the limit is accepted by size (this one is then refused as binary)."""
    edge = tmp_path / "edge.txt"
    with open(edge, "wb") as handle:
        handle.truncate(MAX_INPUT_BYTES)
    with pytest.raises(LoadError) as raised:
        load.load_path(edge)
    assert "too large" not in str(raised.value) and "binary" in str(raised.value)


@pytest.fixture(scope="session")
def page_20mb() -> bytes:
    block = ("<div class='item'><nav><a href='/x'>Menu</a></nav><p>The council voted on Tuesday "
             "to close the <b>library</b>, said <a href='/p'>Mayor Ortiz</a>.</p>"
             "<script>var a = 1;</script><img src='https://img.example/a.png'></div>\n")
    return ("<html><head><title>Big</title></head><body><article>"
            + block * (20_000_000 // len(block)) + "</article></body></html>").encode()


@pytest.mark.slow
def test_a_20mb_page_gives_an_article_or_a_clear_error(page_20mb: bytes) -> None:
    assert 19 * 2**20 < len(page_20mb) < MAX_INPUT_BYTES
    try:
        article = load_bytes(page_20mb, "big.html")
    except LoadError as error:
        assert "\n" not in str(error)
        return
    # the page's title opens the text as its headline (the body does not show it)
    assert article.text.startswith("Big\n\nThe council voted on Tuesday")
    assert "var a" not in article.text


def _million_word_pair(directory: Path, words: int = 1_000_000) -> tuple[Path, Path]:
    original, revised = news_pair(words)
    a, b = directory / "a.txt", directory / "b.txt"
    a.write_text(original, encoding="utf-8")
    b.write_text(revised, encoding="utf-8")
    return a, b


LAUNCHER = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.mark.slow
def test_memory_stays_bounded_on_a_million_words(tmp_path: Path) -> None:
    """A bound, not a speed target: the peak RSS of the command-line process (measured by
    a launcher whose only child it is) comparing two million-word texts stays under 1 GiB."""
    a, b = _million_word_pair(tmp_path)
    assert a.stat().st_size < MAX_INPUT_BYTES
    out = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "articlecompare", "compare",
         str(a), str(b), "-o", str(out)],
        capture_output=True, text=True, timeout=600, check=True)
    code, peak_kib = map(int, done.stdout.split())
    assert code == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert peak_kib * 1024 < GIB, f"peak RSS {peak_kib / 1024:.0f} MiB"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["original_words"] > 900_000
    assert report["changes"]
    check_report(report)


@pytest.mark.parametrize(("changed_every", "bound"), [(100, 1200), (0, 500)])
def test_tiny_paragraphs_cost_bounded_memory_each(changed_every: int, bound: int) -> None:
    """A text of one-word paragraphs (a list, a log, a page of ``<p>a</p>``) against itself
    with one word in a hundred changed, or unchanged: the comparison's peak of Python memory
    stays under ``bound`` bytes a paragraph (3.5 KB and 0.7 KB before sentences were held in
    arrays, bags shared and the working data let go of as it was done with; 1.0 and 0.4 KB
    after). With a word in a hundred changed the sentence alignment finds no anchor and
    pairs nothing, so the result itself holds two changes and two alignment rows a
    paragraph, about 0.85 KB."""
    import tracemalloc

    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article

    n = 5_000
    words = ["a"] * n
    for k in range(0, n, changed_every) if changed_every else ():
        words[k] = "b"
    original, revised = Article("a\n\n" * n), Article("\n\n".join(words))
    tracemalloc.start()
    try:
        comparison = compare(original, revised)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert bool(comparison.changes) == bool(changed_every)
    assert peak / n < bound, f"{peak / n:.0f} bytes a paragraph"
