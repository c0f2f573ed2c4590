"""A saved piece of work: both articles as loaded, the options and the annotations.

Pure: depends on ``model``, ``options`` and ``annotations``; ``to_dict``/``from_dict`` give and
take plain JSON-ready data (the shape is documented in docs/session-format.md). Reading and
writing files is ``export.session_file``'s job; recomputing the comparison is the caller's.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.commentary import Sensitivity
from articlecompare.core.model import Article, Metadata, Revision, has_visible_text
from articlecompare.core.options import CompareOptions

SESSION_FORMAT = "articlecompare-session"
SESSION_VERSION = 1


class SessionError(ValueError):
    """A session that cannot be read; the message is one line fit to show a user."""


@dataclass(frozen=True, slots=True)
class Session:
    original: Article
    revised: Article
    options: CompareOptions = field(default_factory=CompareOptions)
    annotations: AnnotationSet = field(default_factory=AnnotationSet)

    def with_annotations(self, annotations: AnnotationSet) -> Session:
        return Session(self.original, self.revised, self.options, annotations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SESSION_FORMAT,
            "version": SESSION_VERSION,
            "original": _article_to_dict(self.original),
            "revised": _article_to_dict(self.revised),
            "options": self.options.to_dict(),
            "annotations": self.annotations.to_list(),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Session:
        """Raises SessionError for anything that is not a readable version-1 session."""
        if not isinstance(data, Mapping) or data.get("format") != SESSION_FORMAT:
            raise SessionError("not an ArticleCompare session")
        version = data.get("version")
        if type(version) is not int or version != SESSION_VERSION:  # not True, not 1.0
            raise SessionError(f"session version {_shown(version)} is not supported "
                               f"(this version reads {SESSION_VERSION})")
        _check_values(data)
        try:
            return cls(
                original=_article_from_dict(data["original"], "original"),
                revised=_article_from_dict(data["revised"], "revised"),
                options=_options_from_dict(data.get("options", {})),
                annotations=_annotations_from_list(data.get("annotations", [])),
            )
        except KeyError as exc:
            raise SessionError(f"session is missing {_shown(exc.args[0])}") from None
        except SessionError:  # the checks below name the field
            raise
        except (TypeError, ValueError, AttributeError, IndexError, OverflowError):
            # Python's own wording ("list indices must be integers") means nothing to a user
            raise SessionError("session is damaged (a field has the wrong type or shape)") \
                from None


def _article_to_dict(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": article.text,
        "source": article.source,
        "kind": article.kind,
        "encoding": article.encoding,
        "metadata": {f.name: getattr(article.metadata, f.name) for f in fields(Metadata)},
    }
    if article.revisions:
        out["revisions"] = [{f.name: getattr(r, f.name) for f in fields(Revision)} for r in article.revisions]
    return out


MAX_TEXT_CHARACTERS = 50 * 2**20  # as the loaders' 50 MiB limit on a file
MAX_INTEGER = 2**53  # no number in a session comes near; past it JSON readers lose digits
_SURROGATE_RE = re.compile("[\ud800-\udfff]")  # in a str from JSON, any is a lone one


def _shown(value: Any) -> str:
    """``value`` for a one-line message: short, whatever it is."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_values(data: Any) -> None:
    """Refuse, wherever it stands (in a field this version ignores too), what no session the
    app writes holds: a NUL character (the loaders refuse text with one as binary), a number
    that is not finite or beyond ``MAX_INTEGER``. One pass, no recursion: a deeply nested
    value costs a list, not the stack."""
    pending: list[tuple[Any, str]] = [(data, "")]
    while pending:
        value, where = pending.pop()
        if isinstance(value, str):
            if "\x00" in value:
                raise SessionError(f"session is damaged: {_shown_path(where)} holds a NUL "
                                   "character, which no text the app reads may hold")
        elif isinstance(value, Mapping):
            for key, item in value.items():
                pending.append((key, where))
                pending.append((item, _step(where, f".{key}" if where else str(key))))
        elif isinstance(value, list):
            pending.extend((item, _step(where, f"[{n}]")) for n, item in enumerate(value))
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, float) and not math.isfinite(value) \
                or isinstance(value, int) and abs(value) > MAX_INTEGER:
            raise SessionError(f"session is damaged: {_shown_path(where)} is not a finite "
                               "number in range")


def _step(where: str, step: str) -> str:
    """The path one step further, for messages; it stops growing where no one would read it."""
    return where + step if len(where) < 80 else where


