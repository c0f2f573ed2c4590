"""One side of a comparison prepared for matching: sentences, their keys, and on demand
their tokens and word bags.

Depends on ``tokenize`` and ``segment``. Offsets are code points. Sentences are found on the
text alone; only sentences that need a word diff are ever tokenized, so cost follows the size
of the change more than the size of the text. ``unit`` spans cover the text without gaps.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .facts import figures, find_facts
from .model import Article, Span, Token
from .quantities import Quantity
from .options import CompareOptions
from .presence import Presence, named_inside_sentence
from .segment import sentence_spans
from .tokenize import STOPWORDS, count_words, fold, is_word, tokenize

_PUNCTUATION = re.compile(r"[^\w\s]+")
_FIRST_WORD = re.compile(r"[“\"‘'(]?+([\w’'-]++)")


@dataclass(slots=True)
class Side:
    """A text cut into sentences; ``bounds[i]:bounds[i + 1]`` is sentence i with the white
    space that follows it (the first also takes what precedes it)."""

    text: str
    options: CompareOptions
    sentence_spans: list[Span]  # trimmed
    paragraphs: list[int]       # paragraph number of each sentence
    keys: list[str]             # normalised sentence text: equal keys, equal sentences
    bounds: list[int]
    _tokens: dict[int, list[Token]] = field(default_factory=dict)
    _bags: dict[tuple[int, bool], Counter[str]] = field(default_factory=dict)
    _presence: Presence | None = None
    _figures: dict[int, list[Quantity]] = field(default_factory=dict)
    _names: dict[int, list[tuple[Span, str]]] = field(default_factory=dict)

    def unit(self, s1: int, s2: int) -> Span:
        """Characters of sentences ``s1:s2`` with the white space around them."""
        return Span(self.bounds[s1], self.bounds[s2])

    def tokens_of(self, i: int) -> list[Token]:
        """The compared tokens of sentence ``i`` (words only when punctuation is ignored)."""
        tokens = self._tokens.get(i)
        if tokens is None:
            span = self.sentence_spans[i]
            tokens = tokenize(self.text, self.options.ignore_case, span.start, span.end)
            if self.options.ignore_punctuation:
                tokens = [t for t in tokens if is_word(t.key)]
            self._tokens[i] = tokens
        return tokens

    def bag(self, i: int, content_only: bool = False) -> Counter[str]:
        """Case-folded words of sentence ``i``; without function words if ``content_only``."""
        bag = self._bags.get((i, content_only))
        if bag is None:
            words = [t.key.casefold() for t in self.tokens_of(i) if is_word(t.key)]
            if content_only:
                words = [w for w in words if w not in STOPWORDS]
            bag = self._bags[(i, content_only)] = Counter(words)
        return bag

    def figures_of(self, i: int) -> list[Quantity]:
        """The quantities of sentence ``i`` (dates and clock times left out), read once."""
        found = self._figures.get(i)
        if found is None:
            span = self.sentence_spans[i]
            found = self._figures[i] = figures(self.text, span.start, span.end)
        return found

    def names_within(self, i: int, span: Span | None) -> set[str]:
        """The proper names of sentence ``i`` that ``span`` touches, as the fact finder
        reads them (a pronoun, a connective or a heading's capitals are none); the word
        opening the sentence is a name only where the text writes it capitalised inside a
        sentence too ("Aniston", not "Following"). Read once per sentence."""
        if span is None:
            return set()
        names = self._names.get(i)
        if names is None:
            names = self._names[i] = self._sentence_names(i)
        return {text for where, text in names if where.overlaps(span)}

    def _sentence_names(self, i: int) -> list[tuple[Span, str]]:
        s = self.sentence_spans[i]
        sentence = self.text[s.start:s.end]
        names = [(Span(s.start + f.span.start, s.start + f.span.end), f.text)
                 for f in find_facts(sentence) if f.type.value == "name"]
        first = _FIRST_WORD.match(sentence)
        if first is None:
            return names
        word = first.group(1)
        if word[:1].isupper() and word.casefold() not in STOPWORDS and \
                not any(where.start == s.start + first.start(1) for where, _ in names) and \
                named_inside_sentence(self.text, word):
            names.append((Span(s.start + first.start(1), s.start + first.end(1)), word))
        return names

    def words_in(self, s1: int, s2: int) -> int:
        """Words (not punctuation) in sentences ``s1:s2``."""
        if s1 >= s2:
            return 0
        return count_words(self.text, self.sentence_spans[s1].start, self.sentence_spans[s2 - 1].end)

    def word_count(self, check: Callable[[], None] | None = None) -> int:
        """Words in the whole text; ``check`` is called now and then on a long one."""
        return count_words(self.text, check=check)

    def working_data(self) -> list[Any]:
        """The containers this side built, for ``jobs.let_go`` once the comparison is done."""
        data: list[Any] = [self._tokens, self._bags, self._figures, self.sentence_spans,
                           self._names,
                           self.keys, self.bounds, self.paragraphs]
        return data + (self._presence.working_data() if self._presence is not None else [])

    def presence(self, check: Callable[[], None] | None = None) -> Presence:
        """Which facts stand in this text (made once; ``check``, raising when the caller gave
        up, is kept for its long steps). The sentence keys are the folded text already, unless
        punctuation was left out of them."""
        if self._presence is None:
            folded = None
            if not self.options.ignore_punctuation:
                # key by key: one call over a long text would hold the interpreter throughout
                folded = " " + " ".join(key.casefold() for key in self.keys) + " "
            self._presence = Presence(self.text, folded, check)
        return self._presence


class BagView:
    """Sentence bags of one side as a sequence, for the matchers in ``align``."""

    def __init__(self, side: Side, content_only: bool) -> None:
        self._side = side
        self._content_only = content_only

    def __getitem__(self, i: int) -> Counter[str]:
        return self._side.bag(i, self._content_only)

    def __len__(self) -> int:
        return len(self._side.keys)


def sentence_key(sentence: str, options: CompareOptions) -> str:
    key = fold(sentence, options.ignore_case)
    if options.ignore_punctuation:
        key = _PUNCTUATION.sub(" ", key)
    return " ".join(key.split())


def prepare(article: Article, options: CompareOptions,
            check: Callable[[], None] | None = None) -> Side:
    """``check`` is called now and then and raises when the caller gave up."""
    check = check or (lambda: None)
    text = article.text
    spans: list[Span] = []
    paragraphs: list[int] = []
    keys: list[str] = []
    for n, (start, end, para) in enumerate(sentence_spans(text, check)):
        if n % 1024 == 0:
            check()
        key = sentence_key(text[start:end], options)
        if not key and spans and options.ignore_punctuation:
            continue  # a punctuation-only sentence joins the previous one's unit
        spans.append(Span(start, end))
        paragraphs.append(para)
        keys.append(key)
    bounds = [0] + [s.start for s in spans[1:]] + [len(text)] if spans else [0, len(text)]
    return Side(text, options, spans, paragraphs, keys, bounds)
