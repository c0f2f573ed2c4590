"""What was dropped or pasted onto a pane: local files, HTML from a browser, or plain text."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData


@dataclass(frozen=True)
class Payload:
    """Dropped or pasted content; ``url`` is where a browser says it came from."""

    paths: tuple[str, ...] = ()
    html: str | None = None
    text: str | None = None
    url: str | None = None

    @property
    def is_bare_link(self) -> bool:
        """Only a web address (a dragged link): nothing to compare without fetching it."""
        if self.paths or self.html:
            return False
        text = (self.text or "").strip()
        return bool(text) and " " not in text and text.startswith(("http://", "https://"))


def payload_from_mime(mime: QMimeData) -> Payload | None:
    """The usable part of ``mime`` (files first, then HTML, then text), or None."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = tuple(url.toLocalFile() for url in urls if url.isLocalFile())
    if paths:
        return Payload(paths=paths)
    remote = next((url.toString() for url in urls if not url.isLocalFile()), None)
    html = mime.html() if mime.hasHtml() and mime.html().strip() else None
    text = mime.text() if mime.hasText() and mime.text().strip() else None
    if html is None and text is None:
        return None
    return Payload(html=html, text=text, url=remote)
