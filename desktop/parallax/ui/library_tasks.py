"""The reader's library work as generators a Worker runs, each with its own connection."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parallax.library import open_library
from parallax.model import Article, SearchHit, Story
from parallax.ui.library_model import SNIPPET_MARKS


@dataclass(frozen=True)
class Listing:
    """What the library panel shows: the articles (all, or a story's) and every story."""

    articles: list[Article]
    stories: list[Story]
    story: str | None = None  # the story listed, None for all articles


def one_step(function: Callable[[], Any]) -> Callable[[], Generator[None, None, Any]]:
    """A quick library call as the generator a Worker expects (no progress to report)."""

    def work() -> Generator[None, None, Any]:
        yield None
        return function()

    return work


def listing(library: Path | None, story: str | None = None) -> Listing:
    """The story's articles, or all of them when `story` is None or no longer exists."""
    with open_library(library) as db:
        stories = db.stories()
        if story not in {s.name for s in stories}:
            story = None
        return Listing(db.articles(story=story), stories, story)


def search(library: Path | None, query: str) -> list[SearchHit]:
    with open_library(library) as db:
        return db.search(query, limit=200, marks=SNIPPET_MARKS)


def add_to_story(library: Path | None, name: str, article_ids: Iterable[str]) -> Story:
    with open_library(library) as db:
        return db.add_to_story(name, article_ids)


def remove(library: Path | None, article_ids: Iterable[str]) -> int:
    with open_library(library) as db:
        ids = list(article_ids)
        db.remove_many(ids)  # all of them or, if one fails, none
        return len(ids)
