"""The longest the window's GUI thread stalls while it opens saved pages, offscreen.

    .venv/bin/python bench/window_stall.py DIR [--limit N] [--first NAME] [--as-pair] [--pause MS] [--where]

DIR holds the pages (``*.html``, or ``*.html.gz``, unpacked into a temp dir): the 181 pages of
the Zyte article-extraction benchmark (``scrapinghub/article-extraction-benchmark``, its
``html/`` folder; fetched beside the project, never kept in it) are what bench/README.md
reports. One window is opened as the command line opens it (``app.open_window``: the
extractors are warmed on the reading thread as it starts), and the first page is given to it
at once, from inside the running event loop, the rest one after another, each through
``CompareSession.open_path`` (what the dialogs, drops and recent-files menus use) into the
original side; with ``--as-pair``, into both sides (``MainWindow.open_pair``), so that each page
is also compared with itself and the result shown. A QTimer ticking every 10 ms records the
gaps between its ticks: a page's stall is the longest gap from the moment it is given until its
text is in the pane (and, with ``--as-pair``, its comparison shown) and ``--pause`` ms more.
"""
from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler  # noqa: E402

from articlecompare.app import make_application, open_window  # noqa: E402
from articlecompare.core.model import Side  # noqa: E402
from window import GuiSampler  # noqa: E402  (bench/window.py: the GUI thread's stacks at gaps)

TICK_MS = 10
TARGET_MS = 100
PAGE_LIMIT_S = 60


@dataclass
class Page:
    path: str
    given: float = 0.0              # perf_counter when the page was given
    shown: float = 0.0              # its text is in the pane (and its comparison shown)
    failed: str = ""
    gaps: list[float] = field(default_factory=list)

    @property
    def stall(self) -> float:
        return max(self.gaps, default=0.0)


