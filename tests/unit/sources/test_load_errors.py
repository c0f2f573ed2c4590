"""Bad input: always LoadError, always one line that says what is wrong."""
from __future__ import annotations

import codecs
import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

from articlecompare.sources import MAX_INPUT_BYTES, LoadError, load, load_bytes, load_html, load_path, load_text


def load_error(call, *args) -> str:
    """The message of the LoadError that ``call(*args)`` raises; it must be a single line."""
    with pytest.raises(LoadError) as raised:
        call(*args)
    message = str(raised.value)
    assert message and "\n" not in message and "\r" not in message
    return message


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


BINARY = [
    # (a .pdf is read as a PDF: see test_load_pdf; under a text name it is refused as binary)
    ("notes.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "it looks like a PDF document"),
    ("notes.txt", b"%PDF-1.4\nstream\x00\x01\x02", "it looks like a PDF document"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "it looks like a PNG image"),
    ("page.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(40), "it looks like a JPEG image"),
    ("story.txt", zip_bytes(), "it looks like a ZIP archive"),
    ("story.html", b"GIF89a\x01\x00\x01\x00" + bytes(20), "it looks like a GIF image"),
    ("data.txt", bytes(range(256)) * 4, "it contains binary data"),
    ("data.html", b"<html>" + bytes(200) + b"</html>", "it contains binary data"),
    ("tail.txt", b"Plain words. " * 8000 + b"\x00\x01\x02", "it contains binary data"),
]


@pytest.mark.parametrize(("name", "data", "expected"), BINARY, ids=[case[0] + ":" + case[2] for case in BINARY])
def test_binary_data_is_refused_by_what_it_looks_like(write, name, data, expected):
    message = load_error(load_path, write(name, data))
    assert name in message and "is not a text or web page file" in message
    assert expected in message


def test_missing_file(tmp_path):
    assert load_error(load_path, tmp_path / "nowhere.txt").endswith("nowhere.txt does not exist")


def test_missing_folder_on_the_way(tmp_path):
    assert "does not exist" in load_error(load_path, tmp_path / "no" / "such" / "file.html")


def test_directory(tmp_path):
    assert load_error(load_path, tmp_path) == f"{tmp_path} is a folder, not a file"


def test_files_folder_of_a_saved_page_points_to_the_page(write, make_page):
    page = write("story.html", make_page())
    write("story_files/logo.png", b"\x89PNG\r\n\x1a\n")
    message = load_error(load_path, page.parent / "story_files")
    assert "folder of a saved page" in message and "story.html" in message


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_empty_or_blank_files(write, data):
    assert load_error(load_path, write("empty.txt", data)).endswith("empty.txt is empty")


@pytest.mark.parametrize("name", ["empty.md", "empty.html", "empty.mhtml"])
def test_empty_files_of_every_kind(write, name):
    assert load_error(load_path, write(name, b"\n\n")).endswith(f"{name} is empty")


@pytest.mark.parametrize("page", [
    "<html><head><title>Home</title><script>render()</script></head><body><div id='root'></div>"
    "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>",
    "<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>",
    "<html><body><!-- nothing here --></body></html>",
    "<html><body><p> &nbsp; </p><p>***</p></body></html>",
])
def test_page_without_article_text(write, page):
    message = load_error(load_path, write("app.html", page))
    assert message.startswith(f"{write('app.html', page)} has no article text")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(MAX_INPUT_BYTES + 1)  # sparse: costs no disk space
    monkeypatch.setattr(load, "open", lambda *args, **kwargs: pytest.fail("the file was opened"), raising=False)
    message = load_error(load_path, path)
    assert "huge.txt is too large" in message and "the limit is 50 MiB" in message


def test_data_and_text_over_the_size_limit(monkeypatch):
    monkeypatch.setattr(load, "MAX_INPUT_BYTES", 100)
    assert "is too large" in load_error(load_bytes, b"x" * 101, "big.txt")
    assert "is too large" in load_error(load_text, "x" * 101)
    assert "is too large" in load_error(load_html, "<p>" + "x" * 101 + "</p>")
    assert load_bytes(b"x" * 100, "fits.txt").text == "x" * 100


def test_blank_pasted_text():
    assert load_error(load_text, " \r\n\t ") == "pasted text is empty"


def test_a_file_name_with_a_line_break_still_gives_one_line(write):
    message = load_error(load_path, write("two\nlines.txt", b""))
    assert "two\\nlines.txt" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_not_opened(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert load_error(load_path, pipe).endswith("pipe.txt is not a regular file")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unreadable_file(write):
    path = write("secret.txt", "text")
    path.chmod(0)
    try:
        assert "cannot be read" in load_error(load_path, path)
    finally:
        path.chmod(0o600)


def test_path_with_a_nul_character():
    assert "cannot be read" in load_error(load_path, "bad\0name.txt")


def test_an_unknown_kind_is_a_programming_error_not_bad_input():
    with pytest.raises(ValueError, match="cannot read kind"):
        load_text("text", kind="pdf")


def test_load_error_collapses_any_line_breaks_it_is_given():
    assert str(LoadError("first line\nsecond\r\nthird")) == "first line second third"


def test_only_load_error_escapes_for_a_path_object(tmp_path: Path):
    assert "does not exist" in load_error(load_path, Path(tmp_path, "missing.md"))


def test_read_failure_after_the_checks(write, monkeypatch):
    path = write("locked.txt", "text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load, "open", refuse, raising=False)
    assert load_error(load_path, path).endswith("locked.txt cannot be read (Permission denied)")
