"""Small edits a fact-checker must not see as rewording: a spelled count with a modifier
before its noun ("two evening ferries" → "three"), a date whose month or weekday alone
changed ("April 2027" → "May 2027"), a claim turned into its denial ("was effective" → "was
not effective"). Pairs written here."""
from __future__ import annotations

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.facts import figures
from articlecompare.core.model import Article, ChangeKind, FactStatus


def _changes(original: str, revised: str) -> list[tuple[ChangeKind, str]]:
    result = compare(Article(original), Article(revised))
    return [(c.kind, c.detail) for c in result.changes]


@pytest.mark.parametrize(("text", "noun"), [
    ("The board added two evening ferries.", "ferries"),
    ("Three armed men fled the bank.", "men"),
    ("Two leading candidates withdrew.", "candidates"),
    ("Seven more ferry routes are planned.", "routes"),
    ("Two other men fled.", "men"),
])
def test_a_spelled_count_reads_past_a_modifier_to_its_noun(text: str, noun: str) -> None:
    assert [q.noun for q in figures(text)] == [noun]


def test_a_verb_after_a_spelled_number_names_no_counted_thing() -> None:
    assert figures("Two running the firm said so.") == []


def test_a_changed_spelled_count_with_a_modifier_is_a_changed_fact() -> None:
    found = _changes("The harbour board added two evening ferries on Monday.\n",
                     "The harbour board added three evening ferries on Monday.\n")
    assert found == [(ChangeKind.FACT_CHANGE, "two → three (+50%)")]


FACT, WORDING = ChangeKind.FACT_CHANGE, ChangeKind.REWORDING


