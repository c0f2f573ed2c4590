"""The project's seed pair, loaded from where it lies: one uses single newlines, one blank lines."""
from __future__ import annotations

from articlecompare.sources import load_path


def test_original_seed_has_nine_paragraphs(seed_paths):
    original, _ = seed_paths
    article = load_path(original)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("Chicago Mayor Lori Lightfoot (D) said Wednesday")
    assert (article.kind, article.source, article.encoding) == ("text", str(original), "utf-8")


def test_revised_seed_has_thirteen_paragraphs_with_its_site_furniture(seed_paths):
    _, revised = seed_paths
    paragraphs = load_path(revised).text.split("\n\n")
    assert len(paragraphs) == 13
    assert paragraphs[0] == "Chicago Mayor Bans ICE From Using Police Database Days Before Raids Begin"
    assert paragraphs[-2:] == ["The Latest", "To Top"]


def test_seed_texts_are_clean(seed_paths):
    for path in seed_paths:
        text = load_path(path).text
        assert text == text.strip()
        assert "\r" not in text and "\n\n\n" not in text
        assert all(paragraph == paragraph.strip() and "\n" not in paragraph for paragraph in text.split("\n\n"))

