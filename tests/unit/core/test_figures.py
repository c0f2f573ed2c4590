"""Numbers compared as values in a whole comparison: a dropped number is missing even where a
longer number starts with its digits, a changed figure is a fact change that says by how much
(rounded, hedged or restated ones too), and the ledger, the summary and the change list agree."""
from __future__ import annotations

import pytest

from articlecompare.core import presence
from articlecompare.core.compare import compare
from articlecompare.core.facts import find_facts
from articlecompare.core.model import Article, ChangeKind, Comparison, FactStatus, FactType
from articlecompare.core.options import CompareOptions


def run(original: str, revised: str, **options: bool) -> Comparison:
    return compare(Article(original), Article(revised), CompareOptions(**options))


def fate(c: Comparison, text: str) -> FactStatus:
    return next(f.status for f in c.facts if f.text == text)


@pytest.mark.parametrize(("original", "revised", "number"), [
    ("The blast killed more than 200 people at the market.\nThe market was rebuilt in 2003.",
     "The market was rebuilt in 2003.", "200 people"),
    ("Some 12 people were hurt in the crash.\nThe repairs cost 120 dollars.",
     "The repairs cost 120 dollars.", "12 people"),
    ("Some 12 people were hurt in the crash.\nThe bus had 123 seats.",
     "The bus had 123 seats.", "12 people"),
    ("In the flood 20 people died.\nThe town was founded in 2019.",
     "The town was founded in 2019.", "20 people"),
    ("Prices rose by 12 points.\nThe index stood at 3.12 then.", "The index stood at 3.12 then.",
     "12 points"),
])
def test_a_dropped_number_is_missing_though_a_longer_one_starts_the_same(
        original: str, revised: str, number: str) -> None:
    c = run(original, revised)
    assert fate(c, number) == FactStatus.MISSING
    assert number in c.summary.missing_facts


