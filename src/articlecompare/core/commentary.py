"""Whether an added (or removed) passage is the writer's commentary, and how sure that is.

Depends on ``stance`` for the cues a reader sees. The sentence's own reading comes from an
opinion model the caller passes (a function: sentences in, probabilities out); without one
the transparent cue score stands in. What only a comparison knows is added here: whether the
sentence is someone else's words, whether it brings facts the original lacks, whether it
wraps the original's content, and how the passage around it reads.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from .agencies import alternation
from .model import Span
from .tokenize import STOPWORDS
from .stance import JUDGEMENT, REPORTING, STANCE, outside_quotes, quotation_marks, stance

OpinionModel = Callable[[Sequence[str]], Sequence[float]]


class Sensitivity(str, Enum):
    """How readily a desk wants added sentences called commentary."""

    LOW = "low"        # only what clearly reads as opinion
    NORMAL = "normal"
    HIGH = "high"      # anything that leans to opinion

    @property
    def threshold(self) -> float:
        """The log-odds (after ``PRIOR``) an added sentence must reach to be commentary."""
        return {Sensitivity.LOW: 1.5, Sensitivity.NORMAL: 0.0, Sensitivity.HIGH: -1.4}[self]

    @property
    def edit_bar(self) -> tuple[float, float]:
        """For words put into a kept sentence: the least probability that the sentence reads
        as opinion with them (the bar an added sentence meets, ``PRIOR`` included), and the
        least rise in log-odds that they bring."""
        return {Sensitivity.LOW: (0.95, 2.0), Sensitivity.NORMAL: (0.8, 1.5),
                Sensitivity.HIGH: (0.5, 1.0)}[self]

    @property
    def phrase_bar(self) -> tuple[float, float, float]:
        """For a short run of words put into a kept sentence, read as a phrase of its own:
        the least probability that the run alone reads as opinion, the least rise in the
        sentence's log-odds it must bring, and the least reading of a run that carries an
        evaluative word (a judgement, stance or degree word the original sentence lacks)."""
        return {Sensitivity.LOW: (0.95, 1.0, 0.6), Sensitivity.NORMAL: (0.85, 0.3, 0.0),
                Sensitivity.HIGH: (0.7, 0.0, 0.0)}[self]


# sentences the model reads in one comparison (about 2.5 s on two cores); past that the cues
# read the rest, so a very long comparison keeps a bounded cost. Added sentences are read
# first, then removed ones, then words put into kept sentences.
MODEL_READS = 1500


class ReadingBudget:
    """``opinion`` for at most ``limit`` sentences of one comparison, the cues after that;
    ``by_cues`` counts the sentences the cues read."""

    def __init__(self, opinion: OpinionModel, limit: int = MODEL_READS) -> None:
        self._opinion = opinion
        self.left = limit
        self.by_cues = 0

    def __call__(self, sentences: Sequence[str]) -> list[float]:
        take = min(len(sentences), self.left)
        self.left -= take
        self.by_cues += len(sentences) - take
        read = list(self._opinion(sentences[:take])) if take else []
        return read + lexical_opinion(sentences[take:])


def lexical_opinion(sentences: Sequence[str]) -> list[float]:
    """The cue score as a probability: what stands in for the model when there is none
    (scaled as the model's readings are, ``PRIOR`` included)."""
    return [1 / (1 + math.exp(-((stance(s).score - 1.0) * 1.5 - PRIOR))) for s in sentences]


_NOUN_LIKE = frozenset({"states", "reports", "notes", "claims", "tweets", "calls", "points",
                        "estimates", "counters"})
_SPEAKER_VERB = "|".join(sorted((REPORTING | {
    "cautioned", "cautions", "responded", "responds", "replied", "replies", "conceded",
    "concedes", "maintained", "maintains", "believes", "believed", "suggested",
    "suggests", "called", "calls", "described", "describes", "urged", "urges", "recalled",
    "recalls", "admitted", "admits", "pointed", "points", "stressed", "stresses", "emphasised",
    "emphasized", "observed", "observes", "contended", "contends", "countered", "counters",
    "agreed", "agrees", "disagreed", "disagrees", "thinks", "hopes", "hoped", "expects",
    "estimated", "estimates", "cited", "cites"}) - _NOUN_LIKE))
# forms that are as often plural nouns ("American states", "news reports", "the estimates")
# are a verb only where what is said follows ("states that", "notes:", "calls for")
_SAYS_AS_VERB = (rf"(?:{_SPEAKER_VERB})\b"
                 rf"|(?:{'|'.join(sorted(_NOUN_LIKE))})(?= (?:that|out|for)\b|[,:])")
# someone (a pronoun, a name, "critics", "the company") and a verb of saying or thinking
_NOT_SPEAKERS = r"(?!(?:This|That|It|There|Which|What|Such|These|Those|One|Nobody|Everyone)\b)"
# A name is a run of word characters, apostrophes, dots and hyphens with a capital at a word's
# start in it ("Reuters", "al-Assad"): the run is tried once, from its first character, and
# taken whole (tried from each capital, ".A" repeated cost the square of its length)
_NAME_RUN = r"(?<![\w’'.-])(?=[\w’'.-]*?\b{}[A-Z])[\w’'.-]*+"  # {}: who may not start it
_DETERMINERS = ("[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|"
                "[Oo]ther|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir")
_REPORTED = re.compile(
    rf"(?:{_NAME_RUN.format(_NOT_SPEAKERS)}|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Cc]ritics|[Oo]fficials|"
    rf"[Ee]xperts|[Rr]esearchers|[Aa]nalysts|[Ss]upporters|[Oo]pponents|"
    rf"[Tt]he (?:\w++ ){{0,3}}?(?:company|group|ministry|agency|officials?|spokesm[ae]n|"
    rf"spokeswoman|spokesperson|authors?|researchers?|study|report)|"
    # someone unnamed, as the sentence's subject (at its start or after a comma): a
    # determiner and a few words ("A senior official said", "…, several lawmakers said")
    rf"(?:^\s*|(?<=, ))(?:{_DETERMINERS}) (?:[\w’'.-]++ ){{0,4}}?"
    # not a pronoun, nor a modal: "one might say", "some would say" is the writer's device
    rf"(?!(?:nobody|anyone|everyone|someone|one|who|that|which|might|would|could|may|should|"
    rf"can|must|will|cannot)\b)(?=[\w’'.-]*?[^\W\d_])[\w’'.-]*+))"
    rf"(?: \w+ly)?,? (?:{_SAYS_AS_VERB})(?! (?:to be|as if))"
    rf"|\b[Aa]ccording to\b|(?<!\bto )\b(?:{_SPEAKER_VERB}) (?:[A-Z]|the [A-Z])")
# a group's saying or thinking in the plain present ("they suggest", "critics argue"); not
# "claim", the verb a writer picks to cast doubt on what is said
_GROUP_SAYS = re.compile(
    r"\b(?:[Tt]hey|[Cc]ritics|[Oo]fficials|[Ee]xperts|[Rr]esearchers|[Aa]nalysts|[Ss]cientists|"
    r"[Dd]octors|[Rr]esidents|[Ss]upporters|[Oo]pponents|[Oo]thers|[Pp]eople|[Mm]any|[Ss]ome)"
    r"(?: \w+ly)? (?:say|suggest|argue|believe|warn|insist|contend|think|expect|estimate|hope|"
    r"fear|note|worry|predict|maintain|doubt)\b")
# someone's stated state of mind ("he remains unsure", "she is confident")
_STATE_OF_MIND = re.compile(
    rf"(?:{_NAME_RUN.format('')}|\b(?:[Hh]e|[Ss]he|[Tt]hey)) (?:\w+ly )?"
    r"(?:remains?|is|was|are|were|"
    r"seems?|appears?|said he was|said she was) (?:\w+ )?(?:unsure|uncertain|convinced|"
    r"skeptical|sceptical|confident|optimistic|pessimistic|hopeful|doubtful|worried|"
    r"concerned|undecided|unconvinced)\b")
_DOUBTED = re.compile(r"\b(?:claims?|claimed|supposedly|so-called|purportedly)\b", re.IGNORECASE)
_COLON_QUOTE = re.compile(r":\s*[\"“‘'«]")


def quoted_share(sentence: str, marks: list[Span] | None = None) -> float:
    """How much of the sentence (in characters) stands inside quotation marks (``marks``,
    when the caller found them already)."""
    inside = sum(m.length for m in (quotation_marks(sentence) if marks is None else marks))
    return inside / max(1, len(sentence.strip()))


def someone_elses(sentence: str, opens_inside_quote: bool = False) -> bool:
    """Whether the sentence gives someone else's words: mostly a quotation, a quotation with
    its speaker, or speech reported ("he cautioned that ...", "critics say ..."); or a photo's
    caption, told for the picture and credited to it ("FILE - In this June 12, 2018 file
    photo, …", "… (AP Photo/Evan Vucci)")."""
    if _CAPTION.search(sentence):
        return True
    marks = quotation_marks(sentence)
    share = quoted_share(sentence, marks)
    if opens_inside_quote or share >= 0.5:
        return True
    outside = outside_quotes(sentence, marks)
    if share > 0 and (_REPORTED.search(outside) or _COLON_QUOTE.search(sentence)):
        return True
    first_person = re.search(r"\b(?:I|we|our|us|my)\b", outside)
    reported = _REPORTED.search(outside) or _GROUP_SAYS.search(outside) or \
        _STATE_OF_MIND.search(outside)
    # "they claim", "supposedly": reporting that the writer frames with doubt stays theirs
    doubted = _DOUBTED.search(outside)
    return bool(reported) and not first_person and not doubted


_CAPTION = re.compile(
    r"^(?:FILE\s*[-–—]+\s*)?In this (?:[^.!?]{0,60}?\s)?(?:photo|image|picture|photograph)\b|"
    rf"\((?:{alternation()})(?: Photo)?\s*/\s*[^()]{{1,60}}\)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    """An added sentence as the comparison sees it."""

    probability: float     # the model's (or the cues') reading of the sentence alone
    context: float = 0.0   # mean log-odds of the added passage it stands in
    novel_facts: int = 0   # names, numbers, dates the original does not have
    wrapping: bool = False  # stands before or after all of the original's content
    attributed: bool = False  # someone else's words
    heading: bool = False  # a headline or subhead: few words, no sentence to read


HEADING_DOUBT = 2.0
# The model learnt from as many opinion sentences as reporting ones (its classes weighted
# even); in news copy fewer sentences are the writer's opinion, so its log-odds are moved
# down before the comparison's evidence is added. The offset, and the weights ``judge``
# gives that evidence, were chosen on the CheckThat! 2024 and 2025 dev sets (lone news
# sentences; their test sets kept out) and checked on the labelled article pairs.
PRIOR = math.log(3 / 10)
NO_FACTS = 0.4  # evidence of a sentence that brings no name, number or date of its own


def log_odds(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def judge(reading: Reading, sensitivity: Sensitivity = Sensitivity.NORMAL) -> tuple[bool, float]:
    """Whether the sentence is commentary, and the confidence in that reading (0..1)."""
    if reading.attributed:  # someone else's words: never the writer's, however they read
        return False, 0.0
    score = log_odds(reading.probability) + PRIOR
    if reading.heading:  # a model of sentences reads a few capitalised words poorly
        score -= HEADING_DOUBT
    score += 0.3 * max(-3.0, min(3.0, reading.context))
    score -= 0.3 * min(reading.novel_facts, 3)
    if reading.novel_facts == 0:
        score += NO_FACTS
        if reading.wrapping:
            score += 0.2
    confidence = 1 / (1 + math.exp(-score))
    return score >= sensitivity.threshold, confidence


def judge_edit(with_edit: float, without_edit: float,
               sensitivity: Sensitivity = Sensitivity.NORMAL) -> bool:
    """Whether words put into a kept sentence are commentary: with them the sentence reads
    as opinion, and it is they that make it so (the log-odds rise by at least the bar)."""
    least, rise = sensitivity.edit_bar
    return with_edit >= least and log_odds(with_edit) - log_odds(without_edit) >= rise


# degree and focus words that grade what they touch ("only a moderate success", "widely
# derided", "hugely popular"): the grammar's closed class of intensifiers and focusing
# adverbs, beside the judgement and stance words the cue score already knows
DEGREE = frozenset("""
only merely very quite highly hugely widely extremely incredibly remarkably exceptionally
enormously vastly deeply particularly especially immensely tremendously overwhelmingly
""".split())
EVALUATIVE = JUDGEMENT | STANCE | DEGREE


def evaluative_words(run: str, original: str,
                     read_alone: dict[str, float] | None = None) -> list[str]:
    """The words of ``run`` that ``original`` does not have and that evaluate: a judgement,
    stance or degree word, or a word the opinion model reads as opinion on its own
    (``read_alone``: its readings of single words) at least ``WORD_BAR``."""
    had = {w.lower() for w in _WORDS.findall(original)}
    alone = read_alone or {}
    return [w for w in _WORDS.findall(run) if w.lower() not in had and
            (w.lower() in EVALUATIVE or alone.get(w, 0.0) >= WORD_BAR)]


def plain_words(run: str, original: str) -> list[str]:
    """The words of ``run`` worth reading one by one: lower-case content words (a capital
    starts a name or a sentence) that ``original`` does not have."""
    had = {w.lower() for w in _WORDS.findall(original)}
    return [w for w in _WORDS.findall(run)
            if w.islower() and len(w) > 2 and w not in STOPWORDS and w not in had]


# a single word the opinion model reads as opinion at least this often evaluates: the lowest
# bar at which fewer than one in a hundred plain news words reads so, on the project's own
# lists of evaluative and plain words (training/words/words.tsv; scripts/word_bar.py
# measures it), not on the labelled article pairs
WORD_BAR = 0.55


_WORDS = re.compile(r"[^\W\d_][\w’'-]*+")


def judge_phrase(alone: float, rise: float, cue: bool,
                 sensitivity: Sensitivity = Sensitivity.NORMAL) -> bool:
    """Whether a short run of words put into a kept sentence is commentary, read as a
    phrase: it carries an evaluative word the original lacked and the model does not read it
    as plain reporting (``alone``, the run read on its own), or the run alone reads as opinion
    and the sentence leans further to opinion with it (``rise``, in log-odds)."""
    least, least_rise, cue_bar = sensitivity.phrase_bar
    if cue and alone >= cue_bar:
        return True
    return alone >= least and rise >= least_rise


_NOT_REASONS = ("attributed", "paraphrase", "quotation")  # cues that argue against opinion


def explain(sentence: str, reading: Reading) -> str:
    """What a reader sees as the reason: the model's reading and the cues."""
    parts = [f"reads as opinion ({reading.probability:.2f})"]
    parts += [c for c in stance(sentence).cues if c not in _NOT_REASONS]
    if not reading.attributed:
        parts.append("unattributed")
    if reading.novel_facts == 0:
        parts.append("no new facts")
    return "; ".join(parts)
