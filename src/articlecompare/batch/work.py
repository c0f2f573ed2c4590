"""The unit of work: a pair of versions (texts or files) compared into the JSON report.

Depends on ``core``, ``sources``, ``export.json_report`` and ``opinion`` (loaded on first use,
once per process). Everything here is a plain value that pickles, so any engine (a process
pool, Dask, Spark) can ship a ``Pair`` to a worker and a ``Result`` back.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..core.compare import compare
from ..core.model import Article, Comparison
from ..core.options import CompareOptions
from ..export.json_report import report_dict
from ..opinion import fresh_reader
from ..sources import LoadError, load_path, load_text

TEXT_KINDS = ("text", "markdown", "html")


@dataclass(frozen=True, slots=True)
class Document:
    """One version of an article: a text already in memory, or the path of a file of any kind
    the loader reads (text, Markdown, a saved page, a web archive). Build it with
    ``Document.of_text`` or ``Document.of_path``."""

    text: str | None = None
    path: str | None = None
    kind: str = "text"  # of a text: "text", "markdown" or "html"
    source: str = ""    # the name the report gives it (default: the path, or "text")

    @classmethod
    def of_text(cls, text: str, kind: str = "text", source: str = "") -> Document:
        if kind not in TEXT_KINDS:
            raise ValueError(f"a text is one of {', '.join(TEXT_KINDS)}, not {kind!r}")
        return cls(text=text, kind=kind, source=source)

    @classmethod
    def of_path(cls, path: str | os.PathLike[str]) -> Document:
        return cls(path=os.fspath(path))

    def load(self) -> Article:
        """The article; raises ``sources.LoadError`` (one line) for input it cannot read."""
        if self.path is not None:
            return load_path(self.path)
        if self.text is None:
            raise LoadError("a version with neither text nor path")
        kind = "pasted" if self.kind == "text" else self.kind
        return load_text(self.text, self.source or "text", kind)


@dataclass(frozen=True, slots=True)
class Pair:
    """Two versions to compare, under an ``id`` that names the pair in every output."""

    id: str
    original: Document
    revised: Document


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An entry of a batch's input that is no pair (bad JSON, no revised version): its id and
    why. It travels with the pairs and is recorded as a failure in its place."""

    id: str
    error: str


@dataclass(frozen=True, slots=True)
class Result:
    """How a pair came out: its JSON report, or the error that stopped it (one line).

    ``comparison`` is the full ``core.model.Comparison`` where it was asked for
    (``keep_comparison``); it is left out by default, being larger than the report."""

    id: str
    report: dict[str, Any] | None = None
    error: str | None = None
    comparison: Comparison | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.error is None


def compare_articles(original: Article, revised: Article,
                     options: CompareOptions | None = None) -> Comparison:
    """``core.compare`` as the front ends run it: with the shipped opinion model, through a
    reader of its own (so the result is the same on any worker, whatever it compared before,
    and the same as ``articlecompare compare`` gives)."""
    return compare(original, revised, options or CompareOptions(), opinion=fresh_reader())


def compare_texts(original: str, revised: str, options: CompareOptions | None = None, *,
                  kind: str = "text") -> Result:
    """Compare two texts of ``kind`` ("text", "markdown" or "html"). Raises
    ``sources.LoadError`` for a text with nothing to compare (empty, or a page with no
    article); the result carries the report and the comparison."""
    return _compared("texts", Document.of_text(original, kind, "original"),
                     Document.of_text(revised, kind, "revised"), options)


def compare_files(original: str | os.PathLike[str], revised: str | os.PathLike[str],
                  options: CompareOptions | None = None) -> Result:
    """Compare two files of any kind the loader reads. Raises ``sources.LoadError`` for a
    file it cannot read; the result carries the report and the comparison."""
    return _compared("files", Document.of_path(original), Document.of_path(revised), options)


def _compared(name: str, original: Document, revised: Document,
              options: CompareOptions | None) -> Result:
    comparison = compare_articles(original.load(), revised.load(), options)
    return Result(name, report_dict(comparison), comparison=comparison)


def compare_pair(pair: Pair, options: CompareOptions | None = None, *,
                 keep_comparison: bool = False) -> Result:
    """Compare ``pair``; never raises for the pair's own faults. Input the loader refuses
    (missing, empty, too large, of no readable kind) and a comparison that runs out of
    memory come back as a ``Result`` with ``error`` set, so a batch goes on."""
    try:
        comparison = compare_articles(pair.original.load(), pair.revised.load(), options)
    except LoadError as exc:
        return Result(pair.id, error=str(exc))
    except MemoryError:
        return Result(pair.id, error="not enough memory to compare this pair")
    except RecursionError:
        return Result(pair.id, error="the input is nested too deeply to compare")
    return Result(pair.id, report_dict(comparison),
                  comparison=comparison if keep_comparison else None)
