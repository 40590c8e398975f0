"""Every encoding a newsroom file arrives in reads back as the words the reporter wrote."""

from __future__ import annotations

import codecs

import pytest

from parallax.errors import InputError
from parallax.ingest import read_bytes

QUOTE = "“We will not leave the harbour until the last family is out,” the mayor said."
PRICE = "Repairs to the sea wall will cost €2.4 million, the council’s engineer estimated."
ACCENTS = "The delegation from Zürich met the mayor of Besançon at the café beside the Rhône."
STORY = f"{QUOTE}\n\n{PRICE}\n\n{ACCENTS}"


def read(data: bytes, name: str = "story.txt"):
    return read_bytes(data, name=name).article


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
        (STORY.encode("utf-16"), "utf-16"),  # with the BOM of this machine's byte order
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16"),
        (STORY.encode("utf-32"), "utf-32"),
        (STORY.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252"],
)
def test_each_encoding_round_trips_to_the_same_text(data: bytes, encoding: str):
    article = read(data)
    assert article.text == STORY
    assert article.encoding == encoding


def test_latin_1_accents_are_read_as_accents_not_central_european_letters():
    text = (
        "Le maire a visité le chantier à midi, où il a rencontré des élèves et leurs "
        "professeurs. « Nous reconstruirons l’école avant l’été », a-t-il déclaré."
    ).replace("’", "'")
    article = read(text.encode("latin-1"))
    assert article.text == text
    assert "à midi" in article.text and "où" in article.text


def test_a_short_cp1252_file_with_one_accent_is_not_read_as_utf_16():
    assert read("Café owners protest.".encode("cp1252")).text == "Café owners protest."


def test_cyrillic_in_cp1251_keeps_its_script():
    text = "Президент заявил, что переговоры продолжатся в пятницу в столице."
    assert read(text.encode("cp1251")).text == text


def test_mojibake_is_repaired():
    broken = "The minister said she donâ€™t expect the talks to resume before Friday."
    assert read(broken.encode("utf-8")).text == (
        "The minister said she don’t expect the talks to resume before Friday."
    )


def test_double_encoded_utf8_from_a_cp1252_round_trip_is_repaired():
    text = "Crowds gathered in Besançon as the café reopened."
    garbled = text.encode("utf-8").decode("cp1252").encode("utf-8")
    assert read(garbled).text == text


def test_curly_quotes_dashes_and_ligatures_stay_as_written():
    text = "“Enough,” she said — and left. ‘Final’ offer… ﬁnal answer; ＡＢＣ Ltd."
    assert read(text.encode("utf-8")).text == text


def test_html_entities_in_a_text_file_are_not_unescaped():
    text = "The filing lists AT&amp;T and a &lt;redacted&gt; subsidiary as parties."
    assert read(text.encode("utf-8")).text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_newlines(newline: str):
    text = f"First paragraph of the report.{newline}{newline}Second paragraph of the report."
    article = read(text.encode("utf-8"))
    assert article.text == "First paragraph of the report.\n\nSecond paragraph of the report."


def test_control_characters_are_dropped_and_tabs_kept():
    text = "The vote\x07 was 52\x1b-48.\tFinal.\x0c\nThe next page follows here."
    # a form feed (page break) ends the paragraph; bell and escape are noise
    assert read(text.encode("utf-8")).text == (
        "The vote was 52-48.\tFinal.\n\nThe next page follows here."
    )


def test_decomposed_accents_are_composed():
    decomposed = "Cafe\u0301 owners in Montre\u0301al protest the new rules."
    assert read(decomposed.encode("utf-8")).text == "Café owners in Montréal protest the new rules."


def test_declared_html_charset_is_used_when_the_bytes_are_not_utf8():
    page = (
        '<html><head><meta charset="windows-1252"><title>Sea wall</title></head><body>'
        f"<p>{PRICE}</p><p>{QUOTE}</p></body></html>"
    )
    article = read(page.encode("cp1252"), name="page.html")
    assert article.encoding == "cp1252"
    assert PRICE in article.text and QUOTE in article.text


def test_utf8_bytes_win_over_a_wrong_latin1_declaration():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"</head><body><p>{ACCENTS}</p><p>{QUOTE}</p></body></html>"
    )
    article = read(page.encode("utf-8"), name="page.html")
    assert article.encoding == "utf-8"
    assert ACCENTS in article.text


def test_a_utf16_file_with_a_broken_byte_order_mark_is_refused():
    with pytest.raises(InputError, match="text encoding cannot be recognised"):
        read(codecs.BOM_UTF16_LE + STORY.encode("utf-16-le")[:-1])


def test_bytes_no_encoding_reads_as_text_are_refused():
    noise = bytes(range(0x80, 0x100)) * 4  # every high byte, in order: no code page's text
    with pytest.raises(InputError, match="text encoding cannot be recognised"):
        read(noise)


@pytest.mark.parametrize("label", ["base64", "rot13", "zlib", "no-such-charset", "utf-16"])
def test_a_nonsense_declared_charset_is_ignored(label: str):
    page = f'<html><head><meta charset="{label}"></head><body><p>{ACCENTS}</p></body></html>'
    assert ACCENTS in read(page.encode("cp1252"), name="page.html").text
