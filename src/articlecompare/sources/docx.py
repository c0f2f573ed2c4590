"""A Word document (``.docx``) to paragraphs, in two readings when it has tracked changes.

``word/document.xml`` is read with lxml (python-docx would drop every tracked insertion, whose
runs sit inside ``w:ins``). Each paragraph, heading, list item and table cell paragraph is a
paragraph; footnotes, endnotes, comments, field codes and text boxes are left out. Tracked
changes are resolved both ways: *rejected* (the text before the changes: deletions and
moved-away text kept, insertions and moved-to text left out) and *accepted* (the opposite).
A deletion inside an insertion is in neither. A paragraph mark that was inserted (rejected
reading) or deleted (accepted reading) joins its paragraph to the next. The changes
themselves, with their authors and dates, are ``Revision``s.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from articlecompare.core.model import Metadata, Revision
from articlecompare.sources.zipped import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DOCUMENT = "word/document.xml"
_CORE = "docProps/core.xml"
_REMOVED = {f"{W}del": "deletion", f"{W}moveFrom": "move_from"}    # gone once accepted
_ADDED = {f"{W}ins": "insertion", f"{W}moveTo": "move_to"}         # gone once rejected
_REVISIONS = _REMOVED | _ADDED
_TEXT = frozenset((f"{W}t", f"{W}delText"))
_SPACES = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
# not the article's text: properties (they hold revision marks of paragraph marks and
# formatting), field codes, drawings and text boxes (Word writes their text twice)
_SKIPPED = frozenset(
    f"{W}{name}" for name in ("pPr", "rPr", "instrText", "delInstrText", "drawing", "pict",
                              "object", "footnoteReference", "endnoteReference",
                              "commentReference", "annotationRef", "trPr", "tblPr", "tcPr",
                              "sectPr")
) | {f"{_MC}AlternateContent"}
_CONTAINERS = frozenset(f"{W}{name}" for name in ("sdt", "sdtContent", "customXml", "tbl", "tr", "tc",
                                                  "txbxContent"))


@dataclass(frozen=True, slots=True)
class Readings:
    """A document's paragraphs with its tracked changes rejected and accepted."""

    rejected: tuple[str, ...]
    accepted: tuple[str, ...]
    revisions: tuple[Revision, ...]
    metadata: Metadata
    created: str | None


def read(data: bytes, source: str) -> Readings:
    package = Package(data, source, "Word document")
    root = package.xml(_DOCUMENT)
    body = root.find(f"{W}body")
    rejected: list[str] = []
    accepted: list[str] = []
    revisions: list[Revision] = []
    if body is not None:
        reader = _Reader(rejected, accepted, revisions)
        reader.block(body)
        reader.finish()
    core = _core_properties(package)
    metadata = Metadata(title=core.get("title"), byline=core.get("creator"),
                        date=core.get("modified") or core.get("created"))
    return Readings(tuple(rejected), tuple(accepted), tuple(revisions), metadata, core.get("created"))


class _Reader:
    """One pass over the body, filling both readings and the list of revisions."""

    def __init__(self, rejected: list[str], accepted: list[str], revisions: list[Revision]) -> None:
        self.out = {"rejected": rejected, "accepted": accepted}
        self.carry = {"rejected": "", "accepted": ""}  # text of a paragraph whose mark went
        self.revisions = revisions

    def block(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child)
            elif tag == f"{W}tr" and (gone_in := _row_gone(child)) is not None:
                self.row(child, gone_in)
            elif tag in _CONTAINERS or tag in _REVISIONS:
                self.block(child)  # moved or inserted paragraphs are resolved per run

    def finish(self) -> None:
        """The last paragraph, where the document ends on a paragraph whose mark went."""
        for reading in self.out:
            self._emit(reading, "")

    def row(self, row: Any, gone_in: str) -> None:
        """A table row inserted or deleted whole: it is left out of one reading."""
        kept = self.out[gone_in]
        self.out[gone_in] = []
        self.block(row)
        self.out[gone_in] = kept

    def paragraph(self, p: Any) -> None:
        texts: dict[str, list[str]] = {"rejected": [], "accepted": []}
        for text, removed, added in _runs(p, False, False):
            if not added:
                texts["rejected"].append(text)
            if not removed:
                texts["accepted"].append(text)
        self._note_revisions(p)
        mark = p.find(f"{W}pPr/{W}rPr")
        mark_tags = {child.tag for child in mark} if mark is not None else set()
        for reading, joined_when in (("rejected", _ADDED), ("accepted", _REMOVED)):
            if mark_tags & joined_when.keys():
                self.carry[reading] += "".join(texts[reading])
            else:
                self._emit(reading, "".join(texts[reading]))

    def _emit(self, reading: str, text: str) -> None:
        text, self.carry[reading] = self.carry[reading] + text, ""
        cleaned = " ".join(text.split())  # a manual line break or a tab is a space
        if cleaned:
            self.out[reading].append(cleaned)

    def _note_revisions(self, p: Any) -> None:
        """The paragraph's tracked changes that carry text; a change Word split over several
        runs (the same kind, author and date one after another) is one."""
        previous: Revision | None = None
        for element in p.iter(*_REVISIONS):
            if _inside_skipped(element, p):
                continue
            text = " ".join("".join(t for t, _, _ in _runs(element, False, False)).split())
            if not text:
                continue
            revision = Revision(_REVISIONS[element.tag], text, element.get(f"{W}author") or None,
                                element.get(f"{W}date") or None)
            if previous and (previous.kind, previous.author, previous.date) == \
                    (revision.kind, revision.author, revision.date):
                revision = Revision(revision.kind, f"{previous.text} {text}", revision.author,
                                    revision.date)
                self.revisions[-1] = revision
            else:
                self.revisions.append(revision)
            previous = revision


def _runs(element: Any, removed: bool, added: bool) -> Iterator[tuple[str, bool, bool]]:
    """``(text, removed, added)`` for each piece of text under ``element``: whether a
    deletion (or move away) and whether an insertion (or move here) holds it."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag in _TEXT:
            if child.text:
                yield child.text, removed, added
        elif tag in _SPACES:
            yield (" " if tag == f"{W}tab" else _SPACES[tag]), removed, added
        elif tag == f"{W}p":  # a paragraph nested in a text box or a content control
            continue
        else:
            yield from _runs(child, removed or tag in _REMOVED, added or tag in _ADDED)


def _inside_skipped(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIPPED:
            return True
        parent = parent.getparent()
    return False


def _row_gone(row: Any) -> str | None:
    """The reading a whole table row is left out of: inserted rows are not in the rejected one."""
    properties = row.find(f"{W}trPr")
    if properties is None:
        return None
    if properties.find(f"{W}ins") is not None:
        return "rejected"
    if properties.find(f"{W}del") is not None:
        return "accepted"
    return None


_CORE_FIELDS = {
    "{http://purl.org/dc/elements/1.1/}title": "title",
    "{http://purl.org/dc/elements/1.1/}creator": "creator",
    "{http://purl.org/dc/terms/}created": "created",
    "{http://purl.org/dc/terms/}modified": "modified",
}


def _core_properties(package: Package) -> dict[str, str]:
    """Title, author and dates from ``docProps/core.xml`` (missing or damaged: none)."""
    if not package.has(_CORE):
        return {}
    try:
        root = package.xml(_CORE)
    except Exception:  # noqa: BLE001 - the properties are optional; the text is what matters
        return {}
    found = {}
    for element in root:
        name = _CORE_FIELDS.get(element.tag)
        value = " ".join((element.text or "").split())
        if name and value:
            found[name] = value[:300]
    return found
