"""A saved piece of work: both articles as loaded, the options and the annotations.

Pure: depends on ``model``, ``options`` and ``annotations``; ``to_dict``/``from_dict`` give and
take plain JSON-ready data (the shape is documented in docs/session-format.md). Reading and
writing files is ``export.session_file``'s job; recomputing the comparison is the caller's.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.commentary import Sensitivity
from articlecompare.core.model import Article, Metadata
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
        if version != SESSION_VERSION:
            raise SessionError(f"session version {version!r} is not supported "
                               f"(this version reads {SESSION_VERSION})")
        try:
            return cls(
                original=_article_from_dict(data["original"]),
                revised=_article_from_dict(data["revised"]),
                options=_options_from_dict(data.get("options", {})),
                annotations=AnnotationSet.from_list(data.get("annotations", [])),
            )
        except KeyError as exc:
            raise SessionError(f"session is missing {exc.args[0]!r}") from None
        except SessionError:  # the checks below name the field
            raise
        except (TypeError, ValueError, AttributeError, IndexError, OverflowError):
            # Python's own wording ("list indices must be integers") means nothing to a user
            raise SessionError("session is damaged (a field has the wrong type or shape)") \
                from None


def _article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "text": article.text,
        "source": article.source,
        "kind": article.kind,
        "encoding": article.encoding,
        "metadata": {f.name: getattr(article.metadata, f.name) for f in fields(Metadata)},
    }


MAX_TEXT_CHARACTERS = 50 * 2**20  # as the loaders' 50 MiB limit on a file


def _article_from_dict(data: Mapping[str, Any]) -> Article:
    text = data["text"]
    source = data.get("source", "")
    kind = data.get("kind", "text")
    encoding = data.get("encoding")
    if not all(isinstance(v, str) for v in (text, source, kind)):
        raise SessionError("session is damaged: article text, source and kind must be text")
    # what a file given to the loaders may hold, a session may hold: a version too large to
    # load as a file is too large in a session, and a version with no text is none
    if len(text) > MAX_TEXT_CHARACTERS:
        raise SessionError(f"a version in the session is over {MAX_TEXT_CHARACTERS // 2**20} "
                           "million characters, more than a file may hold")
    if not text.strip():
        raise SessionError("a version in the session has no text")
    if encoding is not None and not isinstance(encoding, str):
        raise SessionError("session is damaged: article encoding must be text or null")
    meta = data.get("metadata") or {}
    values = {f.name: meta.get(f.name) for f in fields(Metadata)}
    if not all(v is None or isinstance(v, str) for v in values.values()):
        raise SessionError("session is damaged: metadata values must be text or null")
    return Article(text=text, source=source, metadata=Metadata(**values), kind=kind,
                   encoding=encoding)


def _options_from_dict(data: Mapping[str, Any]) -> CompareOptions:
    """Known options, type-checked (a bool is not a number here); unknown keys are ignored
    so that a session from a newer version with more options still opens."""
    defaults = CompareOptions()
    values: dict[str, Any] = {}
    for f in fields(CompareOptions):
        if f.name not in data:
            continue
        value, want = data[f.name], type(getattr(defaults, f.name))
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not want:
            raise SessionError(f"session is damaged: option {f.name} must be {want.__name__}")
        if f.name == "min_similarity" and not 0.0 <= value <= 1.0:  # NaN fails this too
            raise SessionError("session is damaged: option min_similarity must be 0 to 1")
        if f.name == "sensitivity" and value not in {s.value for s in Sensitivity}:
            raise SessionError("session is damaged: option sensitivity must be low, normal "
                               "or high")
        values[f.name] = value
    return CompareOptions(**values)
