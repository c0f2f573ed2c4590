"""The window's figures, offscreen: time from files given to highlights shown, and the longest
event-loop gap while a comparison runs; with ``--switch``, switching views after the result.

    .venv/bin/python bench/window.py [--sizes seed,10k,100k] [--repeat 5] [--switch] [--export] [--where]

Each run opens an empty window (``app.open_window`` with a temporary settings file), then gives
it the pair through its own API (``MainWindow.open_pair``, the path taken by the command line,
the file dialogs and drops) from inside the running event loop. A 5 ms QTimer records the
gaps between its ticks. The run ends when the result has been applied to both panes (the
window's ``show_comparison`` returns, after ``runner.comparison_finished``) and both panes
have been repainted; the panes' highlights are then complete, or are still being set a slice
at a time from the event loop, and the run goes on until they are (``CompareView``'s
``highlighting_finished``). See bench/README.md for how to read the table.

``--switch``: once every block is highlighted (and ``--switch-after`` milliseconds more), the
run switches to the inline view (at once, its share may still be being worked out on a
worker, asked for when the panes were done: the view is filled when it comes), back to side
by side, and to the inline view again. Each switch lasts until the view shown is painted
and, for the inline view, until all of it is in and highlighted; the table gives those
times, the longest event-loop gap during each, and the longest before the first (while the
inline view is worked out ahead).

``--export``: once every block is highlighted, the run exports the report as PDF through the
window (``SessionFiles.export_to``) and lasts until the file is written: the time that takes,
and the longest event-loop gap meanwhile (where the export runs on the GUI thread, as before
it had a worker, the whole export is one gap).
"""
from __future__ import annotations

import argparse
import gc
import glob
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

import pairs  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from articlecompare.app import make_application, open_window  # noqa: E402

SEEDS = Path(os.environ.get("ARTICLECOMPARE_SEEDS", "/work/shared/seeds"))
TICK_MS = 5
LIMIT_S = 120


@dataclass
class Run:
    """Times in seconds from the moment the files are given (``open_pair`` is called)."""

    loaded: float = 0.0          # open_pair returned: both files read and their text shown
    requested: float = 0.0       # the session asked for a comparison (after its debounce)
    started: float = 0.0         # the runner started the worker job
    finished: float = 0.0        # the result reached the GUI thread (apply begins)
    applied: float = 0.0         # show_comparison returned: highlights set on the blocks in view
    shown: float = 0.0           # both panes repainted
    complete: float = 0.0        # every block of both panes carries its highlights
    gaps: list[tuple[float, float]] = field(default_factory=list)  # (tick time, gap before it)
    changes: int = 0
    highlighted: bool = False
    where: list[str] = field(default_factory=list)
    switches: list[tuple[float, float, float]] = field(default_factory=list)  # (asked, shown, done)
    exported: tuple[float, float] = (0.0, 0.0)   # (asked, file written)

    def max_gap(self, t1: float, t2: float) -> float:
        """Longest stretch without a tick inside [t1, t2] (gaps clipped to it)."""
        return max((min(t, t2) - max(t - g, t1) for t, g in self.gaps if t >= t1 and t - g <= t2), default=0.0)


