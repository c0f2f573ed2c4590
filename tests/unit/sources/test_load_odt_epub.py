"""OpenDocument text and EPUB: paragraphs, headings and lists in reading order, footnotes,
comments and navigation left out, metadata from the package."""
from __future__ import annotations

from articlecompare.sources import load_bytes, load_path
from written_documents import epub_bytes, odt_bytes

BODY = ("The city council voted on Tuesday to close the old library on Main Street.",
        "“We simply cannot afford the repairs,” said council member Dana Whitfield.")


def test_odt_paragraphs_headings_and_lists(write):
    data = odt_bytes("Council closes the old library", BODY, heading="What happens next",
                     items=("The books move to Elm Avenue.", "The staff keep their jobs."),
                     footnote="Minutes of the meeting, page 4.", comment="Check the vote count")
    article = load_path(write("story.odt", data))
    assert article.text.split("\n\n") == ["Council closes the old library", *BODY, "What happens next",
                                          "The books move to Elm Avenue.", "The staff keep their jobs."]
    assert "Minutes" not in article.text and "vote count" not in article.text
    assert article.kind == "odt"
    assert (article.metadata.title, article.metadata.byline, article.metadata.date) == (
        "Council closes the old library", "Dana Whitfield", "2024-01-05T10:00:00")


def test_odt_spaces_and_tracked_deletions():
    data = odt_bytes("Title", ("Two  spaces stay one.",))
    assert load_bytes(data, "s.odt").text.split("\n\n")[1] == "Two spaces stay one."
    tracked = _with_content(data, lambda xml: xml.replace(
        "<office:text>", "<office:text><text:tracked-changes><text:changed-region text:id='c1'>"
        "<text:deletion><text:p>Deleted words</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"))
    assert load_bytes(tracked, "t.odt").text == "Title\n\nTwo spaces stay one."


def test_epub_chapters_in_spine_order_without_navigation_or_notes(write):
    data = epub_bytes("The library book", [("Chapter one", *BODY), ("Chapter two", "The books move in March.")],
                      footnote="A footnote that is not the text.")
    article = load_path(write("book.epub", data))
    assert article.text.split("\n\n") == ["Chapter one", *BODY, "Chapter two", "The books move in March."]
    assert "Contents entry" not in article.text and "footnote" not in article.text
    assert (article.kind, article.metadata.title, article.metadata.byline, article.metadata.date) == (
        "epub", "The library book", "Dana Whitfield", "2024-01-05")


def test_documents_are_known_by_their_content_without_an_extension():
    assert load_bytes(odt_bytes("Title", BODY), "download").kind == "odt"
    assert load_bytes(epub_bytes("Title", [("Chapter", *BODY)]), "download").kind == "epub"


def _with_content(data: bytes, edit) -> bytes:  # type: ignore[no-untyped-def]
    """``data``'s package with its ``content.xml`` edited."""
    import io
    import zipfile

    old = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in old.infolist():
            content = old.read(info)
            if info.filename == "content.xml":
                content = edit(content.decode("utf-8")).encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()
