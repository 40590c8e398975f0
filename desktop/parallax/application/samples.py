"""The sample story that ships with Parallax, so a first run has something to compare."""

from __future__ import annotations

from parallax import ingest, resources
from parallax.library import Library
from parallax.model import Article, Story

SAMPLE_STORY = "Brenner Valley floods (sample)"


def load_sample_story(db: Library) -> Story:
    """Import the bundled sample articles into `db` (idempotent) and return their story."""
    parsed = [
        ingest.read_bytes(entry.read_bytes(), name=entry.name, source_path=None)
        for entry in resources.sample_story()
    ]
    db.add_many(parsed, story=SAMPLE_STORY)
    return db.story(SAMPLE_STORY)


def sample_articles(db: Library) -> tuple[list[Article], str]:
    """The sample story's articles (imported first if need be) and the story's name: what
    `make run` and the self-test open the reader on."""
    story = load_sample_story(db)
    return db.articles(story=story.name), SAMPLE_STORY
