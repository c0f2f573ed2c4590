"""Where a change with no text on one side would stand there (``present.links``)."""
from __future__ import annotations

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, ChangeKind
from articlecompare.present.links import change_links

FIRST = "The ferry to the island runs twice a day in the summer months."
SECOND = "Tickets cost less when they are bought online a week ahead of travel."
THIRD = "The company plans to add a third boat once the new pier is finished."
CUT = "A small cafe on the quay sells coffee and sandwiches to the passengers."


def test_a_cut_paragraph_stands_just_after_the_paragraph_before_it():
    original = "\n\n".join([FIRST, SECOND, CUT, THIRD])
    revised = "\n\n".join([FIRST, SECOND, THIRD])
    comparison = compare(Article(original), Article(revised))
    links = {link.change_id: link for link in change_links(comparison)}
    omission = next(c for c in comparison.changes if c.kind == ChangeKind.OMISSION)
    link = links[omission.id]
    assert link.gap == "revised" and link.revised.length == 0
    assert link.revised.start == revised.index(SECOND) + len(SECOND)
    assert comparison.text_of("original", link.original) == CUT


def test_an_added_paragraph_stands_just_after_the_paragraph_before_it_in_the_original():
    added = "Critics say the service is far too expensive for the people who live there."
    original = "\n\n".join([FIRST, SECOND, THIRD])
    revised = "\n\n".join([FIRST, added, SECOND, THIRD])
    comparison = compare(Article(original), Article(revised))
    link = next(k for k in change_links(comparison) if k.gap == "original")
    assert link.original.start == original.index(FIRST) + len(FIRST)
    assert comparison.text_of("revised", link.revised) == added


def test_a_change_on_both_sides_links_its_two_texts():
    original = "\n\n".join([FIRST, SECOND])
    revised = "\n\n".join([FIRST, SECOND.replace("online", "on the web")])
    comparison = compare(Article(original), Article(revised))
    links = change_links(comparison)
    assert links and all(k.gap == "" and k.original.length and k.revised.length for k in links)
