"""What a page says about itself: title, byline, date, site name and URL.

The byline comes from what the page states as data (JSON-LD, author tags) before
trafilatura's reading of its text (``bylines``); for the rest trafilatura's metadata comes
first where it has a value, and the page's own ``<meta>`` tags, links and elements fill the
gaps. The URL is the canonical link, else ``og:url``, else the
location an MHTML archive gives, else the ``<!-- saved from url=… -->`` comment browsers
write into saved pages. Nothing is fetched.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from articlecompare.core.model import Metadata
from articlecompare.sources.bylines import byline_from, structured_authors

_SAVED_FROM_RE = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACES_RE = re.compile(r"\s+")
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title")
# Dublin Core's creator, where a page states it, before the looser "author"
_BYLINE_KEYS = ("dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "byl",
                "parsely-author", "sailthru.author")
_DATE_KEYS = (
    "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
    "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "og:updated_time",
)
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site")
# an element whose class names a byline ("byline", "pb-byline", "article__byline") or an
# author's name ("author-name")
_BYLINE_CLASS_XPATH = ("//*[contains(@class, 'byline') or contains(@class, 'author-name') or "
                       "contains(@class, 'author_name')]")
_MAX_FIELD = 300


def page_metadata(
    root: Any | None, html: str, extracted: Any | None = None, location: str | None = None
) -> Metadata:
    """Metadata of a page from its lxml tree ``root``, its markup and trafilatura's result.

    ``location`` is where the page was saved from, when the container says so (MHTML).
    """
    metas = _meta_tags(root) if root is not None else {}
    url = _url(root, metas, getattr(extracted, "url", None), location, html)
    # Each ``or`` chain stops at the first source with a value: the page-wide searches at
    # the end run only when nothing better said it.
    title = (_clean(getattr(extracted, "title", None)) or _meta(metas, _TITLE_KEYS)
             or _text_at(root, "//title") or _text_at(root, "//h1"))
    # who wrote it: what the page states as data before what a reading of its text guesses
    byline = byline_from([structured_authors(root), *(metas.get(key) for key in _BYLINE_KEYS),
                          _texts_at(root, "//*[@rel='author' or @itemprop='author']"),
                          getattr(extracted, "author", None),
                          _text_at(root, _BYLINE_CLASS_XPATH)])
    date = (_clean(getattr(extracted, "date", None)) or _date(_meta(metas, _DATE_KEYS))
            or _date(_attribute_at(root, "//time/@datetime")))
    site = _clean(getattr(extracted, "sitename", None)) or _meta(metas, _SITE_KEYS) or _host(url)
    return Metadata(title=title, byline=byline, date=date, site=site, url=url)


def saved_from(html: str) -> str | None:
    """The address in a ``<!-- saved from url=(0042)https://… -->`` comment, if any."""
    match = _SAVED_FROM_RE.search(html[:4096])
    return match.group(1) if match else None


def _url(
    root: Any | None, metas: dict[str, str], extracted: str | None, location: str | None, html: str
) -> str | None:
    base = _web(location) or _web(saved_from(html))
    for candidate in (_attribute_at(root, "//link[@rel='canonical']/@href"), metas.get("og:url"), extracted):
        if candidate and candidate.strip():
            try:
                absolute = urljoin(base or "", candidate.strip())
                if urlsplit(absolute).scheme in ("http", "https"):
                    return absolute
            except ValueError:  # a malformed address, such as "http://[oops"
                continue
    return base


def _web(address: str | None) -> str | None:
    """``address`` if it is a web address (http or https): a "javascript:", "file:" or
    "data:" address from a saved page or an archive is not where the article came from."""
    try:
        return address if address and urlsplit(address.strip()).scheme in ("http", "https") \
            else None
    except ValueError:
        return None


def _meta_tags(root: Any) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name, property or itemprop (each of a space-separated
    list of properties); the first one wins."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        keys = " ".join(filter(None, (meta.get("name"), meta.get("property"), meta.get("itemprop"))))
        value = meta.get("content") or meta.get("datetime")
        if value and value.strip():
            for key in keys.lower().split()[:8]:
                found.setdefault(key, value)
    return found


def _text_at(root: Any | None, xpath: str) -> str | None:
    if root is None:
        return None
    return next(filter(None, (_clean("".join(element.itertext())) for element in root.xpath(xpath))), None)


def _texts_at(root: Any | None, xpath: str, most: int = 6) -> str | None:
    """The distinct texts of the elements at ``xpath`` (several authors), joined by ";"."""
    if root is None:
        return None
    texts = dict.fromkeys(t for element in root.xpath(xpath)[:most * 4]
                          if (t := _clean("".join(element.itertext()))))
    return "; ".join(list(texts)[:most]) or None


def _attribute_at(root: Any | None, xpath: str) -> str | None:
    if root is None:
        return None
    return next((str(value) for value in root.xpath(xpath) if str(value).strip()), None)


def _date(value: str | None) -> str | None:
    if not value:
        return None
    match = _ISO_DATE_RE.match(value.strip())
    return match.group(0) if match else _clean(value)


def _host(url: str | None) -> str | None:
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def _meta(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((value for value in map(_clean, map(metas.get, keys)) if value), None)


def _clean(value: str | None) -> str | None:
    """``value`` with its white space collapsed and cut to a sane length; None if blank."""
    if not value or not value.strip():
        return None
    return _SPACES_RE.sub(" ", value).strip()[:_MAX_FIELD]
