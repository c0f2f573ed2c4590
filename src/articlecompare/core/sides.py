"""One side of a comparison prepared for matching: sentences, their keys, and on demand
their tokens and word bags.

Depends on ``tokenize`` and ``segment``. Offsets are code points. Sentences are found on the
text alone; only sentences that need a word diff are ever tokenized, so cost follows the size
of the change more than the size of the text. ``unit`` spans cover the text without gaps.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from sys import intern
from typing import Any, overload

from .facts import figures, find_facts
from .jobs import let_go
from .model import Article, Span, Token
from .quantities import Quantity
from .options import CompareOptions
from .presence import Presence, joined_hay, named_inside_sentence, unaccented
from .segment import iter_sentence_spans
from .tokenize import STOPWORDS, count_words, fold, is_word, tokenize

SHARED_WORDS_FROM = 1_000_000  # characters of a text from which its words are interned
_PUNCTUATION = re.compile(r"[^\w\s]+")
_FIRST_WORD = re.compile(r"[“\"‘'(]?+([\w’'-]++)")


class Spans(Sequence[Span]):
    """The sentence spans of one side, kept as two arrays of offsets (a few bytes a sentence,
    where a list of ``Span`` objects takes over a hundred): each ``Span`` is made when first
    asked for, and the same one given after (changes and alignment rows share it). Hot loops
    read ``starts`` and ``ends`` directly."""

    __slots__ = ("starts", "ends", "_made")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends
        self._made: list[Span | None] = []

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Span: ...

    @overload
    def __getitem__(self, i: slice) -> list[Span]: ...

    def __getitem__(self, i: int | slice) -> Span | list[Span]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.starts)))]
        if not self._made:
            self._made = [None] * len(self.starts)
        span = self._made[i]
        if span is None:
            span = self._made[i] = Span(self.starts[i], self.ends[i])
        return span

    def __iter__(self) -> Iterator[Span]:
        return (self[k] for k in range(len(self.starts)))

    def run(self, first: int, last: int) -> Span:
        """Sentences ``first`` to ``last`` (included), trimmed."""
        return self[first] if first == last else Span(self.starts[first], self.ends[last])

    def forget(self) -> list[Span | None]:
        """The spans made so far, for ``jobs.let_go``: this side gives none after."""
        made, self._made = self._made, []
        return made


@dataclass(slots=True)
class Side:
    """A text cut into sentences; ``bounds[i]:bounds[i + 1]`` is sentence i with the white
    space that follows it (the first also takes what precedes it). Offsets and paragraph
    numbers are arrays of machine integers: a text of a million one-word paragraphs has a
    million sentences."""

    text: str
    options: CompareOptions
    sentence_spans: Spans       # trimmed
    paragraphs: array[int]      # paragraph number of each sentence
    keys: list[str]             # normalised sentence text: equal keys, equal sentences
    bounds: array[int]
    # 1 where a sentence's key is its text as written: then sentences with equal keys have
    # equal tokens, and share one word bag
    plain: bytearray = field(default_factory=bytearray)
    # words of tokens and bags interned: on a long text the same words come back by the
    # hundred thousand; on an article interning costs more time than it saves memory
    shared_words: bool = False
    _tokens: dict[int, list[Token]] = field(default_factory=dict)
    _keep_tokens: bool = True
    # word bags by sentence: under the key of a plain sentence, else under its index
    _bags: dict[int | str, Counter[str]] = field(default_factory=dict)
    _content_bags: dict[int | str, Counter[str]] = field(default_factory=dict)
    _presence: Presence | None = None
    _figures: dict[int, list[Quantity]] = field(default_factory=dict)
    _no_figures: bytearray = field(default_factory=bytearray)  # 1: read, and none there
    _names: dict[int, list[tuple[Span, str]]] = field(default_factory=dict)

    def unit(self, s1: int, s2: int) -> Span:
        """Characters of sentences ``s1:s2`` with the white space around them."""
        return Span(self.bounds[s1], self.bounds[s2])

    def tokens_of(self, i: int) -> list[Token]:
        """The compared tokens of sentence ``i`` (words only when punctuation is ignored)."""
        tokens = self._tokens.get(i)
        if tokens is None:
            tokens = self.fresh_tokens(i)
            if self._keep_tokens:
                self._tokens[i] = tokens
        return tokens

    def forget_word_bags(self) -> None:
        """Let go of the bags of all words (only the sentence matching reads them; those of
        content words stay), a piece at a time (see ``jobs.let_go``)."""
        let_go(self._bags)

    def forget_tokens(self) -> None:
        """Let go of the tokens made so far, a piece at a time (see ``jobs.let_go``). Tokens
        asked for after are made again, and not kept."""
        self._keep_tokens = False
        let_go(self._tokens)

    def token_count(self, i: int) -> int:
        """``len(tokens_of(i))``, without keeping the tokens if they were not kept already."""
        tokens = self._tokens.get(i)
        return len(tokens if tokens is not None else self.fresh_tokens(i))

    def fresh_tokens(self, i: int) -> list[Token]:
        """``tokens_of(i)`` made anew and not kept."""
        tokens = tokenize(self.text, self.options.ignore_case, self.sentence_spans.starts[i],
                          self.sentence_spans.ends[i], self.shared_words)
        if self.options.ignore_punctuation:
            tokens = [t for t in tokens if is_word(t.key)]
        return tokens

    def bag(self, i: int, content_only: bool = False) -> Counter[str]:
        """Case-folded words of sentence ``i``; without function words if ``content_only``.
        Sentences written alike share one bag (a text that repeats a line a million times
        holds it once)."""
        bags = self._content_bags if content_only else self._bags
        at: int | str = self.keys[i] if self.plain[i] else i
        bag = bags.get(at)
        if bag is None:
            words = [t.key.casefold() for t in self.tokens_of(i) if is_word(t.key)]
            if self.shared_words:
                words = [intern(w) for w in words]
            if content_only:
                words = [w for w in words if w not in STOPWORDS]
            bag = bags[at] = Counter(words)
        return bag

    def figures_of(self, i: int) -> list[Quantity]:
        """The quantities of sentence ``i`` (dates and clock times left out), read once where
        there are any (most sentences have none, and are not worth a place in memory)."""
        found = self._figures.get(i)
        if found is None:
            if not self._no_figures:
                self._no_figures = bytearray(len(self.keys))
            elif self._no_figures[i]:
                return []
            found = figures(self.text, self.sentence_spans.starts[i], self.sentence_spans.ends[i])
            if found:
                self._figures[i] = found
            else:
                self._no_figures[i] = 1
        return found

    def names_within(self, i: int, span: Span | None) -> set[str]:
        """The proper names of sentence ``i`` that ``span`` touches, as the fact finder
        reads them (a pronoun, a connective or a heading's capitals are none); the word
        opening the sentence is a name only where the text writes it capitalised inside a
        sentence too ("Aniston", not "Following"). Read once per sentence."""
        if span is None:
            return set()
        return {text for where, text in self._names_of(i) if where.overlaps(span)}

    def names_at(self, i: int, point: int) -> set[str]:
        """The proper names of sentence ``i`` that stand at ``point`` (start there, end there
        or run across it): where an edit with nothing on this side would stand."""
        return {text for where, text in self._names_of(i) if where.start <= point <= where.end}

    def _names_of(self, i: int) -> list[tuple[Span, str]]:
        """The names of sentence ``i`` with where they stand, read once."""
        names = self._names.get(i)
        if names is None:
            names = self._names[i] = self._sentence_names(i)
        return names

    def _sentence_names(self, i: int) -> list[tuple[Span, str]]:
        s = self.sentence_spans[i]
        sentence = self.text[s.start:s.end]
        names = [(Span(s.start + f.span.start, s.start + f.span.end), f.text)
                 for f in find_facts(sentence, opening=i == 0) if f.type.value == "name"]
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
        return count_words(self.text, self.sentence_spans.starts[s1], self.sentence_spans.ends[s2 - 1])

    def word_count(self, check: Callable[[], None] | None = None) -> int:
        """Words in the whole text; ``check`` is called now and then on a long one."""
        return count_words(self.text, check=check)

    def working_data(self) -> list[Any]:
        """The containers this side built, for ``jobs.let_go`` once the comparison is done."""
        data: list[Any] = [self._tokens, self._bags, self._content_bags, self._figures,
                           self._names, self.keys, self.sentence_spans.forget()]
        return data + (self._presence.working_data() if self._presence is not None else [])

    def presence(self, check: Callable[[], None] | None = None) -> Presence:
        """Which facts stand in this text (made once; ``check``, raising when the caller gave
        up, is kept for its long steps). The sentence keys are the folded text already, unless
        punctuation was left out of them."""
        if self._presence is None:
            if self.options.ignore_punctuation:
                self._presence = Presence(self.text, None, check)
            else:
                # key by key: one call over a long text would hold the interpreter throughout
                keys = self.keys
                # accents taken off a piece at a time: no second copy of a long text's hay
                folded, narrowed = joined_hay([unaccented(" ".join(key.casefold()
                                                                   for key in keys[k:k + 4096]))
                                               for k in range(0, len(keys), 4096)])
                self._presence = Presence(self.text, folded, check, narrowed)
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
    kind = "i" if len(text) < 2**31 else "q"
    starts, ends, paragraphs = array(kind), array(kind), array(kind)
    keys: list[str] = []
    plain = bytearray()
    for n, (start, end, para) in enumerate(iter_sentence_spans(text, check)):
        if n % 1024 == 0:
            check()
        raw = text[start:end]
        key = sentence_key(raw, options)
        if not key and starts and options.ignore_punctuation:
            continue  # a punctuation-only sentence joins the previous one's unit
        starts.append(start)
        ends.append(end)
        paragraphs.append(para)
        keys.append(key)
        plain.append(key == raw)
    bounds = array(kind, [0]) + starts[1:] + array(kind, [len(text)]) if starts else \
        array(kind, [0, len(text)])
    return Side(text, options, Spans(starts, ends), paragraphs, keys, bounds, plain,
                len(text) >= SHARED_WORDS_FROM)