def quiet_offscreen_notes(_mode: Any, _context: Any, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says so for every window
        print(message, file=sys.stderr)


def page_files(folder: Path, unpacked: Path, limit: int) -> list[str]:
    """The pages in ``folder`` by name; gzipped ones are unpacked into ``unpacked``."""
    found = sorted(p for p in folder.iterdir() if p.name.endswith((".html", ".htm", ".html.gz")))[:limit or None]
    paths = []
    for page in found:
        if page.name.endswith(".gz"):
            target = unpacked / page.name[:-3]
            target.write_bytes(gzip.decompress(page.read_bytes()))
            paths.append(str(target))
        else:
            paths.append(str(page))
    return paths


class StallRun:
    """Gives the window one page after another and notes the gaps while each is opened."""

    def __init__(self, window: Any, paths: list[str], as_pair: bool, pause_ms: int,
                 start_ms: int = 0, where: bool = False) -> None:
        self.window, self.as_pair, self.pause_ms, self.start_ms = window, as_pair, pause_ms, start_ms
        self.sampler = GuiSampler(threading.get_ident(), lambda: self.last_tick) if where else None
        self.where: list[str] = []
        self.pages = [Page(path) for path in paths]
        self.current: Page | None = None
        self.last_tick = 0.0
        self.done = QEventLoop()
        self.ticker = QTimer()
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.settle = QTimer()
        self.settle.setSingleShot(True)
        self.settle.timeout.connect(self.next_page)
        self.deadline = QTimer()
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(lambda: self.finish_page("no result in time"))
        window.session.side_changed.connect(self.on_side_changed)
        window.session.load_failed.connect(lambda _side, message: self.finish_page(message))
        window.comparisons.comparison_arrived.connect(lambda *_: self.check_shown())
        self.queue = list(self.pages)

    def run(self) -> None:
        self.ticker.start()
        self.last_tick = time.perf_counter()
        if self.sampler is not None:
            self.sampler.start()
        QTimer.singleShot(self.start_ms, self.next_page)
        self.done.exec()
        self.ticker.stop()
        if self.sampler is not None:
            self.sampler.stop()

    def tick(self) -> None:
        now = time.perf_counter()
        if self.current is not None:
            gap = now - max(self.last_tick, self.current.given)
            self.current.gaps.append(gap)
            if self.sampler is not None and gap > 0.05:
                self.where.append(f"{gap * 1000:.0f} ms gap, page {self.pages.index(self.current) + 1}: "
                                  f"{self.sampler.stack()}")
        self.last_tick = now

    def next_page(self) -> None:
        if self.current is not None:
            self.tick()    # the gap up to now counts for the page that ends
        if not self.queue:
            self.current = None
            self.done.quit()
            return
        page = self.current = self.queue.pop(0)
        page.given = time.perf_counter()
        self.deadline.start(PAGE_LIMIT_S * 1000)
        if self.as_pair:
            self.window.open_pair(page.path, page.path)
        else:
            self.window.session.open_path(Side.ORIGINAL, page.path)

    def on_side_changed(self, _side: str) -> None:
        self.check_shown()

    def check_shown(self) -> None:
        page, session, view = self.current, self.window.session, self.window.compare_view
        if page is None or page.shown or self.settle.isActive():
            return
        sides = (Side.ORIGINAL, Side.REVISED) if self.as_pair else (Side.ORIGINAL,)
        if any(session.path(side) != page.path or session.is_loading(side) for side in sides):
            return
        if self.as_pair:
            comparison = view.comparison()
            if comparison is None or comparison.original is not session.article(Side.ORIGINAL):
                return
        if any(view.view(side).is_filling() for side in sides):
            view.view(sides[-1]).when_filled(self.check_shown)
            return
        self.finish_page("")

    def finish_page(self, failure: str) -> None:
        page = self.current
        if page is None or page.shown or self.settle.isActive():
            return
        self.deadline.stop()
        page.shown, page.failed = time.perf_counter(), failure
        self.settle.start(self.pause_ms)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def report(pages: list[Page], as_pair: bool) -> str:
    opened = [p for p in pages if not p.failed]
    stalls = sorted(p.stall for p in pages)
    worst = max(pages, key=lambda p: p.stall)
    over = [p for p in pages if p.stall * 1000 > TARGET_MS]
    p95 = stalls[min(len(stalls) - 1, int(0.95 * len(stalls)))]
    lines = [
        f"pages given: {len(pages)} ({'each as both sides, compared' if as_pair else 'each into the original side'}); "
        f"opened: {len(opened)}; failed: {len(pages) - len(opened)}",
        f"longest GUI-thread stall per page, ms: median {ms(statistics.median(stalls))}, "
        f"95th percentile {ms(p95)}, max {ms(worst.stall)} ({Path(worst.path).name[:16]}…, "
        f"{'first page' if worst is pages[0] else 'page ' + str(pages.index(worst) + 1)})",
        f"first page (given as the window opens): stall {ms(pages[0].stall)} ms, shown after "
        f"{ms(pages[0].shown - pages[0].given)} ms",
        f"time to shown, ms: median {ms(statistics.median(p.shown - p.given for p in opened))}, "
        f"max {ms(max(p.shown - p.given for p in opened))}" if opened else "no page opened",
        f"pages over the {TARGET_MS} ms target: {len(over)}"
        + (": " + ", ".join(f"{Path(p.path).name[:12]}… {ms(p.stall)} ms" for p in over[:10]) if over else ""),
    ]
    for page in pages:
        if page.failed:
            lines.append(f"  failed {Path(page.path).name}: {page.failed}")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path, help="folder of saved pages (*.html, *.html.gz)")
    p.add_argument("--limit", type=int, default=0, help="only the first N pages (by name)")
    p.add_argument("--as-pair", action="store_true", help="open each page as both versions (compared)")
    p.add_argument("--pause", type=int, default=100, metavar="MS",
                   help="after a page is shown, go on measuring this long before the next (default 100)")
    p.add_argument("--start-after", type=int, default=0, metavar="MS",
                   help="give the first page this long after the window opens (default: at once)")
    p.add_argument("--first", default="", metavar="NAME",
                   help="give the page whose file name starts with NAME first (the others in name order)")
    p.add_argument("--where", action="store_true", help="print the GUI thread's stacks at gaps over 50 ms")
    args = p.parse_args()
    app = make_application()
    qInstallMessageHandler(quiet_offscreen_notes)
    with tempfile.TemporaryDirectory(prefix="acbench-stall-") as tmp:
        paths = page_files(args.folder, Path(tmp), args.limit)
        if args.first:
            paths.sort(key=lambda path: not Path(path).name.startswith(args.first))
        if not paths:
            print(f"no pages in {args.folder}", file=sys.stderr)
            return 2
        print(f"# window stalls, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, load average "
              f"{os.getloadavg()[0]:.2f}, platform {app.platformName()}, tick {TICK_MS} ms")
        window = open_window(app, [], settings_path=os.path.join(tmp, "settings.ini"), theme="light")
        window.resize(1280, 800)
        run = StallRun(window, paths, args.as_pair, args.pause, args.start_after, args.where)
        run.run()
        for line in run.where:
            print(line, file=sys.stderr)
        window.files.close_guard.ask = lambda *_: None
        window.session.shutdown()
        window.runner.shutdown()
        print(report(run.pages, args.as_pair))
        over = sum(1 for page in run.pages if page.stall * 1000 > TARGET_MS)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
