"""Word documents: paragraphs, headings and lists kept, footnotes and comments left out, and
tracked changes read both ways (rejected: the original; accepted: the revised) with who made
them."""
from __future__ import annotations

import pytest

from articlecompare.core.model import Revision
from articlecompare.sources import LoadError, load_bytes, load_pair, load_path
from written_documents import change, docx_with_body, docx_with_python_docx, paragraph, run, tracked_body

BODY = ("The city council voted on Tuesday to close the old library on Main Street.",
        "“We simply cannot afford the repairs,” said council member Dana Whitfield.")


def paragraphs_of(article) -> list[str]:
    return article.text.split("\n\n")


def test_paragraphs_headings_and_lists_are_kept_footnotes_and_comments_left_out(write):
    data = docx_with_python_docx("Council closes the old library", BODY, heading="What happens next",
                                 items=("The books move to Elm Avenue.", "The staff keep their jobs."),
                                 comment="Check the vote count with the clerk",
                                 footnote="Minutes of the meeting, page 4.")
    article = load_path(write("story.docx", data))
    assert paragraphs_of(article) == ["Council closes the old library", *BODY, "What happens next",
                                      "The books move to Elm Avenue.", "The staff keep their jobs."]
    assert "clerk" not in article.text and "Minutes" not in article.text
    assert (article.kind, article.metadata.title, article.metadata.byline) == (
        "docx", "Council closes the old library", "Dana Whitfield")
    assert article.revisions == ()


def test_tracked_changes_give_the_original_and_the_revised(write):
    original = ["Council closes the library", "The council voted 7-2 on Tuesday to close it.",
                "This paragraph was cut by the editor.", "Residents objected."]
    revised = ["Council closes the library", "The council narrowly voted 6-3 on Tuesday to close it.",
               "Residents objected strongly.", "A paragraph the editor added."]
    path = write("draft.docx", docx_with_body(tracked_body(original, revised)))
    before, after = load_pair(path)
    assert paragraphs_of(before) == original and paragraphs_of(after) == revised
    assert (before.metadata.date, after.metadata.date) == ("2024-01-02T09:00:00Z", "2024-01-05T17:30:00Z")
    assert before.revisions == ()
    assert Revision("deletion", "7-2", "Ed Itor", "2024-01-05T10:00:00Z") in after.revisions
    assert Revision("insertion", "narrowly", "Ed Itor", "2024-01-05T10:00:00Z") in after.revisions
    assert Revision("deletion", "This paragraph was cut by the editor.", "Ed Itor",
                    "2024-01-05T10:00:00Z") in after.revisions
    # one version alone (a pane of the window) is the document as Word shows it: accepted
    assert load_path(path).text == after.text and load_path(path).revisions == after.revisions


def test_a_moved_paragraph_and_a_deletion_inside_an_insertion(write):
    moved = "The mayor will speak on Friday."
    body = (
        paragraph(change("moveFrom", run(moved), "Ann Mover", number=1), "moveFrom", "Ann Mover")
        + paragraph(run("The council voted on Tuesday."))
        # Ed inserted a clause, Bo then deleted part of it: in neither reading
        + paragraph(run("Residents objected")
                    + change("ins", run(" loudly") + change("del", run(" and at length", deleted=True), "Bo Second",
                                                            "2024-01-06T08:00:00Z", 3), "Ed Itor", number=2)
                    + run("."))
        + paragraph(change("moveTo", run(moved), "Ann Mover", number=4), "moveTo", "Ann Mover")
    )
    before, after = load_pair(write("tracked.docx", docx_with_body(body)))
    assert paragraphs_of(before) == [moved, "The council voted on Tuesday.", "Residents objected."]
    assert paragraphs_of(after) == ["The council voted on Tuesday.", "Residents objected loudly.", moved]
    kinds = {(r.kind, r.text, r.author) for r in after.revisions}
    assert {("move_from", moved, "Ann Mover"), ("move_to", moved, "Ann Mover"),
            ("insertion", "loudly and at length", "Ed Itor"), ("deletion", "and at length", "Bo Second")} <= kinds


def test_paragraph_marks_join_paragraphs_where_they_were_inserted_or_deleted(write):
    # Ed split one paragraph in two (an inserted mark) and joined two others (a deleted mark)
    body = (paragraph(run("First half, "), "ins") + paragraph(run("second half."))
            + paragraph(run("Joined "), "del") + paragraph(run("together.")))
    before, after = load_pair(write("tracked.docx", docx_with_body(body)))
    assert paragraphs_of(before) == ["First half, second half.", "Joined", "together."]
    assert paragraphs_of(after) == ["First half,", "second half.", "Joined together."]


def test_table_rows_field_codes_and_tabs(write):
    body = ('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr>'
            '<w:tr><w:trPr><w:ins w:id="5" w:author="Ed" w:date="2024-01-05T10:00:00Z"/></w:trPr>'
            '<w:tc><w:p><w:r><w:t>New row</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Page</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>three</w:t></w:r></w:p>')
    before, after = load_pair(write("tracked.docx", docx_with_body(body)))
    assert paragraphs_of(after) == ["Cell one", "Cell two", "New row", "Page three"]
    assert paragraphs_of(before) == ["Cell one", "Cell two", "Page three"]


def test_a_document_without_tracked_changes_is_no_pair(write):
    path = write("plain.docx", docx_with_python_docx("Title", BODY))
    with pytest.raises(LoadError, match="plain.docx has no tracked changes; give a second file"):
        load_pair(path)


def test_a_document_of_no_text_says_so():
    with pytest.raises(LoadError, match="empty.docx has no text"):
        load_bytes(docx_with_body(paragraph("")), "empty.docx")