def quiet_offscreen_notes(mode: Any, context: Any, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says so for every window
        print(message, file=sys.stderr)


def seed_pair() -> pairs.Pair:
    original = sorted(glob.glob(str(SEEDS / "001_*.txt")))[0]
    revised = sorted(glob.glob(str(SEEDS / "000_*.txt")))[0]
    words = len(Path(original).read_text(encoding="utf-8").split())
    return pairs.Pair("seed", Path(original), Path(revised), words)


def any_block_formatted(view: Any) -> bool:
    """True if some block of the pane carries formats set by its highlighter."""
    block = view.document().firstBlock()
    while block.isValid():
        if block.layout() is not None and block.layout().formats():
            return True
        block = block.next()
    return False


def measure(app: QApplication, pair: pairs.Pair, settings_path: str, where: bool,
            switch_after: int | None, export: bool = False) -> Run:
    window = open_window(app, [], settings_path=settings_path, theme="light")
    window.resize(1400, 900)
    app.processEvents()
    run, t0 = Run(), [0.0]
    clock = lambda: time.perf_counter() - t0[0]  # noqa: E731
    done = QEventLoop()
    last = [0.0]
    gui_thread = threading.get_ident()
    sampler = GuiSampler(gui_thread, lambda: t0[0] + last[0] if t0[0] else 0.0) if where else None
    switching = Switching(window, run, clock, done.quit) if switch_after is not None else None
    exporting = Exporting(window, run, clock, done.quit, os.path.dirname(settings_path)) if export else None

    def tick() -> None:
        if not t0[0]:
            return  # files not given yet
        now = clock()
        gap = now - last[0]
        run.gaps.append((now, gap))
        seen = sampler.stack() if sampler is not None else ""   # (what it saw in this gap)
        if where and gap > 0.05:
            stack = seen or worker_stack(gui_thread)
            run.where.append(f"{gap * 1000:.0f} ms gap at {now * 1000:.0f} ms: {stack}")
        last[0] = now
        if switching is not None:
            switching.poll()

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)

    original_show = window.show_comparison

    def show_comparison(*args: Any, **kwargs: Any) -> None:
        run.finished = clock()
        original_show(*args, **kwargs)
        run.applied = clock()
        comparison = window.compare_view.comparison()
        run.changes = len(comparison.changes) if comparison is not None else 0
        for side in ("original", "revised"):
            window.compare_view.view(side).viewport().repaint()
        run.shown = clock()
        if window.compare_view.is_highlighting():
            window.compare_view.highlighting_finished.connect(highlights_complete)
        else:
            highlights_complete()

    def highlights_complete() -> None:
        if not run.complete:
            run.complete = clock()
            if exporting is not None:
                QTimer.singleShot(0, exporting.start)
            elif switching is None:
                QTimer.singleShot(0, done.quit)
            else:
                QTimer.singleShot(switch_after or 0, switching.start)

    window.show_comparison = show_comparison  # type: ignore[method-assign]  # timing wrapper
    window.session.comparison_requested.connect(lambda *_: setattr(run, "requested", clock()))
    window.runner.comparison_started.connect(lambda *_: setattr(run, "started", clock()))
    window.runner.comparison_failed.connect(lambda message: (print(f"failed: {message}"), done.quit()))

    def give_files() -> None:
        t0[0] = time.perf_counter()
        last[0] = 0.0
        window.open_pair(str(pair.original), str(pair.revised))
        run.loaded = clock()

    ticker.start()
    if sampler is not None:
        sampler.start()
    QTimer.singleShot(0, give_files)
    QTimer.singleShot(LIMIT_S * 1000, done.quit)
    done.exec()
    ticker.stop()
    if sampler is not None:
        sampler.stop()
    run.highlighted = all(any_block_formatted(window.compare_view.panes[side].view)  # (a walk over
                          for side in ("original", "revised"))                      # every block)
    window.close()
    window.deleteLater()
    app.processEvents()
    return run


class Switching:
    """After the result: to the inline view, back, and to the inline view again; each switch
    is over when the view is painted and the inline view is filled and highlighted."""

    def __init__(self, window: Any, run: Run, clock: Any, finished: Any) -> None:
        self.window, self.run, self.clock, self.finished = window, run, clock, finished
        self.steps = [window.commands.inline, window.commands.side_by_side, window.commands.inline]
        self.asked = self.shown = 0.0

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        if not self.steps:
            self.window.commands.side_by_side.trigger()   # as the next run starts (it is saved)
            self.finished()
            return
        self.asked, self.shown = self.clock(), 0.0
        self.steps.pop(0).trigger()
        self.poll()

    def poll(self) -> None:
        """Called at every tick (and after each switch): is the view shown, and complete?"""
        if not self.asked:
            return
        view = self.window.compare_view
        inline = view.mode == "inline"
        ready = getattr(view, "is_inline_ready", lambda: True)   # (before it was worked out here)
        filling = getattr(view.view("inline"), "is_filling", lambda: False)
        if not self.shown and (not inline or ready()):
            shown = view.view("inline") if inline else view.panes["revised"].view
            shown.viewport().repaint()
            self.shown = self.clock()
        if self.shown and not view.is_highlighting() and not filling():
            self.run.switches.append((self.asked, self.shown, self.clock()))
            self.asked = 0.0
            QTimer.singleShot(0, self._next)