@pytest.mark.parametrize(("old", "new", "kind", "detail"), [
    # a month or a weekday changed inside a date
    ("The service starts in April 2027.", "The service starts in May 2027.", FACT,
     "April 2027 → May 2027"),
    ("It opens on Sept. 4 each year.", "It opens on Oct. 4 each year.", FACT, "Sept. 4 → Oct. 4"),
    ("The report came out on March 3, 2024.", "The report came out on March 13, 2024.", FACT,
     "March 3, 2024 → March 13, 2024"),
    ("The hearing is on Monday, June 3.", "The hearing is on Tuesday, June 3.", FACT,
     "Monday → Tuesday"),
    # a claim turned into its denial, or back
    ("The drug was effective in the trial.", "The drug was not effective in the trial.", FACT,
     "negation: added “not”"),
    ("The mayor never approved the plan.", "The mayor approved the plan.", FACT,
     "negation: cut “never”"),
    ("The firm paid the fine.", "The firm didn't pay the fine.", FACT,
     "negation: paid → didn't pay"),
    # a figure that went the other way
    ("Shares fell 3% on Monday.", "Shares rose 3% on Monday.", FACT, "direction: fell → rose"),
    ("Sales were up 4% this year.", "Sales were down 4% this year.", FACT,
     "direction: up → down"),
    ("The company will cut 200 jobs.", "The company will add 200 jobs.", FACT,
     "direction: cut → add"),
    # a word swapped for its opposite
    ("The company denied the claims.", "The company admitted the claims.", FACT,
     "opposite: denied → admitted"),
    ("The firm reported a profit of $5 million.", "The firm reported a loss of $5 million.", FACT,
     "opposite: profit → loss"),
    ("The council approved the plan.", "The council rejected the plan.", FACT,
     "opposite: approved → rejected"),
    # a multiple for another
    ("The fine was doubled to $10,000.", "The fine was tripled to $10,000.", FACT,
     "doubled → tripled"),
    # a rank for another
    ("Sales rose 5% in the third quarter.", "Sales rose 5% in the second quarter.", FACT,
     "third → second"),
    ("She finished 3rd in the final round.", "She finished 4th in the final round.", FACT,
     "3rd → 4th"),
    # one source of a claim put for another
    ("Police said the suspect was armed.", "Witnesses said the suspect was armed.", FACT,
     "source: Police → Witnesses"),
    ("The fire killed 12 people, according to police.",
     "The fire killed 12 people, according to residents.", FACT, "source: police → residents"),
    ("Police said the suspect was armed.", "He said the suspect was armed.", WORDING,
     "Police → He"),
    ("Police said the suspect was armed.", "Police officials said the suspect was armed.",
     WORDING, "added: “officials”"),
    ("Talks went well, the American leader said.", "Talks went well, the American president said.",
     WORDING, "leader → president"),  # the same source described another way
    ("The company said profits rose.", "The firm said profits rose.", WORDING, "company → firm"),
    ("Researchers said the drug works.", "Scientists said the drug works.", WORDING,
     "Researchers → Scientists"),
    # a figure or a date cut from a sentence that stayed, or added to it
    ("Three people were killed and 12 injured.", "Three people were killed.", FACT,
     "figure cut: “and 12 injured”"),
    ("The suspect, 23, was arrested in Leeds.", "The suspect was arrested in Leeds.", FACT,
     "figure cut: “23”"),
    ("The council met on Monday and approved the plan.", "The council approved the plan.", FACT,
     "date cut: “met on Monday and”"),
    ("The summit met in 2018 in Helsinki.", "The summit met in Helsinki.", FACT,
     "date cut: “in 2018”"),  # a year is a date, not a figure
    ("The council approved the plan.", "The council approved the plan and 45 new homes.",
     ChangeKind.ADDITION, "figure added: “and 45 new homes”"),
    # a date made less precise or more, told as the whole dates
    ("In this July 7, 2017 photo, the two leaders meet.", "In this July 2017 photo, the two "
     "leaders meet.", FACT, "July 7, 2017 → July 2017"),
    # a clock time added to a page's date line is its stamp, not a fact added
    ("By Jane Roe\n\nJuly 15, 2018\n\nThe council met.",
     "By Jane Roe\n\nJuly 15, 2018 05:02 AM\n\nThe council met.", WORDING, "added: “05:02 AM”"),
    # a clock time added after a date, with a no-break space: no date changed
    ("By Jane Roe | Sunday, July 15, 2018\n\nThe council met.",
     "By Jane Roe | Sunday, July 15, 2018, 11:30\u00a0a.m.\n\nThe council met.", WORDING,
     "added: “, 11:30\u00a0a.m.”"),
    # a word cut from a name and words put into it make it another name
    ("The World Bank, too, expressed its relief.", "The Bank of England, too, expressed its "
     "relief.", FACT, "World Bank → Bank of England"),
    # a name given more fully is the same name; a generation's mark makes another person
    ("Donald Trump spoke on Monday.", "Donald J. Trump spoke on Monday.", WORDING, "added: “J.”"),
    ("Donald Trump spoke on Monday.", "Donald Trump Jr. spoke on Monday.", FACT,
     "Donald Trump → Donald Trump Jr."),
    # a figure or a date that only moved within its sentence is not lost
    ("On Monday the council approved the plan.", "The council approved the plan on Monday.",
     WORDING, "On Monday the → The; added: “on Monday”"),
    # a share restated in words: rounded and hedged, or another value
    ("Walking cut the risk by 30 percent, the study found.",
     "Walking cut the risk by nearly a third, the study found.", FACT,
     "30 percent → nearly a third (rounded, hedged, restated, +11%)"),
    ("About 50% of residents left.", "About a third of residents left.", FACT,
     "About 50% → About a third (restated, −33%)"),
    # what happened to people, put for another outcome
    ("14 people were injured in the blast.", "14 people were killed in the blast.", FACT,
     "outcome: injured → killed"),
    ("He was charged with fraud.", "He was convicted of fraud.", FACT,
     "outcome: charged with → convicted of"),
    ("Two men were arrested.", "Two men were detained.", WORDING, "arrested → detained"),
    # who or what a figure counts, put for another kind
    ("The study involved 500 children.", "The study involved 500 adults.", FACT,
     "counted: 500 children → 500 adults"),
    ("The drug helped 30 patients.", "The drug helped 30 mice.", FACT,
     "counted: 30 patients → 30 mice"),
    ("The strike killed 12 civilians.", "The strike killed 12 militants.", FACT,
     "counted: 12 civilians → 12 militants"),
    # another word for the same kind, or a noun of no listed kind
    ("It killed 12 people.", "It killed 12 residents.", WORDING, "people → residents"),
    ("It took three sessions.", "It took three rounds.", WORDING, "sessions → rounds"),
    # an amount of one unit written with the article
    ("Walking 30 minutes a day helps, the study found.",
     "Walking an hour a day helps, the study found.", FACT,
     "30 minutes a day → an hour a day (restated, +100%)"),
    # one date or month written another way is no changed fact
    ("The summit was held on July 15, 2018 in Helsinki.",
     "The summit was held on 15 July 2018 in Helsinki.", WORDING, "cut: “July”; added: “July”"),
    ("It ended in August, officials said.", "It ended in Aug., officials said.", WORDING,
     "August → Aug."),
    # a place's people or adjective for the place is the same place
    ("He met Russia's leader on Monday.", "He met the Russian leader on Monday.", WORDING,
     "Russia's → the Russian"),
    ("He met Finland's president on Monday.", "He met the Finnish president on Monday.", WORDING,
     "Finland's → the Finnish"),
    ("He met the Finnish president on Monday.", "He met the Danish president on Monday.", FACT,
     "Finnish → Danish"),
    # a year is no amount: no relative change
    ("The law was passed in 2019.", "The law was passed in 2009.", FACT, "2019 → 2009"),
    # an office, a body or a party put for another: someone else did it
    ("The mayor approved the plan.", "The governor approved the plan.", FACT,
     "office: mayor → governor"),
    ("The vice president signed the order.", "The president signed the order.", FACT,
     "office: cut “vice”"),
    ("The president spoke at the rally.", "The former president spoke at the rally.", FACT,
     "office: added “former”"),
    ("The Senate passed the bill on Friday.", "The House passed the bill on Friday.", FACT,
     "body: Senate → House"),
    ("Smith, a Democrat, won the seat.", "Smith, a Republican, won the seat.", FACT,
     "party: Democrat → Republican"),
    # another word for the same office, or a generic word for it: the same person
    ("The congressman voted against it.", "The representative voted against it.", WORDING,
     "congressman → representative"),
    ("The senator voted against it.", "The lawmaker voted against it.", WORDING,
     "senator → lawmaker"),
    # a cut source, a hedge added or cut: still the claim, told less surely or without its source
    ("The fire killed 12 people, according to police.", "The fire killed 12 people.", WORDING,
     "cut attribution: “according to police”"),
    ("The drug cures the disease.", "The drug may cure the disease.", WORDING,
     "hedged: cures → may cure"),
    ("The drug possibly slows the disease.", "The drug slows the disease.", WORDING,
     "hedge cut: “possibly”"),
    ("The drug slows the disease.", "The drug probably slows the disease.", WORDING,
     "hedged: “probably”"),
])
def test_a_small_edit_says_what_it_did_to_the_claim(old: str, new: str, kind: ChangeKind,
                                                    detail: str) -> None:
    assert _changes(old + "\n", new + "\n") == [(kind, detail)]


