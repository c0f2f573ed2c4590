"""Benchmark inputs: the real pairs by path, and scaled pairs built from the corpus at run time.

Scaled pairs are reproducible (fixed seed) and written to a directory the caller gives (a temp
dir): no corpus text is kept in the repository. Edits have a fixed density per sentence:
reworded (a few words replaced), deleted, inserted and moved sentences.
"""
from __future__ import annotations

import csv
import glob
import html
import os
import random
import re
from dataclasses import dataclass
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

SHARED = Path(os.environ.get("ARTICLECOMPARE_EVAL", "/work/shared/eval"))
CORPUS = SHARED / "corpus" / "articlecomparisons"
CASES = SHARED / "cases"
SAMPLE = Path(__file__).resolve().parent.parent / "src" / "articlecompare" / "resources" / "sample"
SEED = 20260
SIZES = {"1k": 1_000, "10k": 10_000, "20k": 20_000, "100k": 100_000, "300k": 300_000, "1m": 1_000_000}

# Edit density, per sentence of the original.
REWORD = 0.08   # one to three words replaced
DELETE = 0.02
INSERT = 0.02   # a sentence from elsewhere in the corpus added after this one
MOVE = 0.01     # taken out and put back at another place

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Pair:
    name: str
    original: Path
    revised: Path
    words: int  # words (white-space separated) in the original


def _articles() -> list[list[str]]:
    """Each corpus article as its list of paragraphs, in file order."""
    csv.field_size_limit(10**9)
    out: list[list[str]] = []
    for path in sorted(glob.glob(str(CORPUS / "*.csv"))):
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                paras = [p.strip() for p in row["text"].split(" ### ") if p.strip()]
                if sum(len(p.split()) for p in paras) >= 50:
                    out.append(paras)
    return out


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _original(articles: list[list[str]], words: int, rng: random.Random) -> list[list[str]]:
    """Whole articles in shuffled order (repeating the corpus if need be) up to ``words``;
    a paragraph is a list of sentences."""
    paras: list[list[str]] = []
    total = 0
    while total < words:
        order = list(range(len(articles)))
        rng.shuffle(order)
        for k in order:
            for p in articles[k]:
                sents = _sentences(p)
                paras.append(sents)
                total += len(p.split())
                if total >= words:
                    return paras
    return paras


