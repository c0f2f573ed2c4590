"""Session files and autosave: round trips, atomic saves, one-line errors, recovery."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.compare import compare
from articlecompare.core.model import Article, Metadata
from articlecompare.core.options import CompareOptions
from articlecompare.core.session import Session, SessionError
from articlecompare.export import autosave
from articlecompare.export.session_file import dump_session, load_session, save_session

from report_samples import seed_annotations, seed_articles


@pytest.fixture
def session(seed_paths: tuple[Path, Path]) -> Session:
    original, revised = seed_articles(seed_paths)
    options = CompareOptions(ignore_case=True, min_similarity=0.6)
    comparison = compare(original, revised, options)
    return Session(original, revised, options, seed_annotations(comparison))


def test_save_and_reopen_gives_identical_texts_metadata_options_annotations(
        tmp_path: Path, session: Session) -> None:
    path = tmp_path / "work.acsession"
    save_session(path, session)
    back = load_session(path)
    assert back.original.text == session.original.text
    assert back.revised.text == session.revised.text
    assert back.original.metadata == session.original.metadata
    assert back.revised.metadata.url == "https://blog.example/ice?a=1&b=2"
    assert back.options == session.options
    assert back.annotations == session.annotations and len(back.annotations) == 3
    assert back == session


def test_reopened_session_needs_no_source_files(tmp_path: Path, session: Session) -> None:
    src = tmp_path / "a.txt"
    src.write_text("old words", "utf-8")
    saved = Session(Article("old words", str(src)), session.revised, session.options,
                    session.annotations)
    save_session(tmp_path / "s.acsession", saved)
    src.write_text("edited since", "utf-8")
    src.unlink()
    assert load_session(tmp_path / "s.acsession").original.text == "old words"


def test_annotations_still_match_the_changes_after_reopening(tmp_path: Path,
                                                            session: Session) -> None:
    save_session(tmp_path / "s.acsession", session)
    back = load_session(tmp_path / "s.acsession")
    comparison = compare(back.original, back.revised, back.options)
    assert back.annotations.orphans(comparison) == ()
    verdicts = {back.annotations.for_change(c).verdict for c in comparison.changes  # type: ignore[union-attr]
                if back.annotations.for_change(c) is not None}
    assert verdicts == {Verdict.MISLEADING, Verdict.NEEDS_CHECKING, None}


def test_a_failed_save_keeps_the_old_file_byte_identical(
        tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "work.acsession"
    save_session(path, session)
    before = path.read_bytes()

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    changed = session.with_annotations(AnnotationSet({"x": Annotation(Verdict.ERROR, "new")}))
    with pytest.raises(OSError):
        save_session(path, changed)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.acsession"]


def test_a_save_that_fails_while_encoding_keeps_the_old_file(
        tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "work.acsession"
    save_session(path, session)
    before = path.read_bytes()

    class Unencodable(Session):
        def to_dict(self):  # type: ignore[no-untyped-def]
            data = super().to_dict()
            data["options"]["extra"] = object()
            return data

    bad = Unencodable(session.original, session.revised, session.options, session.annotations)
    with pytest.raises(TypeError):
        save_session(path, bad)
    assert path.read_bytes() == before


def test_a_file_name_that_utf8_cannot_carry_still_saves_and_comes_back(tmp_path: Path) -> None:
    odd = Session(Article("some text", "caf\udce9.txt"), Article("fine é", "b.txt"))
    save_session(tmp_path / "odd.acsession", odd)
    assert load_session(tmp_path / "odd.acsession") == odd
    assert b"\\udce9" in (tmp_path / "odd.acsession").read_bytes()


def test_a_text_with_a_lone_surrogate_is_refused_as_no_loader_gives_one(tmp_path: Path) -> None:
    save_session(tmp_path / "odd.acsession", Session(Article("lone \udcff surrogate"), Article("b")))
    with pytest.raises(SessionError, match="lone surrogate"):
        load_session(tmp_path / "odd.acsession")


def test_the_file_is_readable_utf8_json() -> None:
    raw = dump_session(Session(Article("Zoë “quoted”"), Article("b")))
    assert "Zoë “quoted”".encode("utf-8") in raw
    assert raw.startswith(b"{\n") and raw.endswith(b"}\n")


@pytest.mark.parametrize("content, message", [
    (None, "cannot open"),
    (b"", "not readable JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not readable JSON"),
    (b'{"format": "articlecompare-report", "version": 1}', "not an ArticleCompare session"),
    (b'{"format": "articlecompare-session", "version": 7}', "version 7 is not supported"),
    (b'{"format": "articlecompare-session", "version": 1, "original": {}}', "missing"),
    (b"[" * 100000, "not readable JSON"),
])
def test_bad_files_raise_one_line_errors_naming_the_file(
        tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "bad.acsession"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SessionError) as info:
        load_session(path)
    text = str(info.value)
    assert message in text and "bad.acsession" in text and "\n" not in text


def test_a_directory_is_not_a_session(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="cannot open"):
        load_session(tmp_path)


def test_autosave_recovery_restores_annotations(tmp_path: Path, session: Session) -> None:
    appdata = tmp_path / "appdata" / "ArticleCompare"
    assert autosave.read_autosave(appdata) is None
    assert autosave.autosave_time(appdata) is None
    path = autosave.write_autosave(appdata, session)
    assert path.parent == appdata and path.is_file()
    # The process is killed here: nothing discards the autosave. The next start finds it.
    recovered = autosave.read_autosave(appdata)
    assert recovered is not None
    assert recovered.annotations == session.annotations
    assert recovered.original.text == session.original.text
    comparison = compare(recovered.original, recovered.revised, recovered.options)
    assert sum(recovered.annotations.for_change(c) is not None for c in comparison.changes) == 3
    assert autosave.autosave_time(appdata) is not None


def test_autosave_replaces_the_previous_one_and_discard_removes_it(
        tmp_path: Path, session: Session) -> None:
    autosave.write_autosave(tmp_path, session)
    later = session.with_annotations(AnnotationSet({"k": Annotation(Verdict.FINE, "later")}))
    autosave.write_autosave(tmp_path, later)
    recovered = autosave.read_autosave(tmp_path)
    assert recovered is not None and recovered.annotations == later.annotations
    autosave.discard_autosave(tmp_path)
    assert autosave.read_autosave(tmp_path) is None
    autosave.discard_autosave(tmp_path)  # twice is fine


def test_autosave_slots_are_separate_and_checked(tmp_path: Path, session: Session) -> None:
    autosave.write_autosave(tmp_path, session, slot="window-2")
    assert autosave.read_autosave(tmp_path) is None
    assert autosave.read_autosave(tmp_path, slot="window-2") == session
    for bad in ("", "../x", "a/b", ".hidden"):
        with pytest.raises(ValueError):
            autosave.autosave_path(tmp_path, bad)


def test_a_damaged_autosave_is_reported_not_ignored(tmp_path: Path) -> None:
    autosave.autosave_path(tmp_path).write_bytes(b'{"format": "articlecompare-sess')
    with pytest.raises(SessionError):
        autosave.read_autosave(tmp_path)


def test_session_metadata_of_both_sides_survives(tmp_path: Path) -> None:
    meta = Metadata("Title", "Byline", "2020-01-02", "Site", "https://x.example/?q=<1>")
    s = Session(Article("a", "src-a", meta, "mhtml", "utf-16"), Article("b"))
    save_session(tmp_path / "m.acsession", s)
    back = load_session(tmp_path / "m.acsession")
    assert back.original.metadata == meta and back.original.kind == "mhtml"
    assert back.original.encoding == "utf-16"


def test_autosave_slots_are_listed_most_recent_first(tmp_path: Path, session: Session) -> None:
    import os

    assert autosave.autosave_slots(tmp_path) == []
    for n, slot in enumerate(["autosave-one", "autosave-two", "autosave"]):
        path = autosave.write_autosave(tmp_path, session, slot)
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
    (tmp_path / "notes.acsession").write_text("{}")  # not an autosave
    assert autosave.autosave_slots(tmp_path) == ["autosave", "autosave-two", "autosave-one"]
    autosave.discard_autosave(tmp_path, "autosave-two")
    assert autosave.autosave_slots(tmp_path) == ["autosave", "autosave-one"]
