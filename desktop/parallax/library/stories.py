"""Stories: named, ordered groups of articles (an article may belong to many stories)."""

from __future__ import annotations

import sqlite3

from parallax import errors
from parallax.library import store
from parallax.model import Article, Story

_MEMBERS = "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position"


def clean_name(name: str) -> str:
    """Story names are compared without case and without surrounding spaces."""
    name = name.strip()
    if not name:
        raise errors.empty_story_name()
    return name


def find(conn: sqlite3.Connection, name: str) -> Story:
    row = conn.execute(
        "SELECT id, name, created_at FROM stories WHERE name = ?", (clean_name(name),)
    ).fetchone()
    if row is None:
        raise errors.no_story(name)
    return _story(conn, row)


def all_stories(conn: sqlite3.Connection) -> list[Story]:
    rows = conn.execute("SELECT id, name, created_at FROM stories ORDER BY name, id").fetchall()
    return [_story(conn, row) for row in rows]


def story_articles(conn: sqlite3.Connection, name: str) -> list[Article]:
    """The story's articles, in the order they joined it."""
    story_id = _story_id(conn, name)
    if story_id is None:
        raise errors.no_story(name)
    query = (
        f"{store.SELECT} JOIN story_articles ON story_articles.article_id = articles.id "
        "WHERE story_articles.story_id = ? ORDER BY story_articles.position"
    )
    return [store.from_row(row) for row in conn.execute(query, (story_id,))]


def add(conn: sqlite3.Connection, name: str, article_ids: list[str], *, now: str) -> None:
    """Create the story if needed and append the articles not in it yet, keeping their order."""
    name = clean_name(name)
    story_id = _story_id(conn, name)
    if story_id is None:
        insert = "INSERT INTO stories (name, created_at) VALUES (?, ?)"
        story_id = conn.execute(insert, (name, now)).lastrowid
        assert story_id is not None  # an INSERT that succeeded always sets it
    for article_id in article_ids:
        _append(conn, story_id, article_id, now)


def _append(conn: sqlite3.Connection, story_id: int, article_id: str, now: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO story_articles (story_id, article_id, position, added_at) "
        "SELECT :story, :article, coalesce(max(position), 0) + 1, :now "
        "FROM story_articles WHERE story_id = :story",
        {"story": story_id, "article": article_id, "now": now},
    )


def _story_id(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM stories WHERE name = ?", (clean_name(name),)).fetchone()
    return None if row is None else row[0]


def _story(conn: sqlite3.Connection, row: tuple) -> Story:
    story_id, name, created_at = row
    ids = tuple(article_id for (article_id,) in conn.execute(_MEMBERS, (story_id,)))
    return Story(name=name, article_ids=ids, created_at=created_at)
