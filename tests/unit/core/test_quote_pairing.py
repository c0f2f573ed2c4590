"""pair_quotations(): which quotation of the revised text stands for which of the original,
and how the detail names the difference."""
from __future__ import annotations

from articlecompare.core.quote_pairing import Place, QuotePair, pair_quotations
from articlecompare.core.quotes import find_quotations

NOWHERE: frozenset[Place] = frozenset()
HERE: frozenset[Place] = frozenset({("pair", 0)})
NEARBY: frozenset[Place] = frozenset({("gap", 0)})


def pairs(a: str, b: str, place_a: frozenset[Place] = NOWHERE,
          place_b: frozenset[Place] = NOWHERE) -> list[QuotePair]:
    qa, qb = find_quotations(a), find_quotations(b)
    return pair_quotations(a, qa, b, qb, [place_a] * len(qa), [place_b] * len(qb))


def test_the_same_words_pair_wherever_they_stand_and_are_not_altered() -> None:
    (p,) = pairs("Intro. “We will win the vote,” she said.",
                 "“We will WIN the vote”, she said. Outro.")
    assert not p.altered and p.kept == 1.0


def test_a_quotation_that_keeps_most_of_its_words_pairs_anywhere() -> None:
    (p,) = pairs("“We will rebuild the old bridge by spring,” said Mayor Hall.",
                 "Later. “We will rebuild the bridge by spring or summer,” Hall said.")
    assert p.altered
    assert p.detail.startswith("cut: “old”; extended: “or summer”")


def test_unrelated_quotations_elsewhere_do_not_pair() -> None:
    assert pairs("“We will rebuild the bridge,” said Mayor Hall.",
                 "“Nobody expected the storm,” said Mayor Hall.") == []


def test_quotations_of_one_speaker_in_one_place_pair_whatever_their_words() -> None:
    (p,) = pairs("“We will rebuild the bridge,” said Mayor Hall.",
                 "“Nobody expected the storm,” said Mayor Hall.", NEARBY, NEARBY)
    assert p.detail.startswith("replaced by another quotation")


def test_quotations_of_two_named_speakers_nearby_do_not_pair_on_place_alone() -> None:
    assert pairs("“We will rebuild the bridge,” said Mayor Hall.",
                 "“Nobody expected the storm,” said Chief Ray.", NEARBY, NEARBY) == []


def test_quotations_in_one_sentence_pair_pair_even_when_short() -> None:
    (p,) = pairs("He called it a “disaster” on Monday.", "He called it a “failure” on Monday.",
                 HERE, HERE)
    assert p.detail.startswith("“disaster” → “failure”")


def test_a_long_wording_is_elided_in_the_detail() -> None:
    long = " ".join(f"word{n}" for n in range(200))
    (p,) = pairs(f"“{long} end,” said Ms. Park.", f"“{long} finish,” said Ms. Park.")
    assert "“end” → “finish”" in p.detail and "…" in p.detail
    assert len(p.detail) < 2000
