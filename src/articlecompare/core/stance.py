"""How much an added sentence reads as the writer's own opinion rather than reporting.

Depends on ``quotes`` for where quotations stand. A transparent score from general cues:
first- and second-person address, judgement words, intensifiers and stance adverbs,
obligation modals, rhetorical questions and scare quotes raise it; attribution to a
source, direct quotation and specifics (numbers, dates) lower it. Words inside quotation
marks are someone else's and do not count as the writer's. The cues are what a reader
sees as the reasons for a commentary change; the opinion model, where a front end gives
one, makes the reading itself (``commentary``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span
from .quotes import quoted_passages

JUDGEMENT = frozenset("""
absurd absurdly alarming appalling arrogant astonishing awful bad badly baseless biased bizarre
blatant blatantly brazen brazenly careless catastrophe catastrophic clueless corrupt cowardly
crazy crude cynical dangerous deceitful deceptive delusional deplorable despicable dictatorial
dishonest disastrous disgrace disgraceful disgusting dishonest disturbing dreadful dumb embarrassing
egregious evil extreme extremist fake failed failure fanatical farce fiasco folly foolish
foolishness fraud fraudulent gullible hateful horrible horrific hypocrisy hypocrite hypocritical
idiotic ignorant illegitimate immoral incompetent incompetence inept insane insult insulting
ironic ironically irresponsible laughable lawless lie lies lunacy lunatic mad malicious
misguided mistaken naive nasty nefarious nonsense obscene outrage outrageous pathetic
pointless preposterous propaganda radical reckless reprehensible ridiculous sad sadly scandal
scandalous shameful shameless shocking silly sinister sloppy stooge stupid stupidity
terrible thugs tyranny tyrannical unacceptable unbelievable unconscionable unfair unhinged
unjust unwise useless vile weak wicked worthless wrong wrongly admirable amazing brilliant
courageous excellent fantastic great heroic impressive laudable wonderful wise wisely
clear-eyed realistic realistically naive naively imperialist foolishly stupidly regime crippling
""".split())
# rhetoric and hyperbole that reporting avoids
PHRASES = re.compile(
    r"\b(?:crystal clear|(?:go|goes|went) to any lengths|any lengths|every effort|at any cost|"
    r"at all costs|no end in sight|once again|yet again|time and again|time after time|"
    r"it (?:appears|seems) that|make no mistake|let(?:’|')s be clear|the fact is|of course|"
    r"needless to say|not the first time|very same|here we (?:are|go)|who knows|"
    r"to say the least|so much for|the (?:real|only) question|in other words)\b",
    re.IGNORECASE)
_GENERIC_ONE = re.compile(r"\b(?:one|anyone|everyone)\s+(?:would|might|could|should|can|must|"
                          r"asks|wonders|suspects|hopes|has to)\b", re.IGNORECASE)
# a capitalised word that starts a word (so a run of capitals is tried once, not at each
# letter) and a verb of saying
_NAMED_SOURCE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]++\s+(?:said|says|told|stated|wrote|"
                           r"tweeted|added|noted|reported|announced)\b|\b(?:said|says|told|"
                           r"stated|according to)\s+(?:[A-Z]|the\s+[A-Z])")
STANCE = frozenset("""
clearly obviously certainly surely undoubtedly apparently evidently frankly honestly
unfortunately fortunately sadly thankfully hopefully ironically naturally admittedly arguably
simply merely really truly absolutely totally utterly completely entirely somewhat rather
indeed actually basically essentially supposedly allegedly so-called crystal even just
""".split())
OBLIGATION = frozenset("should shouldn't shouldn’t must ought need needs needed".split())
FIRST_SECOND = frozenset("we us our ours ourselves i me my mine you your yours".split())
DISCOURSE_OPENERS = frozenset("and but so yet instead still however rather".split())
REPORTING = frozenset("""
said says say told tell tells stated states announced announces reported reports reporting
according tweeted tweets wrote writes added adds explained explains noted notes claimed claims
argued argues asserted asserts insisted insists confirmed confirms denied denies warned warns
acknowledged acknowledges testified testifies predicted predicts declared declares
""".split())
SCARE_WORDS = 3  # a quotation of at most this many words, inside a sentence, is scare quotes
_WORD = re.compile(r"[\w’'-]+")
_SPECIFIC = re.compile(r"\d")


def quotation_marks(sentence: str) -> list[Span]:
    """Where the sentence's quotations stand, marks included, in any mark style (found in one
    linear pass: a mark never closed costs no more than one that is)."""
    return [q.marks for q in quoted_passages(sentence)]


def outside_quotes(sentence: str, marks: list[Span]) -> str:
    """The sentence without its quotations (each replaced by a space)."""
    parts, at = [], 0
    for m in marks:
        parts.append(sentence[at:m.start])
        at = m.end
    parts.append(sentence[at:])
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Stance:
    score: float
    cues: tuple[str, ...]


def stance(sentence: str) -> Stance:
    """Opinion score of one sentence (> 0 leans opinion, < 0 leans reporting) and its cues."""
    cues: list[str] = []
    score = 0.0
    marks = quotation_marks(sentence)
    outside = outside_quotes(sentence, marks)
    quoted_chars = sum(m.length for m in marks)
    raw_words = _WORD.findall(outside)
    words = [w.casefold().strip("’'-") for w in raw_words]
    if not words:
        return Stance(-1.0, ("quotation",))
    # "US" and "IT" in capitals are names, not pronouns
    first_second = [w for w, raw in zip(words, raw_words)
                    if w in FIRST_SECOND and not (raw.isupper() and len(raw) > 1)]
    if first_second:
        score += 1.5 + 0.25 * (len(first_second) - 1)
        cues.append("we/you")
    if _GENERIC_ONE.search(outside):
        score += 1.5
        cues.append("one would")
    phrases = sorted({m.group().casefold() for m in PHRASES.finditer(outside)})
    if phrases:
        score += 1.0 * len(phrases)
        cues.append("rhetoric: " + ", ".join(phrases))
    judged = sorted({w for w in words if w in JUDGEMENT})
    if judged:
        score += 1.25 * len(judged)
        cues.append("judgement: " + ", ".join(judged))
    stance_words = sorted({w for w in words if w in STANCE})
    if stance_words:
        score += 0.5 * len(stance_words)
        cues.append("stance: " + ", ".join(stance_words))
    if any(w in OBLIGATION for w in words):
        score += 1.0
        cues.append("should/must")
    if outside.rstrip().endswith("?"):
        score += 1.0
        cues.append("question")
    if "!" in outside:
        score += 0.75
    if words[0] in DISCOURSE_OPENERS:
        score += 0.5
        cues.append("rhetorical opener")
    if "…" in outside or "..." in outside:
        score += 0.25
    scare = [m for m in marks if m.start > 0 and
             len(sentence[m.start:m.end].split()) <= SCARE_WORDS]
    if scare and quoted_chars < 0.3 * len(sentence):
        score += 1.5
        cues.append("scare quotes")
    reporting = [w for w in words if w in REPORTING]
    if reporting and not first_second:
        named = bool(_NAMED_SOURCE.search(sentence)) or quoted_chars > 0
        score -= 1.5 if named else 0.5
        cues.append("attributed" if named else "paraphrase")
    if quoted_chars > 0.3 * len(sentence):
        score -= 1.5
        cues.append("quotation")
    if _SPECIFIC.search(outside):
        score -= 0.75
        cues.append("specifics")
    return Stance(score, tuple(cues))