@pytest.mark.parametrize(("needle", "expected"), [
    ("200", False), ("2003", True), ("12", False), ("12.5", True), ("3.12", True),
    ("12 people", False), ("Saturday", True), ("20", False), ("$8.8", False),
])
@pytest.mark.parametrize("indexed", [False, True])
def test_number_lookups_match_whole_numbers(needle: str, expected: bool, indexed: bool,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    text = "In 2003 prices of $8.85 rose 12.5 points to 3.12 on Saturdays; 120 people, 2019."
    monkeypatch.setattr(presence, "POSITIONS_AFTER", 0 if indexed else 10**9)
    assert presence.occurs_in(needle, presence.folded_words(text)) == expected
    assert (needle in presence.Presence(text)) == expected


def test_billion_to_million_is_one_fact_change_that_the_ledger_agrees_with() -> None:
    original = "The company reported revenue of $8.8 billion for the year, its filing said."
    c = run(original, original.replace("billion", "million"))
    (change,) = c.changes
    assert change.kind == ChangeKind.FACT_CHANGE
    assert change.detail == "$8.8 billion → $8.8 million (−99.9%)"
    fact = next(f for f in c.facts if f.text == "$8.8 billion")
    assert fact.status == FactStatus.CHANGED and fact.replacement == "$8.8 million"
    assert fact in change.facts
    # the revised text no longer says $8.8 billion: the summary lists it, as its change says
    assert c.summary.missing_facts == ("$8.8 billion",)
    assert not c.changes_of(ChangeKind.REWORDING)


SENTENCE = "In the trial, {} among the patients who took the capsule, the company said today."


@pytest.mark.parametrize(("old", "new", "notes"), [
    ("glucose fell by 6.47%", "glucose fell by nearly 6.5 percent", ("rounded", "hedged", "+0.5%")),
    ("the risk dropped by 13%", "the risk dropped by 14 percent", ("+7.7%",)),
    ("90,534 women were followed", "more than 44,000 women were followed", ("hedged", "−51%")),
    ("the dose was one gram by mouth twice daily", "the dose was up to 1,000 mg daily",
     ("hedged", "restated", "−50%")),
    ("levels dropped by more than 10 percent at three years and by more than 18 percent",
     "levels dropped 9 percent to 16 percent", ("now a range",)),
])
def test_a_rounded_hedged_or_restated_figure_is_a_fact_change(
        old: str, new: str, notes: tuple[str, ...]) -> None:
    c = run(SENTENCE.format(old), SENTENCE.format(new))
    changes = c.changes_of(ChangeKind.FACT_CHANGE)
    assert changes, [(ch.kind, ch.detail) for ch in c.changes]
    detail = changes[0].detail
    assert all(note in detail for note in notes), detail
    assert "→" in detail


def test_a_hedge_added_to_the_same_figure_is_reported_and_the_figure_kept() -> None:
    c = run("The raid will target 2,000 residents in the city, officials said.",
            "The raid will target about 2,000 residents in the city, officials said.")
    (change,) = c.changes
    assert change.kind == ChangeKind.FACT_CHANGE and "(hedged)" in change.detail
    assert fate(c, "2,000 residents") == FactStatus.KEPT and not c.summary.missing_facts


def test_the_same_value_in_other_words_is_kept() -> None:
    c = run("Each patient took one gram of the drug on the first day of the trial.\n"
            "The trial was small.",
            "The trial was small.\nEach patient took 1,000 mg on day one, the doctors said.")
    assert fate(c, "one gram") == FactStatus.KEPT
    assert "one gram" not in c.summary.missing_facts


def test_a_figure_restated_in_an_added_sentence_is_paired_with_the_removed_one() -> None:
    original = ("The study showed a significant decrease in mean night-time glucose of 6.47% "
                "between the placebo and active arms (p=0.0268).\n"
                "The company was founded in Jerusalem.")
    revised = ("The company was founded in Jerusalem.\n"
               "Patients on the capsule had a mean night-time glucose reduction of nearly "
               "6.5 percent compared with a placebo.")
    c = run(original, revised)
    change = next(ch for ch in c.changes_of(ChangeKind.FACT_CHANGE))
    assert change.detail.startswith("6.47% → nearly 6.5 percent")
    assert change.original is not None and original[change.original.start:change.original.end] == "6.47%"
    assert change.revised is not None and \
        revised[change.revised.start:change.revised.end] == "nearly 6.5 percent"
    fact = next(f for f in c.facts if f.text == "6.47%")
    assert fact.status == FactStatus.CHANGED and fact.replacement == "nearly 6.5 percent"
    assert fate(c, "0.0268") == FactStatus.MISSING


def test_figures_of_unrelated_sentences_are_not_paired() -> None:
    original = "The council approved 45 new homes on Monday.\nThe bridge is old."
    revised = "The bridge is old.\nA storm cut power to 3,000 houses across the county."
    c = run(original, revised)
    assert not c.changes_of(ChangeKind.FACT_CHANGE)
    assert fate(c, "45 new homes") == FactStatus.MISSING


def test_a_page_timestamp_is_boilerplate_and_no_fact() -> None:
    original = "Updated 5:27 am\n\nThe council met on Monday and approved the budget."
    revised = "Updated 9:41 am\n\nThe council met on Monday and approved the budget."
    c = run(original, revised)
    assert [ch.kind for ch in c.changes] == [ChangeKind.BOILERPLATE]
    assert [f.text for f in c.facts] == ["Monday"]
    hidden = run(original, revised, hide_boilerplate=True)
    assert not hidden.changes and not hidden.summary.missing_facts


NUMBER_TEXT = ("In 2003 about 1,200 people, 12.5% of them aged 20-44, paid $8.85 each; "
               "on 3.12 the index hit 120, and 2,000 more came in 2019.")


@pytest.mark.parametrize("indexed", [False, True])
def test_presence_agrees_with_occurs_in_on_any_piece_of_a_text_with_numbers(
        indexed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from hypothesis import given, settings, strategies as st

    monkeypatch.setattr(presence, "POSITIONS_AFTER", 0 if indexed else 10**9)
    present = presence.Presence(NUMBER_TEXT)
    folded = presence.folded_words(NUMBER_TEXT)

    @settings(max_examples=300, deadline=None)
    @given(st.integers(0, len(NUMBER_TEXT)), st.integers(1, 12))
    def check(start: int, size: int) -> None:
        needle = NUMBER_TEXT[start:start + size].strip()
        if needle:
            assert (needle in present) == presence.occurs_in(needle, folded), needle

    check()


@pytest.mark.parametrize(("original", "revised", "fact"), [
    # the figure stands in the revised text, but counting something else or as money
    ("Some 12 people were hurt in the crash.\nThe bus was new.",
     "The bus was new.\nTickets cost 12 dollars.", "12 people"),
    ("The study enrolled 119 participants in Ohio.\nThe drug was safe.",
     "The drug was safe.\nThe clinic has 119 beds.", "119 participants"),
    ("Trump has ordered two airstrikes against Syrian targets.\nThe summit is on Monday.",
     "The summit is on Monday.\nThe two presidents will meet alone.", "two airstrikes"),
])
def test_a_dropped_count_is_missing_though_its_figure_counts_something_else(
        original: str, revised: str, fact: str) -> None:
    c = run(original, revised)
    assert fate(c, fact) == FactStatus.MISSING and fact in c.summary.missing_facts


@pytest.mark.parametrize("revised", [
    "The bus was new.\nTwelve residents were hurt, police said.",  # a word for the same kind
    "The bus was new.\nPolice said 12 were hurt.",                 # a count that names nothing
    "The bus was new.\nSome 12 people were hurt in the crash.",
])
def test_a_count_told_of_the_same_kind_of_thing_is_kept(revised: str) -> None:
    c = run("Some 12 people were hurt in the crash.\nThe bus was new.", revised)
    assert fate(c, "12 people") == FactStatus.KEPT and not c.summary.missing_facts


def test_a_count_carries_the_noun_it_counts_and_a_year_stays_a_year() -> None:
    found = [f.text for f in find_facts(
        "They grew two cell populations. The results, in a 2012 PLOS One paper, held. "
        "There are seven additional BCG clinical trial groups.")]
    assert "two cell populations" in found
    assert "2012" in found and "PLOS One" in found
    assert "seven" in found  # the noun is past the words read: the figure alone


def test_a_changed_count_shows_the_new_figure_with_its_noun() -> None:
    c = run("At least 10 civilians were killed in the town, the governor said.",
            "At least 40 civilians were killed in the town, the governor said.")
    (fact,) = [f for f in c.facts if f.type == FactType.NUMBER]
    assert (fact.text, fact.status, fact.replacement) == \
        ("10 civilians", FactStatus.CHANGED, "At least 40 civilians")


@pytest.mark.parametrize(("original", "revised", "detail", "status"), [
    ("Temperatures reached 40C in Madrid on Monday, officials said.",
     "Temperatures reached 40F in Madrid on Monday, officials said.",
     "40C → 40F (restated, −35.6 °C)", FactStatus.CHANGED),
    ("Temperatures reached 40C in Madrid on Monday, officials said.",
     "Temperatures reached 104F in Madrid on Monday, officials said.",
     "40C → 104F (restated)", FactStatus.KEPT),  # the same heat on the other scale
    ("Temperatures reached 104 degrees Fahrenheit in Madrid on Monday.",
     "Temperatures reached 110 degrees Fahrenheit in Madrid on Monday.",
     "104 degrees Fahrenheit → 110 degrees Fahrenheit (+6 °F)", FactStatus.CHANGED),
    ("The band was popular in the 1960s, critics said.",
     "The band was popular in the 1970s, critics said.", "1960s → 1970s", FactStatus.CHANGED),
])
def test_a_temperature_or_a_decade_changed_is_a_fact_change(
        original: str, revised: str, detail: str, status: FactStatus) -> None:
    c = run(original, revised)
    (change,) = c.changes
    assert change.kind == ChangeKind.FACT_CHANGE and change.detail == detail
    assert [f.status for f in c.facts if any(ch.isdigit() for ch in f.text)] == [status]


def test_a_temperature_is_read_on_either_scale() -> None:
    from articlecompare.core.facts import figures
    read = {q.text: (round(q.low, 2), q.dimension) for q in figures(
        "It hit 40°C in Rome, 104 degrees Fahrenheit in Seville and 30-35C in Porto.")}
    assert read == {"40°C": (40.0, "temperature"), "104 degrees Fahrenheit": (40.0, "temperature"),
                    "30-35C": (30.0, "temperature")}


@pytest.mark.parametrize(("original", "revised", "status"), [
    # the same share of something else, elsewhere: not kept
    ("Unemployment rose 5% in May, officials said.\nThe store opened on Main Street.",
     "The store opened on Main Street.\nIt offers a 5% discount to residents.",
     FactStatus.MISSING),
    ("Unemployment rose 5% in May.\nPrices rose 5% too.", "Prices rose 5% too.",
     FactStatus.MISSING),  # a verb of rising says nothing of what rose
    # the share told again of the same thing, in another sentence and wording: kept
    ("The vaccine was 95% effective in the trial.\nThe firm is in Ohio.",
     "The firm is in Ohio.\nIn the trial the shot proved 95 percent effective, the firm said.",
     FactStatus.KEPT),
    ("Turnout was 60% on Sunday.\nThe count was slow.",
     "The count was slow.\nTurnout reached 60 percent, officials said.", FactStatus.KEPT),
])
def test_a_share_is_kept_only_where_it_is_a_share_of_the_same_thing(
        original: str, revised: str, status: FactStatus) -> None:
    c = run(original, revised)
    (fact,) = [f for f in c.facts if "%" in f.text]
    assert fact.status == status


@pytest.mark.parametrize(("original", "revised", "figure", "status"), [
    # the same sum, duration or mass of something else, elsewhere: not kept
    ("The city fined the landlord $5 million on Tuesday.\nThe park opened in May.",
     "The park opened in May.\nThe council approved a $5 million budget for parks.",
     "$5 million", FactStatus.MISSING),
    ("The repairs took 18 months to begin, inspectors said.\nThe park opened in May.",
     "The park opened in May.\nParks staff spent 18 months on the plan.",
     "18 months", FactStatus.MISSING),
    ("The truck carried 40 tonnes of waste.\nThe park opened in May.",
     "The park opened in May.\nA crane lifted 40 tonnes of steel.", "40 tonnes", FactStatus.MISSING),
    # told again of the same thing, in another sentence and wording: kept
    ("The city fined the landlord $5 million on Tuesday.\nThe park opened in May.",
     "The park opened in May.\nOn Tuesday the landlord was ordered to pay $5 million.",
     "$5 million", FactStatus.KEPT),
    ("The repairs took 18 months to begin, inspectors said.\nThe park opened in May.",
     "The park opened in May.\nIt was 18 months before repairs began.", "18 months",
     FactStatus.KEPT),
])
def test_a_measure_is_kept_only_where_it_measures_the_same_thing(
        original: str, revised: str, figure: str, status: FactStatus) -> None:
    c = run(original, revised)
    (fact,) = [f for f in c.facts if f.text == figure]
    assert fact.status == status


@pytest.mark.parametrize("text", ["She climbed a grade 8C route in May.",
                                  "Water reached room 12F and Level 3F on Monday."])
def test_a_letter_after_a_labelled_number_is_no_temperature(text: str) -> None:
    from articlecompare.core.facts import figures
    assert [q for q in figures(text) if q.dimension == "temperature"] == []
    assert [q.text for q in figures(text.replace("grade 8C", "40C heat").replace(
        "room 12F", "40C heat"))][:1] == ["40C"]  # without the label, a temperature


@pytest.mark.parametrize(("original", "revised", "detail"), [
    # a word for the same kind of thing counted: the two counts are compared by value
    ("The trial enrolled 10 patients at two hospitals, the team said.",
     "The trial enrolled 40 participants at two hospitals, the team said.", "10 → 40 (+300%)"),
    # another thing counted, and another value: the figure changed all the same
    ("The storm destroyed 12 churches in the valley, officials said.",
     "The storm destroyed 15 church buildings in the valley, officials said.",
     "12 churches → 15 church buildings"),
])
def test_a_count_put_in_the_place_of_another_is_a_fact_change(
        original: str, revised: str, detail: str) -> None:
    (change,) = run(original, revised).changes
    assert (change.kind, change.detail) == (ChangeKind.FACT_CHANGE, detail)
