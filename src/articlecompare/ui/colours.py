"""Kind colours and the text formats built from them, in light and dark variants.

The hues follow Okabe & Ito's colour-blind-safe set; each kind also has a cue that is not
colour (bold, underline, strike-through, dimmed text) where it matters most.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from articlecompare.core.model import ChangeKind
from articlecompare.ui.marks import Layer, Style


@dataclass(frozen=True)
class KindColour:
    light: str   # ink on a light base
    dark: str    # ink on a dark base


KIND_COLOURS: dict[ChangeKind, KindColour] = {
    ChangeKind.COMMENTARY: KindColour("#CC79A7", "#E08FBD"),    # reddish purple
    ChangeKind.ADDITION: KindColour("#56B4E9", "#56B4E9"),      # sky blue
    ChangeKind.OMISSION: KindColour("#D55E00", "#F07A2A"),      # vermilion
    ChangeKind.REWORDING: KindColour("#E6D200", "#F0E442"),     # yellow
    ChangeKind.FACT_CHANGE: KindColour("#E69F00", "#F5B324"),   # orange
    ChangeKind.QUOTE_CHANGE: KindColour("#0072B2", "#3D9BE0"),  # blue
    ChangeKind.MOVE: KindColour("#009E73", "#2BC497"),          # bluish green
    ChangeKind.BOILERPLATE: KindColour("#8C8C8C", "#8C8C8C"),   # grey
}
# Facts are drawn inverted (ink background, contrasting text): nothing else on the page is.
MISSING_FACT = KindColour("#B34E00", "#FF8A3D")
CHANGED_FACT = KindColour("#9E6D00", "#F5B324")

# How strongly a layer's colour shows through the page, per theme (0 = page, 1 = ink).
_TINT_ALPHA = {False: 0.16, True: 0.22}
_BLOCK_ALPHA = {False: 0.30, True: 0.34}
_WORD_ALPHA = {False: 0.45, True: 0.48}
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
        if layer == Layer.MISSING_FACT:
            self._fact(fmt, MISSING_FACT, wave=True)
        elif layer == Layer.CHANGED_FACT:
            self._fact(fmt, CHANGED_FACT, wave=False)
        elif kind is not None:
            self._kind_layer(fmt, layer, kind)
        elif layer == Layer.DELETED:
            fmt.setFontStrikeOut(True)
        elif layer == Layer.INSERTED:
            fmt.setFontUnderline(True)

    def _kind_layer(self, fmt: QTextCharFormat, layer: Layer, kind: ChangeKind) -> None:
        ink = kind_colour(kind, self.dark)
        if layer in (Layer.TINT, Layer.BLOCK):
            alpha = (_TINT_ALPHA if layer == Layer.TINT else _BLOCK_ALPHA)[self.dark]
            fmt.setBackground(blend(self.base, ink, alpha))
            return
        fmt.setBackground(blend(self.base, ink, _WORD_ALPHA[self.dark]))
        if layer == Layer.DELETED:
            fmt.setFontStrikeOut(True)
        elif layer == Layer.INSERTED:
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(ink)
        if kind in _EMPHASISED:
            fmt.setFontWeight(QFont.Weight.DemiBold)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(ink)

    def _fact(self, fmt: QTextCharFormat, colour: KindColour, wave: bool) -> None:
        ink = QColor(colour.dark if self.dark else colour.light)
        fmt.setBackground(ink)
        fmt.setForeground(QColor("#141414") if self.dark else QColor("#FFFFFF"))
        fmt.setFontWeight(QFont.Weight.Bold)
        style = (QTextCharFormat.UnderlineStyle.WaveUnderline if wave
                 else QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(self.text)


# Verdicts: a margin dot and a dotted underline in the verdict's colour (GitHub's Primer
# hues, which hold their contrast on both bases). A note without a verdict is grey.
VERDICT_COLOURS: dict[str, KindColour] = {
    "fine": KindColour("#1A7F37", "#3FB950"),
    "needs_checking": KindColour("#9A6700", "#D29922"),
    "misleading": KindColour("#8250DF", "#A371F7"),
    "error": KindColour("#CF222E", "#F85149"),
    "note": KindColour("#57606A", "#8B949E"),
}
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
