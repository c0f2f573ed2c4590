"""A press release's standard parts (the "About <company>" profile, the forward-looking
notice, contacts, the end mark and the wire's dateline line) are furniture when a story
leaves them out: boilerplate changes, and no missing facts. News under an "About" heading,
and a story that speaks of forward-looking statements, stay what they are."""
from __future__ import annotations

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, ChangeKind, FactStatus
from articlecompare.core.release_parts import release_parts

RELEASE = """Harbor Biotech Reports Positive Results From Its Phase 2 Trial

BOSTON, March 3, 2025 /PRNewswire/ --

Harbor Biotech said today that its oral drug lowered blood pressure in 140 patients.

The trial ran at 12 sites over six months, the company said.

About the Phase 2 Trial

The study enrolled 140 adults with mild hypertension at Lakeview Clinic in Ohio.

About Harbor Biotech

Harbor Biotech is a clinical-stage company developing oral medicines. Founded in 2011 by \
Maria Lindqvist, it has offices in Boston and Basel and a partnership with Norvel Pharma.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private \
Securities Litigation Reform Act of 1995, and actual results may differ.

Media Contact: Jane Roe, Harbor Biotech, +1 617 555 0100

###

SOURCE Harbor Biotech
"""

STORY = """Harbor Biotech Reports Positive Results From Its Phase 2 Trial

Harbor Biotech said today that its oral drug lowered blood pressure in 140 patients.

The trial ran at 12 sites over six months, the company said.
"""


def _parts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in release_parts(text)]


def test_the_standard_parts_of_a_release_are_found() -> None:
    parts = _parts(RELEASE)
    assert parts[0] == "BOSTON, March 3, 2025 /PRNewswire/ --"
    assert "About the Phase 2 Trial" in parts  # the heading alone: what follows is news
    assert not any("enrolled 140 adults" in p for p in parts)
    assert any(p.startswith("About Harbor Biotech\n") and p.endswith("Norvel Pharma.") for p in parts)
    assert any(p.startswith("Forward-Looking Statements\n") for p in parts)
    assert parts[-1].startswith("Media Contact:") and parts[-1].endswith("SOURCE Harbor Biotech")


def test_a_story_told_from_the_release_lost_only_its_news() -> None:
    result = compare(Article(RELEASE), Article(STORY))

    def texts(kind: ChangeKind) -> list[str]:
        return [RELEASE[c.original.start:c.original.end] for c in result.changes
                if c.kind == kind and c.original is not None]
    assert texts(ChangeKind.OMISSION) == [
        "The study enrolled 140 adults with mild hypertension at Lakeview Clinic in Ohio."]
    boiler = " ".join(texts(ChangeKind.BOILERPLATE))
    assert "Harbor Biotech is a clinical-stage company" in boiler
    assert "forward-looking statements" in boiler and "SOURCE Harbor Biotech" in boiler
    missing = {f.text for f in result.facts if f.status == FactStatus.MISSING}
    assert {"Lakeview Clinic", "Ohio"} <= missing  # the news under "About the Phase 2 Trial"
    for furniture in ("Maria Lindqvist", "Basel", "Norvel Pharma", "Jane Roe", "2011"):
        assert furniture not in missing


def test_a_section_about_a_product_that_says_what_it_does_is_news() -> None:
    text = ("Acme Launches Widget\n\nAbout the Widget X\n\nWidget X has the potential to halve "
            "energy use in homes, the company said.\n")
    assert _parts(text) == ["About the Widget X"]


def test_a_story_that_speaks_of_forward_looking_statements_is_news() -> None:
    text = ("Regulators Question Forecasts\n\nForward-looking statements made by the company in "
            "2023 misled investors, the regulator said on Tuesday.\n\nThe company denied it.\n")
    assert _parts(text) == []


def test_a_contact_line_early_in_a_text_does_not_swallow_the_rest() -> None:
    text = "Media contact: Jane Roe\n\n" + "The council voted to close the library. " * 20 + "\n"
    assert _parts(text) == []


def test_a_profile_is_read_from_its_founding_too() -> None:
    text = ("News\n\nAbout Lakeside Hospital\n\nFounded in 1890, Lakeside Hospital is the oldest "
            "hospital in the county.\n")
    assert _parts(text) == ["About Lakeside Hospital\n\nFounded in 1890, Lakeside Hospital is the "
                            "oldest hospital in the county."]