def _shown_path(where: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in where[:60]) or "a value"


def _article_from_dict(data: Any, side: str) -> Article:
    if not isinstance(data, Mapping):
        raise SessionError(f"session is damaged: {side} must be an object")
    text = data["text"]
    source = data.get("source", "")
    kind = data.get("kind", "text")
    encoding = data.get("encoding")
    if not all(isinstance(v, str) for v in (text, source, kind)):
        raise SessionError("session is damaged: article text, source and kind must be text")
    # what a file given to the loaders may hold, a session may hold: a version too large to
    # load as a file is too large in a session, and a version with no text is none
    if len(text) > MAX_TEXT_CHARACTERS:
        raise SessionError(f"the {side} version in the session is over "
                           f"{MAX_TEXT_CHARACTERS // 2**20} million characters, more than a "
                           "file may hold")
    if not has_visible_text(text):
        raise SessionError(f"the {side} version in the session has no text")
    if _SURROGATE_RE.search(text):  # never decoded from a file; the window would drop it
        raise SessionError(f"session is damaged: the {side} version's text holds a lone "
                           "surrogate, which is not text")
    if encoding is not None and not isinstance(encoding, str):
        raise SessionError("session is damaged: article encoding must be text or null")
    return Article(text=text, source=source, metadata=_metadata_from_dict(data.get("metadata")),
                   kind=kind, encoding=encoding,
                   revisions=_revisions_from_list(data.get("revisions")))


def _metadata_from_dict(data: Any) -> Metadata:
    if data is None:
        return Metadata()
    if not isinstance(data, Mapping):
        raise SessionError("session is damaged: metadata must be an object or null")
    values = {f.name: data.get(f.name) for f in fields(Metadata)}
    if not all(v is None or isinstance(v, str) and not _SURROGATE_RE.search(v)
               for v in values.values()):
        raise SessionError("session is damaged: metadata values must be text or null")
    if values["url"] is not None and urlsplit(values["url"].strip()).scheme not in ("http", "https"):
        values["url"] = None  # as the loaders keep only web addresses ("javascript:" is none)
    return Metadata(**values)


def _revisions_from_list(items: Any) -> tuple[Revision, ...]:
    """The tracked changes a Word document's version carried (kind, text, author, date)."""
    if items is None:
        return ()
    if not isinstance(items, list):
        raise SessionError("session is damaged: revisions must be a list")
    revisions = []
    for item in items:
        if not isinstance(item, Mapping):
            raise SessionError("session is damaged: a revision must be an object")
        kind, text = item.get("kind"), item.get("text")
        author, date = item.get("author"), item.get("date")
        if not (isinstance(kind, str) and isinstance(text, str)
                and all(v is None or isinstance(v, str) and not _SURROGATE_RE.search(v)
                        for v in (kind, text, author, date))):
            raise SessionError("session is damaged: a revision's kind and text must be text")
        revisions.append(Revision(kind, text, author, date))
    return tuple(revisions)


def _annotations_from_list(data: Any) -> AnnotationSet:
    if not isinstance(data, list):
        raise SessionError("session is damaged: annotations must be a list")
    if any(isinstance(entry, Mapping) and len(entry.get("note") or "") > MAX_TEXT_CHARACTERS
           for entry in data):
        raise SessionError(f"a note in the session is over {MAX_TEXT_CHARACTERS // 2**20} "
                           "million characters, more than a file may hold")
    return AnnotationSet.from_list(data)


def _options_from_dict(data: Any) -> CompareOptions:
    """Known options, type-checked (a bool is not a number here); unknown keys are ignored
    so that a session from a newer version with more options still opens."""
    if not isinstance(data, Mapping):
        raise SessionError("session is damaged: options must be an object")
    defaults = CompareOptions()
    values: dict[str, Any] = {}
    for f in fields(CompareOptions):
        if f.name not in data:
            continue
        value, want = data[f.name], type(getattr(defaults, f.name))
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # cannot overflow: _check_values bounds integers
        if type(value) is not want:
            raise SessionError(f"session is damaged: option {f.name} must be {want.__name__}")
        if f.name == "min_similarity" and not 0.0 <= value <= 1.0:
            raise SessionError("session is damaged: option min_similarity must be 0 to 1")
        if f.name == "sensitivity" and value not in {s.value for s in Sensitivity}:
            raise SessionError("session is damaged: option sensitivity must be low, normal "
                               "or high")
        values[f.name] = value
    return CompareOptions(**values)
