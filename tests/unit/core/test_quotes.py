"""find_quotations(): quotations in every mark style, apostrophes left alone, quotations
running over paragraphs, speakers from the attribution around them, and what marks that
never close give (their cost is tests/robustness/test_linear_time.py's)."""
from __future__ import annotations

import pytest

from articlecompare.core.facts import find_facts
from articlecompare.core.model import FactType
from articlecompare.core.quotes import find_quotations
from articlecompare.core.speakers import speaker_key


def quoted(text: str) -> list[str]:
    return [q.text(text) for q in find_quotations(text)]


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotations(text)]


@pytest.mark.parametrize("text", [
    'The mayor said "we will rebuild the bridge" on Monday.',
    "The mayor said “we will rebuild the bridge” on Monday.",
    "The mayor said ‘we will rebuild the bridge’ on Monday.",
    "The mayor said 'we will rebuild the bridge' on Monday.",
    "The mayor said « we will rebuild the bridge » on Monday.",
    "The mayor said »we will rebuild the bridge« on Monday.",
    "The mayor said „we will rebuild the bridge“ on Monday.",
    "The mayor said ‘‘we will rebuild the bridge’’ on Monday.",
    'The mayor said "we will rebuild the bridge” on Monday.',  # mixed straight and curly
])
def test_a_quotation_in_every_mark_style(text: str) -> None:
    assert quoted(text) == ["we will rebuild the bridge"]


def test_marks_span_the_quotation_and_pieces_the_words() -> None:
    text = "“We are done here,” he said."
    (q,) = find_quotations(text)
    assert text[q.marks.start:q.marks.end] == "“We are done here,”"
    assert text[q.span.start:q.span.end] == "We are done here"  # the comma leads into "he said"


@pytest.mark.parametrize(("text", "expected"), [
    ("The students’ union said it can’t agree, as in the ’90s.", []),
    ("It's Jones' view that rock 'n' roll won't die.", []),
    ("‘We don’t know yet,’ she said of the players’ union.", ["We don’t know yet"]),
    ("He called it the ‘bad’ side of the deal.", ["bad"]),
    ("He called it a ‘workers’ deal’, nothing more.", ["workers’ deal"]),
    ("He is 6'2\" tall and said \"hello there\" to me.", ["hello there"]),
])
def test_apostrophes_and_inch_signs_are_no_quotation_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_a_nested_quotation_is_part_of_the_outer_one() -> None:
    text = ("“I told him ‘never again’ and he agreed,” she said. "
            "“He called it “bad” twice,” she added.")
    assert quoted(text) == ["I told him ‘never again’ and he agreed", "He called it “bad” twice"]


def test_a_quotation_runs_over_paragraphs_that_reopen_it() -> None:
    text = ("“The first paragraph of the statement ends without a closing mark.\n\n"
            "“The second one goes on and closes,” said Ms. Park.\n\nThe meeting ended.")
    (q,) = find_quotations(text)
    assert len(q.pieces) == 2
    assert q.text(text) == ("The first paragraph of the statement ends without a closing mark. "
                            "The second one goes on and closes")
    assert q.speaker == "Ms. Park"


def test_a_quotation_never_closed_ends_with_its_paragraph() -> None:
    text = "He said “we will win the vote\n\nThe count began at noon."
    assert quoted(text) == ["we will win the vote"]


