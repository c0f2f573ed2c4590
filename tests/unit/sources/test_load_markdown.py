"""Markdown: markup that is not content goes, the words stay, headings and items are paragraphs."""
from __future__ import annotations

import pytest

from articlecompare.sources import load_path, load_text

DOCUMENT = """\
---
title: "Library to close"
author: someone
---

# City council votes to close the *old* library

<!-- editor's note: check the date
     before publishing -->

The council voted on **Tuesday** to close the library on [Main Street](https://example.com/map "map"),
ending _more than a century_ of service. ![A photo of the library](img/library.jpg)

> “We simply cannot afford the repairs,” said council member
> Dana Whitfield.

Section two
-----------

- The books move to the **new branch**.
- Opening hours stay the same.

1. First step
2. Second step

See <https://example.com/report> and the [full report][report] for `details`.
Prices rose 2 * 3 * 4 times; snake_case_names stay; an escaped \\*star\\* too.

***

~~Draft text~~ Final text.

[report]: https://example.com/report.pdf
"""

EXPECTED = [
    "City council votes to close the old library",
    "The council voted on Tuesday to close the library on Main Street, ending more than a "
    "century of service.",
    "“We simply cannot afford the repairs,” said council member Dana Whitfield.",
    "Section two",
    "The books move to the new branch.",
    "Opening hours stay the same.",
    "First step",
    "Second step",
    "See https://example.com/report and the full report for details. Prices rose 2 * 3 * 4 "
    "times; snake_case_names stay; an escaped *star* too.",
    "Draft text Final text.",
]


def test_markdown_markup_is_stripped_and_words_kept(write):
    article = load_path(write("story.md", DOCUMENT))
    assert article.text.split("\n\n") == EXPECTED
    assert article.kind == "markdown"


def test_markdown_title_comes_from_front_matter_or_first_heading(write):
    assert load_path(write("a.md", DOCUMENT)).metadata.title == "Library to close"
    without_front_matter = DOCUMENT.split("---\n", 2)[2]
    assert load_path(write("b.markdown", without_front_matter)).metadata.title == (
        "City council votes to close the old library"
    )


def test_markdown_from_pasted_text_and_crlf():
    article = load_text("## Heading ##\r\n\r\nSome *emphasis* here.\r\n", kind="markdown")
    assert article.text == "Heading\n\nSome emphasis here."
    assert article.kind == "markdown"


def test_fenced_code_keeps_its_content_and_drops_the_fences():
    article = load_text("Intro.\n\n```python\nprint(1)\n```\n\nOutro.", kind="markdown")
    assert article.text == "Intro.\n\nprint(1)\n\nOutro."


def test_plain_text_keeps_markdown_like_characters(write):
    article = load_path(write("notes.txt", "# not a heading in a text file\n\n*stars* stay"))
    assert article.text == "# not a heading in a text file\n\n*stars* stay"


# what comes out of hostile Markdown; what it costs is tests/robustness/test_linear_time.py's

def test_code_spans_pair_runs_of_equal_length() -> None:
    from articlecompare.sources.markdown import _inline

    assert _inline("Use `x = 1` and ``a ` b`` here, and `unclosed") == \
        "Use x = 1 and a ` b here, and `unclosed"
    assert _inline("text " + "`" * 500 + " more").endswith("more")  # unmatched, left as written
    assert _inline("a ` " * 200).count("a") == 200  # paired, so unwrapped


def test_unclosed_link_brackets_are_left_as_written() -> None:
    from articlecompare.sources.markdown import _inline

    assert _inline("See [the report](https://example.org/r) and ![a chart](c.png).") == \
        "See the report and ."
    for text in ("[a](" * 300, "![a](" * 300, "[a]( \"x " * 300):
        assert _inline(text) == text.strip()  # no link closes, so nothing is taken out


@pytest.mark.parametrize("text, expected", [
    ("*a* and _b_ and **c** and __d__ and ~~e~~", "a and b and c and d and e"),
    ("***a*** x", "a x"), ("2 * 3 * 4", "2 * 3 * 4"), ("snake_case_name", "snake_case_name"),
    ("*a " * 3, "*a *a *a"), ("**a **b**", "a **b"), ("*open\nclose*", "*open\nclose*"),
    ("*" + "x" * 2000 + "*", "x" * 2000), ("*" + "x" * 2001 + "*", "*" + "x" * 2001 + "*"),
])
def test_emphasis_opens_and_closes_on_one_line_within_2000_characters(text, expected) -> None:
    from articlecompare.sources.markdown import _inline

    assert _inline(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("# Title ##", ["Title"]), ("## C#", ["C#"]), ("# Title" + " " * 500 + "x", ["Title x"]),
    ("###", []), ("# #", ["#"]), ("# a # b", ["a # b"]),
])
def test_atx_headings_lose_their_closing_marks(line, expected) -> None:
    from articlecompare.sources.markdown import paragraphs

    assert paragraphs(line + "\n\nText.")[0] == expected + ["Text."]


def test_front_matter_title_loses_its_quotes() -> None:
    from articlecompare.sources.markdown import paragraphs

    assert paragraphs("---\ntitle: \"A title\"  \n---\n\nText.")[1] == "A title"
    assert paragraphs("---\ntitle: a" + " " * 500 + "b\n---\n\nText.")[1] == "a" + " " * 500 + "b"
