"""The data model every layer speaks: articles, spans, word operations, facts, changes.

Pure and immutable (frozen dataclasses, tuples). Offsets are Python code points into the
article's ``text``; ``text[span.start:span.end]`` is always the span's text. Converting to
UTF-16 positions for Qt, and rendering, are the callers' job.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class ChangeKind(str, Enum):
    """How a fact-checker thinks of a change (the JSON report's ``kind``)."""

    COMMENTARY = "commentary"
    ADDITION = "addition"
    OMISSION = "omission"
    REWORDING = "rewording"
    FACT_CHANGE = "fact_change"
    QUOTE_CHANGE = "quote_change"
    MOVE = "move"
    BOILERPLATE = "boilerplate"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ChangeKind.COMMENTARY: "Added commentary",
    ChangeKind.ADDITION: "Added content",
    ChangeKind.OMISSION: "Omission",
    ChangeKind.REWORDING: "Rewording",
    ChangeKind.FACT_CHANGE: "Changed fact",
    ChangeKind.QUOTE_CHANGE: "Altered quote",
    ChangeKind.MOVE: "Moved",
    ChangeKind.BOILERPLATE: "Boilerplate",
}


class Side(str, Enum):
    """Which version of the article: the one compared from, or the one compared to."""

    ORIGINAL = "original"
    REVISED = "revised"


class FactType(str, Enum):
    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    QUOTE = "quote"
    DETAIL = "detail"  # a phrase a reworded sentence dropped ("one of the leading providers")


class FactStatus(str, Enum):
    KEPT = "kept"
    CHANGED = "changed"
    MISSING = "missing"


class WordOp(str, Enum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


class Outcome(str, Enum):
    """How a computation ended; results say so instead of leaving callers to guess."""

    COMPLETE = "complete"
    DEGRADED = "degraded"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in one side's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself; every field may be unknown."""

    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Revision:
    """A tracked change of a word-processing document: who changed what, and when.

    ``kind`` is ``insertion``, ``deletion``, ``move_from`` or ``move_to``; ``text`` the words
    it inserted, deleted or moved; ``author`` and ``date`` (ISO 8601) as the document has them.
    """

    kind: str
    text: str
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One version of an article, as compared: its text plus where it came from.

    ``source`` is a path, URL or a label such as ``"pasted text"``; ``kind`` names the loader
    that produced it (``text``, ``markdown``, ``html``, ``mhtml``, ``docx``, ``odt``, ``epub``,
    ``pdf``, ``warc``, ``wacz``, ``pasted``, ``sample``). ``revisions`` are the
    tracked changes that lead to this version, where a document records them.
    """

    text: str
    source: str = ""
    metadata: Metadata = field(default_factory=Metadata)
    kind: str = "text"
    encoding: str | None = None
    revisions: tuple[Revision, ...] = ()


def has_visible_text(text: str) -> bool:
    """Whether ``text`` has a character that shows: not only spaces and invisible format
    characters (zero-width spaces, byte-order marks, direction marks). An article's text
    always has one; the loaders and the session reader refuse a text without."""
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)


class Token(NamedTuple):
    """A word, number or punctuation mark; ``key`` is the normalised form compared.
    (A named tuple rather than a frozen dataclass: tokens are made by the hundred thousand,
    and a tuple is made several times faster.)"""

    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence (or paragraph) of one side: its span and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One run of the word-level diff. Both texts rebuild exactly from the runs in order:
    the original from ``equal`` and ``delete`` runs, the revised from ``equal`` and ``insert``.
    Runs cover the text between tokens too, so nothing falls through the cracks."""

    op: WordOp
    original: Span | None
    revised: Span | None


@dataclass(frozen=True, slots=True)
class Fact:
    """A checkable item of the original (number, date, name, quoted phrase) and its fate.

    ``original`` is where it stands in the original; ``revised`` where it (or what replaced
    it) stands in the revised text, if anywhere; ``replacement`` is the revised wording of a
    changed fact (or of the quotation that replaced a missing one); ``speaker`` is who said
    a quotation, where the text names them."""

    text: str
    type: FactType
    status: FactStatus
    original: Span | None = None
    revised: Span | None = None
    replacement: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One change as a reader sees it.

    ``id`` is ``c1``, ``c2``… in reading order of the revised text (omissions where they
    would have stood). ``key`` is stable for the same change across recomputations and is what
    annotations attach to. ``detail`` is a short human explanation ("said → stated").
    ``edits`` are the word-level runs inside the change, for highlighting words rather than
    whole sentences. ``confidence`` says how surely a commentary change reads as the
    writer's opinion (0..1); other kinds leave it None."""

    id: str
    kind: ChangeKind
    original: Span | None
    revised: Span | None
    facts: tuple[Fact, ...] = ()
    detail: str = ""
    key: str = ""
    edits: tuple[WordEdit, ...] = ()
    confidence: float | None = None  # for commentary: how surely it reads as opinion (0..1)


class AlignKind(str, Enum):
    EQUAL = "equal"
    CHANGED = "changed"
    MOVED = "moved"
    DELETED = "deleted"
    INSERTED = "inserted"


@dataclass(frozen=True, slots=True)
class Alignment:
    """A sentence of the original paired with one of the revised (or with nothing).

    In order of the revised text, with deletions placed where they would have stood; the
    window uses these as anchors to keep both panes level."""

    kind: AlignKind
    original: Span | None
    revised: Span | None
    similarity: float = 1.0


@dataclass(frozen=True, slots=True)
class Summary:
    """Headline figures: shares are of words (0..1); counts are by change kind."""

    original_words: int
    revised_words: int
    kept_share: float
    new_share: float
    counts: dict[str, int]
    missing_facts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything known about how ``revised`` differs from ``original``."""

    original: Article
    revised: Article
    words: tuple[WordEdit, ...]
    alignment: tuple[Alignment, ...]
    changes: tuple[Change, ...]
    facts: tuple[Fact, ...]
    summary: Summary
    outcome: Outcome = Outcome.COMPLETE
    notes: tuple[str, ...] = ()

    def text_of(self, side: Side | str, span: Span) -> str:
        article = self.original if side == Side.ORIGINAL else self.revised
        return article.text[span.start:span.end]

    def changes_of(self, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == kind)
