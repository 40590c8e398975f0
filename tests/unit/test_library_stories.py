"""Stories: many-to-many groups of articles, kept in the order articles joined them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax import errors
from parallax.library import Library, open_library
from parallax.model import Article, Parsed


def parsed(text: str, **meta) -> Parsed:
    raw = text.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    return Parsed(Article(id=sha256[:12], sha256=sha256, text=text, **meta), raw)


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with open_library(library_path) as library:
        yield library


def ids(*articles: Article) -> tuple[str, ...]:
    return tuple(article.id for article in articles)


def test_story_keeps_the_order_articles_joined_it(library: Library):
    late, _ = library.add(parsed("Published later.", published="2024-10-23"))
    early, _ = library.add(parsed("Published earlier.", published="2024-10-21"))
    story = library.add_to_story("Summit", [late.id, early.id])
    assert story.article_ids == ids(late, early)
    assert library.articles(story="summit") == [late, early]
    assert library.articles() == [early, late]  # the whole library goes by date


def test_adding_again_keeps_the_first_position(library: Library):
    a, _ = library.add(parsed("A."))
    b, _ = library.add(parsed("B."))
    library.add_to_story("Order", [a.id, b.id])
    assert library.add_to_story("Order", [b.id, a.id]).article_ids == ids(a, b)


def test_articles_belong_to_many_stories_and_stories_to_many_articles(library: Library):
    a, _ = library.add(parsed("A."), story="Floods")
    b, _ = library.add(parsed("B."), story="Floods")
    library.add_to_story("Insurance", [b.id, a.id])
    assert library.story("Floods").article_ids == ids(a, b)
    assert library.story("Insurance").article_ids == ids(b, a)


def test_story_names_ignore_case_and_surrounding_space(library: Library):
    a, _ = library.add(parsed("A."), story="Kyiv Visit")
    b, _ = library.add(parsed("B."), story="  KYIV VISIT ")
    stories = library.stories()
    assert [(s.name, s.article_ids) for s in stories] == [("Kyiv Visit", ids(a, b))]
    assert library.story("kyiv visit") == stories[0]
    assert stories[0].created_at == a.imported_at


def test_stories_are_listed_by_name(library: Library):
    for name in ("budget", "Aid", "Ceasefire"):
        library.add_to_story(name, [])
    assert [story.name for story in library.stories()] == ["Aid", "budget", "Ceasefire"]


def test_add_to_story_takes_id_prefixes(library: Library):
    a, _ = library.add(parsed("A."))
    assert library.add_to_story("Short", [a.id[:5]]).article_ids == ids(a)


def test_unknown_article_adds_nothing(library: Library):
    a, _ = library.add(parsed("A."))
    with pytest.raises(errors.NotFoundError) as caught:
        library.add_to_story("Partial", [a.id, "ffffffffffff"])
    assert str(caught.value) == str(errors.no_article("ffffffffffff"))
    assert library.stories() == []


def test_unknown_story(library: Library):
    for call in (lambda: library.story("Nope"), lambda: library.articles(story="Nope")):
        with pytest.raises(errors.NotFoundError) as caught:
            call()
        assert str(caught.value) == str(errors.no_story("Nope"))


def test_a_story_needs_a_name(library: Library):
    a, _ = library.add(parsed("A."))
    with pytest.raises(errors.LibraryError) as caught:
        library.add_to_story("  ", [a.id])
    assert str(caught.value) == str(errors.empty_story_name())
    with pytest.raises(errors.LibraryError):
        library.add(parsed("B."), story="")
    assert library.count() == 1  # the article and its story are one transaction
