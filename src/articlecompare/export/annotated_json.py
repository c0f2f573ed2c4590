"""The version-1 JSON report plus the fact-checker's annotations.

Depends on ``json_report`` and ``core.annotations``. Adding the optional top-level
``annotations`` list leaves every version-1 field as it is, so the version stays 1; the shape
is in docs/report.schema.json.
"""
from __future__ import annotations

import os
from typing import Any

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.json_report import report_dict, report_entries, write_entries


def annotations_list(comparison: Comparison, annotations: AnnotationSet) -> list[dict[str, Any]]:
    """One entry per annotated change, in the order of the changes. Annotations whose change
    is not in this comparison are left out: a report describes what it shows."""
    out = []
    for change in comparison.changes:
        annotation = annotations.for_change(change)
        if annotation is None:
            continue
        out.append({"change": change.id, "key": change.key, **annotation.to_dict()})
    return out


def annotated_report(comparison: Comparison, annotations: AnnotationSet) -> dict[str, Any]:
    report = report_dict(comparison)
    report["annotations"] = annotations_list(comparison, annotations)
    return report


def write_annotated_json(comparison: Comparison, path: str | os.PathLike[str],
                         annotations: AnnotationSet) -> None:
    """The annotated report written piece by piece (see ``json_report.write_entries``)."""
    write_entries(path, report_entries(comparison) +
                  [("annotations", annotations_list(comparison, annotations))])
