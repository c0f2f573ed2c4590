"""find_facts: numbers, dates, names (split at titles) and quotations, with honest spans."""
from __future__ import annotations

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.facts import find_facts
from articlecompare.core.model import Article, FactStatus, FactType


def facts_of(text: str, kind: FactType) -> list[str]:
    return [f.text for f in find_facts(text) if f.type == kind]


def test_spans_of_numbers_dates_and_names_slice_to_their_text() -> None:
    text = ("Chicago Mayor Lori Lightfoot said on July 16, 2018 at 2:20 p.m. that 2,000 "
            "people, more than 8-in-10 of them, waited 45 minutes.")
    found = find_facts(text)
    assert found
    for f in found:
        if f.type != FactType.QUOTE:
            assert text[f.span.start:f.span.end] == f.text, f
    assert [f.span.start for f in found] == sorted(f.span.start for f in found)


@pytest.mark.parametrize(("text", "number"), [
    ("The raid will target at least 2,000 illegal residents.", "2,000 illegal residents"),
    ("More than 8-in-10 Republican voters support the move.", "8-in-10"),
    ("Prices rose 3.5% in a year.", "3.5%"),
    ("The deal is worth $24 billion to the firm.", "$24 billion"),
    ("Thousands marched; two million watched.", "two million"),
])
def test_numbers(text: str, number: str) -> None:
    assert number in facts_of(text, FactType.NUMBER)


def test_a_number_with_a_unit_is_found() -> None:
    found = [f for f in find_facts("The meeting took 45 minutes.") if f.type == FactType.NUMBER]
    assert found and "45" in found[0].text


def test_a_quantity_keeps_its_unit() -> None:
    assert "45 minutes" in facts_of("The meeting took 45 minutes.", FactType.NUMBER)


def test_a_number_with_a_glued_scale_suffix() -> None:
    numbers = facts_of("The firm lost $24bn last year.", FactType.NUMBER)
    assert any("24" in n for n in numbers), numbers


@pytest.mark.parametrize(("text", "date"), [
    ("It happened on July 16, 2018 in Helsinki.", "July 16, 2018"),
    ("The vote closed at 2:20 p.m. local time.", "2:20 p.m."),
    ("Lightfoot said Wednesday that the city acted.", "Wednesday"),
    ("The report came out on March 3, 2019.", "March 3, 2019"),
    ("The report came out in March 2019.", "March 2019"),
])
def test_dates(text: str, date: str) -> None:
    assert date in facts_of(text, FactType.DATE)


def test_a_date_is_not_also_a_number() -> None:
    found = find_facts("It happened on July 16, 2018.")
    assert [(f.text, f.type) for f in found] == [("July 16, 2018", FactType.DATE)]


def test_names_split_at_titles() -> None:
    names = facts_of("Chicago Mayor Lori Lightfoot (D) said so.", FactType.NAME)
    assert names == ["Chicago", "Lori Lightfoot"]
    names = facts_of("Acting DHS Secretary Kevin McAleenan was responsible.", FactType.NAME)
    assert "Kevin McAleenan" in names and "DHS" in names
    assert not any("Secretary" in n or "Acting" in n for n in names)


@pytest.mark.parametrize(("text", "names"), [
    # a title's portfolio, before it or after "of" / "to", is the title's
    ("Secretary of State Mike Pompeo met him.", ["Mike Pompeo"]),
    ("Secretary of State Rex W. Tillerson left.", ["Rex W. Tillerson"]),
    ("He met Secretary of Homeland Security Kirstjen Nielsen.", ["Kirstjen Nielsen"]),
    ("National Security Adviser John Bolton said so.", ["John Bolton"]),
    ("Defense Secretary Jim Mattis spoke.", ["Jim Mattis"]),
    ("Attorney General Jeff Sessions said so.", ["Jeff Sessions"]),
    ("The Secretary of State said so.", []),
    ("U.S. Ambassador to Russia Jon Huntsman said so.", ["U.S.", "Jon Huntsman"]),
    ("Special Envoy for Syria Staffan de Mistura spoke.", ["Staffan de Mistura"]),
    ("He wrote to Russia Today editors.", ["Russia Today"]),  # "to" after no title
    ("First Lady Melania Trump arrived in Helsinki.", ["Melania Trump", "Helsinki"]),
    ("Her Majesty welcomed the visitors.", []),
    ("Lady Gaga sang at the gala.", ["Lady Gaga"]),
    # a body before a title, or named in the portfolio, stays a name
    ("U.S. Department of Homeland Security Secretary Kirstjen Nielsen spoke.",
     ["U.S. Department of Homeland Security", "Kirstjen Nielsen"]),
    ("The Bank of England and the State Department agreed.", ["Bank of England", "State Department"]),
    ("General Motors said so.", ["General Motors"]),
])
def test_a_titles_portfolio_is_no_name(text: str, names: list[str]) -> None:
    assert facts_of(text, FactType.NAME) == names


