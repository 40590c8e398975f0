"""Correcting an article's details: only the details change, checked, in one transaction."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from parallax import errors
from parallax.application.editing import changed_details, clean_details, edit_in_library
from parallax.library import open_library
from parallax.model import Article, Parsed

TEXT = "Rescue teams reached Orsk on Monday, officials said. At least 12 people were hurt."


def _parsed(**details) -> Parsed:
    original = TEXT.encode()
    sha = hashlib.sha256(original).hexdigest()
    return Parsed(Article(id=sha[:12], sha256=sha, text=TEXT, words=14, **details), original)


def test_an_edit_changes_the_details_and_never_the_text_or_the_original(library_path: Path):
    with open_library(library_path) as db:
        before, _ = db.add(_parsed(title="Old", outlet="Wire", url="https://example.org/a"))
        after = db.edit(
            before.id, {"title": "Orsk reached", "url": None, "published": "2024-10-22"}
        )
        assert after == before.replace(title="Orsk reached", url=None, published="2024-10-22")
        assert db.get(before.id) == after
        assert db.original(before.id) == TEXT.encode()  # still passes its SHA-256 check
        assert after.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()


def test_the_search_index_follows_a_new_title(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(_parsed(title="Old headline"))
        db.edit(article.id, {"title": "Kestrel bridge"})
        assert [hit.article.id for hit in db.search("title:kestrel")] == [article.id]
        assert db.search("title:old") == []


def test_an_unknown_article_is_a_user_error_and_nothing_changes(library_path: Path):
    with open_library(library_path) as db:
        db.add(_parsed(title="Kept"))
        with pytest.raises(errors.NotFoundError, match="no such article"):
            db.edit("ffffffffffff", {"title": "Lost"})
        assert [a.title for a in db.articles()] == ["Kept"]


def test_only_details_can_be_edited(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        with pytest.raises(ValueError, match="sha256"):
            db.edit(article.id, {"sha256": "0" * 64})
        with pytest.raises(ValueError, match="text"):
            clean_details({"text": "Another text"})
        assert db.get(article.id) == article


def test_values_are_cleaned_and_blank_clears_a_detail():
    assert clean_details({"title": "  Orsk\n reached ", "outlet": "   ", "byline": ""}) == {
        "title": "Orsk reached",
        "outlet": None,
        "byline": None,
    }
    assert clean_details({"published": " 2024-02-29 "}) == {"published": "2024-02-29"}


@pytest.mark.parametrize("bad", ["22/10/2024", "2023-02-29", "October 22, 2024", "2024-10"])
def test_a_bad_date_is_refused_with_the_format_to_use(bad: str):
    with pytest.raises(errors.InputError, match="use YYYY-MM-DD"):
        clean_details({"published": bad})


def test_changed_details_are_those_that_differ():
    article = _parsed(title="Orsk reached", outlet="Wire").article
    changes = {"title": " Orsk reached ", "outlet": "", "byline": None}
    assert changed_details(article, changes) == {"outlet": None}


def test_edit_in_library_checks_before_it_writes(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(_parsed(published="2024-10-22"))
    with pytest.raises(errors.InputError):
        edit_in_library(library_path, article.id, {"published": "tomorrow"})
    edited = edit_in_library(library_path, article.id, {"published": "2024-10-29"})
    assert edited.published == "2024-10-29"
