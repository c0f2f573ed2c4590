"""Commentary as the shipped model and the comparison decide it, on pairs written here."""
from __future__ import annotations

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, ChangeKind
from articlecompare.core.options import CompareOptions
from articlecompare.opinion import read_opinion

BASE = ("The city council met on Tuesday evening to vote on the new budget.\n\n"
        "The plan sets aside $4 million for road repairs over two years.\n\n"
        "The vote passed by seven votes to two after a short debate.\n")


def _with(paragraph: str, at: int = 2, base: str = BASE) -> str:
    parts = base.strip().split("\n\n")
    return "\n\n".join(parts[:at] + [paragraph] + parts[at:]) + "\n"


def _kinds_of(revised: str, sentence: str, options: CompareOptions | None = None,
              original: str = BASE) -> list[ChangeKind]:
    result = compare(Article(original), Article(revised), options, opinion=read_opinion)
    start = result.revised.text.index(sentence)
    end = start + len(sentence)
    return [c.kind for c in result.changes
            if c.revised is not None and c.revised.start < end and start < c.revised.end]


OPINION = "This is a shameful waste of money that only a hopeless council could dream up."


def test_an_added_opinion_is_commentary_with_a_confidence_and_reasons() -> None:
    result = compare(Article(BASE), Article(_with(OPINION)), opinion=read_opinion)
    flagged = [c for c in result.changes if c.kind == ChangeKind.COMMENTARY]
    assert len(flagged) == 1
    assert flagged[0].confidence is not None and 0.5 < flagged[0].confidence <= 1.0
    assert "reads as opinion" in flagged[0].detail and "unattributed" in flagged[0].detail


def test_added_reporting_is_content_not_commentary() -> None:
    added = "The mayor will present the plan to residents at a meeting on March 3."
    assert _kinds_of(_with(added), added) == [ChangeKind.ADDITION]


QUOTED = [
    "“This is a shameful waste of money,” said Councillor Ann Reyes.",
    "\"This is a shameful waste of money,\" said Councillor Ann Reyes.",
    "'This is a shameful waste of money,' said Councillor Ann Reyes.",
    "‘This is a shameful waste of money,’ said Councillor Ann Reyes.",
    "«This is a shameful waste of money», said Councillor Ann Reyes.",
    "Councillor Ann Reyes responded: “This is a shameful waste of money.”",
    "Councillor Ann Reyes said the plan was a shameful waste of money.",
    "However, she cautioned that the plan was a shameful waste of money.",
    "Critics say the plan is a shameful waste of money.",
    "They suggest the plan is a shameful waste of money.",
    "Nevertheless, she remains unconvinced that the money will be well spent.",
]


def test_reporting_framed_with_doubt_stays_the_writers() -> None:
    from articlecompare.core.commentary import someone_elses
    assert someone_elses("Critics say the plan is a waste.")
    assert not someone_elses("They claim to care about the roads, yet nothing gets fixed.")
    assert not someone_elses("This is a shameful waste of money.")


def test_a_photo_caption_is_told_for_the_picture_not_by_the_writer() -> None:
    from articlecompare.core.commentary import someone_elses
    assert someone_elses("FILE - In this June 12, 2018 file photo, the mayor opens the shameful "
                         "new bridge.")
    assert someone_elses("The mayor opens the new bridge on Tuesday. (AP Photo/Jo Park)")
    assert not someone_elses("In this case the council was plainly wrong.")


def test_nouns_and_infinitives_that_look_like_saying_are_not_attribution() -> None:
    from articlecompare.core.commentary import someone_elses
    # "states" as a plural noun, "to tell" as an infinitive: the writer's own words
    assert not someone_elses("It shaped the politics of other newly sovereign American states.")
    assert not someone_elses("He wanted it so badly that he asked an aide to tell Putin so.")
    assert not someone_elses("The news reports were a disgrace to the trade.")
    # the same words as verbs of saying still give someone else's words
    assert someone_elses("The ministry states that the border will stay closed.")
    assert someone_elses("Prices will rise next year, said Smith.")
    assert someone_elses("The agency reports that prices rose.")


@pytest.mark.parametrize("sentence", QUOTED)
def test_attributed_speech_is_never_commentary(sentence: str) -> None:
    for sensitivity in ("normal", "high"):
        kinds = _kinds_of(_with(sentence), sentence, CompareOptions(sensitivity=sensitivity))
        assert ChangeKind.COMMENTARY not in kinds, (sensitivity, kinds)


