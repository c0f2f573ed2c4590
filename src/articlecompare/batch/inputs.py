"""Where a batch's pairs come from: a JSONL or CSV list of pairs, or a folder of pairs.

Depends on ``work`` only (NewsEdits databases are read in ``newsedits``). Each source counts
its pairs cheaply, for progress, and yields them lazily in a fixed order; an entry it cannot
make a pair of is yielded as ``Unreadable``, so the batch records it and goes on.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from .work import Document, Pair, Unreadable

# the file kinds the loader reads; a one-line value ending in one of these names a file
FILE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".html",
                 ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")
_SIDES = {"a": 0, "original": 0, "b": 1, "revised": 1}


class InputError(Exception):
    """The input as a whole cannot be read (missing, of no known layout); one line."""


class PairSource(Protocol):
    def count(self) -> int: ...
    def __iter__(self) -> Iterator[Pair | Unreadable]: ...


def document(record: Mapping[str, Any], side: str, base: Path) -> Document:
    """The ``side`` ("original" or "revised") of a JSONL record or CSV row.

    ``<side>_path`` is a file (relative to ``base``), ``<side>_text`` a text; ``<side>`` is a
    file when it is one line ending in a file kind the loader reads (``.txt``, ``.html``, …),
    else a text. A text's kind is ``<side>_kind`` or ``kind`` ("text", "markdown", "html")."""
    kind = str(record.get(f"{side}_kind") or record.get("kind") or "text")
    path, text = record.get(f"{side}_path"), record.get(f"{side}_text")
    if not path and text is None:
        value = record.get(side)
        if value is None or value == "":
            raise ValueError(f"no {side} version")
        if not isinstance(value, str):
            raise ValueError(f"the {side} version is not a string")
        if "\n" not in value and value.strip().lower().endswith(FILE_SUFFIXES):
            path = value.strip()
        else:
            text = value
    if path:
        return Document.of_path(base / os.path.expanduser(str(path)))
    return Document.of_text(str(text), kind)


def _pair(record: Any, fallback_id: str, base: Path) -> Pair | Unreadable:
    if not isinstance(record, dict):
        return Unreadable(fallback_id, "not a JSON object")
    given = record.get("id")
    pair_id = fallback_id if given is None or given == "" else str(given)
    try:
        return Pair(pair_id, document(record, "original", base), document(record, "revised", base))
    except ValueError as exc:
        return Unreadable(pair_id, str(exc))


class JsonlPairs:
    """One JSON object a line: ``{"id", "original", "revised"}`` (see ``document``); an
    object without an id is named by its line ("line 12"); blank lines are passed over."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def count(self) -> int:
        with open(self.path, "rb") as fh:
            return sum(1 for line in fh if line.strip())

    def __iter__(self) -> Iterator[Pair | Unreadable]:
        base = self.path.parent
        with open(self.path, "rb") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    yield Unreadable(f"line {number}", f"not JSON ({exc})")
                    continue
                yield _pair(record, f"line {number}", base)


class CsvPairs:
    """A header row naming ``id``, ``original``, ``revised`` (or ``original_path``,
    ``revised_text``, …: see ``document``), one pair a row; a row without an id is named by
    its row ("row 3", the header being row 1)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        csv.field_size_limit(sys.maxsize)

    def count(self) -> int:
        with open(self.path, newline="", encoding="utf-8-sig") as fh:
            return sum(1 for _ in csv.DictReader(fh))

    def __iter__(self) -> Iterator[Pair | Unreadable]:
        with open(self.path, newline="", encoding="utf-8-sig", errors="replace") as fh:
            for number, row in enumerate(csv.DictReader(fh), 2):
                yield _pair(row, f"row {number}", self.path.parent)


class FolderPairs:
    """A folder of pairs, searched through: each folder holding ``a.*`` and ``b.*`` (or
    ``original.*`` and ``revised.*``) is a pair named by its path below the top; so are two
    files ``NAME.a.*`` and ``NAME.b.*`` (or ``NAME.original.*``, ``NAME.revised.*``). Only
    files of kinds the loader reads count; a saved page's ``_files`` folder is passed over."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._found: dict[str, tuple[list[Path], list[Path]]] | None = None

    def count(self) -> int:
        return len(self._sides())

    def __iter__(self) -> Iterator[Pair | Unreadable]:
        for pair_id, (originals, revisions) in sorted(self._sides().items()):
            if len(originals) != 1 or len(revisions) != 1:
                yield Unreadable(pair_id, _sides_problem(originals, revisions))
            else:
                yield Pair(pair_id, Document.of_path(originals[0]), Document.of_path(revisions[0]))

    def _sides(self) -> dict[str, tuple[list[Path], list[Path]]]:
        if self._found is None:
            self._found = {}
            for folder, names, files in os.walk(self.root):
                names[:] = sorted(n for n in names if not n.startswith(".") and not n.endswith("_files"))
                where = Path(folder)
                for name in files:
                    self._note(where, name)
        return self._found

    def _note(self, folder: Path, name: str) -> None:
        stem, suffix = os.path.splitext(name)
        if suffix.lower() not in FILE_SUFFIXES:
            return
        prefix, _, last = stem.rpartition(".")
        side = _SIDES.get(last.lower())
        if side is None:
            return
        below = folder.relative_to(self.root)
        pair_id = (below / prefix).as_posix() if prefix else below.as_posix()
        if pair_id == ".":
            pair_id = self.root.name
        assert self._found is not None
        self._found.setdefault(pair_id, ([], []))[side].append(folder / name)


def _sides_problem(originals: list[Path], revisions: list[Path]) -> str:
    for label, files in (("original (a.* or original.*)", originals),
                         ("revised version (b.* or revised.*)", revisions)):
        if not files:
            return f"no {label} beside the other"
        if len(files) > 1:
            return f"more than one {label}: {', '.join(sorted(p.name for p in files))}"
    return ""


def open_pairs(path: str | os.PathLike[str]) -> PairSource:
    """The pairs at ``path``: a folder, a ``.jsonl`` (or ``.ndjson``) file, a ``.csv`` file, or
    an SQLite database in the NewsEdits layout."""
    where = Path(path)
    if where.is_dir():
        return FolderPairs(where)
    if not where.is_file():
        raise InputError(f"{where} does not exist")
    suffix = where.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return JsonlPairs(where)
    if suffix == ".csv":
        return CsvPairs(where)
    with open(where, "rb") as fh:
        if fh.read(16) == b"SQLite format 3\x00":
            from .newsedits import NewsEditsPairs
            return NewsEditsPairs(where)
    raise InputError(f"cannot tell what {where.name} holds: give a folder of pairs, a .jsonl or "
                     ".csv list of pairs, or an SQLite database in the NewsEdits layout")