def _reword(sentence: str, vocabulary: list[str], rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 4:
        return sentence
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(len(words))
        words[k] = rng.choice(vocabulary)
    return " ".join(words)


def _revised(paras: list[list[str]], pool: list[str], rng: random.Random) -> list[list[str]]:
    vocabulary = [w for s in rng.sample(pool, min(len(pool), 2000)) for w in s.split() if w.isalpha()]
    out: list[list[str]] = []
    moving: list[str] = []
    for sents in paras:
        new: list[str] = []
        for s in sents:
            r = rng.random()
            if r < DELETE:
                pass
            elif r < DELETE + MOVE:
                moving.append(s)
            elif r < DELETE + MOVE + REWORD:
                new.append(_reword(s, vocabulary, rng))
            else:
                new.append(s)
            if rng.random() < INSERT:
                new.append(rng.choice(pool))
        out.append(new)
    for s in moving:  # put each moved sentence into a random paragraph
        target = out[rng.randrange(len(out))]
        target.insert(rng.randint(0, len(target)), s)
    return [p for p in out if p]


def _text(paras: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paras) + "\n"


def scaled(size: str, directory: str | os.PathLike[str], seed: int = SEED) -> Pair:
    """Build (once per directory) the scaled pair for ``size`` ("1k" .. "1m")."""
    return _scaled(directory, size, SIZES[size], None, seed, f"scaled {size}")


def scaled_mib(mib: float, directory: str | os.PathLike[str], seed: int = SEED) -> Pair:
    """A scaled pair (same corpus, order and edit density as ``scaled``) whose two texts are
    each as long as they can be within ``mib`` MiB of UTF-8: news text at the input limit."""
    limit = int(mib * 2**20)  # words are 6 bytes or more with their space: limit // 5 is plenty
    return _scaled(directory, f"{mib:g}mib", limit // 5, limit, seed, f"news {mib:g} MiB")


def _scaled(directory: str | os.PathLike[str], tag: str, words: int, limit: int | None,
            seed: int, name: str) -> Pair:
    """Build (once per directory) a scaled pair of ``words`` words, each text cut to
    ``limit`` bytes of UTF-8 if given."""
    folder = Path(directory) / f"scaled-{tag}"
    a, b = folder / "a.txt", folder / "b.txt"
    if not (a.exists() and b.exists()):
        rng = random.Random(f"{seed}-{tag}")
        articles = _articles()
        pool = [s for art in articles for p in art for s in _sentences(p) if len(s.split()) >= 6]
        paras = _original(articles, words, rng)
        folder.mkdir(parents=True, exist_ok=True)
        a.write_text(_within(_text(paras), limit), encoding="utf-8")
        b.write_text(_within(_text(_revised(paras, pool, rng)), limit), encoding="utf-8")
    return Pair(name, a, b, len(a.read_text(encoding="utf-8").split()))


def _within(text: str, limit: int | None) -> str:
    """``text`` cut at the last paragraph that ends within ``limit`` bytes of UTF-8."""
    data = text.encode("utf-8")
    if limit is None or len(data) <= limit:
        return text
    return data[:data.rindex(b"\n\n", 0, limit)].decode("utf-8") + "\n"


def one_word_paragraphs(directory: str | os.PathLike[str], paragraphs: int = 1_000_000,
                        changed_every: int = 100) -> Pair:
    """Hostile text: ``paragraphs`` paragraphs of the one word "a" (3 bytes each with the
    blank line), against the same with one word in ``changed_every`` replaced by "b", or
    against an identical copy when ``changed_every`` is 0."""
    folder = Path(directory) / f"one-word-{paragraphs}-{changed_every}"
    a, b = folder / "a.txt", folder / "b.txt"
    if not (a.exists() and b.exists()):
        folder.mkdir(parents=True, exist_ok=True)
        a.write_text("a\n\n" * paragraphs, encoding="utf-8")
        words = ["a"] * paragraphs
        for k in range(0, paragraphs, changed_every) if changed_every else ():
            words[k] = "b"
        b.write_text("\n\n".join(words) + "\n\n", encoding="utf-8")
    label = f"changed 1 in {changed_every}" if changed_every else "identical copy"
    return Pair(f"{paragraphs:,} one-word paragraphs, {label}", a, b, paragraphs)


def tiny_paragraph_page(directory: str | os.PathLike[str], paragraphs: int = 3_000_000) -> Pair:
    """Hostile page: ``<p>a</p>`` ``paragraphs`` times (8 bytes each: 24 MB for 3 million),
    saved as .html, against an identical copy."""
    folder = Path(directory) / f"tiny-page-{paragraphs}"
    a, b = folder / "a.html", folder / "b.html"
    if not (a.exists() and b.exists()):
        folder.mkdir(parents=True, exist_ok=True)
        page = "<html><body>" + "<p>a</p>" * paragraphs + "</body></html>\n"
        a.write_text(page, encoding="utf-8")
        b.write_text(page, encoding="utf-8")
    return Pair(f"page of {paragraphs:,} <p>a</p>", a, b, paragraphs)


def article_pairs(count: int, seed: int = SEED) -> list[tuple[str, str, str]]:
    """``count`` article-sized pairs ``(id, original, revised)``, as texts: the corpus
    articles in file order, taken again when they run out, each time edited afresh with the
    scaled pairs' edit density (so no two pairs are the same)."""
    articles = _articles()
    pool = [s for art in articles for p in art for s in _sentences(p) if len(s.split()) >= 6]
    rng = random.Random(f"{seed}-articles")
    out = []
    for k in range(count):
        paras = [_sentences(p) for p in articles[k % len(articles)]]
        out.append((f"article-{k:05d}", _text(paras), _text(_revised(paras, pool, rng))))
    return out


def real_cases() -> list[Pair]:
    """The real article pairs in the shared evaluation set (by path, never copied)."""
    out = []
    for folder in sorted(CASES.glob("*")):
        a, b = folder / "a.txt", folder / "b.txt"
        if a.exists() and b.exists():
            out.append(Pair(folder.name, a, b, len(a.read_text(encoding="utf-8").split())))
    return out


def sample_pair() -> Pair:
    """The built-in sample pair (the seed pair the window opens with ``--sample``)."""
    a, b = SAMPLE / "original.txt", SAMPLE / "revised.txt"
    return Pair("sample", a, b, len(a.read_text(encoding="utf-8").split()))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<meta property="og:url" content="https://news.example.org/{slug}">
<script>window.dataLayer = [];</script><style>body {{ font-family: serif; }}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="ad">Advertisement</div>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
{paragraphs}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather warning for the weekend</a></li><li><a href="/c">Five recipes to try</a></li></ul></aside>
<footer><p>© The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""


def _page(text: str, slug: str) -> str:
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras[1:])
    return _PAGE.format(title=html.escape(paras[0][:90]), slug=slug, paragraphs=body)


def _mhtml(page: str, slug: str) -> bytes:
    """``page`` as a single-file web archive (multipart/related, quoted-printable), the way
    browsers save "Webpage, single file"."""
    outer = MIMEMultipart("related", type="text/html")
    outer["Subject"] = slug
    outer["Snapshot-Content-Location"] = f"https://news.example.org/{slug}"
    part = MIMEText(page, "html", "utf-8")  # encoded as base64: the email package's choice
    part["Content-Location"] = f"https://news.example.org/{slug}"
    outer.attach(part)
    return outer.as_bytes()


def saved_pages(pair: Pair, directory: str | os.PathLike[str], kind: str = "html") -> Pair:
    """``pair`` as two saved web pages (``kind`` "html" or "mhtml"): the article's paragraphs
    in page furniture (navigation, an advertisement, a list of links, a footer), for
    measuring loading with article extraction."""
    folder = Path(directory) / f"{pair.name.replace(' ', '-')}-{kind}"
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for side, path in (("a", pair.original), ("b", pair.revised)):
        page = _page(path.read_text(encoding="utf-8"), f"{pair.name.replace(' ', '-')}-{side}")
        target = folder / f"{side}.{kind}"
        if kind == "html":
            target.write_text(page, encoding="utf-8")
        else:
            target.write_bytes(_mhtml(page, target.stem))
        out.append(target)
    return Pair(f"{pair.name} ({kind})", out[0], out[1], pair.words)


def documents(pair: Pair, directory: str | os.PathLike[str], pdf_pages: int = 30) -> dict[str, Path]:
    """``pair`` as documents, with the test suite's writers (``tests/written_documents.py``,
    ``tests/pdf_pages.py``; python-docx, a test dependency): ``docx`` the original as a Word
    document (a heading, then its paragraphs), ``tracked`` one Word document holding the
    revised text as tracked changes of the original, and ``pdf`` the first ``pdf_pages`` pages
    of the original set in two columns with a running header and page numbers."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pdf_pages import Layout, pages, pdf_bytes
    from written_documents import docx_with_body, docx_with_python_docx, tracked_body

    folder = Path(directory) / f"{pair.name.replace(' ', '-')}-documents"
    folder.mkdir(parents=True, exist_ok=True)
    original = [p for p in pair.original.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    revised = [p for p in pair.revised.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out = {"docx": folder / "a.docx", "tracked": folder / "tracked.docx", "pdf": folder / "a.pdf"}
    out["docx"].write_bytes(docx_with_python_docx(original[0][:80], original))
    out["tracked"].write_bytes(docx_with_body(tracked_body(original, revised)))
    body = list(original)
    while len(pages(body, Layout())) > pdf_pages:  # cut to the number of pages asked for
        body = body[: max(1, len(body) * pdf_pages // len(pages(body, Layout())))]
    out["pdf"].write_bytes(pdf_bytes(body, Layout()))
    return out
