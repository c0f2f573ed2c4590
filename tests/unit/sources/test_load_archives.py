"""Web archives (WARC, WACZ) and Wayback Machine snapshots: the page chosen by URL and
capture time, its capture time and URL as the version's date and URL, the page's own article
extraction, and a one-line message listing the choices where the choice is not made."""
from __future__ import annotations

import pytest

from articlecompare.sources import Choice, LoadError, load_bytes, load_pair, load_path
from written_documents import article_page, wacz_bytes, warc_bytes, wayback_page

URL = "https://news.example/2024/library"
TITLE = "Council closes the old library"
FIRST = ("The city council voted on Tuesday to close the old library on Main Street.",
         "Residents objected strongly at the meeting and collected 1,200 signatures.")
SECOND = ("The city council voted on Tuesday to close the old library on Main Street.",
          "Residents cheered the decision, which frees money for the new branch.")
CAPTURES = [(URL, "2024-01-05T12:00:00Z", article_page(FIRST, TITLE)),
            (URL, "2024-03-07T08:30:00Z", article_page(SECOND, TITLE)),
            ("https://news.example/", "2024-01-05T12:00:05Z", article_page(("The front page of the site today.",),
                                                                          "Front page"))]


def message(call, *args, **kwargs) -> str:
    with pytest.raises(LoadError) as raised:
        call(*args, **kwargs)
    text = str(raised.value)
    assert "\n" not in text
    return text


@pytest.mark.parametrize(("name", "data"), [("site.warc.gz", warc_bytes(CAPTURES)),
                                            ("site.warc", warc_bytes(CAPTURES, gzipped=False)),
                                            ("site.wacz", wacz_bytes(CAPTURES))])
def test_each_capture_of_a_page_by_its_time(write, name, data):
    path = write(name, data)
    first = load_path(path, Choice(page=URL, capture="20240105"))
    second = load_path(path, Choice(page="http://www.news.example/2024/library/", capture="2024-03-07T08:30"))
    assert first.text.split("\n\n") == [TITLE, *FIRST]
    assert second.text.split("\n\n") == [TITLE, *SECOND]
    assert (first.metadata.date, first.metadata.url) == ("2024-01-05T12:00:00Z", URL)
    assert second.metadata.date == "2024-03-07T08:30:00Z"
    assert first.kind == ("wacz" if name.endswith("wacz") else "warc")


def test_without_a_choice_the_message_lists_the_choices(write):
    path = write("site.wacz", wacz_bytes(CAPTURES))
    assert message(load_path, path) == (
        f"{path} holds 2 pages; choose one with --page: {URL}, https://news.example/")
    assert message(load_path, path, Choice(page=URL)) == (
        f"{path} holds 2 captures of {URL}; choose one with --capture: 20240105120000, 20240307083000")
    assert "has no capture of https://other.example/" in message(load_path, path, Choice(page="https://other.example/"))
    assert "has no capture of" in message(load_path, path, Choice(page=URL, capture="2023"))
    assert "give more of the time" in message(load_path, path, Choice(page=URL, capture="2024"))


def test_a_page_captured_once_needs_no_choice_and_the_page_list_decides_what_is_a_page(write):
    # the front page is in the WARC but not in the archive's page list: it is not offered
    path = write("one.wacz", wacz_bytes(CAPTURES[:1] + CAPTURES[2:], listed=[URL]))
    article = load_path(path)
    assert article.text.split("\n\n") == [TITLE, *FIRST]


def test_two_captures_in_one_archive_are_a_pair(write):
    path = write("site.wacz", wacz_bytes(CAPTURES))
    before, after = load_pair(path, [Choice(page=URL)])
    assert (before.metadata.date, after.metadata.date) == ("2024-01-05T12:00:00Z", "2024-03-07T08:30:00Z")
    before, after = load_pair(path, [Choice(URL, "20240307"), Choice(URL, "20240105")])
    assert after.text.split("\n\n")[-1] == FIRST[-1]
    assert "choose one with --page" in message(load_pair, path)


def test_a_revisit_record_takes_the_earlier_capture_of_the_same_page(write):
    same = [(URL, "2024-01-05T12:00:00Z", article_page(FIRST, TITLE)),
            (URL, "2024-02-01T00:00:00Z", article_page(FIRST, TITLE))]
    path = write("dedup.warc.gz", warc_bytes(same, revisit_same=True))
    before, after = load_pair(path)
    assert before.text == after.text and after.metadata.date == "2024-02-01T00:00:00Z"


def test_an_archive_without_pages_or_without_the_page(write):
    images_only = warc_bytes([])
    assert "holds no captured web page" in message(load_bytes, images_only or b"WARC/1.0\r\n\r\n", "empty.warc")
    assert "has no capture of" in message(load_path, write("a.warc.gz", warc_bytes(CAPTURES)),
                                          Choice(page="https://news.example/missing"))


def test_archives_are_known_by_their_content():
    assert load_bytes(warc_bytes(CAPTURES[:1]), "download").kind == "warc"
    assert load_bytes(wacz_bytes(CAPTURES[:1]), "download").kind == "wacz"


def test_a_wayback_snapshot_loses_the_toolbar_and_gets_the_capture_time():
    page = wayback_page(FIRST, TITLE, URL)
    article = load_bytes(page.encode("utf-8"), "snapshot.html")
    assert article.text.split("\n\n")[:3] == [TITLE, *FIRST]
    assert "Wayback" not in article.text and "captures" not in article.text
    assert (article.metadata.date, article.metadata.url) == ("2020-01-02T12:34:56Z", URL)


def test_wayback_links_are_undone_and_the_stamp_is_the_fallback_date():
    from articlecompare.sources import wayback

    page = wayback_page(FIRST, TITLE, URL).replace("FILE ARCHIVED ON", "FILE SAVED ON")
    snapshot = wayback.unwrap(page)
    assert snapshot is not None and snapshot.date == "2020-01-02T12:34:56Z"
    assert 'href="https://news.example/related"' in snapshot.html
    assert f'href="{URL}"' in snapshot.html and "/web/2020" not in snapshot.html.split("</head>", 1)[1]
    assert wayback.unwrap(article_page(FIRST, TITLE)) is None


def test_a_page_list_may_write_the_url_otherwise():
    """The front page is offered by no list; the listed page is, written with http and www."""
    import io
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(wacz_bytes(CAPTURES[:1] + CAPTURES[2:], listed=[URL])))
    members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["pages/pages.jsonl"] = members["pages/pages.jsonl"].replace(b'"url": "https://', b'"url": "http://www.')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as rewritten:
        for name, content in members.items():
            rewritten.writestr(name, content)
    assert load_bytes(out.getvalue(), "listed.wacz").metadata.url == URL
