"""The built-in sample pair: a short local news report and a rewrite of it that shows every
kind of change (commentary, additions, an omission, rewording, a changed number, an altered
quote, a moved paragraph and site furniture). Both texts ship as package data."""
from __future__ import annotations

from importlib import resources

from articlecompare.core.model import Article, Metadata


def _read(name: str) -> str:
    return resources.files("articlecompare").joinpath("resources", "sample", name).read_text("utf-8")


def load_sample() -> tuple[Article, Article]:
    """(original, revised) of the sample pair."""
    original = Article(_read("original.txt").strip(), "sample: original.txt",
                       Metadata(title="Riverside council approves new bridge after two-year delay",
                                site="Sample news site"), kind="sample", encoding="utf-8")
    revised = Article(_read("revised.txt").strip(), "sample: revised.txt",
                      Metadata(title="Council Rams Through Costly Bridge Plan", site="Sample blog"),
                      kind="sample", encoding="utf-8")
    return original, revised
