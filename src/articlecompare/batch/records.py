"""A chunk of pairs to the lines a batch writes: one JSON line per pair, rows of changes.

Depends on ``work`` and ``export.csv_report`` (the formula guard). ``run_chunk`` is what a
worker runs, on any engine: it takes and returns plain values, formats the lines where the
work was done (so the writer only appends them), and never raises for one pair's fault.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from typing import Any

from ..core.options import CompareOptions
from ..export.csv_report import neutralise
from ..opinion import use_threads
from .work import Pair, Result, Unreadable, compare_pair

FILTERS = ("commentary", "omission", "missing-fact")
OK, FAILED, FILTERED = "ok", "failed", "filtered"
CSV_COLUMNS = ("pair_id", "status", "error", "change_id", "kind", "detail", "confidence",
               "original_text", "revised_text", "original_start", "original_end",
               "revised_start", "revised_end", "facts")
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every pair of a batch is compared and written with.

    ``only_with``: keep only pairs that have any of these (``FILTERS``); others are noted as
    done and written nowhere. ``jsonl`` / ``csv``: which lines to make. ``threads``: the
    opinion model's threads in each worker (None: its default)."""

    options: CompareOptions = field(default_factory=CompareOptions)
    only_with: tuple[str, ...] = ()
    jsonl: bool = True
    csv: bool = False
    threads: int | None = None

    def header(self) -> dict[str, Any]:
        """What a resumed batch must share with the run it continues."""
        return {"options": self.options.to_dict(), "only_with": list(self.only_with)}


@dataclass(frozen=True, slots=True)
class Done:
    """One pair as written: ``status`` ok, failed or filtered; its JSON line and CSV rows
    (each ending in a line break; empty where that output is not made or the pair is
    filtered out)."""

    id: str
    status: str
    jsonl: str = ""
    csv: str = ""


def run_chunk(pairs: list[Pair | Unreadable], settings: Settings) -> list[Done]:
    """Compare ``pairs`` in order and format what the batch writes of each; an entry of the
    input that was no pair is recorded as failed in its place."""
    if settings.threads is not None:
        if settings.threads == 1:  # the tokenizer's own thread pool, one per process
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        use_threads(settings.threads)
    return [done_of(_compared(pair, settings.options), settings) for pair in pairs]


def _compared(pair: Pair | Unreadable, options: CompareOptions) -> Result:
    if isinstance(pair, Unreadable):
        return Result(pair.id, error=pair.error)
    try:
        return compare_pair(pair, options)
    except Exception as exc:  # a fault of ours on one pair must not end a batch of millions
        return Result(pair.id, error=f"internal error: {type(exc).__name__}: {exc}")


def failed(pair_id: str, error: str, settings: Settings) -> Done:
    """A pair that could not even be read from the input, recorded like any failure."""
    return done_of(Result(pair_id, error=error), settings)


def done_of(result: Result, settings: Settings) -> Done:
    if result.report is None:
        line = _ENCODE({"id": result.id, "status": FAILED, "error": result.error}) + "\n"
        return Done(result.id, FAILED, line if settings.jsonl else "",
                    _rows([_failure_row(result)]) if settings.csv else "")
    if settings.only_with and not kept(result.report, settings.only_with):
        return Done(result.id, FILTERED)
    line = _ENCODE({"id": result.id, "status": OK, "report": result.report}) + "\n"
    return Done(result.id, OK, line if settings.jsonl else "",
                _rows(change_rows(result.id, result.report)) if settings.csv else "")


def kept(report: dict[str, Any], only_with: tuple[str, ...]) -> bool:
    """Whether the report has any of ``only_with``: commentary, an omission, a missing fact."""
    counts = report["summary"]["counts"]
    has = {"commentary": counts.get("commentary", 0) > 0,
           "omission": counts.get("omission", 0) > 0,
           "missing-fact": bool(report["summary"]["missing_facts"])}
    return any(has[name] for name in only_with)


def change_rows(pair_id: str, report: dict[str, Any]) -> list[list[Any]]:
    """One row per change; a pair without changes still has a row, so every pair compared
    stands in the table."""
    rows = []
    for change in report["changes"]:
        original, revised = change["original"] or {}, change["revised"] or {}
        facts = "; ".join(_fact(f) for f in change["facts"])
        rows.append([pair_id, OK, "", change["id"], change["kind"], change["detail"],
                     "" if change["confidence"] is None else change["confidence"],
                     original.get("text", ""), revised.get("text", ""),
                     original.get("start", ""), original.get("end", ""),
                     revised.get("start", ""), revised.get("end", ""), facts])
    return rows or [[pair_id, OK] + [""] * (len(CSV_COLUMNS) - 2)]


def _fact(fact: dict[str, Any]) -> str:
    """As the reports describe a fact: ``"2,000 (number, missing)"``."""
    kind = f"{fact['type']} by {fact['speaker']}" if fact.get("speaker") else fact["type"]
    text = f"{fact['text']} → {fact['replacement']}" if (
        fact["status"] == "changed" and fact.get("replacement")) else fact["text"]
    return f"{text} ({kind}, {fact['status']})"


def _failure_row(result: Result) -> list[Any]:
    return [result.id, FAILED, result.error] + [""] * (len(CSV_COLUMNS) - 3)


def csv_cell(value: str) -> str:
    """A text as its cell: line breaks become spaces (so a reader can split the file on
    lines, and a torn last row is found), a would-be formula is neutralised."""
    return neutralise(_LINE_BREAKS.sub(" ", value))


def csv_line(cells: list[Any] | tuple[Any, ...]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(
        [csv_cell(c) if isinstance(c, str) else c for c in cells])
    return out.getvalue()


def _rows(rows: list[list[Any]]) -> str:
    return "".join(csv_line(row) for row in rows)