def test_a_quotation_on_a_line_of_its_own_after_its_speaker_is_not_commentary() -> None:
    added = ("Councillor Ann Reyes did not hold back.\n\n"
             "“This is a shameful waste of money and everyone knows it.”")
    result = compare(Article(BASE), Article(_with(added)), opinion=read_opinion)
    quote_at = result.revised.text.index("“This")
    assert not [c for c in result.changes if c.kind == ChangeKind.COMMENTARY
                and c.revised is not None and c.revised.end > quote_at]


def test_an_evaluative_word_put_into_a_kept_sentence_is_its_own_commentary_change() -> None:
    revised = BASE.replace("The plan sets aside", "The reckless, wasteful plan sets aside")
    result = compare(Article(BASE), Article(revised), opinion=read_opinion)
    flagged = [c for c in result.changes if c.kind == ChangeKind.COMMENTARY]
    assert len(flagged) == 1
    text = result.revised.text[flagged[0].revised.start:flagged[0].revised.end]
    assert "reckless" in text and "sets aside" not in text
    assert flagged[0].detail.startswith("added evaluation")


ASIDE = "who is notorious for keeping residents waiting"


def test_an_aside_in_added_content_that_reads_as_opinion_is_its_own_commentary_change() -> None:
    added = f"The mayor — {ASIDE} — arrived 40 minutes after the meeting began."
    result = compare(Article(BASE), Article(_with(added)), opinion=read_opinion)
    text = result.revised.text
    parts = [(c.kind, text[c.revised.start:c.revised.end]) for c in result.changes
             if c.revised is not None]
    assert parts == [(ChangeKind.ADDITION, "The mayor —"), (ChangeKind.COMMENTARY, ASIDE),
                     (ChangeKind.ADDITION, "— arrived 40 minutes after the meeting began.")]
    (aside,) = [c for c in result.changes if c.kind == ChangeKind.COMMENTARY]
    assert "an aside in added content" in aside.detail and aside.confidence is not None


@pytest.mark.parametrize("added", [
    "The mayor — who was elected in 2019 — arrived 40 minutes after the meeting began.",
    # someone else's words set off in the sentence
    "The mayor — “a disgrace to this city,” one resident said — arrived 40 minutes late.",
    "Councillor Ann Reed said the mayor — who she called hopeless — arrived late.",
])
def test_a_plain_or_attributed_aside_leaves_added_content_whole(added: str) -> None:
    assert _kinds_of(_with(added), added) == [ChangeKind.ADDITION]


def test_a_neutral_word_put_into_a_kept_sentence_is_not_commentary() -> None:
    revised = BASE.replace("The plan sets aside", "The draft plan sets aside")
    result = compare(Article(BASE), Article(revised), opinion=read_opinion)
    assert not [c for c in result.changes if c.kind == ChangeKind.COMMENTARY]


def test_a_removed_opinion_is_an_omission_that_says_so() -> None:
    original = _with(OPINION)
    result = compare(Article(original), Article(BASE), opinion=read_opinion)
    removed = [c for c in result.changes if c.kind == ChangeKind.OMISSION]
    assert len(removed) == 1
    assert removed[0].detail.startswith("removed commentary")
    assert removed[0].confidence is not None


def test_a_removed_fact_is_a_plain_omission() -> None:
    result = compare(Article(BASE), Article(BASE.replace(
        "The plan sets aside $4 million for road repairs over two years.\n\n", "")),
        opinion=read_opinion)
    removed = [c for c in result.changes if c.kind == ChangeKind.OMISSION]
    assert len(removed) == 1 and not removed[0].detail.startswith("removed commentary")


def test_sensitivity_changes_what_is_flagged() -> None:
    # a stand-in model with known readings, so the test is about the setting, not the model
    readings = {"The repairs will start in the spring and run until the autumn.": 0.3,
                "Residents will be relieved the roads are finally getting attention.": 0.6,
                "Some of the repairs could begin before the summer holidays.": 0.9}

    def opinion(sentences):
        return [readings.get(s.strip(), 0.01) for s in sentences]

    revised = _with("\n\n".join(readings))
    flagged = {}
    for sensitivity in ("low", "normal", "high"):
        result = compare(Article(BASE), Article(revised), CompareOptions(sensitivity=sensitivity),
                         opinion=opinion)
        flagged[sensitivity] = {result.revised.text[c.revised.start:c.revised.end]
                                for c in result.changes if c.kind == ChangeKind.COMMENTARY}
    assert len(flagged["low"]) < len(flagged["normal"]) < len(flagged["high"])
    assert flagged["low"] <= flagged["normal"] <= flagged["high"]


