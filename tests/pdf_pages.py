"""PDF files the tests write themselves: text laid out in one or two columns of Courier, with a
running header, a page number in the footer and words hyphenated at the ends of lines.

Courier has one width for every character (0.6 em), so the line breaking here is exact and a
test knows which words it hyphenated. Text is written in WinAnsiEncoding (cp1252: curly
quotes and dashes work). No library is needed: the file is assembled by hand.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 612, 792
MARGIN = 54
GUTTER = 24
SIZE = 10
LEADING = 12
CHAR_WIDTH = 0.6 * SIZE


@dataclass
class Layout:
    """How the pages look; the defaults make a two-column page with header and page number."""

    columns: int = 2
    header: str | None = "The Riverside Gazette - Special report"
    page_numbers: bool = True
    title: str | None = None          # printed across both columns at the top of page 1
    hyphenate: bool = True
    lines_per_page: int = 54
    hyphenated: list[tuple[str, str]] = field(default_factory=list)  # (head, tail) as broken

    @property
    def column_chars(self) -> int:
        width = (PAGE_WIDTH - 2 * MARGIN - GUTTER * (self.columns - 1)) / self.columns
        return int(width // CHAR_WIDTH)


def wrap(paragraph: str, width: int, layout: Layout) -> list[str]:
    """Greedy line breaking; a long word that does not fit is hyphenated when it can be."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - (2 if line else 1)  # a space before, the hyphen after
        if layout.hyphenate and word[:room + 3].isalpha() and room >= 3 and len(word) - room >= 3:
            head, tail = word[:room], word[room:]
            layout.hyphenated.append((head, tail))
            lines.append(f"{line} {head}-" if line else f"{head}-")
            line = tail
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def column_lines(paragraphs: list[str], layout: Layout) -> list[str]:
    """Every line of the body, a blank line between paragraphs."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out:
            out.append("")
        out.extend(wrap(paragraph, layout.column_chars, layout))
    return out


def _text(x: float, y: float, text: str, font: str = "F1", size: int = SIZE) -> str:
    raw = text.encode("cp1252", "replace")
    escaped = "".join(chr(b) if 32 <= b < 127 and b not in b"()\\" else f"\\{b:03o}" for b in raw)
    return f"BT /{font} {size} Tf {x:.1f} {y:.1f} Td ({escaped}) Tj ET"


def pages(paragraphs: list[str], layout: Layout) -> list[list[str]]:
    """The content-stream operations of each page."""
    lines = column_lines(paragraphs, layout)
    column_width = (PAGE_WIDTH - 2 * MARGIN - GUTTER * (layout.columns - 1)) / layout.columns
    top = PAGE_HEIGHT - MARGIN - 2 * LEADING
    result: list[list[str]] = []
    while lines or not result:
        number = len(result) + 1
        ops: list[str] = []
        if layout.header:
            ops.append(_text(MARGIN, PAGE_HEIGHT - MARGIN + 10, layout.header))
        if layout.page_numbers:
            ops.append(_text(PAGE_WIDTH / 2 - 6, MARGIN - 24, str(number)))
        body_top = top
        rows = layout.lines_per_page
        if number == 1 and layout.title:
            ops.append(_text(MARGIN, top, layout.title, "F2", 16))
            body_top, rows = top - 3 * LEADING, rows - 3
        for column in range(layout.columns):
            x = MARGIN + column * (column_width + GUTTER)
            chunk, lines = lines[:rows], lines[rows:]
            while chunk and not chunk[0]:
                chunk.pop(0)
            for row, line in enumerate(chunk):
                if line:
                    ops.append(_text(x, body_top - row * LEADING, line))
        result.append(ops)
    return result


def pdf_bytes(paragraphs: list[str], layout: Layout | None = None, info: dict[str, str] | None = None) -> bytes:
    """A whole PDF file of ``paragraphs`` laid out by ``layout``; ``info`` is its document
    information (Title, Author, CreationDate...)."""
    layout = layout or Layout()
    contents = pages(paragraphs, layout)
    objects: list[bytes] = []
    n_pages = len(contents)
    first_page = 5
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>")
    for i, ops in enumerate(contents):
        stream = "\n".join(ops).encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                       f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                       f"/Contents {first_page + 2 * i + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    if info:
        fields = " ".join(f"/{key} ({value})" for key, value in info.items())
        objects.append(f"<< {fields} >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info_ref = f" /Info {len(objects)} 0 R" if info else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
