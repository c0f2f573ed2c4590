"""Bylines read from real pages against readability's expected metadata.

    .venv/bin/python bench/bylines.py PATH/TO/readability/test/test-pages [--show]

Each folder of mozilla/readability's test pages (Apache-2.0; fetch the repository, nothing of
it is kept here) holds ``source.html`` and ``expected-metadata.json``. A page counts where the
expected byline names someone (not a date alone: "Last Updated: January 7, 2025"); it
matches when our byline, case and spacing aside, is the expected one, or names the same
people: the same names in any order, once "By", a date or time and a second line are taken
off both (readability keeps them: "By Kelli Miller\n WebMD Health News"). Prints the share matched, and with ``--show`` each
miss.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from articlecompare.sources import LoadError, load_path  # noqa: E402
from articlecompare.sources.bylines import clean_names  # noqa: E402

def names(byline: str) -> frozenset[str]:
    return frozenset(n.casefold() for n in clean_names(byline))


def main(argv: list[str]) -> int:
    root, show = Path(argv[0]), "--show" in argv
    counted = matched = 0
    for page in sorted(p for p in root.iterdir() if (p / "expected-metadata.json").exists()):
        expected = json.loads((page / "expected-metadata.json").read_text("utf-8")).get("byline")
        if not expected or not names(expected):  # none, or a date alone ("Last Updated: …")
            continue
        counted += 1
        try:
            got = load_path(str(page / "source.html")).metadata.byline or ""
        except LoadError as error:
            got = f"<{error}>"
        ok = " ".join(got.split()).casefold() == " ".join(expected.split()).casefold() or \
            bool(names(got)) and names(got) == names(expected)
        matched += bool(ok)
        if show and not ok:
            print(f"{page.name:40} expected {expected!r:45} got {got!r}")
    print(f"bylines: {matched}/{counted} pages that name one match ({matched / counted:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
