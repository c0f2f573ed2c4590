"""Documents and web archives the tests write themselves: Word (python-docx, and raw XML for
tracked changes), OpenDocument, EPUB, WARC and WACZ (warcio), and Wayback Machine snapshots."""
from __future__ import annotations

import base64
import difflib
import gzip
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Sequence
from html import escape
from xml.sax.saxutils import escape as xml_escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- Word --------------------------------------------------------------------------------

def docx_with_python_docx(title: str, paragraphs: Sequence[str], *, heading: str | None = None,
                          items: Sequence[str] = (), comment: str | None = None,
                          footnote: str | None = None, author: str = "Dana Whitfield") -> bytes:
    """A document as a person writes one: a title, paragraphs, a heading, a bulleted list,
    optionally a comment on the first paragraph and a footnote after it."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.add_heading(title, level=1)
    first = document.add_paragraph(paragraphs[0])
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    if heading:
        document.add_heading(heading, level=2)
    for item in items:
        document.add_paragraph(item, style="List Bullet")
    if comment:
        document.add_comment(first.runs, text=comment, author="Copy Desk", initials="CD")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if footnote:
        data = _with_footnote(data, paragraphs[0], footnote)
    return data


def _with_footnote(data: bytes, paragraph: str, footnote: str) -> bytes:
    """``data`` with a footnote reference at the end of ``paragraph`` and the footnote's text in
    ``word/footnotes.xml`` (python-docx does not write footnotes)."""
    note = (f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>{xml_escape(footnote)}'
            "</w:t></w:r></w:p></w:footnote></w:footnotes>")
    reference = '<w:r><w:footnoteReference w:id="1"/></w:r>'

    def edit(name: str, content: bytes) -> bytes:
        if name != "word/document.xml":
            return content
        text = content.decode("utf-8")
        end = text.index(xml_escape(paragraph)) + len(xml_escape(paragraph))
        end = text.index("</w:r>", end) + len("</w:r>")
        return (text[:end] + reference + text[end:]).encode("utf-8")

    return _rezipped(data, edit, {"word/footnotes.xml": note.encode("utf-8")})


def docx_with_body(body_xml: str, *, created: str = "2024-01-02T09:00:00Z",
                   modified: str = "2024-01-05T17:30:00Z") -> bytes:
    """A Word document whose body is ``body_xml`` (``w:`` elements), written as raw XML into a
    package python-docx made: tracked changes are written this way."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}">'
                f"<w:body>{body_xml}<w:sectPr/></w:body></w:document>")
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Draft</dc:title>'
            '<dc:creator>Dana Whitfield</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')
    replaced = {"word/document.xml": document.encode("utf-8"), "docProps/core.xml": core.encode("utf-8")}
    return _rezipped(buffer.getvalue(), lambda name, content: replaced.get(name, content))


def _rezipped(data: bytes, edit, extra: dict[str, bytes] | None = None) -> bytes:  # type: ignore[no-untyped-def]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, edit(info.filename, source.read(info.filename)))
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{xml_escape(text)}</{tag}></w:r>'


def change(tag: str, inner: str, author: str, date: str = "2024-01-05T10:00:00Z", number: int = 1) -> str:
    return f'<w:{tag} w:id="{number}" w:author="{author}" w:date="{date}">{inner}</w:{tag}>'


def paragraph(inner: str, mark: str = "", author: str = "Ed Itor") -> str:
    """A ``w:p``; ``mark`` ("ins", "del", "moveFrom", "moveTo") tracks its paragraph mark."""
    properties = (f'<w:pPr><w:rPr><w:{mark} w:id="90" w:author="{author}" '
                  'w:date="2024-01-05T10:00:00Z"/></w:rPr></w:pPr>') if mark else ""
    return f"<w:p>{properties}{inner}</w:p>"


