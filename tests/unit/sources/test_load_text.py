"""Plain text: paragraphs the same whatever separates them, wrapped lines joined, fast."""
from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlecompare.sources import LoadError, load_bytes, load_path, load_text, plain

PARAGRAPHS = [
    "Chicago Mayor Bans Agency From Using Police Database",
    "The mayor said on Wednesday that the city has made moves to bar the agency from accessing "
    "its police databases amid reports that raids would begin this weekend across the country.",
    "“They will not team up with the agency to detain any resident,” she said in a statement "
    "released by her office late in the afternoon.",
    "A police spokesman said the database had been closed to federal immigration officers "
    "since early this year, and that the decision would remain permanent.",
    "The Latest",
    "To Top",
]


def test_single_newlines_and_blank_lines_give_the_same_paragraphs(write):
    single = load_path(write("single.txt", "\n".join(PARAGRAPHS)))
    blank = load_path(write("blank.txt", "\n\n".join(PARAGRAPHS) + "\n"))
    assert single.text == blank.text == "\n\n".join(PARAGRAPHS)


def test_crlf_and_cr_line_endings_leave_no_carriage_returns(write):
    for name, separator in (("crlf.txt", "\r\n"), ("cr.txt", "\r"), ("crlf2.txt", "\r\n\r\n")):
        article = load_path(write(name, separator.join(PARAGRAPHS)))
        assert "\r" not in article.text
        assert article.text.split("\n\n") == PARAGRAPHS


def test_hard_wrapped_lines_are_joined_back_into_paragraphs(write):
    for width in (60, 72, 80):
        wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in PARAGRAPHS)
        assert wrapped.count("\n") > 2 * len(PARAGRAPHS)
        article = load_path(write(f"wrapped{width}.txt", wrapped))
        assert article.text.split("\n\n") == PARAGRAPHS


def test_hard_wrapped_text_with_indents_and_a_hyphenated_break(write):
    text = (
        "    The council met on Tuesday evening to discuss the budget for the coming\n"
        "    year, and members agreed that the library would have to close its doors\n"
        "    at the end of December after a long and well-\n"
        "    known campaign by residents who wanted to keep the building open for\n"
        "    another decade at least.\n"
        "\n"
        "    A second paragraph follows here, wrapped at the same width as the first\n"
        "    one was, and it ends here.\n"
    )
    article = load_path(write("indented.txt", text))
    first, second = article.text.split("\n\n")
    assert "after a long and well-known campaign by residents" in first
    assert first.startswith("The council met") and first.endswith("at least.")
    assert second == (
        "A second paragraph follows here, wrapped at the same width as the first one was, and it ends here."
    )


def test_short_lines_in_one_block_stay_separate_paragraphs(write):
    article = load_path(write("tail.txt", PARAGRAPHS[1] + "\n\nThe Latest\nTo Top\n"))
    assert article.text.split("\n\n") == [PARAGRAPHS[1], "The Latest", "To Top"]


def test_white_space_is_tidied_but_words_are_kept(write):
    article = load_path(write("spaces.txt", "  \t First  paragraph\there.  \n\n\n\n   Second\u00a0one.   \n\n"))
    assert article.text == "First paragraph here.\n\nSecond\u00a0one."


def test_unicode_line_and_paragraph_separators(write):
    article = load_bytes("One.\u2029Two.\u2028Three.\fFour.".encode(), "seps.txt")
    assert article.text == "One.\n\nTwo.\n\nThree.\n\nFour."


def test_article_fields_for_a_text_file(write):
    path = write("story.txt", "\n".join(PARAGRAPHS))
    article = load_path(path)
    assert (article.kind, article.source, article.encoding) == ("text", str(path), "utf-8")
    assert article.metadata.title is None


def test_pasted_text():
    article = load_text("  First.\r\nSecond.\r\n")
    assert (article.text, article.kind, article.source, article.encoding) == (
        "First.\n\nSecond.", "pasted", "pasted text", None)


@pytest.mark.parametrize("text", ["The council\x00 met.", "The council \ud800 met."])
def test_pasted_text_with_a_nul_or_a_lone_surrogate_is_refused_as_a_file_with_one_is(text):
    # no session the app writes may then hold what a session reader refuses
    with pytest.raises(LoadError, match="binary data"):
        load_text(text)


def test_a_million_words_keep_their_paragraphs(write):
    # how long loading takes is measured in bench/ (the "load" column), not asserted here
    sentence = "The council voted on Tuesday to close the old library on Main Street, officials said. "
    paragraph = (sentence * 8).strip()  # 120 words
    count = 1_000_000 // 120
    for name, separator in (("blank.txt", "\n\n"), ("single.txt", "\n")):
        path = write(name, separator.join([paragraph] * count))
        article = load_path(path)
        assert article.text.count("\n\n") == count - 1


sentences = st.lists(
    st.text(alphabet="abcdefghij KLMNOP,'’“”-–0123456789", min_size=1, max_size=120).map(
        lambda s: " ".join(s.split())
    ).filter(lambda s: s and s[0] not in "-–").map(lambda s: s + "."),
    min_size=1,
    max_size=12,
)


@given(sentences)
def test_any_paragraphs_come_out_the_same_with_either_separator(paragraphs):
    single = load_text("\n".join(paragraphs))
    blank = load_text("\n\n".join(paragraphs))
    assert single.text == blank.text == "\n\n".join(paragraphs)


@given(st.text(alphabet=" \t\v\n\r\u2028\u2029\fab.", max_size=200))
def test_lines_are_tidied_one_at_a_time_as_the_whole_text_was(text):
    whole = plain.collapse_spaces(plain.normalise_newlines(text)).split("\n")
    assert plain._lines(text) == [line.strip() for line in whole]
