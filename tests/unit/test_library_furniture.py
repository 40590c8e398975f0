"""Furniture in the library: stored with the article, flipped by a reader, migrated, and skipped
by the facts both the CLI and the reader get."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from parallax import errors, nlp
from parallax.application import analyses as facts
from parallax.ingest import read_path
from parallax.library import migrate, open_library
from parallax.model import Analysis, Fact, FurnitureSpan, Sentence
from parallax.nlp.models import expected_model

from support import snapshot

PASTED = Path(__file__).resolve().parents[1] / "data" / "pasted"
WEB_COPY = PASTED / "web-copy.txt"


def span_of(article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def test_furniture_is_stored_with_the_article(library_path: Path):
    parsed = read_path(WEB_COPY)
    assert parsed.article.furniture
    with open_library(library_path) as db:
        stored, created = db.add(parsed)
    with open_library(library_path) as db:
        again = db.get(stored.id)
        assert created and again.furniture == parsed.article.furniture
        assert db.search("Ellery")[0].article.furniture == again.furniture
        assert db.articles()[0].furniture == again.furniture


def test_a_flip_makes_a_line_story_or_furniture_and_can_be_taken_back(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(read_path(WEB_COPY))
        credit = span_of(article, "With input from Reuters")
        sentence = span_of(article, "The harbour road will close for three months")
        assert article.in_furniture(*credit) and not article.in_furniture(*sentence)

        flipped = db.set_furniture(article.id, *credit, False)
        flipped = db.set_furniture(article.id, *sentence, True)
        assert not flipped.in_furniture(*credit)
        assert FurnitureSpan(*sentence, "marked by the reader") in flipped.furniture
        assert db.furniture_flips(article.id) == [(*credit, False), (*sentence, True)]

    with open_library(library_path) as db:  # the flips are in the file
        assert db.get(article.id).furniture == flipped.furniture
        restored = db.set_furniture(article.id, *sentence, None)
        restored = db.set_furniture(article.id, *credit, None)
        assert restored.furniture == article.furniture
        assert db.furniture_flips(article.id) == []


@pytest.mark.parametrize("span", [(-1, 5), (5, 5), (10, 10**6)])
def test_a_span_outside_the_text_is_refused_and_changes_nothing(library_path: Path, span):
    with open_library(library_path) as db:
        article, _ = db.add(read_path(WEB_COPY))
    before = snapshot(library_path.parent)
    with open_library(library_path) as db, pytest.raises(errors.InputError, match="not a span"):
        db.set_furniture(article.id, *span, True)
    assert snapshot(library_path.parent) == before


def test_removing_an_article_removes_its_flips(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(read_path(WEB_COPY))
        db.set_furniture(article.id, 0, 1, False)
        db.remove(article.id)
        rows = db._conn.execute("SELECT count(*) FROM furniture_flips").fetchone()[0]
    assert rows == 0


def test_a_library_of_schema_2_migrates_and_detects_the_furniture_of_its_articles(
    library_path: Path,
):
    parsed = read_path(WEB_COPY)
    library_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(library_path, isolation_level=None)
    for number, _name, sql in migrate.known()[:2]:
        migrate.apply(conn, number, sql)
    article = parsed.article
    conn.execute(
        "INSERT INTO articles (id, sha256, title, text, imported_at, original, original_size) "
        "VALUES (?, ?, ?, ?, '2024-10-22T09:00:00+00:00', ?, ?)",
        (article.id, article.sha256, article.title, article.text, b"", 0),
    )
    conn.close()
    with open_library(library_path) as db:
        assert migrate.version(db._conn) == migrate.latest() == 4
        old = db.get(article.id)
        assert old.furniture == article.furniture  # detected
        (stored,) = db._conn.execute("SELECT furniture FROM articles").fetchone()
        assert stored is not None  # once, on the upgrade: not again on every read
        assert db.set_furniture(old.id, 0, 1, False).furniture == article.furniture[1:]


def test_facts_on_furniture_are_skipped_and_a_flip_needs_no_new_analysis(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
):
    with open_library(library_path) as db:
        article, _ = db.add(read_path(WEB_COPY))
        in_row = span_of(article, "Eastern Europe")
        in_body = span_of(article, "$12 million")
        cached = Analysis(
            article.id,
            expected_model(),
            (Sentence(0, 0, len(article.text)),),
            (
                Fact("f1", "place", "Eastern Europe", *in_row, 0),
                Fact("f2", "money", "$12 million", *in_body, 0, value=12_000_000, unit="USD"),
            ),
        )
        db.save_analyses(
            [cached],
            pipeline=nlp.PIPELINE_VERSION,
            inputs={article.id: facts.analysis_inputs(article)},
        )

        def no_model_run():
            raise AssertionError("the cached analysis should have been used")

        monkeypatch.setattr(nlp, "load_pipeline", no_model_run)
        (shown,) = facts.analyses(db, [article])
        assert [fact.id for fact in shown.facts] == ["f2"]
        assert shown.sentences == cached.sentences
        flipped = db.set_furniture(article.id, *in_row, False)
        (shown,) = facts.analyses(db, [flipped])
        assert [fact.id for fact in shown.facts] == ["f1", "f2"]
        for fact in shown.facts:
            assert flipped.text[fact.start : fact.end] == fact.text