def test_unclosed_quotation_marks_and_long_runs_are_read_as_written() -> None:
    # every mark style left open (their cost is tests/robustness/test_linear_time.py's)
    from articlecompare.core.classify import hunk_kind
    from articlecompare.core.commentary import quoted_share, someone_elses
    from articlecompare.core.stance import stance

    assert hunk_kind("", " ".join(["Word"] * 80) + " said", False)
    # an opening double mark or guillemet never closed quotes the rest of the paragraph;
    # single marks never closed are apostrophes; "he said" is attribution however long
    expected = {"“a ": (1.0, True), "\"a ": (1.0, True), "«a ": (1.0, True),
                "‘a ": (0.0, False), "'a ": (0.0, False), "he said x A": (0.0, True)}
    for mark, (share, theirs) in expected.items():
        text = mark * 130
        assert quoted_share(text) == pytest.approx(share, abs=0.01)
        assert someone_elses(text) is theirs
        assert ("quotation" in stance(text).cues) is (share > 0.5)


PARAPHRASE = ("The museum opened a new wing last spring.\n\n"
              "Visitors can see the collection of old maps on the second floor.\n\n"
              "Tickets cost twelve dollars for adults and are free for children.\n")


def _flagged_text(original: str, revised: str) -> list[str]:
    result = compare(Article(original), Article(revised), opinion=read_opinion)
    return [result.revised.text[c.revised.start:c.revised.end] for c in result.changes
            if c.kind == ChangeKind.COMMENTARY and c.revised is not None]


def test_a_degree_word_put_into_a_kept_sentence_is_commentary_and_only_it() -> None:
    revised = BASE.replace("passed by seven votes", "passed by only seven votes")
    flagged = _flagged_text(BASE, revised)
    assert len(flagged) == 1 and "only" in flagged[0] and "debate" not in flagged[0]


def test_a_judgement_in_a_paraphrased_sentence_is_its_own_change() -> None:
    revised = PARAPHRASE.replace(
        "Visitors can see the collection of old maps on the second floor.",
        "Visitors can see the frankly shoddy collection of old maps, which the museum keeps "
        "on the second floor.")
    flagged = _flagged_text(PARAPHRASE, revised)
    assert len(flagged) == 1 and "shoddy" in flagged[0] and "second floor" not in flagged[0]


def test_neutral_words_in_a_paraphrased_sentence_are_not_commentary() -> None:
    revised = PARAPHRASE.replace(
        "Visitors can see the collection of old maps on the second floor.",
        "Visitors can see the collection of old maps, which the museum bought in 1998, on the "
        "second floor.")
    assert _flagged_text(PARAPHRASE, revised) == []


def test_an_evaluative_word_inside_a_quotation_is_not_the_writers() -> None:
    revised = BASE.replace("after a short debate.",
                           "after a short debate, which the mayor called “a truly shameful farce”.")
    flagged = _flagged_text(BASE, revised)
    assert not any("shameful" in f for f in flagged)


def test_a_degree_word_is_flagged_at_normal_sensitivity_and_not_at_low() -> None:
    revised = BASE.replace("passed by seven votes", "passed by only seven votes")
    result = {level: compare(Article(BASE), Article(revised), CompareOptions(sensitivity=level),
                             opinion=read_opinion)
              for level in ("low", "normal")}
    flagged = {level: [c for c in r.changes if c.kind == ChangeKind.COMMENTARY]
               for level, r in result.items()}
    assert len(flagged["normal"]) == 1 and flagged["low"] == []


def test_an_evaluative_word_is_shown_with_the_phrase_it_grades() -> None:
    revised = BASE.replace("after a short debate", "after a hugely divisive debate")
    flagged = _flagged_text(BASE, revised)
    assert flagged == ["hugely divisive debate"]


