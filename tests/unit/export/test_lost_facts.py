"""The summary's missing facts read the same in every report and in the terminal, a changed
fact with its new wording."""
from __future__ import annotations

from articlecompare.core.compare import compare
from articlecompare.core.model import Article
from articlecompare.export.html_report import render_html
from articlecompare.export.markdown_report import render_markdown
from articlecompare.export.terminal import summary_text
from articlecompare.present.lost_facts import lost_fact_lines

ORIGINAL = ("The council approved a £3.2bn harbour plan on Tuesday, its leader said.\n\n"
            "A survey by Ipsos found 1,200 people opposed it.\n")
REVISED = ("The council approved a £3.2m harbour plan on Tuesday, its leader said.\n\n"
           "A survey found 12,000 people opposed it.\n")


def test_a_changed_fact_is_listed_with_what_took_its_place_everywhere() -> None:
    c = compare(Article(ORIGINAL), Article(REVISED))
    lines = lost_fact_lines(c)
    assert lines == ["£3.2bn → £3.2m", "Ipsos", "1,200 people → 12,000 people"]
    assert len(lines) == len(c.summary.missing_facts)  # the same facts, counted alike
    assert "Missing facts (3): £3.2bn → £3.2m; Ipsos; 1,200 people → 12,000 people" in \
        summary_text(c, width=200)
    assert "- **£3.2bn → £3.2m**" in render_markdown(c)
    assert "<li>1,200 people → 12,000 people</li>" in render_html(c)
