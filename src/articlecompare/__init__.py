"""ArticleCompare: see how one version of an article differs from another."""

__version__ = "0.1.0"