@pytest.mark.parametrize(("old", "new"), [
    # the modal "may" is no month
    ("The council may vote on the plan next week.", "The council will vote on the plan next week."),
    # the same denial in other words
    ("The deal will not go ahead this year.", "The deal won't go ahead this year."),
    # a word swapped for one of its own side
    ("The council approved the plan on Monday.", "The council accepted the plan on Monday."),
])
def test_the_same_claim_in_other_words_is_a_rewording(old: str, new: str) -> None:
    assert [kind for kind, _ in _changes(old + "\n", new + "\n")] == [ChangeKind.REWORDING]


def test_a_long_rewrite_that_holds_a_denial_is_no_negation() -> None:
    found = _changes("The mayor opened the new bridge on Monday.\n",
                     "The mayor, who never liked the old crossing, opened the new bridge on "
                     "Monday.\n")
    assert all(not detail.startswith("negation") for _, detail in found)


def _missing(original: str, revised: str) -> list[str]:
    return list(compare(Article(original), Article(revised)).summary.missing_facts)


BOARD = ("The harbour board met on Monday.\n\n"
         "It said seven more ferry routes are being planned for the islands.\n\n"
         "Tickets will cost 3 euros.\n")


def test_a_spelled_count_cut_with_its_sentence_is_a_missing_fact() -> None:
    assert "seven more ferry routes" in _missing(BOARD, BOARD.replace(
        "It said seven more ferry routes are being planned for the islands.\n\n", ""))


def test_a_spelled_count_restated_in_digits_is_kept() -> None:
    revised = BOARD.replace("It said seven more ferry routes are being planned for the islands.",
                            "It said 7 more ferry routes are planned.")
    assert "seven more ferry routes" not in _missing(BOARD, revised)


@pytest.mark.parametrize("sentence", [
    "One of the routes will run at night.",   # "one": a pronoun as often as a count
    "The plan took three years to draw up.",  # a spelled duration is the text's wording
])
def test_one_and_spelled_durations_are_not_ledger_facts(sentence: str) -> None:
    original = BOARD.replace("Tickets will cost 3 euros.", sentence)
    assert _missing(original, BOARD.replace("Tickets will cost 3 euros.", "")) == []


