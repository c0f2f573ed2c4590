"""The pages of a WACZ web archive (``.wacz``): a zip of WARC files and a list of pages.

``pages/pages.jsonl`` (and ``pages/extraPages.jsonl``) name the pages that were captured as
pages (each line a URL and its capture time ``ts``); the captures are the HTML responses for
those URLs in the WARC files under ``archive/``. An archive without a page list offers every
HTML response in it. Unpacking is bounded as for any zip package and WARC file.
"""
from __future__ import annotations

import json

from articlecompare.sources import warc
from articlecompare.sources.captures import Capture, url_key
from articlecompare.sources.errors import LoadError
from articlecompare.sources.zipped import MAX_UNPACKED_BYTES, Package

_PAGE_LISTS = ("pages/pages.jsonl", "pages/extraPages.jsonl")
_WARC_SUFFIXES = (".warc", ".warc.gz")


def captures(data: bytes, source: str) -> list[Capture]:
    package = Package(data, source, "WACZ web archive")
    names = [name for name in package.names()
             if name.startswith("archive/") and name.lower().endswith(_WARC_SUFFIXES)]
    if not names:
        raise LoadError(f"{package.shown} is not a readable WACZ web archive (it holds no WARC files)")
    budget = [MAX_UNPACKED_BYTES]
    found: list[Capture] = []
    for name in sorted(names):
        found.extend(warc.captures(package.read(name), package.shown, budget))
    pages = {url_key(url) for url in _listed_pages(package)}
    if pages:
        found = [capture for capture in found if url_key(capture.url) in pages]
    return found


def _listed_pages(package: Package) -> set[str]:
    """The URLs the archive's page lists name (none where it has no list)."""
    urls: set[str] = set()
    for name in _PAGE_LISTS:
        if not package.has(name):
            continue
        for line in package.read(name).decode("utf-8", "replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a damaged line names no page
            if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                urls.add(entry["url"])
    return urls
