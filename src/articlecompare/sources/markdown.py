"""Markdown to paragraphs: the words stay, the markup that is not content goes.

Removed: heading marks, emphasis and strike markers, link targets (``[text](url)`` keeps
``text``), images, HTML comments and tags, front matter, fences, rules, reference
definitions, list and quote markers. Headings and list items become paragraphs of their own;
paragraphs are then found as for plain text (``plain.paragraphs``).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict, deque
from collections.abc import Callable
from functools import partial

from articlecompare.sources import plain

_FENCE_RE = re.compile(r"(`{3,}|~{3,})")
_ATX_RE = re.compile(r"#{1,6}(?:\s+|$)")  # the heading's words: _heading_words
_SETEXT_RE = re.compile(r"(?:=+|-+)\s*$")
# block patterns over one line, written so that no repeat holds another (the regular
# expression engine slows down per repetition of a group: a line of 300,000 "*" took 0.1 s)
_RULE_RE = re.compile(r"(?:\*\s*+\*\s*+\*[*\s]*+|-\s*+-\s*+-[-\s]*+|_\s*+_\s*+_[_\s]*+)$")
_ITEM_RE = re.compile(r"(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE_RE = re.compile(r"(?:>\s?+)++")
_REFERENCE_RE = re.compile(r"\[[^\]]+\]:\s*\S+")
_TABLE_RULE_RE = re.compile(r"\|?\s*+:?-{3,}+:?\s*+(?:\|\s*+:?-{3,}+:?\s*+)*+\|?\s*+$")
_TITLE_RE = re.compile(r"title:\s*[\"']?")  # the title is the rest, less a closing quote

_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")
# a link's address and title stop at a bracket: "[a](" repeated, with no ")" to close, made
# each "(" scan to the end of the line (31 s on 40 KB); now each stops at the next "["
_IMAGE_RE = re.compile(r"!\[[^\]\n]*+\](?:\([^)\n\[]*+\)|\[[^\]\n]*+\])")
_LINK_RE = re.compile(r"\[([^\[\]\n]*+)\](?:\([^)\s\[]*+(?:\s+[\"'(][^)\n\[]*+)?\)|\[[^\]\n]*+\])")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_TICKS_RE = re.compile(r"`+")
_CODE_SPAN = 2000  # the longest code span on one line that is unwrapped
# emphasis and strike: where each may open and close (zero-width, so a run of markers gives
# every position; group 1 is the marker). A span opens, takes the first close of its marker
# at most _CODE_SPAN characters on and on the same line, and the words between stay
_STRONG = (re.compile(r"(?=(\*\*|__)\S)"), re.compile(r"(?<=\S)(?=(\*\*|__))"))
_STRIKE = (re.compile(r"(?=(~~)\S)"), re.compile(r"(?<=\S)(?=(~~))"))
_STAR = (re.compile(r"(?<![\w*])(?=(\*)[^\s*])"), re.compile(r"(?<=[^\s*])(?=(\*)(?![\w*]))"))
_UNDERSCORE = (re.compile(r"(?<![\w_])(?=(_)[^\s_])"), re.compile(r"(?<=[^\s_])(?=(_)(?![\w_]))"))
_ESCAPED_RE = re.compile("[\ue000-\ue07f]")
_ESCAPED_BASE = 0xE000  # escaped characters wait in the Private Use Area while markup goes
_LINE_BREAK = re.compile("\n")


def _unwrap_pairs(text: str, marks: tuple[re.Pattern[str], re.Pattern[str]]) -> str:
    """Spans between an opening and a closing mark as their words, in one pass: each opening
    looks up the first closing of its marker after it, so a line of openings that never close
    costs linear time (a lazy pattern tried 2,000 characters from each: 37 s a megabyte)."""
    opening, closing = marks
    closes: dict[str, list[int]] = defaultdict(list)
    for m in closing.finditer(text):
        closes[m.group(1)].append(m.start())
    if not closes:
        return text
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    out: list[str] = []
    at = 0
    for m in opening.finditer(text):
        start = m.start()
        if start < at:
            continue
        marker = m.group(1)
        inner = start + len(marker)
        ends = closes.get(marker, ())
        k = bisect.bisect_left(ends, inner + 1)
        if k == len(ends):
            continue
        end = ends[k]
        line_end = bisect.bisect_left(breaks, inner)
        if end - inner <= _CODE_SPAN and (line_end == len(breaks) or breaks[line_end] >= end):
            out += [text[at:start], text[inner:end]]
            at = end + len(marker)
    out.append(text[at:])
    return "".join(out)


_INLINE: tuple[tuple[str, Callable[[str], str]], ...] = (  # (marker, step), in the order they run
    ("![", partial(_IMAGE_RE.sub, "")),
    ("[", partial(_LINK_RE.sub, r"\1")),
    ("<", partial(_AUTOLINK_RE.sub, r"\1")),
    ("<", partial(_TAG_RE.sub, "")),
    ("**", partial(_unwrap_pairs, marks=_STRONG)),
    ("__", partial(_unwrap_pairs, marks=_STRONG)),
    ("~~", partial(_unwrap_pairs, marks=_STRIKE)),
    ("*", partial(_unwrap_pairs, marks=_STAR)),
    ("_", partial(_unwrap_pairs, marks=_UNDERSCORE)),
)


def paragraphs(text: str) -> tuple[list[str], str | None]:
    """The paragraphs of a Markdown document and its title (front matter or first ``#``)."""
    text = _without_comments(plain.normalise_newlines(text))
    text, title = _without_front_matter(text)
    blocks, heading = _block_lines(text.split("\n"))
    return [p for p in (_inline(p) for p in plain.paragraphs("\n".join(blocks))) if p], title or heading


def _without_comments(text: str) -> str:
    """Drop ``<!-- ... -->`` in one linear pass (an unclosed comment runs to the end)."""
    if "<!--" not in text:
        return text
    parts: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        position = len(text) if end == -1 else end + 3
    parts.append(text[position:])
    return "".join(parts)


def _without_front_matter(text: str) -> tuple[str, str | None]:
    if not text.startswith("---\n"):
        return text, None
    lines = text.split("\n", 200)
    for index, line in enumerate(lines[1:200], start=1):
        if line.strip() in ("---", "..."):
            title = next((_title_words(entry[m.end():]) for entry in lines[1:index]
                          if (m := _TITLE_RE.match(entry))), None)
            return "\n".join(lines[index + 1 :]), title or None
    return text, None


def _title_words(rest: str) -> str:
    """A front-matter title after its opening quote: the closing quote and white space go.
    In code: a lazy pattern ending in ``\\s*$`` retried the white space from each character
    (the square of a long line of spaces)."""
    rest = rest.rstrip()
    return rest[:-1] if rest.endswith(("'", '"')) else rest


def _heading_words(rest: str) -> str:
    """An ATX heading's words after its marks: closing marks (after white space) and
    trailing white space go ("Title ##" gives "Title", "C#" stays). In code, as above."""
    words = rest.rstrip()
    bare = words.rstrip("#")
    if bare != words and bare[-1:].isspace():
        return bare.rstrip()
    return words


def _block_lines(lines: list[str]) -> tuple[list[str], str | None]:
    """Lines with block markup removed; blank lines put around headings and before items."""
    out: list[str] = []
    heading: str | None = None
    fence: str | None = None
    for raw in lines:
        line = raw.strip()
        fenced = _FENCE_RE.match(line)
        if fence is not None:
            if fenced and line.startswith(fence):
                fence = None
                out.append("")
            else:
                out.append(raw)
            continue
        if fenced:
            fence = fenced.group(1)
            out.append("")
            continue
        line = _QUOTE_RE.sub("", line, count=1) if line.startswith(">") else line
        atx = _ATX_RE.match(line)
        if atx:
            words = _heading_words(line[atx.end():])
            heading = heading or (words if line.startswith("# ") else None)
            out.extend(("", words, ""))
        elif _SETEXT_RE.match(line) and out and out[-1].strip():
            out.insert(len(out) - 1, "")  # the underlined line above is a heading
            out.append("")
        elif _RULE_RE.match(line) or _TABLE_RULE_RE.match(line) or _REFERENCE_RE.match(line):
            out.append("")
        elif item := _ITEM_RE.match(line):
            out.extend(("", line[item.end() :]))
        else:
            out.append(line)
    return out, heading and _inline(heading)


def _unwrap_code(text: str) -> str:
    """Code spans (a run of backticks, words, a run of as many backticks, on one line) as
    their words. Runs are paired in one pass: each run looks ahead only to the next run of
    its own length, so a line of unmatched backticks costs linear time (a pattern that tried
    every run against every later one took 27 s on 10 KB)."""
    runs = [(m.start(), m.end()) for m in _TICKS_RE.finditer(text)]
    later: dict[int, deque[int]] = defaultdict(deque)  # run length -> indices of runs
    for k, (start, end) in enumerate(runs):
        later[end - start].append(k)
    out: list[str] = []
    at = k = 0
    while k < len(runs):
        start, end = runs[k]
        ahead = later[end - start]
        while ahead and ahead[0] <= k:
            ahead.popleft()
        if ahead:
            close = runs[ahead[0]][0]
            inner = text[end:close]
            if 0 < close - end <= _CODE_SPAN and "\n" not in inner:
                out += [text[at:start], inner]
                at = runs[ahead[0]][1]
                k = ahead.popleft() + 1
                continue
        k += 1
    out.append(text[at:])
    return "".join(out)


def _inline(text: str) -> str:
    """Inline markup removed; each pattern runs only when its marker character is present."""
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE_RE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    if "`" in text:
        text = _unwrap_code(text)
    for marker, step in _INLINE:
        if marker in text:
            text = step(text)
    if escaped:
        text = _ESCAPED_RE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED_BASE), text)
    return plain.collapse_spaces(text).strip()
