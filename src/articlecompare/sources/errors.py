"""The one exception the loaders raise for bad input.

Its message is a single line a person can act on ("notes.pdf is not a text or web page file
(it looks like a PDF document)"); callers show ``str(error)`` as it is.
"""
from __future__ import annotations


class LoadError(Exception):
    """Input that cannot become an article: missing, unreadable, binary, empty, too large."""

    def __init__(self, message: str) -> None:
        # Whitespace (including newlines in odd file names) collapses, so the message
        # always fits on one line.
        super().__init__(" ".join(message.split()))


def display_name(source: str) -> str:
    """``source`` as it may appear in a one-line message: control characters escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in source) or "input"
