"""Quotations of two versions paired, and how each pair differs in words or speaker.

Depends on ``quotes``, ``speakers``, ``tokenize`` and ``worddiff``. Words are compared
folded (case and typography), so straight against curly marks never counts. The caller says
where each quotation stands (``places``): quotations in the same sentence pair, or in one
short run of replaced sentences, may pair whatever their words; elsewhere only by shared
words.
"""
from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

from .quotes import Quotation
from .speakers import is_name, speaker_key
from .tokenize import STOPWORDS, WORD_RE, fold
from .worddiff import diff_keys

Place = tuple[str, int]  # ("pair", n): a sentence pair; ("gap", n): a short run of replaced ones
MIN_CONTAINED = 0.6   # share of the shorter quotation's words the other must hold to pair anywhere
MIN_NEARBY = 0.3      # word overlap (Dice) for quotations in one run of replaced sentences
MAX_LOCAL_PAIRS = 400  # candidate pairs tried in one place; beyond that, by shared words only
MAX_POSTINGS = 50     # a word in more quotations than this does not suggest a pairing
MAX_ITEMS = 3         # word edits named in a detail before "…and N more"
REPLACED = 0.7       # share of each quotation's words an edit replaces to call it another quotation
WORDING_WORDS = 60    # words of each wording a detail shows before eliding the middle


@dataclass(frozen=True, slots=True)
class Words:
    """A quotation's words, folded (case and typography)."""

    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A quotation of the original and the one standing for it in the revised text.
    ``detail`` says how they differ ("" when the words and speaker are the same);
    ``kept`` is the share of the original's words the revised quotation still holds."""

    old: Quotation
    new: Quotation
    detail: str
    kept: float

    @property
    def altered(self) -> bool:
        return bool(self.detail)


def quote_words(text: str, q: Quotation) -> Words:
    """The words of a quotation, folded."""
    raw = [w for piece in q.pieces for w in WORD_RE.findall(text, piece.start, piece.end)]
    keys = fold(" ".join(raw), ignore_case=True).split(" ")  # one call, not one per word
    if len(keys) != len(raw):  # folding made or merged a space (rare compatibility forms)
        keys = [fold(w, ignore_case=True) for w in raw]
    return Words(tuple(keys) if raw else ())


def _word_spans(text: str, q: Quotation) -> list[tuple[int, int]]:
    """Where each of ``quote_words`` stands, in the same order."""
    return [m.span() for piece in q.pieces
            for m in WORD_RE.finditer(text, piece.start, piece.end)]


def pair_quotations(a_text: str, a_quotes: Sequence[Quotation], b_text: str,
                    b_quotes: Sequence[Quotation], a_places: Sequence[frozenset[Place]],
                    b_places: Sequence[frozenset[Place]]) -> list[QuotePair]:
    """Pairs of quotations, in the original's order: the same words first (wherever they
    stand), then by score among the rest: shared words, the same place, the same speaker."""
    wa = [quote_words(a_text, q) for q in a_quotes]
    wb = [quote_words(b_text, q) for q in b_quotes]
    matched: dict[int, int] = {}
    waiting: dict[tuple[str, ...], deque[int]] = defaultdict(deque)
    for j, w in enumerate(wb):
        waiting[w.keys].append(j)
    for i, w in enumerate(wa):
        queue = waiting.get(w.keys)
        if queue:
            matched[i] = queue.popleft()
    left_a = [i for i in range(len(wa)) if i not in matched]
    taken = set(matched.values())
    left_b = [j for j in range(len(wb)) if j not in taken]
    scored = []
    for i, j in _candidates(left_a, left_b, wa, wb, a_places, b_places):
        score = _score(wa[i], wb[j], a_quotes[i], b_quotes[j], a_places[i] & b_places[j])
        if score is not None:
            scored.append((-score, i, j))
    used_b: set[int] = set()
    for _, i, j in sorted(scored):
        if i not in matched and j not in used_b:
            matched[i] = j
            used_b.add(j)
    return [_pair(a_text, b_text, a_quotes[i], b_quotes[j], wa[i], wb[j])
            for i, j in sorted(matched.items())]


def _candidates(left_a: list[int], left_b: list[int], wa: list[Words], wb: list[Words],
                a_places: Sequence[frozenset[Place]],
                b_places: Sequence[frozenset[Place]]) -> set[tuple[int, int]]:
    """Pairs worth scoring: quotations in one place, and quotations sharing rarer words."""
    out: set[tuple[int, int]] = set()
    by_place_a: dict[Place, list[int]] = defaultdict(list)
    by_place_b: dict[Place, list[int]] = defaultdict(list)
    for i in left_a:
        for p in a_places[i]:
            by_place_a[p].append(i)
    for j in left_b:
        for p in b_places[j]:
            by_place_b[p].append(j)
    for place, rows in by_place_a.items():
        cols = by_place_b.get(place, [])
        if len(rows) * len(cols) <= MAX_LOCAL_PAIRS:
            out.update((i, j) for i in rows for j in cols)
    postings: dict[str, list[int]] = defaultdict(list)
    for j in left_b:
        for key in set(_content(wb[j])):
            postings[key].append(j)
    for i in left_a:
        counts: Counter[int] = Counter()
        for key in set(_content(wa[i])):
            hits = postings.get(key, [])
            if len(hits) <= MAX_POSTINGS:
                counts.update(hits)
        out.update((i, j) for j, n in counts.items() if n >= 2)
    return out


