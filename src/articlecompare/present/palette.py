"""The one palette of change-kind, fact and verdict colours, light and dark.

Depends on ``core`` for the kinds only. Colours are hex strings; the window turns them into
Qt colours and blends them onto its base, the reports write them into their style sheets.
The kind hues follow Okabe & Ito's colour-blind-safe set; every kind also has a cue that is
not colour (underline, strike-through, bold, dimmed text) where it matters most.
"""
from __future__ import annotations

from dataclasses import dataclass

from articlecompare.core.model import ChangeKind


@dataclass(frozen=True, slots=True)
class KindColour:
    light: str   # ink on a light base
    dark: str    # ink on a dark base

    def ink(self, dark: bool) -> str:
        return self.dark if dark else self.light


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

# Verdicts: GitHub's Primer hues, which hold their contrast on both bases. A note without a
# verdict is grey.
VERDICT_COLOURS: dict[str, KindColour] = {
    "fine": KindColour("#1A7F37", "#3FB950"),
    "needs_checking": KindColour("#9A6700", "#D29922"),
    "misleading": KindColour("#8250DF", "#A371F7"),
    "error": KindColour("#CF222E", "#F85149"),
    "note": KindColour("#57606A", "#8B949E"),
}

# How strongly a kind's ink shows through the page (0 = page, 1 = ink), per theme: the
# passage a change touches, a passage added or cut whole, the words changed inside it.
TINT_ALPHA = {False: 0.16, True: 0.22}
BLOCK_ALPHA = {False: 0.30, True: 0.34}
WORD_ALPHA = {False: 0.45, True: 0.48}
PAPER = "#FFFFFF"  # the reports' page
# kinds whose passages keep most of their words, so the changed words inside are marked in
# the kind's word colour; a passage added or cut whole is told by its tint alone
WORD_KINDS = (ChangeKind.REWORDING, ChangeKind.FACT_CHANGE, ChangeKind.QUOTE_CHANGE,
              ChangeKind.OMISSION)


def blend(base: str, ink: str, alpha: float) -> str:
    """``ink`` laid over ``base`` at ``alpha``, as an opaque hex colour."""
    b, i = _rgb(base), _rgb(ink)
    return "#" + "".join(f"{round(x + (y - x) * alpha):02X}" for x, y in zip(b, i))


def _rgb(colour: str) -> tuple[int, int, int]:
    h = colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def kind_ink(kind: ChangeKind, dark: bool = False) -> str:
    return KIND_COLOURS[kind].ink(dark)


def fact_ink(kind: ChangeKind | None, missing: bool, dark: bool = False) -> str:
    """The background of a fact drawn inverted: the ink of the kind of change it stands in,
    else the missing- or changed-fact ink."""
    if kind is not None and kind in KIND_COLOURS and kind != ChangeKind.BOILERPLATE:
        return kind_ink(kind, dark)
    return (MISSING_FACT if missing else CHANGED_FACT).ink(dark)


def text_on(ink: str) -> str:
    """Near-black or white, whichever reads better on ``ink`` (by relative luminance)."""
    r, g, b = (((c / 255) / 12.92) if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4
               for c in _rgb(ink))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#141414" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#FFFFFF"


def kind_tint(kind: ChangeKind, dark: bool = False, base: str = PAPER) -> str:
    """The background of a passage a change of ``kind`` touches, on ``base``."""
    return blend(base, kind_ink(kind, dark), TINT_ALPHA[dark])


def kind_word(kind: ChangeKind, dark: bool = False, base: str = PAPER) -> str:
    """The background of words changed inside a passage of ``kind``, on ``base``."""
    return blend(base, kind_ink(kind, dark), WORD_ALPHA[dark])


def report_css_palette() -> str:
    """The palette for the HTML report (light, on white paper) as CSS custom properties,
    ``--<kind>`` the ink, ``--<kind>-bg`` the passage tint, ``--<verdict>`` each verdict's
    colour, and the rule that gives words changed inside a passage its kind's word colour."""
    lines = [f"  --{k.value}: {kind_ink(k)}; --{k.value}-bg: {kind_tint(k)};"
             for k in KIND_COLOURS]
    lines += [f"  --{v}: {c.light};" for v, c in VERDICT_COLOURS.items()]
    lines += [f"  --missing-fact: {MISSING_FACT.light}; --changed-fact: {CHANGED_FACT.light};"]
    words = [f".k-{k.value} ins.w, .k-{k.value} del.w {{ background: {kind_word(k)}; }}"
             for k in WORD_KINDS]
    return ":root {\n" + "\n".join(lines) + "\n}\n" + "\n".join(words) + "\n"


def report_css_rules() -> str:
    """The kind, fact and verdict colours as plain class rules, for style engines without
    custom properties (the printed report's)."""
    rules = [f".k-{k.value} {{ background-color: {kind_tint(k)}; }}" for k in KIND_COLOURS]
    rules += [f".k-{k.value} .del, .k-{k.value} .ins {{ background-color: {kind_word(k)}; }}"
              for k in WORD_KINDS]
    rules += [f".v-{v} {{ color: {c.light}; }}" for v, c in VERDICT_COLOURS.items()]
    rules += [f".status-missing, .missing-fact, .missing-title {{ color: {MISSING_FACT.light}; }}",
              f".status-changed {{ color: {CHANGED_FACT.light}; }}"]
    return "\n".join(rules) + "\n"
