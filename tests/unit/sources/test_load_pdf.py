"""PDF: the article text in reading order (column by column on two-column pages), without
running headers, footers and page numbers, hyphenated words joined, lines reflowed into
paragraphs; a scan, an encrypted or a damaged file refused in one line."""
from __future__ import annotations

import pytest

from articlecompare.sources import LoadError, load_bytes, load_path
from articlecompare.sources.pdflayout import Line, Page, paragraphs
from pdf_pages import Layout, pdf_bytes

TITLE = "Council closes the old library"
BODY = [
    "The city council voted on Tuesday to close the old library on Main Street at the end of "
    "the year, ending more than a century of uninterrupted service in the neighbourhood.",
    "“We simply cannot afford the repairs,” said council member Dana Whitfield, who proposed the "
    "motion after an engineering assessment found the roof beyond saving.",
    "The collection of about 40,000 volumes will move to the new branch on Elm Avenue, which opens "
    "in March and will keep the same opening hours as the old building.",
    "Residents who opposed the closure said they would ask the council to reconsider at its next "
    "meeting, scheduled for January 12, and collected 1,200 signatures from neighbours.",
]


def test_a_two_column_pdf_with_header_page_numbers_and_hyphenation(write):
    body = [f"{text} (Part {n}.)" for n in range(1, 9) for text in BODY]
    layout = Layout(title=TITLE)
    path = write("paper.pdf", pdf_bytes(body, layout, {"Title": TITLE, "Author": "Dana Whitfield",
                                                       "CreationDate": "D:20240105120000Z"}))
    article = load_path(path)
    assert article.text.split("\n\n") == [TITLE, *body]
    assert layout.hyphenated, "the layout hyphenated no word: the test would prove nothing"
    assert "Riverside Gazette" not in article.text
    assert (article.kind, article.metadata.title, article.metadata.byline, article.metadata.date) == (
        "pdf", TITLE, "Dana Whitfield", "2024-01-05T12:00:00")


def test_a_one_column_pdf_with_hyphenation_and_no_header():
    layout = Layout(columns=1, header=None)
    data = pdf_bytes(BODY * 3, layout)
    assert load_bytes(data, "plain.pdf").text.split("\n\n") == BODY * 3
    assert layout.hyphenated


def test_a_pdf_is_known_by_its_content():
    assert load_bytes(pdf_bytes(BODY), "download").kind == "pdf"


def test_a_scanned_pdf_says_it_has_no_text_layer():
    data = pdf_bytes([], Layout(header=None, page_numbers=False))
    with pytest.raises(LoadError, match="scan.pdf has no text layer: it looks like a scanned document"):
        load_bytes(data, "scan.pdf")


def test_an_encrypted_and_a_damaged_pdf():
    data = pdf_bytes(BODY)
    encrypted = data.replace(b"trailer\n<< ", b"trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O <"
                             + b"00" * 32 + b"> /U <" + b"11" * 32 + b"> /P -4 >> /ID [<00ff> <00ff>] ")
    with pytest.raises(LoadError, match="^locked.pdf is password-protected"):
        load_bytes(encrypted, "locked.pdf")
    with pytest.raises(LoadError, match="^cut.pdf is not a readable PDF"):
        load_bytes(data[: len(data) // 3], "cut.pdf")


def _line(text: str, left: float, top: float, right: float = 300, size: float = 10) -> Line:
    return Line(text, left, top - size, right, top)


def test_a_word_written_with_its_hyphen_keeps_it_across_a_line_break():
    lines = (_line("A well-known architect and a well-", 50, 700), _line("known critic disagreed on the state-", 50, 688),
             _line("ment, as the very last archi-", 50, 676), _line("tect said.", 50, 664, 110))
    assert paragraphs([Page(0, 600, 800, lines)]) == [
        "A well-known architect and a well-known critic disagreed on the statement, as the very last "
        "architect said."]


def test_running_lines_go_by_recurrence_and_indents_start_paragraphs():
    pages = []
    for number in range(3):
        lines = (_line(f"Gazette - Tuesday {number + 3} January", 50, 790, 250),
                 _line(f"The {number} first paragraph runs over a full line of the", 50, 700),
                 _line("column.", 50, 688, 90),
                 _line("An indented second paragraph runs over a full line of", 70, 676),
                 _line("the column too.", 50, 664, 140),
                 _line(f"- {number + 1} -", 150, 30, 170))
        pages.append(Page(number, 600, 800, lines))
    out = paragraphs(pages)
    assert out[:2] == ["The 0 first paragraph runs over a full line of the column.",
                       "An indented second paragraph runs over a full line of the column too."]
    assert len(out) == 6 and not any("Gazette" in text or text.startswith("-") for text in out)