def test_a_very_long_comparison_reads_past_the_budget_by_cues_and_says_so(monkeypatch) -> None:
    from articlecompare.core import commentary

    monkeypatch.setattr(commentary, "MODEL_READS", 2)
    from articlecompare.core import compare as compare_module
    monkeypatch.setattr(compare_module, "MODEL_READS", 2)
    read: list[str] = []

    def opinion(sentences):
        read.extend(sentences)
        return [0.01] * len(sentences)

    budget = commentary.ReadingBudget(opinion, 2)
    readings = budget(["One plain sentence.", "Another plain one.", "What a shameful farce!"])
    assert read == ["One plain sentence.", "Another plain one."] and budget.by_cues == 1
    assert readings[2] == commentary.lexical_opinion(["What a shameful farce!"])[0]

    added = "\n\n".join(f"Sentence number {n} was added to the report." for n in range(4))
    result = compare(Article(BASE), Article(_with(added)), opinion=opinion)
    assert any("read by their cues" in note for note in result.notes)
    assert result.outcome.value == "degraded"
    assert compare(Article(BASE), Article(_with("One more line.")),
                   opinion=opinion).outcome.value == "complete"


@pytest.mark.parametrize("words, theirs", [
    ("al-Assad said the talks would go on", True), ("the report.Officials said it failed", True),
    ("O'Brien is confident the plan works", True), ("x.This said nothing", False),
    ("e-Commerce Times reported a loss", True), ("so e-mail said nothing", False),
])
def test_a_name_is_tried_whole_from_the_start_of_its_word(words: str, theirs: bool) -> None:
    # a capital after a hyphen, a dot or an apostrophe starts a name as it did when each
    # capital was tried on its own (which cost the square of a long run of them)
    from articlecompare.core.commentary import someone_elses

    assert someone_elses(words) is theirs


@pytest.mark.parametrize("inserted", ["al-Assad said", "e-Commerce Times reported", "O'Brien told"])
def test_an_added_attribution_to_a_hyphenated_name_is_an_addition(inserted: str) -> None:
    from articlecompare.core.classify import hunk_kind
    from articlecompare.core.model import ChangeKind

    assert hunk_kind("", inserted, False)[0] is ChangeKind.ADDITION


def test_evaluative_words_added_to_a_sentence_are_one_change_not_also_a_rewording() -> None:
    original = ("The harbour board added two evening ferries on Monday.\n\n"
                "Tickets will cost 3 euros for adults and 1 euro for children.\n")
    revised = original.replace("1 euro for children.",
                               "1 euro for children, a welcome change for commuters.")
    result = compare(Article(original), Article(revised), opinion=read_opinion)
    touching = [(c.kind, result.revised.text[c.revised.start:c.revised.end])
                for c in result.changes if c.revised is not None]
    assert touching == [(ChangeKind.COMMENTARY, "a welcome change for commuters")]


def test_evaluation_put_into_two_sentences_merged_into_one_is_one_change() -> None:
    original = ("The harbour board added two evening ferries on Monday.\n\n"
                "The new boats will carry 300 passengers between the islands each evening. "
                "They will stop at Lindholm and at the old fish market on the way.\n\n"
                "Tickets will cost 3 euros for adults and 1 euro for children.\n")
    revised = ("The harbour board added two evening ferries on Monday.\n\n"
               "The new boats will carry 300 passengers, just a fraction of the demand, and "
               "stop at Lindholm and at the old fish market on the way between the islands.\n\n"
               "Tickets will cost 3 euros for adults and 1 euro for children.\n")
    result = compare(Article(original), Article(revised), opinion=read_opinion)
    flagged = [result.revised.text[c.revised.start:c.revised.end]
               for c in result.changes if c.kind == ChangeKind.COMMENTARY and c.revised]
    assert flagged == ["just a fraction of the demand"]


def test_quoted_opinion_around_an_added_sentence_is_not_its_context(monkeypatch) -> None:
    """The passage an added sentence is read in is the writer's: the quotations and reported
    speech beside it, however they read, neither raise nor lower it."""
    import articlecompare.core.additions as additions

    seen: dict[str, float] = {}
    judge = additions.judge

    def recording(reading, sensitivity):  # type: ignore[no-untyped-def]
        seen[current[0]] = reading.context
        return judge(reading, sensitivity)

    current = [""]
    heading = additions.is_heading

    def note(side, j, text):  # type: ignore[no-untyped-def]
        current[0] = text
        return heading(side, j, text)

    monkeypatch.setattr(additions, "judge", recording)
    monkeypatch.setattr(additions, "is_heading", note)
    middle = "The vote is set for next month."
    quoted = ("“This budget is a disgrace and a betrayal of every taxpayer,” said Ann Reyes. "
              f"{middle} “It is the worst deal in years,” said Tom Hale.")
    compare(Article(BASE), Article(_with(quoted)), opinion=read_opinion)
    assert seen[middle] == 0.0
    written = ("This budget is a disgrace and a betrayal of every taxpayer. "
               f"{middle} It is the worst deal in years.")
    compare(Article(BASE), Article(_with(written)), opinion=read_opinion)
    assert seen[middle] > 1.0


