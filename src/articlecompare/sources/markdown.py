"""Markdown to paragraphs: the words stay, the markup that is not content goes.

Removed: heading marks, emphasis and strike markers, link targets (``[text](url)`` keeps
``text``), images, HTML comments and tags, front matter, fences, rules, reference
definitions, list and quote markers. Headings and list items become paragraphs of their own;
paragraphs are then found as for plain text (``plain.paragraphs``).
"""
from __future__ import annotations

import re
from collections import defaultdict, deque

from articlecompare.sources import plain

_FENCE_RE = re.compile(r"(`{3,}|~{3,})")
_ATX_RE = re.compile(r"#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT_RE = re.compile(r"(?:=+|-+)\s*$")
_RULE_RE = re.compile(r"(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_ITEM_RE = re.compile(r"(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE_RE = re.compile(r"(?:>\s?)+")
_REFERENCE_RE = re.compile(r"\[[^\]]+\]:\s*\S+")
_TABLE_RULE_RE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TITLE_RE = re.compile(r"title:\s*[\"']?(.*?)[\"']?\s*$")

_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")
# a link's address and title stop at a bracket: "[a](" repeated, with no ")" to close, made
# each "(" scan to the end of the line (31 s on 40 KB); now each stops at the next "["
_IMAGE_RE = re.compile(r"!\[[^\]\n]*+\](?:\([^)\n\[]*+\)|\[[^\]\n]*+\])")
_LINK_RE = re.compile(r"\[([^\[\]\n]*+)\](?:\([^)\s\[]*+(?:\s+[\"'(][^)\n\[]*+)?\)|\[[^\]\n]*+\])")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_TICKS_RE = re.compile(r"`+")
_CODE_SPAN = 2000  # the longest code span on one line that is unwrapped
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.{1,2000}?)(?<=\S)\1")
_STAR_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,2000}?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE_RE = re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,2000}?)(?<=[^\s_])_(?![\w_])")
_STRIKE_RE = re.compile(r"~~(?=\S)(.{1,2000}?)(?<=\S)~~")
_ESCAPED_RE = re.compile("[\ue000-\ue07f]")
_ESCAPED_BASE = 0xE000  # escaped characters wait in the Private Use Area while markup goes
_INLINE = (  # (marker, pattern, replacement), in the order they must run
    ("![", _IMAGE_RE, ""),
    ("[", _LINK_RE, r"\1"),
    ("<", _AUTOLINK_RE, r"\1"),
    ("<", _TAG_RE, ""),
    ("**", _STRONG_RE, r"\2"),
    ("__", _STRONG_RE, r"\2"),
    ("~~", _STRIKE_RE, r"\1"),
    ("*", _STAR_RE, r"\1"),
    ("_", _UNDERSCORE_RE, r"\1"),
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
            title = next((m.group(1) for m in map(_TITLE_RE.match, lines[1:index]) if m), None)
            return "\n".join(lines[index + 1 :]), title or None
    return text, None


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
            heading = heading or (atx.group(1) if line.startswith("# ") else None)
            out.extend(("", atx.group(1), ""))
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
    for marker, pattern, replacement in _INLINE:
        if marker in text:
            text = pattern.sub(replacement, text)
    if escaped:
        text = _ESCAPED_RE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED_BASE), text)
    return plain.collapse_spaces(text).strip()