class Exporting:
    """After the result: export the report as PDF through the window; over when it is written
    (``export_finished``, or ``export_to`` returning where the export ran on the GUI thread)."""

    def __init__(self, window: Any, run: Run, clock: Any, finished: Any, folder: str) -> None:
        self.window, self.run, self.clock, self.finished = window, run, clock, finished
        self.path = os.path.join(folder, "report.pdf")
        self.asked = 0.0

    def start(self) -> None:
        exporter = getattr(self.window.files, "exporter", None)   # (none before the worker)
        if exporter is not None:
            exporter.export_finished.connect(self._written)
            exporter.export_failed.connect(lambda _path, message: (print(f"export failed: {message}"),
                                                                   self.finished()))
        self.asked = self.clock()
        self.window.files.export_to(self.path, "pdf")
        if exporter is None:
            self._written()

    def _written(self, *_args: Any) -> None:
        self.run.exported = (self.asked, self.clock())
        os.remove(self.path)
        QTimer.singleShot(0, self.finished)


class GuiSampler(threading.Thread):
    """Notes the Python stacks of the GUI thread and the workers while the event loop is late
    (no tick for 40 ms)."""

    def __init__(self, gui_thread: int, last_tick: Any) -> None:
        super().__init__(daemon=True)
        self.gui_thread, self.last_tick = gui_thread, last_tick
        self.samples: list[str] = []
        self.running = True

    def run(self) -> None:
        while self.running:
            time.sleep(0.01)
            late = self.last_tick() and time.perf_counter() - self.last_tick() > 0.04
            frame = sys._current_frames().get(self.gui_thread) if late else None
            if frame is not None:   # (inside Qt, the GUI thread may be waiting for a worker's turn)
                self.samples.append(f"{innermost(frame, 3)} / worker {worker_stack(self.gui_thread, self.ident or 0)}")

    def stack(self) -> str:
        """What the GUI thread was seen doing since the last call (most often seen first)."""
        seen, self.samples = self.samples, []
        counts = sorted({s: seen.count(s) for s in seen}.items(), key=lambda kv: -kv[1])
        return "GUI " + " | ".join(f"{n}x {s}" for s, n in counts[:2]) if counts else "GUI (in Qt)"

    def stop(self) -> None:
        self.running = False


def innermost(frame: Any, depth: int) -> str:
    """The innermost ``depth`` frames of a stack, innermost first (read without the source
    lines, which traceback would look up while the thread sampled waits)."""
    out = []
    while frame is not None and len(out) < depth:
        out.append(f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " <- ".join(out)


def worker_stack(*left_out: int) -> str:
    """Innermost frames of the Python threads but ``left_out`` (the comparison's worker)."""
    return " | ".join(innermost(frame, 3) for ident, frame in sys._current_frames().items()
                      if ident not in left_out) or "(no other thread)"


_gc_start = [0.0]


def full_collections(phase: str, info: dict[str, int]) -> None:
    """gc callback: report generation-2 collections over 20 ms (they hold the GIL throughout)."""
    if info["generation"] != 2:
        return
    if phase == "start":
        _gc_start[0] = time.perf_counter()
    elif (took := time.perf_counter() - _gc_start[0]) > 0.02:
        print(f"full garbage collection: {took * 1000:.0f} ms, {info['collected']:,} collected "
              f"(thread {threading.current_thread().name})", file=sys.stderr)


def ms(x: float) -> str:
    return f"{x * 1000:,.0f}" if x >= 0.01 else f"{x * 1000:.1f}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[k]) for r in rows)) for k, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
                     + [line(r) for r in rows])


def row(pair: pairs.Pair, runs: list[Run]) -> list[str]:
    med = lambda f: statistics.median(f(r) for r in runs)  # noqa: E731
    return [pair.name, f"{pair.words:,}", str(len(runs)), f"{runs[0].changes:,}",
            "yes" if all(r.highlighted for r in runs) else "NO",
            ms(med(lambda r: r.loaded)), ms(med(lambda r: r.requested - r.loaded)),
            ms(med(lambda r: r.finished - r.started)), ms(med(lambda r: r.applied - r.finished)),
            ms(med(lambda r: r.shown - r.applied)), ms(med(lambda r: r.shown)), ms(runs[0].shown),
            ms(med(lambda r: r.shown - (r.requested - r.loaded))), ms(med(lambda r: r.complete)),
            ms(max(r.max_gap(r.started, r.finished) for r in runs)),
            ms(max(r.max_gap(0.0, r.complete) for r in runs))]


