"""The command line: ``articlecompare compare A B`` and ``articlecompare batch`` headless, or
the window.

Imports no Qt: the window and PDF export are reached through ``app`` only when asked for.
Bad input exits with status 2 and one clear line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.jobs import Cancelled
from .core.options import CompareOptions
from .export.report_formats import ALL_FORMATS, format_for_path

EXIT_BAD_INPUT = 2
EXIT_NO_WINDOW = 3   # the window cannot start here (no display, or Qt's X11 libraries missing)


class UsageError(Exception):
    """A problem the user can fix; its message is one line."""


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="articlecompare compare",
        description="Compare two versions of an article and write a report.")
    p.add_argument("original", help="original version: .txt, .md, .html/.htm, .mhtml/.mht, "
                   ".docx, .odt, .epub, .pdf, .warc/.warc.gz, .wacz; or in place of both a saved "
                   "session (.acsession), a .docx with tracked changes (rejected against "
                   "accepted) or a web archive with two captures of a page")
    p.add_argument("revised", nargs="?", help="revised version")
    p.add_argument("--page", action="append", metavar="URL",
                   help="the page of a web archive (.warc, .wacz) to compare; give it twice for "
                   "a page of each version")
    p.add_argument("--capture", action="append", metavar="TIMESTAMP",
                   help="the capture of that page, by its time (YYYYMMDDhhmmss, or its start); "
                   "give it twice for a capture of each version")
    p.add_argument("--format", "-f", choices=ALL_FORMATS, help="report format (default: from -o's "
                   "extension, else json)")
    p.add_argument("-o", "--output", help="write the report here ('-' for standard output); "
                   "without it a readable summary is printed")
    _option_flags(p)
    return p


def _option_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ignore-case", action="store_true", help="treat 'Said' and 'said' as the same")
    p.add_argument("--ignore-punctuation", action="store_true",
                   help="do not report changes of punctuation only")
    p.add_argument("--hide-boilerplate", action="store_true",
                   help="leave site furniture out of the changes")
    p.add_argument("--no-moves", action="store_true", help="do not look for moved sentences")
    p.add_argument("--sensitivity", choices=("low", "normal", "high"), default="normal",
                   help="how readily added sentences are called commentary (default: normal)")


def _batch_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="articlecompare batch",
        description="Compare many pairs of versions: one JSON report per line (JSONL) and/or "
                    "a table of changes (CSV). A second run with the same outputs goes on "
                    "where the first stopped.")
    p.add_argument("pairs", help="a folder of pairs (NAME/a.txt + NAME/b.txt, or "
                   "NAME.a.html + NAME.b.html), a .jsonl or .csv list of pairs (id, original, "
                   "revised: texts or paths), or an SQLite database in the NewsEdits layout")
    p.add_argument("-o", "--output", action="append", required=True, metavar="OUT",
                   help="a .jsonl file for the reports, a .csv file for the changes; give "
                   "both to write both")
    p.add_argument("-j", "--jobs", type=int, default=0,
                   help="worker processes (default: one per core)")
    p.add_argument("--chunk", type=int, default=16, help="pairs per piece of work (default: 16)")
    p.add_argument("--only-with", action="append", default=[], metavar="WHAT",
                   help="keep only pairs with commentary, omission or missing-fact (comma-"
                   "separated or repeated: a pair with any of them is kept)")
    p.add_argument("--restart", action="store_true",
                   help="begin again: replace the outputs instead of resuming them")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    _option_flags(p)
    return p


def run_batch(argv: Sequence[str]) -> int:
    from .batch.command import run_batch as run_pairs
    from .batch.inputs import InputError
    from .batch.outputs import OutputError
    from .batch.records import FILTERS, Settings
    args = _batch_parser().parse_args(argv)
    try:
        outputs = _batch_outputs(args.output)
        only_with = tuple(w.strip() for item in args.only_with for w in item.split(",") if w.strip())
        unknown = sorted(set(only_with) - set(FILTERS))
        if unknown:
            raise UsageError(f"--only-with takes {', '.join(FILTERS)}, not {', '.join(unknown)}")
        if args.jobs < 0 or args.chunk < 1:
            raise UsageError("--jobs is 0 (one per core) or more, --chunk 1 or more")
        return run_pairs(args.pairs, outputs, Settings(options_from(args), only_with),
                         jobs=args.jobs, chunk_size=args.chunk, restart=args.restart,
                         quiet=args.quiet)
    except (UsageError, InputError, OutputError) as exc:
        return _refused(str(exc))
    except OSError as exc:
        return _refused(f"{exc.filename or 'batch'}: {exc.strerror or exc}")


def _refused(message: str) -> int:
    """Bad input or usage: one line on stderr, exit status 2."""
    print(f"articlecompare: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _batch_outputs(names: list[str]):  # type: ignore[no-untyped-def]
    from .batch.outputs import Outputs
    found: dict[str, Path] = {}
    for name in names:
        suffix = Path(name).suffix.lower()
        kind = "csv" if suffix == ".csv" else "jsonl" if suffix in (".jsonl", ".ndjson") else None
        if kind is None:
            raise UsageError(f"cannot tell what to write to {name}: give a .jsonl or a .csv file")
        if kind in found:
            raise UsageError(f"two {kind} outputs given: {found[kind]} and {name}")
        found[kind] = Path(name)
    return Outputs(jsonl=found.get("jsonl"), csv=found.get("csv"))


def _window_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="articlecompare",
        description="Open the ArticleCompare window. Use 'articlecompare compare A B' for reports.",
        epilog="commands: compare ORIGINAL REVISED [--format FMT] [-o OUT]; "
               "batch PAIRS -o OUT.jsonl [-o OUT.csv] [--jobs N]")
    p.add_argument("files", nargs="*", help="original and revised version to open (one file "
                   "opens as the original)")
    p.add_argument("--sample", action="store_true", help="open the built-in sample pair")
    theme = p.add_mutually_exclusive_group()
    theme.add_argument("--dark", dest="theme", action="store_const", const="dark",
                       help="use the dark theme")
    theme.add_argument("--light", dest="theme", action="store_const", const="light",
                       help="use the light theme")
    p.add_argument("--version", action="version", version=f"articlecompare {__version__}")
    return p


def options_from(args: argparse.Namespace) -> CompareOptions:
    return CompareOptions(ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation,
                          hide_boilerplate=args.hide_boilerplate, detect_moves=not args.no_moves,
                          sensitivity=args.sensitivity)


def _format_of(args: argparse.Namespace) -> str:
    """The report format: --format, else the output file's extension, else JSON; an
    extension of no report format is an error rather than JSON under a misleading name."""
    if args.format:
        return str(args.format)
    if not args.output or args.output == "-" or not Path(args.output).suffix:
        return "json"
    fmt = format_for_path(args.output)
    if fmt is None:
        raise UsageError(f"cannot tell the report format from '{Path(args.output).suffix}': "
                         f"give --format ({', '.join(ALL_FORMATS)}) or a file ending in one "
                         "of them")
    return fmt


def run_compare(argv: Sequence[str]) -> int:
    from .core.session import SessionError
    from .sources import LoadError
    args = _compare_parser().parse_args(argv)
    try:
        fmt = _format_of(args)
        comparison, annotations = _load_and_compare(args)
        if args.output is None:
            from .export.terminal import summary_text
            sys.stdout.write(summary_text(comparison))
            return 0
        _write(comparison, annotations, fmt, args.output)
    except (LoadError, UsageError, SessionError) as exc:
        return _refused(str(exc))
    except OSError as exc:
        from .export.atomic import printable, write_failure
        return _refused(f"cannot write {printable(args.output)}: {write_failure(exc)}")
    except MemoryError:
        return _refused("not enough memory to compare these files")
    return 0


def _load_and_compare(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .core.compare import compare
    from .opinion import read_opinion
    from .sources import load_path
    annotations = None
    choices = _choices(args)
    if args.revised is None and not _is_session(args.original):
        from .sources import load_pair
        original, revised = load_pair(args.original, choices)
        options = options_from(args)
    elif args.revised is None:
        session = _read_session(args.original)
        original, revised, options, annotations = (session.original, session.revised,
                                                   session.options, session.annotations)
    else:
        original = load_path(args.original, choices[0] if choices else None)
        revised = load_path(args.revised, choices[-1] if choices else None)
        options = options_from(args)
    return compare(original, revised, options, opinion=read_opinion), annotations


def _choices(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The web-archive page and capture of each version: one ``Choice`` for both, or two
    (``--page``/``--capture`` given twice: the first for the original)."""
    from .sources import Choice
    pages, times = args.page or [], args.capture or []
    if len(pages) > 2 or len(times) > 2:
        raise UsageError("give --page and --capture at most twice (once for each version)")
    count = max(len(pages), len(times))
    return [Choice(pages[min(n, len(pages) - 1)] if pages else None,
                   times[min(n, len(times) - 1)] if times else None) for n in range(count)]


