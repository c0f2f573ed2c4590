"""Article extraction on the Zyte article-extraction benchmark, scored as that benchmark scores.

    .venv/bin/python bench/extraction.py PATH/TO/article-extraction-benchmark [--worst 15] [--jobs 2]
    .venv/bin/python bench/extraction.py PATH --page KEY          # one page: ours beside the truth

PATH is a checkout of scrapinghub/article-extraction-benchmark (MIT; fetched beside the project,
nothing of it is kept here): ``ground-truth.json`` and ``html/KEY.html.gz`` for its 181 pages.
Each page goes through the app's own loading path for a saved page (``sources.load_bytes``:
decoding, Wayback unwrapping, extraction with trafilatura and readability, furniture taken out).
The article body it extracted is scored against the page's ``articleBody``; so is the text as
compared (which opens with the headline and a credit line the body does not hold), for the
record.

The score is the benchmark's ``evaluate.py``: tokens are ``\\w+`` runs, a page's text is the
multiset of its 4-token shingles, true and false positives and false negatives are counted per
page and divided by their sum (each page weighs the same), precision and recall are the means
over pages, F1 is their harmonic mean, and accuracy the share of pages whose tokens match
exactly. Where ``output/trafilatura.json`` is there, trafilatura's own recorded output is scored
the same way as a check of this scorer against the benchmark's published table.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_TOKEN = re.compile(r"\w+")
Counts = tuple[float, float, float]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def page_counts(true: str, pred: str) -> Counts:
    """True positives, false positives and false negatives over shingles, summing to 1."""
    a, b = shingles(true), shingles(pred)
    tp = float(sum((a & b).values()))
    fp = float(sum((b - a).values()))
    fn = float(sum((a - b).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[Counts], exact: list[bool]) -> dict[str, float]:
    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"f1": 2 * p * r / (p + r), "precision": p, "recall": r, "accuracy": statistics.mean(exact)}


def extract(job: tuple[str, str]) -> tuple[str, str, str, str, float]:
    """(key, body, text as compared, method or error, seconds) for one page."""
    from articlecompare.sources import LoadError, load_bytes
    from articlecompare.sources import html as html_pages
    from articlecompare.sources.decode import decode
    from articlecompare.sources.wayback import unwrap

    key, path = job
    data = gzip.decompress(Path(path).read_bytes())
    start = time.perf_counter()
    try:
        compared = load_bytes(data, key + ".html").text
        page, _ = decode(data, key, html=True)
        snapshot = unwrap(page)
        found = html_pages.extract(snapshot.html if snapshot else page)
        body = "\n\n".join(found.paragraphs)
        return key, body, compared, found.method, time.perf_counter() - start
    except LoadError as error:
        return key, "", "", f"error: {error}", time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages of lowest F1")
    parser.add_argument("--page", help="one page (its key, or the key's start): our body and the expected one")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--save", type=Path, help="write our bodies as JSON (the benchmark's output format)")
    args = parser.parse_args(argv)
    truth = json.loads((args.benchmark / "ground-truth.json").read_text("utf-8"))
    if args.page:
        page = next(key for key in truth if key.startswith(args.page))   # a key's first characters do
        key, body, _, method, _ = extract((page, str(args.benchmark / "html" / f"{page}.html.gz")))
        print(f"--- ours ({method})\n{body}\n--- expected\n{truth[key]['articleBody']}")
        print(f"--- P/R: {precision(*page_counts(truth[key]['articleBody'], body)):.3f} "
              f"{recall(*page_counts(truth[key]['articleBody'], body)):.3f}")
        return 0
    jobs = [(key, str(args.benchmark / "html" / f"{key}.html.gz")) for key in truth]
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(extract, jobs, chunksize=4))
    wall = time.perf_counter() - started
    rows = {"article body": {k: body for k, body, _, _, _ in results},
            "text as compared": {k: compared for k, _, compared, _, _ in results}}
    recorded = args.benchmark / "output" / "trafilatura.json"
    if recorded.exists():
        data = json.loads(recorded.read_text("utf-8"))
        output = data.get("output", data)
        rows["trafilatura's recorded output (check)"] = {k: output[k].get("articleBody", "") for k in truth}
    print(f"{len(truth)} pages, {wall:.0f} s with {args.jobs} processes; extraction per page: median "
          f"{statistics.median(r[4] for r in results) * 1000:.0f} ms, max {max(r[4] for r in results):.1f} s")
    methods = Counter(r[3].split(":")[0] for r in results)
    print("methods: " + ", ".join(f"{m} {n}" for m, n in methods.most_common()))
    print(f"\n| scored | F1 | precision | recall | accuracy |\n|---|---|---|---|---|")
    for name, predicted in rows.items():
        counts = [page_counts(truth[k]["articleBody"], predicted[k]) for k in truth]
        exact = [tokens(truth[k]["articleBody"]) == tokens(predicted[k]) for k in truth]
        s = scores(counts, exact)
        print(f"| {name} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} | {s['accuracy']:.3f} |")
    if args.worst:
        by_f1 = []
        for key, body, _, method, _ in results:
            c = page_counts(truth[key]["articleBody"], body)
            p, r = precision(*c), recall(*c)
            by_f1.append((2 * p * r / (p + r) if p + r else 0.0, p, r, key, method, truth[key].get("url", "")))
        print()
        for f1, p, r, key, method, url in sorted(by_f1)[: args.worst]:
            print(f"{f1:.3f}  P {p:.3f} R {r:.3f}  {method:12} {key[:12]}  {url}")
    if args.save:
        args.save.write_text(json.dumps({k: {"articleBody": body} for k, body, _, _, _ in results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
