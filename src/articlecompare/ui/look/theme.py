"""Light and dark looks: the palette, the style sheets, and themed SVG icons.

Follows the system colour scheme (QStyleHints) unless the preference or ``--dark`` forces
one. Icons and style sheets are package data read with importlib.resources; no .qrc step.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QDir, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

RESOURCES = "articlecompare.resources"
Role = QPalette.ColorRole

LIGHT = {
    Role.Window: "#F3F3F2", Role.WindowText: "#1E1E1E", Role.Base: "#FFFFFF",
    Role.AlternateBase: "#F7F7F5", Role.Text: "#1E1E1E", Role.Button: "#EDEDEB",
    Role.ButtonText: "#1E1E1E", Role.Highlight: "#2F6FB3", Role.HighlightedText: "#FFFFFF",
    Role.PlaceholderText: "#6B6B6B", Role.Mid: "#C8C8C4", Role.Midlight: "#E2E2DF",
    Role.Dark: "#9A9A96", Role.Light: "#FFFFFF", Role.Shadow: "#5C5C5A", Role.Link: "#0060B0",
    Role.ToolTipBase: "#FFFFF0", Role.ToolTipText: "#1E1E1E",
}
DARK = {
    Role.Window: "#232426", Role.WindowText: "#E6E6E6", Role.Base: "#1A1B1D",
    Role.AlternateBase: "#2A2B2E", Role.Text: "#E6E6E6", Role.Button: "#303134",
    Role.ButtonText: "#E6E6E6", Role.Highlight: "#4C8FD6", Role.HighlightedText: "#FFFFFF",
    Role.PlaceholderText: "#9A9A9A", Role.Mid: "#44464A", Role.Midlight: "#3A3B3E",
    Role.Dark: "#141416", Role.Light: "#4A4B4F", Role.Shadow: "#000000", Role.Link: "#6CB4FF",
    Role.ToolTipBase: "#2A2B2E", Role.ToolTipText: "#E6E6E6",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def wants_dark(preference: str) -> bool:
    """``preference`` is ``light``, ``dark`` or ``auto`` (follow the system)."""
    if preference in ("light", "dark"):
        return preference == "dark"
    return system_prefers_dark()


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6A6A6A" if dark else "#A0A0A0")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def register_search_paths() -> None:
    """``icons:`` and ``style:`` prefixes for Qt file lookups (and QSS urls)."""
    root = resources.files(RESOURCES)
    for prefix in ("icons", "style"):
        QDir.addSearchPath(prefix, str(root / prefix))


def read_resource(folder: str, name: str) -> str:
    return (resources.files(RESOURCES) / folder / name).read_text(encoding="utf-8")


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(build_palette(dark))
    sheet = read_resource("style", "app.qss") + "\n" + read_resource("style", "dark.qss" if dark else "light.qss")
    app.setStyleSheet(sheet)
    themed_icon.cache_clear()


@cache
def themed_icon(name: str, colour: str) -> QIcon:
    """An SVG icon from package data drawn in ``colour`` (its ``currentColor``)."""
    svg = read_resource("icons", f"{name}.svg").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    colour = QApplication.palette().color(Role.ButtonText).name()
    return themed_icon(name, colour)