def tracked_body(original: Sequence[str], revised: Sequence[str], author: str = "Ed Itor",
                 date: str = "2024-01-05T10:00:00Z") -> str:
    """Body XML that reads as ``original`` with every change rejected and as ``revised`` with
    every change accepted: paragraphs matched by difflib, changed ones diffed word by word."""
    body = []
    number = iter(range(1, 1_000_000))
    matcher = difflib.SequenceMatcher(None, list(original), list(revised), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            body.extend(paragraph(run(text)) for text in original[i1:i2])
            continue
        olds, news = list(original[i1:i2]), list(revised[j1:j2])
        while olds and news:  # a changed paragraph: its words diffed
            body.append(paragraph(_word_changes(olds.pop(0), news.pop(0), author, date, number)))
        for text in olds:     # a paragraph cut: its words and its mark deleted
            body.append(paragraph(change("del", run(text, deleted=True), author, date, next(number)), "del", author))
        for text in news:     # a paragraph added: its words and its mark inserted
            body.append(paragraph(change("ins", run(text), author, date, next(number)), "ins", author))
    return "".join(body)


def _word_changes(old: str, new: str, author: str, date: str, number) -> str:  # type: ignore[no-untyped-def]
    a, b = re.findall(r"\S+\s*", old), re.findall(r"\S+\s*", new)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(run("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(change("del", run("".join(a[i1:i2]), deleted=True), author, date, next(number)))
        if j2 > j1:
            out.append(change("ins", run("".join(b[j1:j2])), author, date, next(number)))
    return "".join(out)


# --- OpenDocument and EPUB ----------------------------------------------------------------

def odt_bytes(title: str, paragraphs: Sequence[str], *, heading: str | None = None,
              items: Sequence[str] = (), footnote: str | None = None, comment: str | None = None,
              author: str = "Dana Whitfield", date: str = "2024-01-05T10:00:00") -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    body = [f'<text:h text:outline-level="1">{xml_escape(title)}</text:h>']
    for n, text in enumerate(paragraphs):
        extra = ""
        if n == 0 and footnote:
            extra += (f'<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                      f"<text:note-body><text:p>{xml_escape(footnote)}</text:p></text:note-body></text:note>")
        if n == 0 and comment:
            extra += (f"<office:annotation><dc:creator>Copy Desk</dc:creator><text:p>{xml_escape(comment)}"
                      "</text:p></office:annotation>")
        words = xml_escape(text).replace("  ", ' <text:s/>')
        body.append(f"<text:p>{words}{extra}</text:p>")
    if heading:
        body.append(f'<text:h text:outline-level="2">{xml_escape(heading)}</text:h>')
    if items:
        body.append("<text:list>" + "".join(f"<text:list-item><text:p>{xml_escape(item)}</text:p></text:list-item>"
                                            for item in items) + "</text:list>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.3"><office:meta>'
            f"<dc:title>{xml_escape(title)}</dc:title><meta:initial-creator>{xml_escape(author)}</meta:initial-creator>"
            f"<dc:date>{date}</dc:date></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _package("application/vnd.oasis.opendocument.text",
                    {"content.xml": content, "meta.xml": meta, "META-INF/manifest.xml": manifest})


def epub_bytes(title: str, chapters: Sequence[Sequence[str]], *, author: str = "Dana Whitfield",
               date: str = "2024-01-05", footnote: str | None = None) -> bytes:
    """An EPUB 3 book: one XHTML document per chapter (its first entry a heading), a navigation
    document and a footnote aside in the first chapter."""
    files = {"META-INF/container.xml": (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>")}
    items, refs = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'], []
    for n, chapter in enumerate(chapters, start=1):
        aside = (f'<aside epub:type="footnote" id="fn1"><p>{escape(footnote)}</p></aside>'
                 if footnote and n == 1 else "")
        paragraphs = "".join(f"<p>{escape(text)}</p>" for text in chapter[1:])
        files[f"OEBPS/text/chapter {n}.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>c</title></head><body>'
            f"<h2>{escape(chapter[0])}</h2>{paragraphs}{aside}</body></html>")
        items.append(f'<item id="c{n}" href="text/chapter%20{n}.xhtml" media-type="application/xhtml+xml"/>')
        refs.append(f'<itemref idref="c{n}"/>')
    files["OEBPS/nav.xhtml"] = ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><nav>'
                                "<ol><li>Contents entry that is not text</li></ol></nav></body></html>")
    files["OEBPS/content.opf"] = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:x</dc:identifier>'
        f"<dc:title>{xml_escape(title)}</dc:title><dc:creator>{xml_escape(author)}</dc:creator>"
        f"<dc:date>{date}</dc:date><dc:language>en</dc:language></metadata>"
        f'<manifest>{"".join(items)}</manifest><spine><itemref idref="nav" linear="no"/>{"".join(refs)}</spine></package>')
    return _package("application/epub+zip", files)


def _package(mimetype: str, files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        for name, content in files.items():
            archive.writestr(name, content.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --- Web pages and archives ----------------------------------------------------------------

def article_page(paragraphs: Sequence[str], title: str | None = None) -> str:
    """A plain page for an archive: the paragraphs in an ``<article>`` with a little furniture."""
    head = f"<title>{escape(title)}</title>" if title else ""
    heading = f"<h1>{escape(title)}</h1>" if title else ""
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
            '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<article>{heading}{body}</article><footer>Copyright The Gazette</footer></body></html>")


def warc_bytes(captures: Sequence[tuple[str, str, str]], *, gzipped: bool = True,
               revisit_same: bool = False) -> bytes:
    """A WARC of ``(url, WARC-Date, html)`` captures (plus a request record and an image
    response before each, which are not pages); ``revisit_same`` stores a capture whose page
    is the same as an earlier one's as a revisit record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    seen: dict[str, tuple[str, str]] = {}
    for url, date, html in captures:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request,
                                                      warc_headers_dict={"WARC-Date": date}))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url + "logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
                                                      http_headers=image, warc_headers_dict={"WARC-Date": date}))
        payload = html.encode("utf-8")
        digest = "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode("ascii")  # as warcio writes it
        if revisit_same and digest in seen:
            record = writer.create_revisit_record(url, digest, seen[digest][0], seen[digest][1])
            record.rec_headers.replace_header("WARC-Date", date)
            writer.write_record(record)
            continue
        seen[digest] = (url, date)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": date}))
    return out.getvalue()


def wacz_bytes(captures: Sequence[tuple[str, str, str]], *, listed: Sequence[str] | None = None) -> bytes:
    """A WACZ: the captures in ``archive/data.warc.gz``, each page in ``pages/pages.jsonl``."""
    pages = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    for n, (url, date, _) in enumerate(captures):
        if listed is None or url in listed:
            pages.append(json.dumps({"id": f"p{n}", "url": url, "ts": date, "title": "Page"}))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("archive/data.warc.gz", warc_bytes(captures))
        archive.writestr("pages/pages.jsonl", "\n".join(pages) + "\n")
        archive.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))
    return out.getvalue()


def wayback_page(paragraphs: Sequence[str], title: str, url: str, stamp: str = "20200102123456") -> str:
    """A page as the Wayback Machine serves it, saved from the browser: the player's scripts,
    its toolbar, links rewritten to /web/<stamp>/ and the closing "FILE ARCHIVED ON" comment."""
    day = "12:34:56 Jan 02, 2020"
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html><html><head>
<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");
  __wm.wombat("{url}","{stamp}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
              "1577968496");</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css" />
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8"><title>{escape(title)}</title>
<link rel="canonical" href="https://web.archive.org/web/{stamp}/{url}">
</head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base"><div id="wm-ipp"><a href="/web/">The Wayback Machine</a>
<p>{url}</p><p>1,234 captures</p><p>02 Jan 2020 - 14 Mar 2024</p>
<a href="https://web.archive.org/web/20191201000000*/{url}">JAN FEB MAR</a></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<nav><a href="https://web.archive.org/web/{stamp}/https://news.example/">Home</a></nav>
<article><h1>{escape(title)}</h1>{body}
<p>Read more: <a href="/web/{stamp}/https://news.example/related">the earlier story</a>.</p></article>
</body></html>
<!--
     FILE ARCHIVED ON {day} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 15:59:04 Sep 18, 2023.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
<!--
playback timings (ms):
  captures_list: 0.6
-->"""


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