def _content(w: Words) -> list[str]:
    return [k for k in w.keys if k not in STOPWORDS]


def _score(wa: Words, wb: Words, qa: Quotation, qb: Quotation,
           shared_places: frozenset[Place]) -> float | None:
    """How well two quotations pair, or None if they should not."""
    shared = sum((Counter(wa.keys) & Counter(wb.keys)).values())
    shorter = min(len(wa.keys), len(wb.keys)) or 1
    contained = shared / shorter
    dice = 2 * shared / (len(wa.keys) + len(wb.keys) or 1)
    ka = speaker_key(qa.speaker)
    same, other = ka is not None and ka == speaker_key(qb.speaker), _other_speaker(qa, qb)
    paired = any(kind == "pair" for kind, _ in shared_places)
    nearby = bool(shared_places) and not paired
    if not (contained >= MIN_CONTAINED and shared >= 2 or paired and not other or
            nearby and (same or dice >= MIN_NEARBY and not other)):
        return None
    return contained + dice + (1.0 if paired else 0.5 if nearby else 0.0) + \
        (0.5 if same else -0.5 if other else 0.0)


def _other_speaker(qa: Quotation, qb: Quotation) -> bool:
    """Whether the two quotations are attributed by name to different people (a speaker
    only inferred, or described as "a spokesman", may be either)."""
    if qa.inferred or qb.inferred or not is_name(qa.speaker) or not is_name(qb.speaker):
        return False
    return speaker_key(qa.speaker) != speaker_key(qb.speaker)


def _pair(a_text: str, b_text: str, qa: Quotation, qb: Quotation, wa: Words,
          wb: Words) -> QuotePair:
    shared = sum((Counter(wa.keys) & Counter(wb.keys)).values())
    kept = shared / len(wa.keys) if wa.keys else 1.0
    items = _word_items(a_text, b_text, wa.keys, wb.keys, _word_spans(a_text, qa),
                        _word_spans(b_text, qb)) if wa.keys != wb.keys else []
    if _other_speaker(qa, qb):
        items.append(f"attributed to {qb.speaker}, not {qa.speaker}")
    if not items:
        return QuotePair(qa, qb, "", kept)
    old, new = _wording(qa.text(a_text)), _wording(qb.text(b_text))
    return QuotePair(qa, qb, "; ".join(items) + f"; was “{old}”, now “{new}”", kept)


def _word_items(a_text: str, b_text: str, ka: tuple[str, ...], kb: tuple[str, ...],
                sa: list[tuple[int, int]], sb: list[tuple[int, int]]) -> list[str]:
    """The word edits from one quotation (words ``ka`` standing at ``sa``) to the other,
    named for a reader."""
    ops = [op for op in diff_keys(ka, kb) if op[0] != "equal"]
    if len(ka) >= 3 and sum(i2 - i1 for _, i1, i2, _, _ in ops) >= REPLACED * len(ka) and \
            sum(j2 - j1 for _, _, _, j1, j2 in ops) >= REPLACED * len(kb):
        return ["replaced by another quotation"]
    items = []
    for tag, i1, i2, j1, j2 in ops:
        old = a_text[sa[i1][0]:sa[i2 - 1][1]] if i2 > i1 else ""
        new = b_text[sb[j1][0]:sb[j2 - 1][1]] if j2 > j1 else ""
        if tag == "insert":
            bracket = _bracketed(b_text, sb[j1][0], sb[j2 - 1][1])
            items.append(f"bracketed insertion: {bracket}" if bracket else
                         f"extended: “{new}”" if j2 == len(kb) else f"added: “{new}”")
        elif tag == "delete":
            bracket = _bracketed(a_text, sa[i1][0], sa[i2 - 1][1])
            items.append(f"bracketed insertion cut: {bracket}" if bracket else
                         f"cut short: “{old}”" if i2 == len(ka) else f"cut: “{old}”")
        else:
            items.append(f"“{old}” → “{new}”")
    if len(items) > MAX_ITEMS:
        items = items[:MAX_ITEMS] + [f"and {len(items) - MAX_ITEMS} more"]
    return items


def _bracketed(text: str, start: int, end: int) -> str | None:
    """The inserted words with their square brackets, if brackets enclose them exactly."""
    lo, hi = start, end
    while lo > 0 and text[lo - 1] == " ":
        lo -= 1
    while hi < len(text) and text[hi] in " .,;:":
        hi += 1
    if lo > 0 and text[lo - 1] == "[" and hi < len(text) and text[hi] == "]":
        return text[lo - 1:hi + 1]
    return None


def _wording(text: str) -> str:
    """A quotation's words for a detail: trailing commas dropped, a long one elided."""
    words = text.rstrip(" ,;:").split()
    if len(words) > WORDING_WORDS:
        words = words[:WORDING_WORDS * 2 // 3] + ["…"] + words[-WORDING_WORDS // 3:]
    return " ".join(words)
