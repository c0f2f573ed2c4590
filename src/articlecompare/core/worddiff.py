"""Exact diff of two key sequences as difflib-style opcodes, via diff-match-patch.

Depends on diff-match-patch (or its compiled twin fast-diff-match-patch when installed) and
on ``tokenize`` for its function words.
Each distinct key becomes one character, so the character diff is a word diff. No timeout
is set: callers pass pieces small enough (sentence pairs, gaps) for the exact result.
"""
from __future__ import annotations

from collections.abc import Sequence

from diff_match_patch import diff_match_patch  # type: ignore[import-untyped]

from .tokenize import STOPWORDS

try:  # optional accelerator of the same algorithm
    import fast_diff_match_patch as _fast  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the environment
    _fast = None
HAS_COMPILED_DIFF = _fast is not None

Opcode = tuple[str, int, int, int, int]

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # exact: never degrade silently


def _encode(keys: Sequence[str], table: dict[str, str]) -> str:
    out = []
    for key in keys:
        ch = table.get(key)
        if ch is None:
            code = 0x100 + len(table)
            if code >= 0xD800:  # skip the surrogate block
                code += 0x800
            ch = table[key] = chr(code)
        out.append(ch)
    return "".join(out)


def _runs(a: str, b: str) -> list[tuple[int, int]]:
    """(op, length) runs: op -1 delete, 0 equal, 1 insert."""
    if _fast is not None:
        return [({"-": -1, "=": 0, "+": 1}[op], n)
                for op, n in _fast.diff(a, b, timelimit=0, checklines=False, cleanup="No",
                                        counts_only=True)]
    return [(op, len(text)) for op, text in _DMP.diff_main(a, b, False)]


def diff_keys(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """Minimal edit script from ``a`` to ``b`` as opcodes ``(tag, i1, i2, j1, j2)``.

    Tags are ``equal``, ``delete``, ``insert`` and ``replace`` (a delete next to an insert).
    """
    if not a and not b:
        return []
    if not a:
        return [("insert", 0, 0, 0, len(b))]
    if not b:
        return [("delete", 0, len(a), 0, 0)]
    table: dict[str, str] = {}
    runs = _runs(_encode(a, table), _encode(b, table))
    ops: list[Opcode] = []
    i = j = 0
    for op, n in runs:
        if n == 0:
            continue
        if op == 0:
            ops.append(("equal", i, i + n, j, j + n))
            i += n
            j += n
            continue
        di, dj = (n, 0) if op < 0 else (0, n)
        if ops and ops[-1][0] != "equal":
            _, i1, _, j1, _ = ops[-1]
            ops[-1] = ("replace", i1, i + di, j1, j + dj)
        else:
            ops.append(("delete" if op < 0 else "insert", i, i + di, j, j + dj))
        i += di
        j += dj
    ops = [(("delete" if j1 == j2 else "insert" if i1 == i2 else tag), i1, i2, j1, j2)
           for tag, i1, i2, j1, j2 in ops]
    return _slid(ops, a, b)


def _slid(ops: list[Opcode], a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """``ops`` with each lone cut or insertion between two equal stretches moved, where the
    same tokens allow it, to where it reads as a phrase: "fired at [least 30 shots at] the
    crowd" becomes "fired [at least 30 shots] at the crowd". The script stays as long."""
    for k in range(1, len(ops) - 1):
        tag, i1, i2, j1, j2 = ops[k]
        before, after = ops[k - 1], ops[k + 1]
        if tag not in ("delete", "insert") or before[0] != "equal" or after[0] != "equal":
            continue
        seq, lo, hi = (a, i1, i2) if tag == "delete" else (b, j1, j2)
        room_left = before[2] - before[1] - 1  # each equal stretch keeps a token
        room_right = after[2] - after[1] - 1
        left = 0
        while left < room_left and seq[lo - left - 1] == seq[hi - left - 1]:
            left += 1
        right = 0
        while right < room_right and seq[lo + right] == seq[hi + right]:
            right += 1
        if not left and not right:
            continue
        best = max(range(-left, right + 1),
                   key=lambda s: (_reads_as_phrase(seq[lo + s:hi + s]), s == 0))
        if best == 0:
            continue
        ops[k - 1] = ("equal", before[1], before[2] + best, before[3], before[4] + best)
        ops[k + 1] = ("equal", after[1] + best, after[2], after[3] + best, after[4])
        ops[k] = (tag, i1 + best, i2 + best, j1 + best, j2 + best)
    return ops


def _reads_as_phrase(run: Sequence[str]) -> int:
    """How well a cut or inserted run reads on its own: it starts on a word, not a
    punctuation mark, and does not end on a function word (not "… 30 shots at")."""
    return int(run[0][:1].isalnum()) + int(run[-1].casefold() not in STOPWORDS)


def hunks(ops: list[Opcode]) -> list[tuple[int, int, int, int]]:
    """Non-equal stretches of a pair diff, joined across single-token equalities."""
    out: list[tuple[int, int, int, int]] = []
    last_equal = 99
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            last_equal = i2 - i1
            continue
        if out and last_equal == 0:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
        last_equal = 99
    return out
