"""Kind colours as Qt colours and the text formats built from them, light and dark.

The colours are the app's one palette (``present.palette``), which the reports take too;
each kind also has a cue that is not colour (bold, underline, strike-through, dimmed text)
where it matters most.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from articlecompare.core.model import ChangeKind
from articlecompare.present.palette import (
    BLOCK_ALPHA, KIND_COLOURS, TINT_ALPHA, VERDICT_COLOURS, WORD_ALPHA, fact_ink, text_on,
)
from articlecompare.present.marks import Layer, Style

__all__ = ["VERDICT_COLOURS", "FormatBook", "annotation_format", "blend", "kind_colour",
           "verdict_colour"]
# kinds a fact-checker must not miss: changed words bold and underlined
_EMPHASISED = {ChangeKind.FACT_CHANGE, ChangeKind.QUOTE_CHANGE}


def kind_colour(kind: ChangeKind, dark: bool) -> QColor:
    colour = KIND_COLOURS[kind]
    return QColor(colour.dark if dark else colour.light)


def blend(base: QColor, ink: QColor, alpha: float) -> QColor:
    """``ink`` laid over ``base`` at ``alpha`` (an opaque colour, so text stays crisp)."""
    return QColor.fromRgbF(
        base.redF() + (ink.redF() - base.redF()) * alpha,
        base.greenF() + (ink.greenF() - base.greenF()) * alpha,
        base.blueF() + (ink.blueF() - base.blueF()) * alpha,
    )


class FormatBook:
    """Builds (and caches) the QTextCharFormat for each style a run can have."""

    def __init__(self, base: QColor, text: QColor, dark: bool) -> None:
        self.base = QColor(base)
        self.text = QColor(text)
        self.dark = dark
        self._cache: dict[Style, QTextCharFormat] = {}

    def format_for(self, style: Style) -> QTextCharFormat:
        cached = self._cache.get(style)
        if cached is None:
            cached = QTextCharFormat()
            for layer, kind in style:
                self._apply(cached, layer, kind)
            self._cache[style] = cached
        return cached

    def _apply(self, fmt: QTextCharFormat, layer: Layer, kind: ChangeKind | None) -> None:
        if kind == ChangeKind.BOILERPLATE:
            fmt.setForeground(blend(self.base, self.text, 0.45))
            return
        if layer in (Layer.MISSING_FACT, Layer.CHANGED_FACT):
            self._fact(fmt, kind, missing=layer == Layer.MISSING_FACT)
        elif kind is not None:
            self._kind_layer(fmt, layer, kind)
        elif layer == Layer.DELETED:
            fmt.setFontStrikeOut(True)
        elif layer == Layer.INSERTED:
            fmt.setFontUnderline(True)

    def _kind_layer(self, fmt: QTextCharFormat, layer: Layer, kind: ChangeKind) -> None:
        ink = kind_colour(kind, self.dark)
        if layer in (Layer.TINT, Layer.BLOCK):
            alpha = (TINT_ALPHA if layer == Layer.TINT else BLOCK_ALPHA)[self.dark]
            fmt.setBackground(blend(self.base, ink, alpha))
            return
        fmt.setBackground(blend(self.base, ink, WORD_ALPHA[self.dark]))
        if layer == Layer.DELETED:
            fmt.setFontStrikeOut(True)
        elif layer == Layer.INSERTED:
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(ink)
        if kind in _EMPHASISED:
            fmt.setFontWeight(QFont.Weight.DemiBold)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(ink)

    def _fact(self, fmt: QTextCharFormat, kind: ChangeKind | None, missing: bool) -> None:
        """A fact inverted in the ink of the kind of change it stands in (the report's kind
        colours), a wavy underline if it is missing, a straight one if it changed."""
        ink = fact_ink(kind, missing, self.dark)
        fmt.setBackground(QColor(ink))
        fmt.setForeground(QColor(text_on(ink)))
        fmt.setFontWeight(QFont.Weight.Bold)
        style = (QTextCharFormat.UnderlineStyle.WaveUnderline if missing
                 else QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(self.text)


# Verdicts: a margin dot and a dotted underline in the verdict's colour.
# The property an annotated run's format carries (its value: the verdict, or "note").
ANNOTATION_PROPERTY = QTextCharFormat.Property.UserProperty + 1


def verdict_colour(verdict: str, dark: bool) -> QColor:
    """Colour of a verdict value (``misleading``…), or of ``note`` for a note alone."""
    colour = VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["note"])
    return QColor(colour.dark if dark else colour.light)


def annotation_format(verdict: str, dark: bool) -> QTextCharFormat:
    """What an annotated change adds on top of its highlight: a dotted underline."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(verdict_colour(verdict, dark))
    fmt.setProperty(ANNOTATION_PROPERTY, verdict)
    return fmt
