"""The standard parts of a press release that carry none of its news: the profile under an
"About <company>" heading, the forward-looking-statements notice, the contacts, the end mark
("###") and the wire service's line ("JERUSALEM, May 18, 2016 /PRNewswire/ --").

Pure text scanning, one pass over the paragraphs; no dependency beyond ``model``. A story
retold from a release leaves these out by convention, so their sentences are the page's
furniture, not omissions, and their names and figures no missing facts.
"""
from __future__ import annotations

__all__ = ["release_parts"]

import re

from .model import Span

_HEADING_WORDS = 10  # words of the longest line read as a section heading
_ABOUT = re.compile(r"About\s+(?:the\s+)?(?P<subject>[^\s:]+)[^\n]*", re.IGNORECASE)
_NOTICE = re.compile(r"(?:(?:cautionary|special)\s+(?:note|statement)s?\s+(?:regarding|on|about|"
                     r"concerning)\s+)?(?:forward[- ]looking\s+(?:statements?|information)|"
                     r"safe\s+harbou?r(?:\s+statement)?)\W*", re.IGNORECASE)
# a notice paragraph with no heading: "This press release contains forward-looking
# statements …", "Certain statements in this release are forward-looking statements …"
_NOTICE_OPENING = re.compile(r"[^\n]{0,160}?\bforward[- ]looking\s+statements\b", re.IGNORECASE)
_THIS_RELEASE = re.compile(r"\bthis\s+(?:press\s+|news\s+)?(?:release|announcement|communication)\b",
                           re.IGNORECASE)
_CONTACT = re.compile(r"(?:(?:media|press|investor|company|for\s+further|for\s+more)\s+)?"
                      r"(?:contacts?|inquiries|enquiries|relations|information)\s*:[^\n]*",
                      re.IGNORECASE)
_END_MARK = re.compile(r"(?:#\s?){3}|-\s?30\s?-|-\s?ends?\s?-|ENDS")
_SOURCE_LINE = re.compile(r"SOURCE\s+[A-Z][^\n]{0,80}")  # PR Newswire's closing line
_WIRE = re.compile(r"/\s?(?:PRNewswire[\w-]*|CNW|EINPresswire|PRWeb)\s?/|\(BUSINESS\s+WIRE\)|"
                   r"GLOBE\s+NEWSWIRE|ACCESSWIRE|\(Marketwired\)", re.IGNORECASE)
_WIRE_LINE_WORDS = 14  # a dateline with the wire's tag, and nothing of the story after it
_CONTACT_REACH = 0.6  # contacts that run to the end stand in the release's last part


def release_parts(text: str) -> list[Span]:
    """Spans of ``text`` (sorted, not overlapping) that are a press release's standard parts.
    A section is a heading line and the paragraphs after it up to the next heading line.
    An "About X" section is a profile only when its first paragraph opens with X ("About
    Oramed" → "Oramed Pharmaceuticals is …"): under "About the Study", "The trial enrolled …"
    is the release's news, and only the heading is furniture."""
    paragraphs = _paragraphs(text)
    out: list[Span] = []
    n = 0
    while n < len(paragraphs):
        start, end = paragraphs[n]
        line = text[start:end]
        if _END_MARK.fullmatch(line) or _SOURCE_LINE.fullmatch(line) or _wire_line(line):
            out.append(Span(start, end))
        elif _heading(line) and (_profile(text, line, paragraphs, n) or _NOTICE.fullmatch(line)):
            last = _section_end(text, paragraphs, n)
            out.append(Span(start, paragraphs[last][1]))
            n = last
        elif _heading(line) and _ABOUT.fullmatch(line):  # the heading alone: "About the Study"
            out.append(Span(start, end))
        elif _NOTICE_OPENING.match(line) and _THIS_RELEASE.search(line, 0, 400):
            out.append(Span(start, end))
        elif _CONTACT.fullmatch(line) and start >= _CONTACT_REACH * len(text):
            out.append(Span(start, paragraphs[-1][1]))
            break
        n += 1
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding white space."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + lead + len(stripped)))
    return out


def _heading(line: str) -> bool:
    """A short line that does not end as a sentence does."""
    return len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?", "”", '"'))


def _profile(text: str, line: str, paragraphs: list[tuple[int, int]], n: int) -> bool:
    """Whether ``line`` heads an "About X" section whose first sentence says what X is: it
    opens with X and goes on "is a …" ("Oramed Pharmaceuticals is a platform technology
    pioneer …"), or opens with its founding ("Founded in 1811, Massachusetts General Hospital
    is …")."""
    about = _ABOUT.fullmatch(line)
    if about is None or n + 1 >= len(paragraphs):
        return False
    subject = about.group("subject").rstrip(",;’'s").casefold()
    start, end = paragraphs[n + 1]
    sentence = _FIRST_SENTENCE.match(text, start, end)
    words = (sentence.group() if sentence else "").split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words or not subject:
        return False
    opens = words[0].rstrip(",’'s").casefold().startswith(subject)
    founded = words[0].casefold() in _FOUNDED and \
        any(w.casefold().startswith(subject) for w in words[:_PROFILE_REACH])
    return (opens and _IS_A.search(" ".join(words[:_PROFILE_REACH])) is not None) or founded


_FIRST_SENTENCE = re.compile(r".+?(?:[.!?](?=\s)|$)")
_IS_A = re.compile(r"\b(?:is|are)\s+(?:a|an|the|one|among)\b", re.IGNORECASE)
_FOUNDED = frozenset({"founded", "established", "headquartered", "based", "since"})
_PROFILE_REACH = 25  # words of the first sentence in which the profile says what X is


def _section_end(text: str, paragraphs: list[tuple[int, int]], n: int) -> int:
    """The last paragraph of the section headed by paragraph ``n``."""
    last = n
    for k in range(n + 1, len(paragraphs)):
        if _heading(text[paragraphs[k][0]:paragraphs[k][1]]):
            break
        last = k
    return last


def _wire_line(line: str) -> bool:
    """A line that is only a dateline with a wire service's tag, ending in its dash."""
    return len(line.split()) <= _WIRE_LINE_WORDS and _WIRE.search(line) is not None and \
        line.rstrip().endswith(("--", "-", "—", "–"))
