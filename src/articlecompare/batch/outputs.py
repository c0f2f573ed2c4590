"""A batch's output files, written so that a killed batch resumes without losing or redoing
a pair.

Depends on ``records``. Whole lines are appended a chunk at a time, flushed and fsynced: the
JSONL and CSV outputs first, then the journal beside them (``OUT.done``: a header with the
settings, then one line per pair done, filtered-out pairs included). The journal is the
record of what is done; on resume a torn last line anywhere, and output lines of pairs the
journal does not list (a chunk cut short by the kill), are cut off before appending again.
"""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .records import CSV_COLUMNS, Done, csv_cell, csv_line

FORMAT = "articlecompare-batch"
VERSION = 1
_DECODER = json.JSONDecoder()
_ID_AT = len('{"id":')


class OutputError(Exception):
    """The outputs cannot be used as asked (another run's files, other settings); one line."""


@dataclass(frozen=True, slots=True)
class Outputs:
    """Where a batch writes: a JSONL report per pair, a CSV table of changes, or both."""

    jsonl: Path | None = None
    csv: Path | None = None

    @property
    def journal(self) -> Path:
        first = self.jsonl or self.csv
        if first is None:
            raise OutputError("give an output: a .jsonl file for the reports, a .csv file for the changes")
        return first.with_name(first.name + ".done")

    def files(self) -> list[Path]:
        return [p for p in (self.jsonl, self.csv) if p is not None]


def _jsonl_id(line: bytes) -> str:
    return str(_DECODER.raw_decode(line.decode("utf-8", "replace"), _ID_AT)[0])


def _csv_id(line: bytes) -> str:
    return next(csv.reader([line.decode("utf-8", "replace")]))[0]


class Writer:
    """Opens (or resumes) the outputs; ``write`` appends a chunk's lines durably.

    ``done`` is the set of pair ids already written, ``earlier`` their count by status."""

    def __init__(self, outputs: Outputs, settings_header: dict[str, Any], restart: bool = False) -> None:
        self.outputs = outputs
        header = {"format": FORMAT, "version": VERSION, **settings_header,
                  "outputs": sorted(k for k in ("jsonl", "csv") if getattr(outputs, k))}
        journal = outputs.journal
        if restart:
            for path in [journal, *outputs.files()]:
                path.unlink(missing_ok=True)
        self.done: set[str] = set()
        self.earlier: Counter[str] = Counter()
        if journal.exists() and self._read_journal(journal, header):
            self._repair_outputs()
        else:
            self._start(journal, header)
        self._files: list[tuple[BinaryIO, Callable[[Done], str]]] = []
        if outputs.jsonl:
            self._files.append((open(outputs.jsonl, "ab"), lambda d: d.jsonl))
        if outputs.csv:
            self._files.append((open(outputs.csv, "ab"), lambda d: d.csv))
        self._journal = open(journal, "ab")

    def _start(self, journal: Path, header: dict[str, Any]) -> None:
        for path in self.outputs.files():
            if path.exists() and path.stat().st_size > 0:
                raise OutputError(f"{path} exists and is no batch's output to resume "
                                  "(no journal beside it): remove it, or give --restart")
        _append(journal, json.dumps(header, ensure_ascii=False) + "\n", truncate=True)
        for path in self.outputs.files():
            _append(path, csv_line(CSV_COLUMNS) if path == self.outputs.csv else "", truncate=True)

    def _read_journal(self, journal: Path, header: dict[str, Any]) -> bool:
        """Reads the done ids; False where the journal is only a torn header (nothing was
        written after it)."""
        with open(journal, "r+b") as fh:
            lines = fh.readlines()
            whole = [line for line in lines if line.endswith(b"\n")]
            if len(whole) < len(lines):  # the kill tore the last line
                fh.truncate(sum(map(len, whole)))
        if not whole:
            return False
        earlier = json.loads(whole[0])
        if earlier.get("format") != FORMAT:
            raise OutputError(f"{journal} is no batch journal")
        for key in ("options", "only_with", "outputs"):
            if earlier.get(key) != header[key]:
                raise OutputError(f"the batch being resumed ran with other {key.replace('_', ' ')} "
                                  f"({earlier.get(key)}): give the same, or --restart")
        for line in whole[1:]:
            entry = json.loads(line)
            self.done.add(entry["id"])
            self.earlier[entry["status"]] += 1
        return True

    def _repair_outputs(self) -> None:
        if self.outputs.jsonl:
            _cut(self.outputs.jsonl, self.done, _jsonl_id, header=False)
        if self.outputs.csv:
            _cut(self.outputs.csv, {csv_cell(i) for i in self.done}, _csv_id, header=True)

    def write(self, chunk: list[Done]) -> None:
        """The chunk's lines in the outputs, then its ids in the journal, each fsynced."""
        for fh, lines_of in self._files:
            data = "".join(lines_of(d) for d in chunk)
            if data:
                _durable(fh, data.encode("utf-8"))
        entries = "".join(json.dumps({"id": d.id, "status": d.status}, ensure_ascii=False) + "\n"
                          for d in chunk)
        _durable(self._journal, entries.encode("utf-8"))
        self.done.update(d.id for d in chunk)

    def close(self) -> None:
        for fh, _ in self._files:
            fh.close()
        self._journal.close()


def _durable(fh: BinaryIO, data: bytes) -> None:
    fh.write(data)
    fh.flush()
    os.fsync(fh.fileno())


def _append(path: Path, text: str, truncate: bool = False) -> None:
    with open(path, "wb" if truncate else "ab") as fh:
        _durable(fh, text.encode("utf-8"))


def _cut(path: Path, done: set[str], id_of: Callable[[bytes], str], header: bool) -> None:
    """Cut ``path`` before its first line that is torn or not of a pair in ``done``."""
    if not path.exists():
        raise OutputError(f"{path} is gone, but the journal beside it lists pairs as done: "
                          "give --restart to begin again")
    keep = 0
    with open(path, "r+b") as fh:
        for number, line in enumerate(fh):
            if not line.endswith(b"\n"):
                break
            if not (header and number == 0):
                try:
                    if id_of(line) not in done:
                        break
                except ValueError:
                    break
            keep += len(line)
        if header and keep == 0:
            fh.seek(0)
            fh.truncate()
            fh.write(csv_line(CSV_COLUMNS).encode("utf-8"))
        else:
            fh.truncate(keep)
