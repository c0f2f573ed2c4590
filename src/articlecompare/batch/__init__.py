"""Comparing at scale, without Qt: a library API, the ``articlecompare batch`` command, and
the unit of work any engine (a process pool, Dask, Spark) can ship to a worker.

One pair::

    from articlecompare.batch import compare_texts, compare_files, CompareOptions
    result = compare_files("v1.html", "v2.html", CompareOptions(sensitivity="high"))
    result.report            # the JSON report as a dict (``export.json_report.report_dict``)
    result.comparison        # the ``core.model.Comparison`` behind it

Many pairs: ``Pair(id, Document.of_text(...) or Document.of_path(...), ...)``, compared by
``compare_pair`` (never raises for a pair's own fault) or, a chunk at a time with the lines
a batch writes, by ``run_chunk(pairs, Settings(...))``; ``run_batch`` is the whole command,
``on_dask.run_on_dask`` the same on a Dask cluster. Depends on ``core``, ``sources``,
``export`` and ``opinion``; the model loads once per process, on first use.
"""
from __future__ import annotations

from ..core.options import CompareOptions
from .command import run_batch
from .inputs import InputError, open_pairs
from .outputs import OutputError, Outputs, Writer
from .records import FILTERS, Done, Settings, run_chunk
from .work import (
    Document,
    Pair,
    Result,
    Unreadable,
    compare_articles,
    compare_files,
    compare_pair,
    compare_texts,
)

__all__ = [
    "FILTERS", "CompareOptions", "Document", "Done", "InputError", "OutputError", "Outputs",
    "Pair", "Result", "Settings", "Unreadable", "Writer", "compare_articles", "compare_files",
    "compare_pair", "compare_texts", "open_pairs", "run_batch", "run_chunk",
]