def test_a_name_joined_by_an_ampersand_is_one_name() -> None:
    names = facts_of("The cost was $24bn, according to Standard & Poor’s. Sales at Marks & "
                     "Spencer rose.", FactType.NAME)
    assert "Standard & Poor" in names and "Marks & Spencer" in names
    assert "Standard" not in names and "Poor" not in names


def test_a_name_does_not_run_on_past_a_line_break() -> None:
    text = "Photo: Associated Press\n\nHELSINKI Leaders met.\nAP Photo\nClose"
    names = facts_of(text, FactType.NAME)
    assert "Associated Press" in names and "AP Photo" in names
    assert not any("\n" in n for n in names)


def test_a_name_kept_by_its_initials_is_found_as_a_whole_word() -> None:
    original = "The officers of Immigration and Customs Enforcement came on Monday."
    kept = compare(Article(original), Article("The DICE game. ICE officers came on Monday."))
    fact = next(f for f in kept.facts if f.text == "Immigration and Customs Enforcement")
    assert fact.status == FactStatus.KEPT and fact.replacement == "ICE"
    assert fact.revised is not None and fact.revised.start == len("The DICE game. ")
    lost = compare(Article(original), Article("The DICE game. Officers came on Monday."))
    fact = next(f for f in lost.facts if f.text == "Immigration and Customs Enforcement")
    assert fact.status == FactStatus.MISSING


def test_possessives_are_cut_from_names() -> None:
    assert "Chicago" in facts_of("It is Chicago’s police database.", FactType.NAME)
    assert not any("’s" in n for n in facts_of("It is Chicago’s police database.", FactType.NAME))


def test_quotations_of_three_words_or_more() -> None:
    text = "“They will not team up with ICE,” Lightfoot said. A “leader” spoke."
    quotes = facts_of(text, FactType.QUOTE)
    assert quotes == ["They will not team up with ICE"]  # one-word scare quotes are no quotation
    assert facts_of('He said "we are ready to go" then.', FactType.QUOTE) == ["we are ready to go"]


def test_a_quotation_fact_span_slices_to_its_text() -> None:
    text = "“We are done here,” he said."
    (quote,) = [f for f in find_facts(text) if f.type == FactType.QUOTE]
    assert text[quote.span.start:quote.span.end] == quote.text


def test_a_dropped_detail_fact_span_slices_to_its_text() -> None:
    original = "The mayor, who won the largest landslide in the city's history, said no."
    c = compare(Article(original), Article("The mayor said no."))
    details = [f for f in c.facts if f.type == FactType.DETAIL]
    assert details
    for f in details:
        assert f.original is not None
        assert original[f.original.start:f.original.end] == f.text


def test_a_dropped_phrase_is_a_fact_when_it_qualifies_the_claim() -> None:
    """A cut caveat, superlative or scope word is a fact; a cut that only rewords is not."""
    base = "The drug lowered blood sugar in patients with diabetes, {}the researchers said."
    for cut, fact in (("in a single small study, ", "single small study"),
                      ("though not in older adults, ", "not in older adults"),
                      ("for the first time in decades, ", "first time in decades")):
        c = compare(Article(base.format(cut)), Article(base.format("")))
        details = [f.text for f in c.facts if f.type == FactType.DETAIL]
        assert len(details) == 1 and fact in details[0], (cut, details)
    c = compare(Article(base.format("according to a report published in a journal, ")),
                Article(base.format("")))
    assert not [f for f in c.facts if f.type == FactType.DETAIL]


def test_ledger_fates_kept_changed_missing() -> None:
    original = "The city hired 45 officers on Monday. Mayor Lori Lightfoot praised them."
    revised = "The city hired 60 officers on Monday."
    c = compare(Article(original), Article(revised))
    fate = {f.text: f.status for f in c.facts}
    assert fate["Monday"] == FactStatus.KEPT
    assert fate["45 officers"] == FactStatus.CHANGED
    assert fate["Lori Lightfoot"] == FactStatus.MISSING
    changed = next(f for f in c.facts if f.text == "45 officers")
    assert changed.replacement == "60 officers"
    assert changed.revised is not None and \
        revised[changed.revised.start:changed.revised.end] == "60 officers"
    # the revised text no longer says "45": a changed figure is a lost one, as its change says
    assert "Lori Lightfoot" in c.summary.missing_facts and \
        "45 officers" in c.summary.missing_facts


def test_a_changed_year_is_not_a_kept_fact() -> None:
    c = compare(Article("The report came out in March 2019 after a delay."),
                Article("The report came out in March 2020 after a delay."))
    dates = [f for f in c.facts if f.type == FactType.DATE]
    assert [f.text for f in dates] == ["March 2019"]
    assert dates[0].status != FactStatus.KEPT


