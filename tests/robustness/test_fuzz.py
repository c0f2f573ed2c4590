"""Hypothesis: random texts and random edits compare to runs that rebuild both texts, spans
inside their texts, nothing found between a text and itself; random markup loads to an
Article or a LoadError, nothing else."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, Comparison, WordOp
from articlecompare.export.json_report import report_dict
from articlecompare.sources import LoadError, load_bytes

from robust_checks import check_report

WORDS = ["the", "council", "voted", "on", "Tuesday", "said", "2,000", "$1.2m", "7-2", "U.S.",
         "Dr.", "“quoted", "words”", "'single'", "—", "…", "(aside)", "e-mail",
         "مجلس", "المدينة", "صوّت", "מועצת", "העיר", "市议会", "図書館", "한국어",
         "😀", "👍🏽", "👩\u200d👩\u200d👧", "🇺🇸", "cafe\u0301", "na\u0308ive", "x\u0301\u0302",
         "\u200f", "\u202e", "straße", "İstanbul", "Ω"]
GAPS = [" ", " ", " ", "  ", "\u00a0", "\t", "\n", "\r\n", "\n\n", "\r\n\r\n", "\r", ". ", "! ", "? "]

tokens = st.sampled_from(WORDS) | st.text(min_size=1, max_size=6)
texts = st.lists(st.tuples(tokens, st.sampled_from(GAPS)), min_size=1, max_size=60).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a version of it with insertions, deletions, replacements and moves."""
    text = draw(texts)
    pieces = text.split(" ")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "move"]))
        at = draw(st.integers(0, len(pieces)))
        if op == "insert":
            pieces[at:at] = draw(st.lists(tokens, min_size=1, max_size=8))
        elif op == "delete" and pieces:
            del pieces[at:at + draw(st.integers(1, 8))]
        elif op == "replace" and at < len(pieces):
            pieces[at] = draw(tokens)
        elif op == "move" and len(pieces) > 2:
            n = draw(st.integers(1, max(1, len(pieces) // 3)))
            chunk, rest = pieces[at:at + n], pieces[:at] + pieces[at + n:]
            to = draw(st.integers(0, len(rest)))
            pieces = rest[:to] + chunk + rest[to:]
    return text, " ".join(pieces)


def _check(c: Comparison) -> None:
    check_report(report_dict(c))
    a, b = c.original.text, c.revised.text
    for change in c.changes:
        for span, text in ((change.original, a), (change.revised, b)):
            assert span is None or 0 <= span.start <= span.end <= len(text)
        for edit in change.edits:
            assert edit.original is None or edit.original.end <= len(a)
            assert edit.revised is None or edit.revised.end <= len(b)


FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(edited())
def test_random_edits_rebuild_both_texts(pair: tuple[str, str]) -> None:
    _check(compare(Article(pair[0]), Article(pair[1])))


@FUZZ
@given(texts)
def test_a_text_compared_with_itself_has_no_changes(text: str) -> None:
    c = compare(Article(text), Article(text))
    _check(c)
    assert not c.changes
    assert all(run.op is WordOp.EQUAL for run in c.words)


@FUZZ
@given(st.text(max_size=300), st.text(max_size=300))
def test_any_two_strings_compare(a: str, b: str) -> None:
    _check(compare(Article(a), Article(b)))


MARKUP = ["<html>", "</html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<article>",
          "<script>", "</script>", "<style>", "<!--", "-->", "<br/>", "<img src=x onerror=alert(1)>",
          "<a href='javascript:alert(1)'>", "</a>", "<meta http-equiv='refresh' content='0;url=http://x'>",
          "<meta charset='utf-16'>", "<meta charset='bogus'>", "<table><tr><td>", "&#x0;", "&#xD800;",
          "&bogus;", "<![CDATA[", "]]>", "<?xml encoding='utf-32'?>", "<svg><foreignObject>", "\x00",
          "\r", "\u2028", "<", ">", "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n",
          "The council voted on Tuesday. ", "مجلس المدينة. ", "市议会。", "😀 "]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MARKUP) | st.text(max_size=12), max_size=40),
       st.sampled_from(["utf-8", "utf-16-le", "utf-16", "cp1252", "gb18030"]),
       st.sampled_from(["x.html", "x.htm", "x.mhtml", "x.txt", "x.md", "x"]),
       st.binary(max_size=8))
def test_html_fuzz_raises_only_load_error(pieces: list[str], encoding: str, name: str,
                                          junk: bytes) -> None:
    data = "".join(pieces).encode(encoding, errors="replace") + junk
    for attempt in (data, data[: len(data) // 2]):
        try:
            article = load_bytes(attempt, name)
        except LoadError as error:
            assert str(error) and "\n" not in str(error)
            continue
        assert isinstance(article, Article) and article.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_as_html_raise_only_load_error(data: bytes) -> None:
    try:
        load_bytes(data, "x.html")
    except LoadError:
        pass
