"""Cached analyses: an article's sentences and facts, stored as JSON per pipeline and model."""

from __future__ import annotations

import json
import sqlite3

from parallax.model import Analysis, analysis_from_json, analysis_to_json

_GET = "SELECT data FROM analyses WHERE article_id = ? AND pipeline = ? AND model = ?"
_DROP_OLD = "DELETE FROM analyses WHERE article_id = ?"
_PUT = "INSERT INTO analyses (article_id, pipeline, model, created_at, data) VALUES (?, ?, ?, ?, ?)"


def model_key(analysis_or_model) -> str:
    """The cache key of a model: "<name> <version>"."""
    model = getattr(analysis_or_model, "model", analysis_or_model)
    return f"{model.name} {model.version}"


def get(conn: sqlite3.Connection, article_id: str, *, pipeline: str, model: str) -> Analysis | None:
    row = conn.execute(_GET, (article_id, pipeline, model)).fetchone()
    return None if row is None else analysis_from_json(json.loads(row[0]))


def put(conn: sqlite3.Connection, analysis: Analysis, *, pipeline: str, created_at: str) -> None:
    """Store `analysis`, replacing what older pipelines or models left for the article."""
    data = json.dumps(analysis_to_json(analysis), ensure_ascii=False, separators=(",", ":"))
    conn.execute(_DROP_OLD, (analysis.article_id,))
    conn.execute(_PUT, (analysis.article_id, pipeline, model_key(analysis), created_at, data))
