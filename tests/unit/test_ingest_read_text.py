"""Text from standard input or pasted in, with the fields a user gives on the command line."""

from __future__ import annotations

import hashlib

import pytest

from parallax.errors import InputError
from parallax.ingest import read_text

from support import story

PASTED = (
    "Harbour road to close for winter\n"
    "By Jane Doe\n"
    "Published October 22, 2024\n"
    "\n"
    "The council voted 7-2 on Tuesday to close the harbour road for three months.\r\n"
)


def test_pasted_text_is_an_article_with_its_utf8_bytes_as_the_original():
    parsed = read_text(PASTED)
    article = parsed.article
    assert parsed.original == PASTED.encode("utf-8")
    assert article.sha256 == hashlib.sha256(PASTED.encode("utf-8")).hexdigest()
    assert (article.format, article.encoding, article.source_path) == ("stdin", "utf-8", None)
    assert article.text == PASTED.strip()  # every line stays; the header is furniture
    assert story(article) == (
        "The council voted 7-2 on Tuesday to close the harbour road for three months."
    )
    assert (article.title, article.byline, article.published) == (
        "Harbour road to close for winter",
        "Jane Doe",
        "2024-10-22",
    )


def test_given_fields_override_recovered_ones():
    article = read_text(
        PASTED,
        title="Council closes harbour road",
        outlet="The Daily Ledger",
        byline="Omar Haddad",
        published="2024-10-23",
        url="https://ledger.example/harbour",
    ).article
    assert (article.title, article.outlet, article.byline, article.published, article.url) == (
        "Council closes harbour road",
        "The Daily Ledger",
        "Omar Haddad",
        "2024-10-23",
        "https://ledger.example/harbour",
    )


def test_blank_given_fields_do_not_hide_recovered_ones():
    assert read_text(PASTED, title="  ").article.title == "Harbour road to close for winter"


@pytest.mark.parametrize("published", ["22/10/2024", "October 22, 2024", "2024-13-01", "2024-1-5"])
def test_published_must_be_an_iso_date(published: str):
    with pytest.raises(InputError, match="is not a date; use YYYY-MM-DD"):
        read_text(PASTED, published=published)


def test_empty_stdin_is_refused_with_its_name():
    with pytest.raises(InputError, match=r"^<stdin>: the file is empty"):
        read_text(" \n\n")


def test_stdin_bytes_that_are_not_utf8_are_kept_and_decoded_like_a_file():
    text = b"Caf\xe9 owners protest the new rules.".decode("utf-8", errors="surrogateescape")
    parsed = read_text(text)
    assert parsed.original == b"Caf\xe9 owners protest the new rules."
    assert parsed.article.text == "Café owners protest the new rules."
    assert parsed.article.encoding == "cp1252"


def test_pasted_html_is_read_as_html():
    article = read_text("<html><body><p>The council voted 7-2.</p></body></html>").article
    assert (article.format, article.text) == ("stdin", "The council voted 7-2.")
