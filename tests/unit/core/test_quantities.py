"""Quantities read as values (magnitude, unit, currency, hedge, range, frequency, spelled
numbers) and compared as values: rounded, hedged, restated or changed."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from articlecompare.core.facts import figures
from articlecompare.core.quantities import Quantity, find_quantities
from articlecompare.core.relations import Values, describe, percent_change, relate


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(("text", "core", "low", "high", "dimension"), [
    ("revenue of $8.8 billion", "$8.8 billion", 8.8e9, 8.8e9, "money:USD"),
    ("a loss of $24bn", "$24bn", 24e9, 24e9, "money:USD"),
    ("a £2.5m fine", "£2.5m", 2.5e6, 2.5e6, "money:GBP"),
    ("costs of € 3 million", "€ 3 million", 3e6, 3e6, "money:EUR"),
    ("prices rose 3.5% in the year", "3.5%", 3.5, 3.5, "percent"),
    ("a change of 6.47 per cent", "6.47 per cent", 6.47, 6.47, "percent"),
    ("target 2,000 residents", "2,000", 2000, 2000, "count"),
    ("a 1,234.5 figure", "1,234.5", 1234.5, 1234.5, "count"),
    ("took 45 minutes", "45 minutes", 45 / 1440, 45 / 1440, "time"),
    ("a 20-week trial", "20-week", 140, 140, "time"),
    ("a five-year follow-up", "five-year", 5 * 365.25, 5 * 365.25, "time"),
    ("arms of 16mg each", "16mg", 0.016, 0.016, "mass"),
    ("took 1,000 mg of it", "1,000 mg", 1.0, 1.0, "mass"),
    ("a dose of one gram", "one gram", 1.0, 1.0, "mass"),
    ("two million watched", "two million", 2e6, 2e6, "count"),
    ("one hundred and five people", "one hundred and five", 105, 105, "count"),
    ("twenty-five people came", "twenty-five", 25, 25, "count"),
    ("a dozen Russians", "a dozen", 12, 12, "count"),
    ("More than 8-in-10 voters", "8-in-10", 80, 80, "percent"),
    ("one in five adults", "one in five", 20, 20, "percent"),
    ("levels 9 percent to 16 percent lower", "9 percent to 16 percent", 9, 16, "percent"),
    ("between 10 and 18 percent", "10 and 18 percent", 10, 18, "percent"),
    ("10-18% of them", "10-18%", 10, 18, "percent"),
    ("ages 27-44 at the time", "27-44", 27, 44, "count"),
    ("$5-10 billion in aid", "$5-10 billion", 5e9, 10e9, "money:USD"),
    ("used for almost a century", "a century", 36525, 36525, "time"),
    ("in 2003 it fell", "2003", 2003, 2003, "year"),
])
def test_a_quantity_is_read_as_a_value(text: str, core: str, low: float, high: float,
                                       dimension: str) -> None:
    q = one(text)
    assert text[q.core.start:q.core.end] == core
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)
    assert q.dimension == dimension


@pytest.mark.parametrize(("text", "hedge"), [
    ("nearly 6.5 percent", "nearly"), ("almost 300 people", "nearly"),
    ("more than 44,000 women", "more than"), ("Over 400 Palestinians", "more than"),
    ("about 2,000 people", "about"), ("roughly $5 million", "about"),
    ("up to 1,000 mg", "up to"), ("at least 2,000 residents", "at least"),
    ("fewer than 30 cases", "less than"), ("2,000 residents", ""),
])
def test_a_hedge_belongs_to_its_quantity(text: str, hedge: str) -> None:
    q = one(text)
    assert q.hedge == hedge
    assert q.span.start == 0 if hedge else q.span == q.core  # the hedge is in the span


def test_a_frequency_makes_a_rate() -> None:
    q = one("one gram by mouth twice daily")
    assert (q.times, q.per) == (2.0, "day") and q.text == "one gram by mouth twice daily"
    assert q.rate() == (2.0, 2.0)
    assert one("up to 1,000 mg of resveratrol daily").rate() == (1.0, 1.0)
    assert one("10 grams a day").per == "day"
    assert one("10 grams per week").rate()[0] == pytest.approx(10 / 7)


@pytest.mark.parametrize("text", [
    "GLP-1 receptors", "ORMD-0801 capsules", "the 1990s", "the 78th session", "a 4G phone",
    "one of the leading providers", "no one knows", "the two presidents",
])
def test_codes_ordinals_and_words_that_only_look_like_numbers_are_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_the_thing_counted_is_noted() -> None:
    assert one("90,534 women who participated").noun == "women"
    assert one("282 human study participants").noun == "participants"
    assert one("more than 44,000 women found that").noun == "women"


def test_excluded_spans_hold_no_quantity() -> None:
    from articlecompare.core.model import Span
    text = "On July 16, 2018 some 400 people came."
    found = find_quantities(text, [Span(3, 16)])
    assert [q.text for q in found] == ["some 400"]


def relation(old: str, new: str) -> str:
    a, b = one(old), one(new)
    r = relate(a, b)
    assert r is not None
    return describe(a, b, r)


@pytest.mark.parametrize(("old", "new", "detail"), [
    ("$8.8 billion", "$8.8 million", "$8.8 billion → $8.8 million (−99.9%)"),
    ("6.47%", "nearly 6.5 percent", "6.47% → nearly 6.5 percent (rounded, hedged, +0.5%)"),
    ("13%", "14 percent", "13% → 14 percent (+7.7%)"),
    ("90,534", "more than 44,000", "90,534 → more than 44,000 (hedged, −51%)"),
    ("one gram by mouth twice daily", "up to 1,000 mg daily",
     "one gram by mouth twice daily → up to 1,000 mg daily (hedged, restated, −50%)"),
    ("more than 10 percent", "9 percent to 16 percent",
     "more than 10 percent → 9 percent to 16 percent (now a range, hedge dropped)"),
    ("one gram", "1,000 mg", "one gram → 1,000 mg (restated)"),
    ("2,000", "about 2,000", "2,000 → about 2,000 (hedged)"),
    ("Over 400", "hundreds", "Over 400 → hundreds (vaguer, hedge dropped)"),
])
def test_two_quantities_are_compared_as_values(old: str, new: str, detail: str) -> None:
    assert relation(old, new) == detail


def test_the_same_value_told_alike_is_no_change() -> None:
    r = relate(one("13%"), one("13 percent"))
    assert r is not None and r.worded_alike
    assert relate(one("45 minutes"), one("$45")) is None  # different things
    assert relate(one("45 officers"), one("60 people")) is None  # different things counted


@pytest.mark.parametrize(("change", "shown"), [
    (-0.999, "−99.9%"), (0.07692, "+7.7%"), (-0.514, "−51%"), (0.0046, "+0.5%"), (2.0, "+200%"),
    (0.0, "±0%"),
])
def test_relative_changes_are_shown_with_a_sign(change: float, shown: str) -> None:
    assert percent_change(change) == shown


def test_values_answer_by_value_in_any_wording() -> None:
    values = Values(find_quantities("Patients took 1,000 mg; the park is 2 km long."))
    assert values.states(one("one gram"))
    assert values.states(one("2,000 metres"))
    assert not values.states(one("200 people"))
    assert not values.states(one("$1,000"))


# -- properties


@given(st.integers(min_value=1000, max_value=10**12))
def test_a_number_with_thousands_separators_reads_as_its_value(n: int) -> None:
    q = one(f"a total of {n:,} units")
    assert q.low == n and q.text == f"{n:,}"


@given(st.integers(min_value=1, max_value=999), st.sampled_from(
    [("kg", "grams", 1000), ("km", "metres", 1000), ("hours", "minutes", 60),
     ("percent", "%", 1)]))
def test_a_value_is_the_same_in_a_smaller_unit(n: int, units: tuple[str, str, int]) -> None:
    big, small, factor = units
    a, b = one(f"{n} {big}"), one(f"{n * factor:,} {small}")
    r = relate(a, b)
    assert r is not None and r.same_value


@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.$%-abcdefmilontwhr")), max_size=60))
def test_quantities_slice_to_their_text_and_never_overlap(text: str) -> None:
    found = find_quantities(text)
    end = 0
    for q in found:
        assert text[q.span.start:q.span.end] == q.text
        assert q.span.start <= q.core.start <= q.core.end <= q.span.end
        assert q.span.start >= end
        end = q.span.end
        r = relate(q, q)
        assert r is not None and r.worded_alike


def _spelled_whole(text: str) -> list[int]:
    """Spelled number words found in one lower-cased copy of the whole text (the way the
    finder worked before it went a piece at a time), offsets as in that copy."""
    from articlecompare.core.units import SPELLED_WORDS
    low = text.lower()
    out = []
    for word in SPELLED_WORDS:
        at = low.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and (after == len(low) or not low[after].isalnum()):
                out.append(at)
            at = low.find(word, after)
    return sorted(out)


def test_spelled_numbers_of_a_long_text_are_found_a_piece_at_a_time_as_in_one() -> None:
    """A long text is lower-cased a piece at a time (one copy of a text with an emoji took
    15 bytes a character); what is found, and where, is as before."""
    from articlecompare.core.quantities import _spelled_starts
    from articlecompare.core.tokenize import CHUNK
    words = ["one", "Two", "ninety", "nine", "İstanbul", "ΟΔΟΣ", "twenty-one", "million",
             "ﬁve", "🚨", "thousand.", "x"]
    text = " ".join(words[(k * 7) % len(words)] for k in range(3 * CHUNK // 5))
    assert len(text) > 2 * CHUNK
    assert _spelled_starts(text, 0, len(text)) == _spelled_whole(text)
    assert find_quantities(text)


@pytest.mark.parametrize(("text", "share", "value", "hedge"), [
    ("It cut the risk by nearly a third over eight years.", "nearly a third", 100 / 3, "nearly"),
    ("Two-thirds of voters agreed.", "Two-thirds", 200 / 3, ""),
    ("Half the town left on Monday.", "Half", 50.0, ""),
    ("Deaths fell by half.", "half", 50.0, ""),
    ("About one-third of the 90 patients improved.", "About one-third", 100 / 3, "about"),
])
def test_a_share_in_words_is_a_percentage(text: str, share: str, value: float, hedge: str) -> None:
    found = [q for q in figures(text) if q.dimension == "percent"]
    assert [(q.text, q.hedge) for q in found] == [(share, hedge)]
    assert found[0].low == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "He waited half an hour.",                 # an amount of a unit
    "It was a quarter century ago.",
    "Sales rose in the third quarter.",        # a rank
    "It was a fifth straight year of growth.",
    "One and a half million people came.",     # a number
])
def test_an_amount_or_a_rank_is_no_share(text: str) -> None:
    assert not [q for q in figures(text) if q.dimension == "percent"]


@pytest.mark.parametrize(("text", "value", "dimension", "per", "worded"), [
    # half of a unit
    ("He walked half an hour a day.", 0.5 / 24, "time", "day", False),
    ("It is half a mile away.", 804.672, "length", "", False),
    ("Half a dozen eggs were sold.", 6.0, "count", "", False),
    # one unit written with the article
    ("He walked an hour a day.", 1 / 24, "time", "day", True),
    ("It is a mile away.", 1609.344, "length", "", True),
    ("It rained for a week.", 7.0, "time", "", True),
])
def test_half_or_one_of_a_unit_is_an_amount(text: str, value: float, dimension: str, per: str,
                                            worded: bool) -> None:
    (q,) = figures(text)
    assert (q.dimension, q.per, q.worded) == (dimension, per, worded)
    assert q.low == pytest.approx(value)


def test_thirty_minutes_a_day_is_half_an_hour_a_day() -> None:
    thirty = one("Walk 30 minutes a day.")
    half = [q for q in figures("Walk half an hour a day.")][0]
    assert Values([half]).states(thirty)


@pytest.mark.parametrize("text", ["For a second time, he won.", "Twice a day, he ran.",
                                  "A pound of flour was sold."])
def test_an_ordinal_a_frequency_or_a_pound_is_no_amount_of_one_unit(text: str) -> None:
    assert figures(text) == []


def test_an_amount_in_words_is_no_ledger_fact() -> None:
    from articlecompare.core.facts import is_fact

    assert not any(is_fact(q) for q in figures("He walked an hour a day, nearly a third more."))
