"""Sentence alignment: which sentence of the original became which of the revised.

Depends on ``worddiff`` for small fallbacks. Works on sentence keys (normalised token
strings) and word bags; knows nothing of text offsets. Unique sentences anchor a patience
diff; sentences in the gaps between anchors are paired by word overlap (rewording), and
what is left is paired across the whole document when alike enough (moves).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .worddiff import HAS_COMPILED_DIFF, Opcode, diff_keys


class SentenceBags(Protocol):
    """Word bags of one side's sentences, by sentence index."""

    def __getitem__(self, i: int, /) -> Counter[str]: ...


@dataclass(frozen=True, slots=True)
class Pair:
    """Original sentence ``a`` paired with revised sentence ``b``."""

    a: int
    b: int
    similarity: float
    moved: bool = False


def patience(a: Sequence[str], b: Sequence[str],
             check: Callable[[], None] | None = None) -> list[Opcode]:
    """Opcodes over two sequences, anchored on items unique to both (patience diff).
    ``check`` is called now and then and raises when the caller gave up."""
    check = check or (lambda: None)
    ops: list[Opcode] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        check()
        a1, a2, b1, b2 = stack.pop()
        # the common head and tail, each as one run (``_merge`` joins adjacent runs anyway)
        head = a1
        while a1 < a2 and b1 < b2 and a[a1] == b[b1]:
            a1, b1 = a1 + 1, b1 + 1
        if a1 > head:
            ops.append(("equal", head, a1, b1 - (a1 - head), b1))
        tail = []
        end = a2
        while a1 < a2 and b1 < b2 and a[a2 - 1] == b[b2 - 1]:
            a2, b2 = a2 - 1, b2 - 1
        if a2 < end:
            tail.append(("equal", a2, end, b2, b2 + end - a2))
        anchors = _unique_lcs(a, a1, a2, b, b1, b2, check) if a1 < a2 and b1 < b2 else []
        if not anchors and a1 < a2 and b1 < b2 and not _diffable(a2 - a1, b2 - b1):
            # too long to diff and no item occurs as often on both sides (a text that repeats
            # itself, edited): anchor on the rarest items both sides have, however often,
            # rather than call the whole stretch replaced
            anchors = _unique_lcs(a, a1, a2, b, b1, b2, check, loose=True)
        if anchors:
            pieces = []
            pa, pb = a1, b1
            for i, j in anchors:
                if pa < i or pb < j:
                    pieces.append((pa, i, pb, j))
                ops.append(("equal", i, i + 1, j, j + 1))
                pa, pb = i + 1, j + 1
            if pa < a2 or pb < b2:
                pieces.append((pa, a2, pb, b2))
            stack.extend(pieces)  # the order of ops is settled by the final sort
            ops.extend(tail)
            continue
        ops.extend(_fallback(a, a1, a2, b, b1, b2))
        ops.extend(reversed(tail))
    return _merge(sorted(ops, key=lambda op: (op[1], op[3])))


def _unique_lcs(a: Sequence[str], a1: int, a2: int, b: Sequence[str], b1: int, b2: int,
                check: Callable[[], None], loose: bool = False) -> list[tuple[int, int]]:
    """Anchors: pairs of items unique to both stretches, in the longest order both keep; for
    a stretch that repeats itself, the rarest items that occur as often on both sides; with
    ``loose``, the rarest items both sides have, their occurrences paired in order as far as
    the side with fewer of them goes."""
    count_a = Counter(a[a1:a2])
    count_b = Counter(b[b1:b2])
    if loose:
        both = {key: min(n, count_b[key]) for key, n in count_a.items() if key in count_b}
        if not both:
            return []
        rarity = min(both.values())
        return _paired_in_order(a, a1, a2, b, b1, b2,
                                {key for key, n in both.items() if n == rarity}, check)
    rarity = 1
    if not any(n == 1 and count_b.get(key) == 1 for key, n in count_a.items()):
        # nothing unique to both (a text that repeats itself): anchor on the rarest items that
        # occur as often on both sides, pairing their occurrences in order (as histogram
        # diff does)
        shared = [n for key, n in count_a.items() if count_b.get(key) == n]
        if not shared:
            return []
        rarity = min(shared)
    keys = {key for key, n in count_a.items() if n == rarity and count_b.get(key) == rarity}
    return _paired_in_order(a, a1, a2, b, b1, b2, keys, check)


