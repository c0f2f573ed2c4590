"""The Open dialog's filters name every kind of file the loaders read, and the README's
input list names every extension too."""
from __future__ import annotations

import re
from pathlib import Path

from articlecompare.sources.load import EXTENSIONS
from articlecompare.ui.sessions.filefilters import FILE_FILTER

README = Path(__file__).resolve().parents[2] / "README.md"


def patterns(name: str) -> set[str]:
    entry = next(f for f in FILE_FILTER.split(";;") if f.startswith(name + " ("))
    return set(entry[len(name) + 2:-1].split())


def test_the_articles_filter_holds_every_extension_the_loaders_know() -> None:
    assert {"*" + extension for extension in EXTENSIONS} <= patterns("Articles")


def test_each_document_kind_and_the_archives_have_a_filter_of_their_own() -> None:
    assert patterns("Word documents") == {"*.docx"}
    assert patterns("PDF documents") == {"*.pdf"}
    assert patterns("OpenDocument text") == {"*.odt"} and patterns("EPUB books") == {"*.epub"}
    assert patterns("Web archives") == {"*.warc", "*.warc.gz", "*.wacz"}
    assert patterns("Sessions") == {"*.acsession"}


def test_the_readme_names_every_extension() -> None:
    named = set(re.findall(r"`(\.[a-z.]+)`", README.read_text(encoding="utf-8")))
    assert set(EXTENSIONS) <= named
