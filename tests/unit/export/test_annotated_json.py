"""The JSON report with annotations, validated against docs/report.schema.json."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import Comparison
from articlecompare.export.annotated_json import annotated_report
from articlecompare.export.formats import write_report
from articlecompare.export.json_report import report_dict

from report_samples import seed_annotations

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "report.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_written_report_validates_and_carries_the_annotations(
        tmp_path: Path, seed_comparison: Comparison,
        validator: jsonschema.Draft202012Validator) -> None:
    notes = seed_annotations(seed_comparison)
    path = tmp_path / "report.json"
    write_report(seed_comparison, path, "json", notes)
    data = json.loads(path.read_text("utf-8"))
    validator.validate(data)
    assert data["format"] == "articlecompare-report" and data["version"] == 1
    by_id = {c["id"]: c for c in data["changes"]}
    assert len(data["annotations"]) == 3
    for entry in data["annotations"]:
        change = by_id[entry["change"]]
        assert entry["key"] == change["key"]
        assert Annotation.from_dict(entry) == notes[entry["key"]]
    order = [c["id"] for c in data["changes"]]
    assert [a["change"] for a in data["annotations"]] == sorted(
        (a["change"] for a in data["annotations"]), key=order.index)


def test_spans_slice_their_texts(seed_comparison: Comparison) -> None:
    data = annotated_report(seed_comparison, seed_annotations(seed_comparison))
    for change in data["changes"]:
        for side in ("original", "revised"):
            span = change[side]
            if span is not None:
                assert data[side]["text"][span["start"]:span["end"]] == span["text"]


def test_everything_but_annotations_is_the_plain_report(seed_comparison: Comparison) -> None:
    plain = report_dict(seed_comparison)
    annotated = annotated_report(seed_comparison, seed_annotations(seed_comparison))
    assert annotated.pop("annotations")
    assert annotated == plain


def test_orphan_annotations_are_left_out(hostile: Comparison, annotations: AnnotationSet,
                                         validator: jsonschema.Draft202012Validator) -> None:
    data = annotated_report(hostile, annotations)
    validator.validate(data)
    assert "gone-key" in annotations
    assert [a["key"] for a in data["annotations"]] == ["k-move", "k-fact", "k-commentary", "k-quote"]
    assert data["annotations"][0] == {"change": "c2", "key": "k-move", "verdict": None,
                                      "note": "Only a note, no verdict"}


def test_without_annotations_the_json_is_the_plain_report(
        tmp_path: Path, seed_comparison: Comparison,
        validator: jsonschema.Draft202012Validator) -> None:
    path = tmp_path / "plain.json"
    write_report(seed_comparison, path, "json")
    data = json.loads(path.read_text("utf-8"))
    validator.validate(data)
    assert "annotations" not in data and data == json.loads(json.dumps(report_dict(seed_comparison)))


@pytest.mark.parametrize("breakage", [
    lambda d: d.update(version=2),
    lambda d: d["changes"][0].update(kind="opinion"),
    lambda d: d["annotations"][0].update(verdict="dubious"),
    lambda d: d["annotations"][0].update(extra=1),
    lambda d: d["annotations"].append({"change": "c1", "key": "k", "verdict": None, "note": ""}),
    lambda d: d["words"][0].update(op="replace"),
    lambda d: d["summary"]["counts"].update(opinion=1),
    lambda d: d.pop("words"),
])
def test_schema_rejects_broken_reports(seed_comparison: Comparison, breakage,  # type: ignore[no-untyped-def]
                                       validator: jsonschema.Draft202012Validator) -> None:
    data = annotated_report(seed_comparison, AnnotationSet(
        {seed_comparison.changes[0].key: Annotation(Verdict.FINE, "ok")}))
    validator.validate(data)
    breakage(data)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_schema_enums_match_the_model() -> None:
    from articlecompare.core.model import ChangeKind, FactStatus, FactType, WordOp
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    defs = schema["$defs"]
    assert defs["kind"]["enum"] == [k.value for k in ChangeKind]
    assert defs["fact"]["properties"]["type"]["enum"] == [t.value for t in FactType]
    assert defs["fact"]["properties"]["status"]["enum"] == [s.value for s in FactStatus]
    assert schema["properties"]["words"]["items"]["properties"]["op"]["enum"] == [
        o.value for o in WordOp]
    verdicts = schema["properties"]["annotations"]["items"]["properties"]["verdict"]["enum"]
    assert verdicts == [v.value for v in Verdict] + [None]