def _paired_in_order(a: Sequence[str], a1: int, a2: int, b: Sequence[str], b1: int, b2: int,
                     keys: set[str], check: Callable[[], None]) -> list[tuple[int, int]]:
    """The occurrences of ``keys`` paired in order (the first in ``a`` with the first in
    ``b``, ...), as many as the side with fewer has; the longest run whose pairs keep order."""
    where_b: dict[str, list[int]] = {}
    for j in range(b1, b2):
        if b[j] in keys:
            where_b.setdefault(b[j], []).append(j)
    taken: Counter[str] = Counter()
    seq = []
    for i in range(a1, a2):
        key = a[i]
        if key in where_b and taken[key] < len(where_b[key]):
            seq.append((i, where_b[key][taken[key]]))
            taken[key] += 1
    seq.sort()
    check()
    # weights below one only break ties between runs of the same length
    longest = max((len(a[i]) for i, _ in seq), default=1) or 1
    return _longest_increasing(seq, [len(a[i]) / (longest * (len(seq) + 1)) for i, _ in seq], check)


def _longest_increasing(seq: list[tuple[int, int]], weights: Sequence[float] | None = None,
                        check: Callable[[], None] | None = None) -> list[tuple[int, int]]:
    """Heaviest subsequence of (i, j) pairs, sorted by i, whose j also increase.

    Without weights every pair counts one (the longest run); with weights, ties between
    equally long runs go to the one that keeps more text. O(n log n) with a Fenwick tree
    of prefix maxima over the j coordinates.
    """
    if not seq:
        return []
    ranks = {j: r + 1 for r, j in enumerate(sorted({j for _, j in seq}))}
    size = len(ranks)
    tree_val = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    back = [-1] * len(seq)
    best_val, best_at = -1.0, -1
    for k, (_, j) in enumerate(seq):
        if check is not None and k % 8192 == 0:
            check()
        r = ranks[j] - 1  # strictly smaller j
        val, at = 0.0, -1
        while r > 0:
            if tree_val[r] > val:
                val, at = tree_val[r], tree_at[r]
            r -= r & -r
        total = val + (1.0 if weights is None else 1.0 + weights[k])
        back[k] = at
        if total > best_val:
            best_val, best_at = total, k
        r = ranks[j]
        while r <= size:
            if total > tree_val[r]:
                tree_val[r], tree_at[r] = total, k
            r += r & -r
    out = []
    k = best_at
    while k >= 0:
        out.append(seq[k])
        k = back[k]
    return out[::-1]


# (m + n) * min(m, n) steps a sentence-level diff may take in one call; the compiled diff holds
# the interpreter while it runs, so a window would stall for as long (about 20 ms per 10 M)
DIFF_BUDGET_COMPILED = 20_000_000
DIFF_BUDGET_PURE = 250_000


def _diffable(m: int, n: int) -> bool:
    """Whether stretches of ``m`` and ``n`` items are short enough to diff outright."""
    return (m + n) * min(m, n) <= (DIFF_BUDGET_COMPILED if HAS_COMPILED_DIFF else DIFF_BUDGET_PURE)


def _fallback(a: Sequence[str], a1: int, a2: int, b: Sequence[str], b1: int, b2: int
              ) -> list[Opcode]:
    if a1 == a2 and b1 == b2:
        return []
    m, n = a2 - a1, b2 - b1
    if _diffable(m, n):
        sub = diff_keys(a[a1:a2], b[b1:b2])
        return [(t, i1 + a1, i2 + a1, j1 + b1, j2 + b1) for t, i1, i2, j1, j2 in sub]
    tag = "replace" if a1 < a2 and b1 < b2 else ("delete" if a1 < a2 else "insert")
    return [(tag, a1, a2, b1, b2)]


def _merge(ops: list[Opcode]) -> list[Opcode]:
    out: list[Opcode] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and (out[-1][0] == "equal") == (op[0] == "equal"):
            t, i1, _, j1, _ = out[-1]
            tag = "equal" if t == "equal" else "replace"
            out[-1] = (tag, i1, op[2], j1, op[4])
        else:
            out.append(op)
    return [(("delete" if j1 == j2 else "insert" if i1 == i2 else t), i1, i2, j1, j2)
            if t != "equal" else (t, i1, i2, j1, j2) for t, i1, i2, j1, j2 in out]


def dice(a: Counter[str], b: Counter[str]) -> float:
    """Share of words two bags have in common (Sørensen–Dice over multisets)."""
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 1.0
    return 2 * sum((a & b).values()) / total


POSTING_CAP = 64   # a word in more sentences than this says nothing about which is which
CANDIDATES = 12    # sentences scored for each sentence to pair


