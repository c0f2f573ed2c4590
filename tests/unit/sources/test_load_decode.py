"""Bytes to text: byte-order marks, declarations read as browsers read them, undeclared guesses."""
from __future__ import annotations

import codecs

import pytest

from articlecompare.sources import LoadError, load_bytes, load_path
from articlecompare.sources.decode import decode, normalise_label

TEXT = "Café prices rose 5% – “a record,” she said — to €4.50 ‘per cup’."
# windows-1252 bytes of the same: 0x96 en dash, 0x93/0x94 double quotes, 0x97 em dash,
# 0x80 euro, 0x91/0x92 single quotes, 0xe9 é.
CP1252 = TEXT.encode("cp1252")


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Prices</title></head><body><article><p>{body}</p></article></body></html>"


def test_utf8_file_without_bom(write):
    article = load_path(write("a.txt", TEXT.encode("utf-8")))
    assert article.text == TEXT
    assert article.encoding == "utf-8"


def test_utf8_bom_is_not_part_of_the_text(write):
    article = load_path(write("a.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8")))
    assert article.text == TEXT
    assert article.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(write, bom, codec, expected):
    data = bom + f"{TEXT}\r\n\r\nSecond paragraph.".encode(codec)
    article = load_path(write("a.txt", data))
    assert article.text == f"{TEXT}\n\nSecond paragraph."
    assert article.encoding == expected


def test_utf16_html_with_bom_ignores_its_ascii_meta_charset(write):
    data = codecs.BOM_UTF16_LE + page(TEXT, '<meta charset="iso-8859-1">').encode("utf-16-le")
    article = load_path(write("a.html", data))
    assert TEXT in article.text
    assert article.encoding == "utf-16-le"


def test_utf16_without_bom_is_recognised_by_its_zero_bytes(write):
    article = load_path(write("a.txt", (TEXT + "\n\nMore text follows here.").encode("utf-16-le")))
    assert article.text == TEXT + "\n\nMore text follows here."
    assert article.encoding == "utf-16-le"


# Texts in scripts whose UTF-16 has few zero bytes or none (CJK), or zeros only at spaces
SCRIPTS = {
    "chinese": "市议会周二投票决定，在年底关闭主街上的旧图书馆。议员说：“我们负担不起维修费用。”"
               "\n\n约四万册藏书将搬到榆树大道的新分馆，新馆三月开放。",
    "japanese": "市議会は火曜日、年末に旧図書館を閉鎖することを決めた。蔵書は新しい分館に移る。",
    "russian": "Городской совет во вторник проголосовал за закрытие старой библиотеки на Главной "
               "улице в конце года.\n\nОколо 40 000 томов переедут в новый филиал.",
    "arabic": "صوّت مجلس المدينة يوم الثلاثاء على إغلاق المكتبة القديمة في الشارع الرئيسي، "
              "وستنتقل الكتب إلى الفرع الجديد.",
    "mixed": "Council 市议会 voted «за» закрытие; المكتبة القديمة closes 年底。 Émile said “no” 😀.",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_utf16_without_bom_is_recognised_in_any_script(write, script, codec):
    text = SCRIPTS[script]
    article = load_path(write("a.txt", text.encode(codec)))
    assert article.text == text
    assert article.encoding == codec


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_utf8_text_in_any_script_is_not_taken_for_utf16(script):
    text = SCRIPTS[script] + ("!" if len(SCRIPTS[script].encode()) % 2 else "")
    assert len(text.encode("utf-8")) % 2 == 0  # even, as UTF-16 would be
    assert decode(text.encode("utf-8"), "a.txt") == (text, "utf-8")


@pytest.mark.parametrize("codec", ["gb18030", "shift_jis", "cp1251", "cp1256", "cp949"])
def test_legacy_text_is_not_taken_for_utf16(codec):
    from articlecompare.sources.decode import _utf16_without_bom
    text = {"gb18030": SCRIPTS["chinese"], "shift_jis": SCRIPTS["japanese"],
            "cp1251": SCRIPTS["russian"], "cp1256": SCRIPTS["arabic"],
            "cp949": "시의회는 화요일 연말에 옛 도서관을 닫기로 결정했다."}[codec]
    data = text.encode(codec, "ignore")
    assert _utf16_without_bom(data[: len(data) // 2 * 2]) is None


@pytest.mark.parametrize("seed", range(20))
def test_binary_data_is_not_taken_for_utf16(seed):
    import random
    noise = random.Random(seed).randbytes(4096)
    from articlecompare.sources.decode import _utf16_without_bom
    for data in (noise, b"\x89PNG\r\n\x1a\n" + noise, b"\x00\x01" + noise[2:]):
        assert _utf16_without_bom(data) is None
        with pytest.raises(LoadError, match="not a text"):
            decode(data, "noise.bin")


def test_binary_that_decodes_as_utf16_but_is_not_mostly_text_is_refused():
    # code units with no surrogates and one space in twenty: no text is made of these
    import random
    rng = random.Random(7)
    units = [0x20 if i % 20 == 0 else rng.choice([rng.randrange(0xE000, 0xF900),  # private use
                                                  rng.randrange(0x0001, 0x0009),  # controls
                                                  rng.randrange(0x4E00, 0x9FFF)])
             for i in range(2000)]
    data = "".join(map(chr, units)).encode("utf-16-le")
    with pytest.raises(LoadError, match="binary"):
        decode(data, "units.bin")


def test_utf16_with_a_lone_surrogate_is_not_utf16():
    data = SCRIPTS["chinese"].encode("utf-16-le") + b"\x00\xd8" + "。".encode("utf-16-le")
    with pytest.raises(LoadError):
        decode(data, "lone.txt")


def test_utf16_of_odd_length_without_bom_is_not_utf16():
    data = SCRIPTS["chinese"].encode("utf-16-le") + b"!"
    with pytest.raises(LoadError):
        decode(data, "odd.txt")


def test_a_bom_wins_over_what_the_bytes_look_like():
    # the UTF-16 BE byte-order mark, then text whose bytes read better as little-endian
    text = SCRIPTS["russian"]
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "a.txt") == (text, "utf-16-be")
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt") == (text, "utf-8-sig")


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="iso-8859-1">',
        "<meta charset=latin-1>",
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
        "<meta content='text/html; charset=us-ascii' http-equiv='content-type'>",
        '<meta charset="windows-1252">',
    ],
)
def test_cp1252_bytes_declared_latin1_keep_quotes_dashes_and_euro(write, head):
    data = page("BODY", head).encode("ascii").replace(b"BODY", CP1252)
    article = load_path(write("prices.html", data))
    assert TEXT in article.text.split("\n\n")
    assert article.encoding == "cp1252"