def test_edits_on_both_sides_of_one_figure_are_one_fact_change() -> None:
    found = _changes("The harbour board said the grant is worth $5 million.\n",
                     "The harbour board said the grant is worth 5 million euros.\n")
    assert found == [(ChangeKind.FACT_CHANGE, "$5 million → 5 million euros")]


def test_a_changed_hedge_is_the_figures_change_not_a_cut_phrase_in_the_ledger() -> None:
    original = "The harbour board said the storm has sunk at least 12 boats.\n"
    revised = "The harbour board said the storm has sunk at most 12 boats.\n"
    assert _changes(original, revised) == [
        (ChangeKind.FACT_CHANGE, "at least 12 → at most 12 (hedged)")]
    assert not any("least" in f for f in _missing(original, revised))


@pytest.mark.parametrize(("old", "new", "detail"), [
    ("", ".", "punctuation added: ."), (",", ";", "punctuation: , → ;"), (",", "", "punctuation cut: ,"),
])
def test_an_edit_of_marks_only_says_so(old: str, new: str, detail: str) -> None:
    from articlecompare.core.classify import hunk_kind

    assert hunk_kind(old, new, False)[:2] == (WORDING, detail)


def test_a_time_with_its_hour_changed_is_a_changed_fact_with_its_new_time() -> None:
    result = compare(Article("The fire started at 3 a.m. on Monday.\n"),
                     Article("The fire started at 5 a.m. on Monday.\n"))
    assert [(f.text, f.status, f.replacement) for f in result.facts if f.text == "3 a.m."] == \
        [("3 a.m.", FactStatus.CHANGED, "5 a.m.")]


def test_a_share_restated_in_words_is_changed_not_missing_in_the_ledger() -> None:
    result = compare(Article("Walking cut the risk by 30 percent, the study found.\n"),
                     Article("Walking cut the risk by nearly a third, the study found.\n"))
    assert [(f.text, f.status, f.replacement) for f in result.facts] == \
        [("30 percent", FactStatus.CHANGED, "nearly a third")]


def test_a_moved_sentence_says_what_its_edits_did_beside_the_move() -> None:
    result = compare(Article("Officials said 12 people died.\n\nThe cause is unknown.\n"),
                     Article("The cause is unknown.\n\nOfficials said 12 people died and 40 "
                             "were hurt.\n"))
    assert [(c.kind, c.detail) for c in result.changes] == [
        (ChangeKind.MOVE, "moved and reworded"),
        (ChangeKind.ADDITION, "figure added: “and 40 were hurt”")]


def test_a_quantifier_in_a_long_rewrite_is_no_quantity_change() -> None:
    old = "The agency said it would keep all of its clinics open in the region this year."
    new = "The agency said staffing in the region had fallen to a few dozen people this year."
    kinds = _changes(old + "\n", new + "\n")
    assert all(not detail.startswith("quantity:") for _, detail in kinds)


@pytest.mark.parametrize(("original", "revised", "fact", "replacement"), [
    # a date made less precise by a cut inside it
    ("In this July 7, 2017 photo, the two leaders meet in Hamburg.",
     "In this July 2017 photo, the two leaders meet in Hamburg.", "July 7, 2017", "July 2017"),
    # a figure put in words in its place, vaguer
    ("Over 400 Palestinians have been killed, officials said.",
     "Hundreds of Palestinians have been killed, officials said.", "400 Palestinians",
     "Hundreds"),
    # a date made more precise
    ("The vote was held in March 2024 in Ohio.", "The vote was held on March 3, 2024 in Ohio.",
     "March 2024", "March 3, 2024"),
    # a figure written first in a title-case headline, then changed in the body
    ("Study Finds Walking Cuts Heart Risk by 30 Percent\n\nWalking cut the risk by 30 percent, "
     "the study found.", "Walking Helps the Heart\n\nWalking cut the risk by nearly a third, the "
     "study found.", "30 percent", "nearly a third"),
    # the same date written again further on and changed there
    ("The summit is on July 16, 2018 in Helsinki.\n\nThe talks on July 16, 2018 will be long.",
     "The summit is in Helsinki.\n\nThe talks on July 15, 2018 will be long.",
     "July 16, 2018", "July 15, 2018"),
])
def test_the_ledger_says_changed_where_the_change_list_does(original: str, revised: str,
                                                           fact: str, replacement: str) -> None:
    result = compare(Article(original + "\n"), Article(revised + "\n"))
    assert any(c.kind == ChangeKind.FACT_CHANGE for c in result.changes)
    assert [(f.status, f.replacement) for f in result.facts if f.text == fact] == \
        [(FactStatus.CHANGED, replacement)]


