"""Sessions to and from plain data: everything comes back, bad data is a SessionError."""
from __future__ import annotations

import copy
import json

import pytest

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import Article, Metadata, Revision
from articlecompare.core.options import CompareOptions
from articlecompare.core.session import Session, SessionError


def _session() -> Session:
    return Session(
        original=Article("Första\nline “two”", "/x/a.html", Metadata("T", "By B", "2019-07-11",
                         "Site", "https://e.org/a"), "html", "cp1252"),
        revised=Article("Second\n\nversion", "pasted text", Metadata(), "pasted", None),
        options=CompareOptions(ignore_case=True, detect_moves=False, min_similarity=0.65),
        annotations=AnnotationSet({"k1": Annotation(Verdict.ERROR, "note\nline 2")}),
    )


def test_round_trip_through_json_gives_the_same_session() -> None:
    session = _session()
    data = json.loads(json.dumps(session.to_dict()))
    assert data["format"] == "articlecompare-session" and data["version"] == 1
    back = Session.from_dict(data)
    assert back == session
    assert back.original.metadata.date == "2019-07-11"
    assert back.options.min_similarity == 0.65 and back.options.detect_moves is False


def test_missing_optional_parts_take_defaults() -> None:
    data = _session().to_dict()
    del data["options"], data["annotations"], data["revised"]["metadata"]
    back = Session.from_dict(data)
    assert back.options == CompareOptions()
    assert back.annotations == AnnotationSet()
    assert back.revised.metadata == Metadata()


def test_integer_similarity_is_accepted_as_a_number() -> None:
    data = _session().to_dict()
    data["options"]["min_similarity"] = 1
    assert Session.from_dict(data).options.min_similarity == 1.0


def _broken(change) -> dict:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(_session().to_dict())
    change(data)
    return data


@pytest.mark.parametrize("data, message", [
    ([], "not an ArticleCompare session"),
    ({"format": "articlecompare-report", "version": 1}, "not an ArticleCompare session"),
    (_broken(lambda d: d.update(version=2)), "version 2 is not supported"),
    (_broken(lambda d: d.pop("original")), "missing 'original'"),
    (_broken(lambda d: d["original"].pop("text")), "missing 'text'"),
    (_broken(lambda d: d["original"].update(text=5)), "damaged"),
    (_broken(lambda d: d["options"].update(ignore_case="yes")), "ignore_case"),
    (_broken(lambda d: d["options"].update(min_similarity=True)), "min_similarity"),
    (_broken(lambda d: d["annotations"].append({"key": "k", "verdict": "meh"})), "damaged"),
    (_broken(lambda d: d["revised"].update(metadata={"title": 3})), "damaged"),
    (_broken(lambda d: d["options"].update(min_similarity=float("nan"))), "min_similarity"),
    (_broken(lambda d: d["options"].update(sensitivity="extreme")), "sensitivity"),
    (_broken(lambda d: d["options"].update(min_similarity=[1])), "min_similarity"),
    (_broken(lambda d: d["revised"].update(text=" \n ")), "has no text"),
    (_broken(lambda d: d["revised"].update(text="a" * (50 * 2**20 + 1))), "million characters"),
])
def test_bad_data_raises_a_one_line_session_error(data: object, message: str) -> None:
    with pytest.raises(SessionError) as info:
        Session.from_dict(data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_with_annotations_keeps_everything_else() -> None:
    session = _session()
    notes = AnnotationSet({"k9": Annotation(Verdict.FINE)})
    changed = session.with_annotations(notes)
    assert changed.annotations == notes and changed.original == session.original
    assert session.annotations != notes


def test_a_documents_tracked_changes_come_back_and_are_checked() -> None:
    revisions = (Revision("insertion", "narrowly", "Ed Itor", "2024-01-05T10:00:00Z"),
                 Revision("deletion", "7-2", None, None))
    session = Session(Article("The council voted 7-2.", "d.docx", kind="docx"),
                      Article("The council narrowly voted 6-3.", "d.docx", kind="docx", revisions=revisions))
    data = json.loads(json.dumps(session.to_dict()))
    assert "revisions" not in data["original"] and len(data["revised"]["revisions"]) == 2
    assert Session.from_dict(data) == session
    data["revised"]["revisions"][0]["author"] = 5
    with pytest.raises(SessionError, match="revision"):
        Session.from_dict(data)
