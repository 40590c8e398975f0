"""A paste stored as the reader's dialog shows it: a copied page read as HTML, exact details."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from parallax import errors
from parallax.application.importing import import_pasted, read_pasted
from parallax.application.progress import run_to_end
from parallax.library import open_library

PAGE = (
    "<div><a href='/'>Home</a> <a href='/news'>News</a></div>"
    "<h1>Bridge closed after the Kestrel flood</h1>"
    "<p>The Kestrel bridge was closed on Monday after floodwater undermined one of its piers, "
    "engineers said.</p>"
    "<p>Traffic was sent through Orsk, adding about forty minutes to the journey, the council "
    "said in a statement on Tuesday.</p>"
)
PLAIN = "Home News\nBridge closed after the Kestrel flood\nThe Kestrel bridge was closed."
DETAILS = {
    "title": "Kestrel bridge closed",
    "outlet": "Valley Radio",
    "byline": None,
    "published": "2024-10-22",
    "url": None,
}


def test_a_copied_page_is_read_as_html_with_the_plain_text_as_fallback():
    page = read_pasted(PLAIN, html=PAGE).article
    assert page.format == "html" and page.title == "Bridge closed after the Kestrel flood"
    assert page.text.startswith("The Kestrel bridge was closed on Monday")
    assert "Home" not in page.text
    fallback = read_pasted(PLAIN, html="<div><a href='/'>Home</a></div>").article
    assert fallback.format == "stdin" and "Kestrel bridge" in fallback.text
    assert read_pasted(PLAIN, html="  ").article.format == "stdin"


def test_a_page_without_text_and_without_plain_text_is_the_user_s_error():
    with pytest.raises(errors.InputError):
        read_pasted("", html="<div><a href='/'>Home</a></div>")


def test_import_pasted_stores_the_page_as_the_original_with_exactly_the_details(
    library_path: Path,
):
    ((article, created),) = run_to_end(
        import_pasted(library_path, PLAIN, html=PAGE, details=DETAILS)
    ).stored
    assert created
    with open_library(library_path) as db:
        assert db.original(article.id) == PAGE.encode("utf-8")
        stored = db.get(article.id)
    assert stored.sha256 == hashlib.sha256(PAGE.encode("utf-8")).hexdigest()
    assert {name: getattr(stored, name) for name in DETAILS} == DETAILS


def test_the_same_page_pasted_again_takes_the_new_details(library_path: Path):
    run_to_end(import_pasted(library_path, PLAIN, html=PAGE, details=DETAILS))
    again = {**DETAILS, "outlet": "Valley Radio News"}
    ((article, created),) = run_to_end(
        import_pasted(library_path, PLAIN, html=PAGE, details=again)
    ).stored
    assert not created and article.outlet == "Valley Radio News"
    with open_library(library_path) as db:
        assert db.count() == 1 and db.get(article.id).outlet == "Valley Radio News"


def test_a_bad_date_stores_nothing(library_path: Path):
    with pytest.raises(errors.InputError, match="YYYY-MM-DD"):
        run_to_end(import_pasted(library_path, PLAIN, html=PAGE, details={"published": "Tuesday"}))
    assert not library_path.exists()