def switch_row(pair: pairs.Pair, runs: list[Run]) -> list[str]:
    """The longest gap while waiting to switch (the inline view may be being worked out ahead);
    median times of each switch (inline, back, inline again) and the longest gap in each."""
    waited = [r.max_gap(r.complete, r.switches[0][0]) for r in runs if r.switches]
    cells = [pair.name, f"{pair.words:,}", str(len(runs)), ms(max(waited)) if waited else "-"]
    for n in range(3):
        done = [r.switches[n] + (r,) for r in runs if len(r.switches) > n]
        figures = [statistics.median(shown - asked for asked, shown, _, _ in done),
                   statistics.median(end - asked for asked, _, end, _ in done),
                   max(r.max_gap(asked, end) for asked, _, end, r in done)] if done else [-1.0] * 3
        cells += [ms(x) if x >= 0 else "-" for k, x in enumerate(figures) if n != 1 or k != 1]
    return cells


def export_row(pair: pairs.Pair, runs: list[Run]) -> list[str]:
    done = [r for r in runs if r.exported[1]]
    if not done:
        return [pair.name, f"{pair.words:,}", "0", "-", "-"]
    return [pair.name, f"{pair.words:,}", str(len(done)),
            ms(statistics.median(end - asked for asked, end in (r.exported for r in done))),
            ms(max(r.max_gap(*r.exported) for r in done))]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="seed,10k,100k", help="comma-separated: seed, 1k, 10k, 100k, 1m")
    p.add_argument("--repeat", type=int, default=5, help="runs per pair up to the 10k pair (100k and up: 3)")
    p.add_argument("--switch", action="store_true",
                   help="after each result, switch to the inline view, back, and to it again (timed)")
    p.add_argument("--switch-after", type=int, default=0, metavar="MS",
                   help="with --switch: wait this long after the highlights before switching")
    p.add_argument("--export", action="store_true",
                   help="after each result, export the report as PDF through the window (timed)")
    p.add_argument("--where", action="store_true",
                   help="print the GUI thread's and the workers' stacks at gaps over 50 ms, and full "
                        "garbage collections over 20 ms")
    args = p.parse_args()
    if args.where:
        gc.callbacks.append(full_collections)
    app = make_application()
    qInstallMessageHandler(quiet_offscreen_notes)
    print(f"# ArticleCompare window bench, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}, platform {app.platformName()}")
    rows, switch_rows, export_rows = [], [], []
    with tempfile.TemporaryDirectory(prefix="acbench-window-") as tmp:
        settings_path = os.path.join(tmp, "settings.ini")
        for size in [s.strip().lower() for s in args.sizes.split(",") if s.strip()]:
            pair = seed_pair() if size == "seed" else pairs.scaled(size, tmp)
            repeat = args.repeat if pair.words <= 20_000 else min(args.repeat, 3)
            switch_after = args.switch_after if args.switch else None
            runs = [measure(app, pair, settings_path, args.where, switch_after, args.export)
                    for _ in range(repeat)]
            rows.append(row(pair, runs))
            switch_rows.append(switch_row(pair, runs))
            export_rows.append(export_row(pair, runs))
            for r in runs:
                for line in r.where:
                    print(f"[{size}] {line}", file=sys.stderr)
            print(f"[{size}] done", file=sys.stderr, flush=True)
    print("\n## Window: files given to highlights shown (ms, median; offscreen)\n")
    print(table(["pair", "words", "runs", "changes", "highlighted", "open files (GUI)", "debounce wait",
                 "compare (worker)", "apply (GUI)", "paint", "files → shown", "first run",
                 "shown − debounce", "all highlighted", "max gap comparing", "max gap overall"], rows))
    if args.switch:
        print(f"\n## Switching views {args.switch_after} ms after the highlights (ms from the click, "
              "median; longest gap: max)\n")
        print(table(["pair", "words", "runs", "max gap before", "inline: shown", "inline: all highlighted", "max gap",
                     "back: shown", "max gap", "inline again: shown", "all highlighted", "max gap"],
                    switch_rows))
    if args.export:
        print("\n## Export to PDF through the window after the result (ms: median; longest gap: max)\n")
        print(table(["pair", "words", "runs", "file written", "max gap exporting"], export_rows))
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