def pair_sentences(bags_a: SentenceBags, bags_b: SentenceBags,
                   rows: Sequence[int], cols: Sequence[int], threshold: float,
                   cancel: Callable[[], None] | None = None) -> list[Pair]:
    """Best one-to-one pairs between sentences ``rows`` of a and ``cols`` of b.

    Candidates share words that are not too common (each word rarer than ``POSTING_CAP``
    sentences); only the ``CANDIDATES`` sharing most are scored, so cost stays linear in the
    gap's size. Pairs are taken best first.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for j in cols:
        for word in bags_b[j]:
            index[word].append(j)
    scored: list[tuple[float, int, int]] = []
    for n, i in enumerate(rows):
        if cancel is not None and n % 256 == 0:
            cancel()
        shared: Counter[int] = Counter()
        for word in bags_a[i]:
            posting = index.get(word)
            if posting and len(posting) <= POSTING_CAP:
                shared.update(posting)
        for j, _ in shared.most_common(CANDIDATES):
            sim = dice(bags_a[i], bags_b[j])
            if sim >= threshold:
                scored.append((sim, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for sim, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append(Pair(i, j, sim))
    return pairs


def in_order(pairs: list[Pair]) -> tuple[list[Pair], list[Pair]]:
    """Split pairs into the longest run that keeps reading order, and the moved rest."""
    ordered = sorted(pairs, key=lambda p: p.a)
    keep = set(_longest_increasing([(p.a, p.b) for p in ordered]))
    straight = [p for p in ordered if (p.a, p.b) in keep]
    moved = [Pair(p.a, p.b, p.similarity, moved=True) for p in ordered if (p.a, p.b) not in keep]
    return straight, moved


def overlap(a: Counter[str], b: Counter[str]) -> tuple[float, int]:
    """Share of the smaller bag found in the larger one, and the count of shared words."""
    small = min(sum(a.values()), sum(b.values()))
    common = sum((a & b).values())
    return (common / small if small else 0.0), common


SPREAD_SHARE = 0.6
SPREAD_MIN_WORDS = 4


def _spread(bag: Counter[str], union: set[str]) -> float:
    """Share of a sentence's content words found anywhere in the other side's gap."""
    words = set(bag)
    if len(words) < SPREAD_MIN_WORDS:
        return 0.0
    return len(words & union) / len(words)


def _best_partner(bag: Counter[str], me: int, others: Sequence[int], bags: SentenceBags,
                  partners: dict[int, int]) -> tuple[tuple[float, int], int] | None:
    """The other side's sentence sharing most of ``bag``'s content words, among those with
    no partner or whose partner stands beside ``me``: ((overlap, common words), index)."""
    return max(((overlap(bag, bags[k]), k) for k in others
                if k not in partners or abs(partners[k] - me) == 1), default=None)


def loose_pairs(content_a: SentenceBags, content_b: SentenceBags,
                rows: Sequence[int], cols: Sequence[int], partner_a: dict[int, int],
                partner_b: dict[int, int], threshold: float = 0.5, min_common: int = 3
                ) -> list[Pair]:
    """Pairs for sentences split, merged or paraphrased: a sentence of either side with no
    partner joins the sentence of the other side whose content words it shares most. When
    that sentence has a partner already (a split), the two must stand side by side. An
    original sentence whose words are spread over the revised gap is paraphrased too (the
    benefit of the doubt goes to keeping content, not to adding it)."""
    pairs: list[Pair] = []
    union_b: set[str] = set()
    for j in cols:
        union_b.update(content_b[j])
    for i in rows:
        if i in partner_a:
            continue
        best = _best_partner(content_a[i], i, cols, content_b, partner_b)
        if best and best[0][0] >= threshold and best[0][1] >= min_common:
            pairs.append(Pair(i, best[1], best[0][0]))
        elif best and _spread(content_a[i], union_b) >= SPREAD_SHARE:
            pairs.append(Pair(i, max(cols, key=lambda j: overlap(content_a[i], content_b[j])),
                              best[0][0]))
    joined = {(p.a, p.b) for p in pairs}  # a pair each side's sentence chose is one pair
    for j in cols:
        if j in partner_b:
            continue
        best = _best_partner(content_b[j], j, rows, content_a, partner_a)
        if best and best[0][0] >= threshold and best[0][1] >= min_common and \
                (best[1], j) not in joined:
            pairs.append(Pair(best[1], j, best[0][0]))
    return pairs
