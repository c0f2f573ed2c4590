"""Kinds of change as a fact-checker names them, decided from the text of each change.

Depends on ``stance``, ``facts`` and ``tokenize``. Pure functions over strings: whether a
line is site furniture, whether an added sentence is commentary or neutral content, and
what a word-level edit inside a reworded sentence amounts to (fact, quote, attribution).
"""
from __future__ import annotations

import re

from .facts import DATE_RE, NUMBER_RE
from .model import ChangeKind
from .tokenize import fold
from .stance import REPORTING, stance

_FURNITURE = re.compile(
    r"^(?:the latest|(?:back )?to top|top|share(?: this(?: article| story)?)?|tweet|email|print|"
    r"advertisement|ad|sponsored|related(?: articles| stories)?|read more|more stories|"
    r"click here.*|sign up.*|subscribe.*|follow us.*|comments?|\d+ comments?|leave a comment|"
    r"recommended(?: for you)?|trending|most popular|menu|search|skip to (?:main )?content|"
    r"loading.*|newsletter.*|copyright.*|©.*|all rights reserved.*|photo:.*|image:.*|"
    r"watch:.*|listen.*|play video|close|next|previous|home|continue reading)[.!:]?$",
    re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"\b(?:[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*)*)\s(?:reported|reports|says|said|wrote|writes|"
    r"noted|notes|told|tweeted)(?:\sthat)?\b|\baccording to\b|\bas reported by\b",
    re.IGNORECASE)
_WORDLIKE = re.compile(r"\w+")
_QUOTE_EDGES = " \"“”„‘’'«»"  # marks at an edit's ends, left out when it is quoted
MIN_COMMENTARY = 1.0
QUANTIFIERS = frozenset("""all every each none no nobody nothing some most many few several majority
minority half dozens hundreds thousands millions only""".split())


def is_boilerplate(line: str) -> bool:
    """Site furniture: navigation, share prompts, section labels, copyright lines."""
    text = line.strip()
    return bool(text) and len(text.split()) <= 8 and bool(_FURNITURE.match(text))


def added_kind(opinion: float, context: float, is_heading: bool, line: str,
               novel_facts: int, wrapping: bool = False) -> ChangeKind:
    """Commentary or neutral addition for an added sentence.

    ``opinion`` is the sentence's own stance score, ``context`` the mean score of the added
    passage it stands in, ``novel_facts`` how many names, numbers or dates it brings that
    the original does not have (new reporting brings some; framing brings none);
    ``wrapping`` says it stands before or after all the original content (an intro or outro).
    """
    if is_boilerplate(line):
        return ChangeKind.BOILERPLATE
    if is_heading:
        return ChangeKind.ADDITION
    score = opinion + 0.5 * context - 0.5 * min(novel_facts, 3)
    if novel_facts == 0:
        score += 0.5
    if wrapping and novel_facts == 0:
        score += 0.5
    return ChangeKind.COMMENTARY if score >= MIN_COMMENTARY else ChangeKind.ADDITION


def removed_kind(line: str) -> ChangeKind:
    return ChangeKind.BOILERPLATE if is_boilerplate(line) else ChangeKind.OMISSION


def _facts_in(text: str) -> set[str]:
    found = {m.group().casefold() for m in NUMBER_RE.finditer(text)}
    found |= {m.group().casefold() for m in DATE_RE.finditer(text)}
    return found


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w’'-]+", text)]


def _quoted_words(text: str) -> list[str]:
    """The words of an edit inside a quotation, typography folded: a mark or an apostrophe
    set differently ("don’t", "don't") is the same word."""
    return _WORDLIKE.findall(fold(text, ignore_case=True).replace("'", ""))


def hunk_kind(deleted: str, inserted: str, in_quote: bool) -> tuple[ChangeKind, str]:
    """What one word-level edit inside a reworded sentence amounts to, with an explanation."""
    if deleted.casefold() == inserted.casefold():
        return ChangeKind.REWORDING, f"capitalisation: {deleted.strip()} → {inserted.strip()}"
    old_facts, new_facts = _facts_in(deleted), _facts_in(inserted)
    if old_facts and new_facts and old_facts != new_facts:
        return ChangeKind.FACT_CHANGE, f"{deleted.strip()} → {inserted.strip()}"
    old_quoted, new_quoted = _quoted_words(deleted), _quoted_words(inserted)
    if in_quote and old_quoted != new_quoted:
        old, new = deleted.strip(_QUOTE_EDGES), inserted.strip(_QUOTE_EDGES)
        what = (f"“{old}” → “{new}”" if old_quoted and new_quoted
                else f"cut from quote: “{old}”" if old_quoted
                else f"added inside quote: “{new}”")
        return ChangeKind.QUOTE_CHANGE, what
    old_q, new_q = set(_words(deleted)) & QUANTIFIERS, set(_words(inserted)) & QUANTIFIERS
    if old_q != new_q and (old_q or new_q) and _words(deleted) and _words(inserted):
        return ChangeKind.FACT_CHANGE, f"quantity: {deleted.strip()} → {inserted.strip()}"
    old_names, new_names = _names(deleted), _names(inserted)
    if old_names and new_names and not new_names <= old_names and not old_facts | new_facts:
        return ChangeKind.FACT_CHANGE, f"{deleted.strip()} → {inserted.strip()}"
    old_w, new_w = _words(deleted), _words(inserted)
    if not old_w and new_w and _ATTRIBUTION.search(inserted):
        return ChangeKind.ADDITION, f"added attribution: “{inserted.strip()}”"
    if old_w and new_w and set(old_w) & REPORTING and set(new_w) & REPORTING:
        return ChangeKind.REWORDING, f"reporting verb: {deleted.strip()} → {inserted.strip()}"
    if not new_w:
        return ChangeKind.REWORDING, f"cut: “{deleted.strip()}”"
    if not old_w:
        if stance(inserted).score >= 1.5:
            return ChangeKind.COMMENTARY, f"added: “{inserted.strip()}”"
        return ChangeKind.REWORDING, f"added: “{inserted.strip()}”"
    return ChangeKind.REWORDING, f"{deleted.strip()} → {inserted.strip()}"


def _names(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w’'-]+", text)}