def test_a_fact_of_a_reworded_sentence_is_found_beside_it_or_anywhere() -> None:
    """Facts of a reworded sentence are looked for in its new wording first; one that moved
    to another sentence is still kept, one that is nowhere is missing."""
    original = ("Mayor Lori Lightfoot met Thomas Homan in New York on Monday. "
                "The talks ran late into the night at City Hall.")
    revised = ("Lori Lightfoot met with Thomas Homan in Boston on Monday. "
               "The talks ran late into the night at City Hall in New York.")
    fate = {f.text: f.status for f in compare(Article(original), Article(revised)).facts}
    assert fate["Thomas Homan"] == FactStatus.KEPT   # in the reworded sentence
    assert fate["New York"] == FactStatus.KEPT       # moved to the next sentence
    revised = revised.replace(" in New York", "")
    fate = {f.text: f.status for f in compare(Article(original), Article(revised)).facts}
    assert fate["New York"] != FactStatus.KEPT


PRESENCE_TEXT = ("The New York Times said on Saturdays that Thomas Homan, the ICE chief, met "
                 "2,000 people. “Quoted words” here, and again on Saturday in New York.")


@pytest.mark.parametrize("indexed", [False, True])
@pytest.mark.parametrize("fact", [
    "New York", "New York Time", "York Times said", "Thomas Homan", "Thomas Homa",
    "homan, the", "2,000 people", "2,000 peop", "“Quoted words”", "quoted", "Saturday",
    "said on Saturdays that", "ICE chief, met", "chief met", "New Yorker", "people quoted",
    "Homan the ICE", "Times York", "ew York", "again on Saturday in New York.", "rules _",
])
def test_presence_agrees_with_occurs_in(fact: str, indexed: bool,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast lookup gives the answer of the plain definition, with or without its index
    of word positions."""
    from articlecompare.core import presence

    monkeypatch.setattr(presence, "POSITIONS_AFTER", 0 if indexed else 10**9)
    present = presence.Presence(PRESENCE_TEXT)
    assert (fact in present) == presence.occurs_in(fact, presence.folded_words(PRESENCE_TEXT))


def test_a_phrase_lost_from_a_sentence_that_moved_is_a_missing_detail() -> None:
    moved = ("The difficulties facing aid agencies underline the instability of the area despite "
             "the presence of thousands of soldiers and police officers.")
    others = ["Doctors are being kept from the region, a medical charity said on Monday.",
              "Clashes last month left 89 people dead and displaced 35,000 more.",
              "Aid workers have reported severe malnutrition among children."]
    original = "\n".join([others[0], moved, others[1], others[2]])
    reworded = moved.replace("the presence of thousands of soldiers and police officers",
                             "the security forces")
    c = compare(Article(original), Article("\n".join([others[0], others[1], others[2], reworded])))
    lost = [f for f in c.facts if f.status == FactStatus.MISSING]
    assert any("soldiers and police officers" in f.text for f in lost)
    change = next(ch for ch in c.changes if ch.original is not None and
                  original[ch.original.start:ch.original.end] == moved)
    assert any("soldiers" in f.text for f in change.facts)


def test_a_label_is_the_word_just_before_a_count() -> None:
    assert facts_of("Phase 2 trials began.", FactType.NUMBER) == ["Phase 2"]
    assert facts_of("It entered phase 2 of trials.", FactType.NUMBER) == ["phase 2"]
    # a count after a word longer than any label is a plain number, wherever it stands (the
    # search for the label used to copy all the text before such a number)
    text = "The crowd waited. " * 2000 + "Representatives 12 voted."
    assert facts_of(text, FactType.NUMBER) == ["12"]


@pytest.mark.parametrize(("text", "names"), [
    ("Trump arrived on Monday. (AP Photo/Pablo Martinez Monsivais)", []),
    ("Trump arrived.\n\nChris McGrath/Getty Images\n\nThe talks began.", []),
    ("Trump arrived. (Martti Kainulainen/Lehtikuva via AP)", []),
    ("A Harvard/Harris poll found most agree.", ["Harvard/Harris"]),  # a slash, no credit
    ("The report was sent via AP to editors.", ["AP"]),
    ("Stocks fell.\n\nMichael Nagle/Bloomberg\n\nThe talks began.", []),
    # a name that is also a picture desk's ends a line: a name, not a credit
    ("The race drew in Michael Bloomberg\n\nThe talks began.", ["Michael Bloomberg"]),
])
def test_a_pictures_credit_is_no_name(text: str, names: list[str]) -> None:
    assert facts_of(text, FactType.NAME) == names