LIBRARY = ("The city council voted on Tuesday to close the Elm Street library at the end of June.\n\n"
           "The library, opened in 1962, lends about 40,000 books a year, according to city "
           "figures.\n")


@pytest.mark.parametrize("word", ["beloved", "crumbling"])
def test_an_evaluative_word_no_list_holds_put_into_a_kept_sentence_is_commentary(word) -> None:
    """Words that judge are read one by one by the model where a few are put into a sentence
    that stayed: a word no list of the project holds is found as well."""
    from articlecompare.core.commentary import EVALUATIVE

    assert word not in EVALUATIVE
    revised = LIBRARY.replace("close the Elm", f"close the {word} Elm")
    result = compare(Article(LIBRARY), Article(revised), opinion=read_opinion)
    flagged = [result.revised.text[c.revised.start:c.revised.end]
               for c in result.changes if c.kind == ChangeKind.COMMENTARY and c.revised]
    assert flagged == [f"{word} Elm"]


def test_an_evaluative_word_put_in_for_a_function_word_is_read_alone_too() -> None:
    original = "The council will spend about $2 million on the Elm Street library.\n"
    revised = original.replace("about $2 million", "a staggering $2 million")
    result = compare(Article(original), Article(revised), opinion=read_opinion)
    assert [c.kind for c in result.changes] == [ChangeKind.COMMENTARY]


@pytest.mark.parametrize(("source", "flagged"), [
    ("according to city figures", True),   # a record vouches for the figure, not the word
    ("according to census data", True),
    ("according to critics", False),       # people: the evaluation may be theirs
    ("the mayor said", False),
])
def test_a_word_put_in_beside_a_cited_record_is_still_the_writers(source: str,
                                                                   flagged: bool) -> None:
    original = f"The council will spend about $2 million on the Elm Street library, {source}.\n"
    revised = original.replace("about $2 million", "a staggering $2 million")
    result = compare(Article(original), Article(revised), opinion=read_opinion)
    assert (ChangeKind.COMMENTARY in [c.kind for c in result.changes]) is flagged


@pytest.mark.parametrize("word", ["downtown", "brick", "historic", "popular", "tiny"])
def test_a_plain_word_put_into_a_kept_sentence_is_no_commentary(word) -> None:
    revised = LIBRARY.replace("close the Elm", f"close the {word} Elm")
    assert ChangeKind.COMMENTARY not in _kinds_of(revised, "Elm Street", original=LIBRARY)


def test_the_word_bar_is_the_one_the_projects_word_lists_give() -> None:
    """``WORD_BAR`` is what scripts/word_bar.py measures on training/words/words.tsv: the
    lowest bar fewer than one plain word in a hundred reaches, read by the shipped model."""
    import importlib.util
    from pathlib import Path

    from articlecompare.core.commentary import WORD_BAR

    root = Path(__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location("word_bar", root / "scripts" / "word_bar.py")
    assert spec is not None and spec.loader is not None
    word_bar = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(word_bar)
    from articlecompare.opinion import fresh_reader

    evaluative, plain = word_bar.read_words()
    assert len(evaluative) >= 100 and len(plain) >= 300
    read = fresh_reader()  # as the script reads them, whatever this process read before
    assert word_bar.choose_bar(read(evaluative), read(plain)) == WORD_BAR


@pytest.mark.parametrize(("sentence", "theirs"), [
    ("A senior official said the plan was a disgrace.", True),
    ("Several lawmakers said the bill was a shameful mistake.", True),
    ("The group's leader says the decision is absurd.", True),
    ("The plan is doomed, a senior official said.", True),
    ("It is absurd that the council said nothing.", False),
    ("This is a disgrace, whatever the mayor says.", False),
    ("The real scandal, the one nobody says out loud, is the cost.", False),
    ("One might say the council has lost its way.", False),  # a speaker supposed
    ("A cynic would say the plan is theatre.", False),
])
def test_someone_unnamed_who_says_it_makes_it_theirs(sentence: str, theirs: bool) -> None:
    """Speech reported of someone unnamed ("a senior official said") is theirs, as a named
    speaker's is; what the writer says about what others said is the writer's."""
    from articlecompare.core.commentary import someone_elses

    assert someone_elses(sentence) is theirs
