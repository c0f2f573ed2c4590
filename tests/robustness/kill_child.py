"""A process to kill: writes the same file over and over through the project's writers.

Run as ``python kill_child.py MODE TARGET [START]``; MODE is ``bytes`` (a large report through
``export.atomic.write_bytes_atomic``), ``session`` (``export.session_file.save_session``),
``autosave`` (``export.autosave.write_autosave`` into the folder TARGET) or ``recover`` (reads
the autosave in TARGET and prints its annotations as JSON). Prints ``wrote N`` after each
complete write. The version builders are imported by the tests to check what was left.
"""
from __future__ import annotations

import json
import sys

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import Article
from articlecompare.core.session import Session

_LINE = b"<tr><td>The council voted on Tuesday to close the library.</td><td>kept</td></tr>\n"
_BODY = _LINE * 150_000  # about 12 MB
_TEXT = "The council voted on Tuesday to close the library. Residents objected. " * 20_000


def report_version(n: int) -> bytes:
    """Version ``n`` of a large report: its number at both ends, so a torn file shows."""
    return b"<!-- version %d -->\n" % n + _BODY + b"<!-- end of version %d -->\n" % n


def annotations_version(n: int) -> AnnotationSet:
    return AnnotationSet({f"change-{k}": Annotation(Verdict.NEEDS_CHECKING if k % 2 else Verdict.FINE,
                                                    f"note {k} of version {n}")
                          for k in range(50)})


def session_version(n: int) -> Session:
    return Session(Article(_TEXT + f" Version {n}.", source="a.txt"),
                   Article(_TEXT.replace("Tuesday", "Monday"), source="b.txt"),
                   annotations=annotations_version(n))


def main(mode: str, target: str, start: int) -> None:
    if mode == "recover":
        from articlecompare.export.autosave import read_autosave
        session = read_autosave(target)
        print(json.dumps(None if session is None else session.annotations.to_list()))
        return
    from articlecompare.export.atomic import write_bytes_atomic
    from articlecompare.export.autosave import write_autosave
    from articlecompare.export.session_file import save_session
    n = start
    print("ready", flush=True)
    while True:
        if mode == "bytes":
            write_bytes_atomic(target, report_version(n))
        elif mode == "session":
            save_session(target, session_version(n))
        else:
            write_autosave(target, session_version(n))
        print(f"wrote {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