def _is_session(path: str) -> bool:
    """Whether a lone file is a saved session rather than a document holding both versions."""
    suffix = Path(path).suffix.lower()
    return suffix in (".acsession", ".json") or suffix not in _PAIR_SUFFIXES


_PAIR_SUFFIXES = (".docx", ".warc", ".gz", ".wacz")


def _read_session(path: str):  # type: ignore[no-untyped-def]
    try:
        from .export.session_file import load_session
    except ImportError as exc:  # pragma: no cover - only while sessions are unavailable
        raise UsageError("give two files to compare (original and revised)") from exc
    if not Path(path).suffix.lower() in (".acsession", ".json"):
        raise UsageError("give two files to compare (original and revised), or one file that "
                         "holds both: a saved session, a .docx with tracked changes or a web "
                         "archive with two captures of a page")
    return load_session(path)


def _write(comparison, annotations, fmt: str, output: str) -> None:  # type: ignore[no-untyped-def]
    if fmt == "json" and output == "-":  # with a session's annotations, as a file gets them
        from .export.formats import render_report
        sys.stdout.write(render_report(comparison, "json", annotations or None).decode("utf-8"))
        return
    if output == "-":
        raise UsageError("only json can be written to standard output; give a file with -o")
    if fmt == "pdf":
        from .app import export_pdf
        export_pdf(comparison, output, annotations)
        return
    if fmt == "json" and not annotations:
        from .export.json_report import write_json
        write_json(comparison, output)
        return
    from .export.formats import write_report
    write_report(comparison, output, fmt, annotations)


def run_window(argv: Sequence[str]) -> int:
    args = _window_parser().parse_args(argv)
    if len(args.files) > 2:
        print("articlecompare: give at most two files (original and revised)", file=sys.stderr)
        return EXIT_BAD_INPUT
    from .preflight import window_problem
    problem = window_problem()   # before Qt loads: its plugin would abort the process
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_WINDOW
    from .app import main as app_main
    return app_main(list(args.files), sample=args.sample, theme=args.theme)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "compare":
            return run_compare(argv[1:])
        if argv and argv[0] == "batch":
            return run_batch(argv[1:])
        return run_window(argv)
    except Cancelled:
        return 130
    except KeyboardInterrupt:
        print("articlecompare: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
