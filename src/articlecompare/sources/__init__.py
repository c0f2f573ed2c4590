"""Files and pages to ``Article``: decoding, text and Markdown, web pages and MHTML archives,
Word, OpenDocument, EPUB and PDF documents, and WARC/WACZ web archives.

No Qt here. Every problem with the input raises ``LoadError``, whose message is one line.
"""
from __future__ import annotations

from articlecompare.sources.captures import Choice, Listed
from articlecompare.sources.errors import LoadError
from articlecompare.sources.load import (MAX_INPUT_BYTES, archive_captures, load_bytes, load_html, load_pair,
                                         load_path, load_text, load_versions)

__all__ = ["MAX_INPUT_BYTES", "Choice", "Listed", "LoadError", "archive_captures", "load_bytes", "load_html",
           "load_pair", "load_path", "load_text", "load_versions"]
