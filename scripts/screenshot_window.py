#!/usr/bin/env python3
"""Screenshots of the window on a pair of articles, light and dark, for people to look at.

    python scripts/screenshot_window.py                 # the seed pair, both themes, into docs/
    python scripts/screenshot_window.py A.txt B.txt --theme dark --out /tmp/shots
    python scripts/screenshot_window.py DRAFT.docx --name tracked-changes --theme light   # one file: both sides

Runs offscreen (no display needed), uses a throw-away settings file, and waits for the
comparison before grabbing the window.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from articlecompare.app import create_window, make_application  # noqa: E402
from articlecompare.core.annotations import Annotation, Verdict  # noqa: E402
from articlecompare.core.model import ChangeKind, Side  # noqa: E402
from articlecompare.ui.comparison.opinionreader import OpinionReader  # noqa: E402
from articlecompare.ui.preferences.settings import SettingsStore  # noqa: E402
from articlecompare.ui.sessions.closeguard import CloseDecision  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def seed_pair() -> tuple[str, str]:
    return str(next(SEEDS.glob("001_*.txt"))), str(next(SEEDS.glob("000_*.txt")))


def wait_for(signal, timeout_ms: int) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    signal.connect(lambda *_: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def annotate(window, changes, target) -> None:  # type: ignore[no-untyped-def]
    """A few verdicts, as a fact-checker would leave them, so the picture shows the feature."""
    window.document.set_annotation(target.key, Annotation(
        Verdict.MISLEADING, "Opinion presented as reporting; not in the original."))
    others = [c for c in changes if c is not target]
    fact = next((c for c in others if c.kind == ChangeKind.FACT_CHANGE), None)
    if fact is not None:
        window.document.set_annotation(fact.key, Annotation(Verdict.ERROR, "Figure differs from the source."))
    fine = next((c for c in others if c.kind == ChangeKind.REWORDING), None)
    if fine is not None:
        window.document.set_verdict(fine.key, Verdict.FINE)


def shoot(original: str, revised: str | None, theme: str, out: Path, size: tuple[int, int], select: str,
          mode: str, name: str = "screenshot") -> Path:
    app = make_application()
    with tempfile.TemporaryDirectory() as scratch:
        settings = SettingsStore.at_path(os.path.join(scratch, "settings.ini"))
        window = create_window(app, settings, theme)
        window.resize(*size)
        window.show()
        if revised is None:   # one file that is both versions (a document with tracked changes)
            window.session.open_path(Side.ORIGINAL, original)
        else:
            window.open_pair(original, revised)
        wait_for(window.runner.comparison_finished, 30_000)
        reader = window.findChild(OpinionReader)
        if reader is not None and not reader.ready:  # compared by cues; again with the model
            wait_for(reader.model_ready, 30_000)
            wait_for(window.runner.comparison_finished, 30_000)
        if mode == "inline":
            window.commands.inline.trigger()
            if not window.compare_view.is_inline_ready():   # worked out on a worker thread
                wait_for(window.inline_planner.planned, 30_000)
        changes = window.compare_view.comparison().changes if window.compare_view.comparison() else ()
        target = next((c for c in changes if c.kind.value == select), changes[0] if changes else None)
        if target is not None:
            annotate(window, changes, target)
            window.change_dock.select_change(target.id)
        settle()
        path = out / f"{name}-{theme}{'-inline' if mode == 'inline' else ''}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        window.files.close_guard.ask = lambda *_args: CloseDecision.DISCARD
        window.close()
        settle(50)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="original and revised (default: the seed pair), or one "
                                                 "file that holds both")
    parser.add_argument("--name", default="screenshot", help="the images' name before -light/-dark")
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1500x940", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--select", default=ChangeKind.COMMENTARY.value,
                        help="kind of the change to select first (default: commentary)")
    parser.add_argument("--inline", action="store_true", help="also shoot the inline view")
    args = parser.parse_args(argv)
    original, revised = (args.files[0], None) if len(args.files) == 1 else \
        args.files if len(args.files) == 2 else seed_pair()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    for theme in themes:
        for mode in ("side_by_side", "inline") if args.inline else ("side_by_side",):
            print(shoot(original, revised, theme, args.out, (width, height), args.select, mode, args.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
