"""The fact-checker's work in the window: the annotations, the session file they were last
saved to, and whether anything would be lost by closing.

Knows no widgets and no files: edits come in as calls, changes go out as signals; saving and
reading files is the window's (through ``export.session_file``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict


class AnnotatedDocument(QObject):
    annotations_changed = Signal(object)   # AnnotationSet
    modified_changed = Signal(bool)
    path_changed = Signal(str)             # the session file ("" when there is none)
    loaded = Signal()                      # started over (new, opened or recovered session)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._annotations = AnnotationSet()
        self._path = ""
        self._modified = False

    @property
    def annotations(self) -> AnnotationSet:
        return self._annotations

    @property
    def path(self) -> str:
        return self._path

    def is_modified(self) -> bool:
        return self._modified

    def has_work(self) -> bool:
        """Something that closing could lose or a session file that could go stale."""
        return bool(self._annotations) or bool(self._path)

    # edits --------------------------------------------------------------------------------------
    def set_annotation(self, key: str, annotation: Annotation) -> bool:
        """Set (or, with an empty annotation, clear) one change's annotation."""
        if not key:
            return False
        updated = self._annotations.with_annotation(key, annotation)
        if updated == self._annotations:
            return False
        self._annotations = updated
        self._set_modified(True)
        self.annotations_changed.emit(updated)
        return True

    def set_verdict(self, key: str, verdict: Verdict | None) -> bool:
        """The verdict of a change; its note is kept."""
        current = self._annotations.get(key) or Annotation()
        return self.set_annotation(key, Annotation(verdict, current.note))

    def set_note(self, key: str, note: str) -> bool:
        """The note of a change; its verdict is kept."""
        current = self._annotations.get(key) or Annotation()
        return self.set_annotation(key, Annotation(current.verdict, note))

    def inputs_changed(self) -> None:
        """The texts or options changed: a document with work in it now differs from its file."""
        if self.has_work():
            self._set_modified(True)

    # whole documents ----------------------------------------------------------------------------
    def load(self, annotations: AnnotationSet, path: str = "", modified: bool = False) -> None:
        """Start over with ``annotations`` (from a session file at ``path``, or recovered)."""
        self._annotations = annotations
        self._set_path(path)
        self._set_modified(modified)
        self.annotations_changed.emit(annotations)
        self.loaded.emit()

    def mark_saved(self, path: str) -> None:
        self._set_path(path)
        self._set_modified(False)

    def _set_path(self, path: str) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)