def test_a_date_written_another_way_is_kept_in_the_ledger() -> None:
    result = compare(Article("The summit was held on July 15, 2018 in Helsinki.\n"),
                     Article("The summit was held on 15 July 2018 in Helsinki.\n"))
    assert [(f.status, f.replacement) for f in result.facts if f.text == "July 15, 2018"] == \
        [(FactStatus.KEPT, "15 July 2018")]


@pytest.mark.parametrize(("old", "new", "kind"), [
    ("Gregg Re", "Jason Donner and The Associated Press", ChangeKind.FACT_CHANGE),  # names swapped
    ("TURNBERRY", "GLASGOW", ChangeKind.FACT_CHANGE),
    # a lede rewritten around other names: a rewording, whose names the ledger follows
    ("and Russia's Vladimir Putin are ready to go one-on-one",
     "blamed the United States, not Russian election meddling or the annexation of Crimea, for",
     ChangeKind.REWORDING),
])
def test_names_swapped_are_a_fact_change_and_a_rewrite_naming_others_is_not(
        old: str, new: str, kind: ChangeKind) -> None:
    from articlecompare.core.classify import hunk_kind

    assert hunk_kind(old, new, False).kind is kind


HELD = "The talks were held on July 15, 2018, in the capital.\n"


@pytest.mark.parametrize(("original", "revised", "changed"), [
    (HELD, "The talks were held on Sunday, 15 July 2018, in the capital.\n", False),  # a weekday
    ("July 15, 2018\n\nThe talks were held in the capital.\n",
     "Sunday, 15 July 2018 07:38 AM\n\nThe talks were held in the capital.\n", False),
    (HELD, "The talks were held on Sunday, July 16, 2018, in the capital.\n", True),
    (HELD, "The talks were held in July 2018 in the capital.\n", True),  # the day cut
])
def test_a_date_written_another_way_with_its_weekday_is_no_changed_fact(original: str,
                                                                        revised: str,
                                                                        changed: bool) -> None:
    result = compare(Article(original), Article(revised))
    assert (ChangeKind.FACT_CHANGE in [c.kind for c in result.changes]) is changed
    (date,) = [f for f in result.facts if f.text == "July 15, 2018"]
    assert (date.status is FactStatus.CHANGED) is changed


def test_a_figure_that_stands_in_the_other_part_of_a_split_sentence_is_not_changed() -> None:
    original = ("Spotify changed course on Friday.\n\nThe policy had two parts, the company "
                "said, which were related to promoting artists in the rarest cases and "
                "addressing hate content. It was implemented May 10.\n")
    revised = ("Spotify changed course on Friday.\n\nThe policy had two parts, the company "
               "said. One part addressed promoting artists in the rarest cases and the other "
               "addressed hate content. The policy was implemented May 10.\n")
    result = compare(Article(original), Article(revised))
    assert ChangeKind.FACT_CHANGE not in [c.kind for c in result.changes]
    (parts,) = [f for f in result.facts if f.text == "two parts"]
    assert parts.status is FactStatus.KEPT


def test_the_same_names_in_another_order_are_no_fact_change() -> None:
    result = compare(Article("Trump spoke first and Putin spoke second on Monday.\n"),
                     Article("Putin spoke first and Trump spoke second on Monday.\n"))
    assert ChangeKind.FACT_CHANGE not in [c.kind for c in result.changes]


@pytest.mark.parametrize(("old", "new", "quantity"), [
    ("Recovery was 61 percent in the injection only group.",
     "Recovery was 61 percent in the injection patients.", False),  # a compound, no quantity
    ("Only a few of the patients recovered.", "Many of the patients recovered.", True),
    ("All of the patients recovered.", "Most of the patients recovered.", True),
    # a denial told another way is no quantity changed
    ("The plan doesn't have an end date.", "The plan has no end date.", False),
])
def test_only_is_a_quantifier_where_a_number_follows_it(old: str, new: str,
                                                        quantity: bool) -> None:
    kinds = _changes(old + "\n", new + "\n")
    assert any(detail.startswith("quantity:") for _, detail in kinds) is quantity