def test_xml_declaration_names_the_encoding(write):
    data = b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + page("BODY").encode().replace(b"BODY", CP1252)
    article = load_path(write("prices.xhtml", data))
    assert TEXT in article.text
    assert article.encoding == "cp1252"


def test_undeclared_cp1252_text(write):
    article = load_path(write("old.txt", CP1252 + b"\r\n"))
    assert article.text == TEXT
    assert article.encoding == "cp1252"


def test_undeclared_cp1252_page(write):
    article = load_path(write("old.html", page("BODY").encode().replace(b"BODY", CP1252)))
    assert TEXT in article.text
    assert article.encoding == "cp1252"


def test_a_wrong_utf8_declaration_falls_back_to_cp1252(write):
    data = page("BODY", '<meta charset="utf-8">').encode().replace(b"BODY", CP1252)
    article = load_path(write("wrong.html", data))
    assert TEXT in article.text
    assert "\ufffd" not in article.text


def test_bytes_undefined_in_python_cp1252_still_decode_as_browsers_do():
    text, encoding = decode(b"caf\xe9 \x81 \x8d \x9d", "odd.txt")
    assert (text, encoding) == ("café \x81 \x8d \x9d", "cp1252")


def test_container_charset_wins_over_the_page(write):
    data = page("BODY", '<meta charset="utf-8">').encode().replace(b"BODY", CP1252)
    text, encoding = decode(data, "part", html=True, declared="windows-1252")
    assert TEXT in text
    assert encoding == "cp1252"


def test_mostly_non_latin_legacy_text_is_guessed():
    russian = (
        "Москва — столица России. Городские власти объявили во вторник о закрытии старой "
        "библиотеки на главной улице. Жители собрали подписи против этого решения.\n"
    ) * 5
    text, encoding = decode(russian.encode("cp1251"), "news.txt")
    assert text == russian
    assert encoding != "cp1252"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin-1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("ascii", "cp1252"),
        ("US-ASCII", "cp1252"),
        ("windows-1252", "cp1252"),
        ("UTF8", "utf-8"),
        ("utf-16", "utf-8"),
        ("iso-8859-2", "iso8859-2"),
        ("base64", None),
        ("rot13", None),
        ("no-such-encoding", None),
        ("", None),
    ],
)
def test_labels_are_read_as_browsers_read_them(label, expected):
    assert normalise_label(label) == expected


def test_meta_charset_is_ignored_for_plain_text(write):
    # A .txt file that mentions a meta tag is still undeclared text: UTF-8 here.
    data = ('Write <meta charset="iso-8859-1"> in the head. ' + TEXT).encode("utf-8")
    assert load_bytes(data, "howto.txt").text.endswith(TEXT)


def test_broken_utf16_after_its_bom_is_a_load_error(write):
    with pytest.raises(LoadError, match="could not be decoded"):
        load_path(write("broken.txt", codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"))


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    # browsers replace the bad byte and keep the page; windows-1252 would mangle every accent
    from articlecompare.sources.decode import decode

    page = ("<p>Café, naïve résumé, déjà vu. " * 40 + "</p>").encode("utf-8")
    text, encoding = decode(page[:200] + b"\xff" + page[200:], "page.html", html=True)
    assert encoding == "utf-8" and "naïve résumé" in text and text.count("\ufffd") == 1
    assert decode("Café and naïve".encode("cp1252"), "old.txt") == ("Café and naïve", "cp1252")


def test_a_page_declaring_utf7_is_not_read_as_utf7() -> None:
    from articlecompare.sources.decode import decode

    page = b'<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>'
    text, encoding = decode(page, "page.html", html=True)
    assert encoding != "utf-7" and "<script>" not in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_chinese_page_in_utf16_without_bom_gives_its_text(write, codec):
    html = f"<html><head><title>图书馆</title></head><body><article><p>{SCRIPTS['chinese']}</p></article></body></html>"
    article = load_path(write("a.html", html.encode(codec)))
    assert "市议会周二投票决定" in article.text and article.encoding == codec
