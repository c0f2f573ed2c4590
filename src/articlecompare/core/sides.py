"""One side of a comparison prepared for matching: tokens, sentences, keys and word bags.

Depends on ``tokenize`` and ``segment``. Offsets are code points. ``units`` turn compared
token ranges into character spans that cover the text without gaps, so word runs rebuild it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .model import Article, Span, Token
from .options import CompareOptions
from .segment import TokenRange, split
from .tokenize import STOPWORDS, is_word, tokenize


@dataclass(slots=True)
class Side:
    """A text with its compared tokens (``comp``) and its sentences over them."""

    text: str
    tokens: list[Token]
    comp: list[Token]
    sentences: list[tuple[int, int]]  # compared-token range of each sentence
    sentence_spans: list[Span]        # character span of each sentence (trimmed)
    paragraphs: list[int]             # paragraph number of each sentence
    keys: list[str]                   # one key per sentence
    bags: list[Counter[str]]          # words of each sentence, case-folded
    content: list[Counter[str]]       # the same without function words

    def unit(self, lo: int, hi: int) -> Span:
        """Characters of compared tokens ``lo:hi`` with the white space that follows them."""
        text_end = len(self.text)
        start = 0 if lo == 0 else self.comp[lo].start
        end = text_end if hi >= len(self.comp) else self.comp[hi].start
        return Span(start, end)

    def sentence_of_offset(self) -> list[int]:
        """For each compared token, the sentence it belongs to."""
        owner = [0] * len(self.comp)
        for n, (lo, hi) in enumerate(self.sentences):
            for k in range(lo, hi):
                owner[k] = n
        return owner

    def word_count(self) -> int:
        return sum(1 for t in self.comp if is_word(t.key))


def prepare(article: Article, options: CompareOptions) -> Side:
    text = article.text
    tokens = tokenize(text, ignore_case=options.ignore_case)
    raw_sentences, _ = split(text, tokens)
    keep = [not options.ignore_punctuation or is_word(t.key) for t in tokens]
    prefix = [0]
    for flag in keep:
        prefix.append(prefix[-1] + flag)
    comp = [t for t, flag in zip(tokens, keep) if flag]
    sentences: list[tuple[int, int]] = []
    spans: list[Span] = []
    paragraphs: list[int] = []
    keys: list[str] = []
    bags: list[Counter[str]] = []
    for rng in raw_sentences:
        lo, hi = prefix[rng.lo], prefix[rng.hi]
        if lo == hi and sentences:  # punctuation-only sentence when punctuation is ignored
            continue
        sentences.append((lo, hi))
        spans.append(Span(tokens[rng.lo].start, tokens[rng.hi - 1].end))
        paragraphs.append(rng.paragraph)
        words = [t.key for t in comp[lo:hi]]
        keys.append(" ".join(words))
        bags.append(Counter(w.casefold() for w in words if is_word(w)))
    _extend_spans(sentences, spans, raw_sentences, prefix)
    content = [Counter({w: n for w, n in bag.items() if w not in STOPWORDS}) for bag in bags]
    return Side(text, tokens, comp, sentences, spans, paragraphs, keys, bags, content)


def _extend_spans(sentences: list[tuple[int, int]], spans: list[Span],
                  raw: list[TokenRange], prefix: list[int]) -> None:
    """Make compared-token ranges of sentences contiguous (a skipped punctuation-only
    sentence's tokens, if any, join the previous sentence)."""
    for n in range(len(sentences) - 1):
        lo, _ = sentences[n]
        sentences[n] = (lo, sentences[n + 1][0])
    if sentences and raw:
        lo, _ = sentences[-1]
        sentences[-1] = (lo, prefix[raw[-1].hi])
