"""Hypothesis strategies for article-like texts and edited versions of them.

Texts are paragraphs of sentences of words drawn from a vocabulary that mixes plain English,
abbreviations, numbers, curly and straight quotes, dashes, emoji (with skin tones and ZWJ),
combining marks, CJK and case-folding oddities; separators vary (single and double spaces,
non-breaking spaces, single and blank-line paragraph breaks). Edits insert, delete, replace
and move sentences, paragraphs and words.
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

WORDS = (
    "the", "The", "mayor", "Mayor", "said", "stated", "Wednesday", "on", "city", "police",
    "ICE", "U.S.", "Dr.", "Gov.", "p.m.", "2,000", "8-in-10", "$24bn", "45", "3.5%",
    "Chicago’s", "it's", "it’s", "don’t", "café", "cafe\u0301", "a\u0308b", "naïve", "straße",
    "İstanbul", "Ω", "北京", "東京大学", "한국어", "😀", "👍🏽", "👩\u200d👩\u200d👧", "🇺🇸",
    "“quoted”", "\"plain\"", "‘single’", "—", "–", "-", "--", "(D)", "[ICE", "agents]",
    "Harvard/Harris", "e-mail", "x\u0301\u0302", "…", "...", "2:20", "July", "16,", "2018",
)
ENDS = (".", ".", ".", "!", "?", "…", "”", ".”", "")
WORD_GAPS = (" ", " ", " ", "  ", "\u00a0", " \t")
PARA_GAPS = ("\n", "\n\n", "\n\n", " \n", "\n \n")


@dataclass
class Draft:
    """An article as paragraphs of sentences of words, with the separators to render it."""

    paragraphs: list[list[list[str]]]
    ends: list[list[str]]
    word_gap: str
    para_gap: str
    lead: str
    trail: str

    def render(self) -> str:
        paras = []
        for sentences, ends in zip(self.paragraphs, self.ends):
            rendered = [self.word_gap.join(words) + end for words, end in zip(sentences, ends) if words]
            if rendered:
                paras.append(" ".join(rendered))
        return self.lead + self.para_gap.join(paras) + self.trail


words_st = st.sampled_from(WORDS)


@st.composite
def sentences(draw: st.DrawFn) -> tuple[list[str], str]:
    words = draw(st.lists(words_st, min_size=1, max_size=10))
    if draw(st.booleans()) and len(words) >= 3 and draw(st.integers(0, 3)) == 0:
        # a quotation of three or more words, as news copy quotes people
        words = ["“" + words[0]] + words[1:-1] + [words[-1] + ",”", "he", "said"]
    return words, draw(st.sampled_from(ENDS))


@st.composite
def drafts(draw: st.DrawFn, max_paragraphs: int = 5) -> Draft:
    paragraphs: list[list[list[str]]] = []
    ends: list[list[str]] = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        sents = draw(st.lists(sentences(), min_size=1, max_size=4))
        paragraphs.append([s[0] for s in sents])
        ends.append([s[1] for s in sents])
    return Draft(paragraphs, ends, draw(st.sampled_from(WORD_GAPS)),
                 draw(st.sampled_from(PARA_GAPS)), draw(st.sampled_from(("", "", " ", "\n"))),
                 draw(st.sampled_from(("", "", "\n", " \n\n"))))


def _copy(d: Draft) -> Draft:
    return Draft([[list(w) for w in p] for p in d.paragraphs], [list(e) for e in d.ends],
                 d.word_gap, d.para_gap, d.lead, d.trail)


EDITS = ("insert_sentence", "delete_sentence", "replace_sentence", "move_sentence",
         "move_paragraph", "insert_word", "delete_word", "replace_word", "swap_words")


@st.composite
def edited_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """An original text and a revised one made from it by random edits."""
    original = draw(drafts())
    revised = _copy(original)
    for _ in range(draw(st.integers(0, 6))):
        _apply(draw, revised, draw(st.sampled_from(EDITS)))
    if draw(st.booleans()):  # the revised may use other separators
        revised.word_gap = draw(st.sampled_from(WORD_GAPS))
        revised.para_gap = draw(st.sampled_from(PARA_GAPS))
    return original.render(), revised.render()


def _apply(draw: st.DrawFn, d: Draft, edit: str) -> None:
    p = draw(st.integers(0, len(d.paragraphs) - 1))
    sents, ends = d.paragraphs[p], d.ends[p]
    if edit == "move_paragraph":
        q = draw(st.integers(0, len(d.paragraphs) - 1))
        d.paragraphs.insert(q, d.paragraphs.pop(p))
        d.ends.insert(q, d.ends.pop(p))
        return
    if edit == "insert_sentence" or not sents:
        words, end = draw(sentences())
        k = draw(st.integers(0, len(sents)))
        sents.insert(k, words)
        ends.insert(k, end)
        return
    k = draw(st.integers(0, len(sents) - 1))
    if edit == "delete_sentence":
        del sents[k], ends[k]
    elif edit == "replace_sentence":
        sents[k], ends[k] = draw(sentences())
    elif edit == "move_sentence":
        words, end = sents.pop(k), ends.pop(k)
        q = draw(st.integers(0, len(d.paragraphs) - 1))
        at = draw(st.integers(0, len(d.paragraphs[q])))
        d.paragraphs[q].insert(at, words)
        d.ends[q].insert(at, end)
    else:
        _edit_words(draw, sents[k], edit)


def _edit_words(draw: st.DrawFn, words: list[str], edit: str) -> None:
    w = draw(st.integers(0, len(words) - 1))
    if edit == "insert_word":
        words.insert(w, draw(words_st))
    elif edit == "delete_word" and len(words) > 1:
        del words[w]
    elif edit == "replace_word":
        words[w] = draw(words_st)
    elif edit == "swap_words" and len(words) > 1:
        v = draw(st.integers(0, len(words) - 1))
        words[w], words[v] = words[v], words[w]


# any text at all, for properties that must hold whatever comes in
any_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(" \n\n.,!?“”\"'’—–-\u00a0\u0301"),
    ),
    max_size=120)
