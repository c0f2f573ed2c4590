"""An HTML (or trafilatura XML) tree to paragraphs, one per block element.

Each block element (paragraph, heading, list item, quotation, table row, line break…) ends a
paragraph; inline elements run on. Scripts, styles and other non-text elements are skipped.
One pass over the tree with ``lxml.etree.iterwalk``: linear in the size of the page, so it
also serves as the fast extraction for pages too large for the article extractors.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

_BLOCKS = frozenset(
    # HTML
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p"
    " pre section summary table tbody tfoot thead tr ul"
    # trafilatura's output XML
    " doc head item lb list quote row".split()
)
_CELLS = frozenset(("td", "th", "cell"))
# What ``paragraphs`` leaves out of a web page; trafilatura's XML needs nothing left out
# (its ``head`` is a heading).
PAGE_SKIPPED = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio"
    " select option button head title meta link".split()
)
# The fast extraction also leaves out the site furniture (not forms: some sites wrap the
# whole page in one).
FURNITURE_SKIPPED = PAGE_SKIPPED | frozenset("nav aside menu dialog".split())
_HTML_SPACES = "\t\n\r\f"
_CONTROLS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# libxml2 stops reading a page at 2,048 levels of nesting; a page that deep is read again
# with the elements nested deeper than this flattened. Real articles nest a few dozen deep.
MAX_DEPTH = 1000
# possessive: a name and the rest of a tag were two runs over the same bytes, retried at
# every split ("<a" repeated with no ">": 55 s for 10 KB)
_TAG_RE = re.compile(rb"<(/?)([A-Za-z][^\s/>]*+)[^>]*+>")
_VOID = frozenset(
    b"area base br col embed hr img input link meta param source track wbr".split()
)


def parse(html: str) -> Any | None:
    """The page as an lxml tree (plain ``etree`` elements: walking them is cheaper than
    ``lxml.html``'s), or None when there is nothing to parse.

    Control characters, which XML parsers reject and browsers drop, are dropped first."""
    if not html.strip():
        return None
    data = thinned(_CONTROLS_RE.sub("", html).encode("utf-8", "replace"))
    root, too_deep = _parsed(data)
    if too_deep:
        # libxml2 stops reading at 2,048 levels of nesting and drops the rest of the page;
        # browsers flatten such nesting and show the text, so the page is read again with
        # the elements beyond MAX_DEPTH left out (their text stays).
        root, _ = _parsed(flattened(data))
    return root


MAX_ATTRIBUTES = 1000  # attributes of one tag kept; no page needs more
_ATTRIBUTE_GAP = 65  # bytes from one "=" to the next in a run of attributes


def _crowded(data: bytes) -> bool:
    """Whether ``MAX_ATTRIBUTES`` "=" signs follow each other, each within ``_ATTRIBUTE_GAP``
    bytes of the last and no ">" among them: what a tag with too many attributes looks like.
    Linear: only a stretch between two ">" with that many "=" is walked sign by sign (a
    pattern tried a thousand repetitions from each "=": 17 s for a megabyte of them)."""
    start = 0
    while start <= len(data):
        end = data.find(b">", start)
        end = len(data) if end < 0 else end
        if data.count(b"=", start, end) >= MAX_ATTRIBUTES:
            run, last = 0, -_ATTRIBUTE_GAP - 1
            at = data.find(b"=", start, end)
            while at >= 0:
                run = run + 1 if at - last <= _ATTRIBUTE_GAP else 1
                if run >= MAX_ATTRIBUTES:
                    return True
                last, at = at, data.find(b"=", at + 1, end)
        start = end + 1
    return False


def thinned(data: bytes) -> bytes:
    """Markup ``data`` with each tag cut to its first ``MAX_ATTRIBUTES`` attributes: the
    parser's time grows with the square of one tag's attributes (50,000 took 23 s). One pass
    over the tags, and none at all for a page where no ``MAX_ATTRIBUTES`` "=" signs follow
    each other closely without a ">" between (every usual page: a big one has thousands of
    attributes, spread over its tags)."""
    if not _crowded(data):
        return data
    out: list[bytes] = []
    at = 0
    while True:
        start = data.find(b"<", at)
        end = data.find(b">", start) if start >= 0 else -1
        if end < 0:
            break
        if data.count(b"=", start, end) > MAX_ATTRIBUTES:
            cut = start
            for _ in range(MAX_ATTRIBUTES + 1):
                cut = data.find(b"=", cut + 1, end)
            space = max(data.rfind(b" ", start, cut), data.rfind(b"\n", start, cut))
            out += [data[at:space], b">"]
        else:
            out.append(data[at:end + 1])
        at = end + 1
    out.append(data[at:])
    return b"".join(out)


def nested_deeper_than(root: Any, levels: int) -> bool:
    """Whether the tree of ``root`` has elements nested more than ``levels`` deep."""
    return bool(_depth_probe(levels)(root))


@functools.lru_cache(maxsize=4)
def _depth_probe(levels: int) -> Any:
    # One step per level from the document root: libxml2 visits each element at most once.
    return etree.XPath("boolean(" + "/*" * (levels + 1) + ")")


def _parsed(data: bytes) -> tuple[Any | None, bool]:
    """The tree (or None) and whether the parser gave up on the depth of the nesting."""
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=False, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.LxmlError, ValueError):
        return None, False
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log
                   if entry.level >= etree.ErrorLevels.FATAL)
    return root, too_deep


def flattened(data: bytes) -> bytes:
    """Markup ``data`` without the start and end tags nested deeper than ``MAX_DEPTH`` (a
    count of tags, approximate on malformed markup, which only matters for pages this odd)."""
    depth = 0

    def keep(match: re.Match[bytes]) -> bytes:
        nonlocal depth
        if match.group(2).lower() in _VOID or match.group(0).endswith(b"/>"):
            return match.group(0)
        if match.group(1):  # an end tag closes the element opened at this depth
            level, depth = depth, max(depth - 1, 0)
        else:
            depth += 1
            level = depth
        return match.group(0) if level <= MAX_DEPTH else b""

    end = data.rfind(b">") + 1  # no tag ends after the last ">": not searched from each "<"
    return _TAG_RE.sub(keep, data[:end]) + data[end:]


def paragraphs(root: Any, *, skip: frozenset[str] = PAGE_SKIPPED) -> list[str]:
    """The text of ``root`` as paragraphs, leaving out the elements named in ``skip``."""
    return list(iter_paragraphs(root, skip=skip))


def iter_paragraphs(root: Any, *, skip: frozenset[str] = PAGE_SKIPPED) -> Iterator[str]:
    """``paragraphs`` one at a time, for callers that may stop early."""
    buffer: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            if element.tail:
                buffer.append(element.tail)
            continue
        if "}" in tag:
            tag = tag.rsplit("}", 1)[1]
        if tag in _BLOCKS:
            if buffer:
                text = _squashed("".join(buffer))
                buffer.clear()
                if text:
                    yield text
        elif tag in _CELLS:
            buffer.append(" ")
        if event == "start":
            if tag in skip:
                walker.skip_subtree()
            elif element.text:
                buffer.append(element.text)
        elif element.tail:
            buffer.append(element.tail)
    text = _squashed("".join(buffer))
    if text:
        yield text


def _squashed(text: str) -> str:
    """HTML white space (not no-break spaces) collapsed to single spaces; str.replace is
    several times faster than re.sub here, which matters on pages of many megabytes."""
    for space in _HTML_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


def main_content(root: Any) -> Any:
    """The page's ``<article>`` or ``<main>`` with the most text, or the whole page."""
    candidates = root.xpath("//article | //main | //*[@role='main']")
    if not candidates:
        return root
    return max(candidates, key=_text_length)


def _text_length(element: Any) -> int:
    return len(etree.tostring(element, method="text", encoding="unicode", with_tail=False))