def test_several_sentences_are_one_quotation() -> None:
    text = 'Netea says of the study, "The effects are exciting. We know more now. Trials go on."'
    assert quoted(text) == ["The effects are exciting. We know more now. Trials go on."]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“These guys are the worst of the worst,” said Mr. Reeves.", "Mr. Reeves"),
    ("“These guys are the worst,” Reeves said.", "Reeves"),
    ("Reeves said: “These guys are the worst.”", "Reeves"),
    ("Mr. Reeves told reporters: “These guys are the worst.”", "Mr. Reeves"),
    ("According to Mr. Reeves, “these guys are the worst.”", "Mr. Reeves"),
    ("“These guys are the worst,” according to Mr. Reeves.", "Mr. Reeves"),
    ("“They hide,” said virologist Dr. Cheng-Feng Qin of the academy.", "Dr. Cheng-Feng Qin"),
    ("Mihai G. Netea, PhD, a professor in the Netherlands, says of the study, “It works.”",
     "Mihai G. Netea"),
    ("Dr. Joseph Bellanti of Georgetown said “it could be big.”", "Dr. Joseph Bellanti"),
    ("“Someone trained would have found that unusual” and flagged them, Mr. Shanks said.",
     "Mr. Shanks"),
    ("“We will close two plants,” the company said in a statement.", "the company"),
    ("Qin says that one day patients could take it to “let the virus hunt them down.”", "Qin"),
    ("Qin also says the virus could “hunt them down.”", "Qin"),
    ("With the summit open, the American president declared that “we get along.”",
     "the American president"),
    ("Kosar said it would be “pointless” to discuss the vote, which Moscow firmly denies.",
     "Kosar"),
    ("Mr. Hale’s ambassador to Moscow says he hopes for “a detailed conversation.”",
     "Mr. Hale’s ambassador"),
    ("The National Weather Service states that “storms are coming.”", "National Weather Service"),
    ("“We made the link,” because the cells are alike, says Man.", "Man"),
    ("Lee’s adviser said they are not looking for “concrete deliverables.”", "Lee’s adviser"),
])
def test_the_speaker_comes_from_the_attribution(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_pronoun_or_a_bare_quotation_continues_the_speaker_before() -> None:
    text = ("“We are ready,” said Mayor Hall. “The bridge will open,” she added.\n\n"
            "“Nobody expected the weather to turn.”\n\nThe council met later.")
    found = find_quotations(text)
    assert [q.speaker for q in found] == ["Mayor Hall"] * 3
    assert [q.inferred for q in found] == [False, True, True]


def test_a_quotation_after_an_attributed_one_continues_its_speaker() -> None:
    text = '"We take the bad side of viruses," says Shi. "They have a role to play."'
    assert speakers(text) == ["Shi", "Shi"]


def test_a_pronoun_far_from_any_speaker_names_nobody() -> None:
    text = ("“We are ready,” said Mayor Hall.\n\nThe council met.\n\nRoads were closed.\n\n"
            "Trump blamed past policies. “Relations have never been worse,” he tweeted.")
    assert speakers(text) == ["Mayor Hall", None]


def test_a_closing_mark_set_apart_by_spaces_closes() -> None:
    text = '"Anything you do, it is always \'Oh, he loves Russia,\' " Hale said at the meeting.'
    assert quoted(text) == ["Anything you do, it is always 'Oh, he loves Russia,'"]
    assert speakers(text) == ["Hale"]


def test_an_unattributed_phrase_has_no_speaker() -> None:
    assert speakers("The so-called “deep state” is a phrase he used.") == [None]


def test_speaker_keys_match_across_titles_and_initials() -> None:
    assert speaker_key("Dr. Mihai Netea") == speaker_key("Mihai G. Netea, PhD") == "netea"
    assert speaker_key("Mr. Reeves") == speaker_key("Reeves")
    assert speaker_key(None) is None


def test_quotation_facts_come_from_the_same_finder() -> None:
    text = "‘We will rebuild the bridge,’ said Mayor Hall. It's the ’90s again, 'tis said."
    assert [f.text for f in find_facts(text) if f.type == FactType.QUOTE] == [
        "We will rebuild the bridge"]


@pytest.mark.parametrize("unit", ['"“a ', "“a ", "‘a '", "'a ", "«a ", "„a ", "‘‘a "])
def test_marks_that_never_close_give_at_most_one_quotation(unit: str) -> None:
    text = unit * (2_000 // len(unit))
    found = find_quotations(text)
    assert len(found) <= 1
    assert len([f for f in find_facts(text) if f.type == FactType.QUOTE]) <= 1


def test_many_quotations_each_get_their_speaker() -> None:
    text = "“a b c,” said Mr. Reeves. " * 400
    found = find_quotations(text)
    assert len(found) == 400 and found[-1].speaker == "Mr. Reeves"
