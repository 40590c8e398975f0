"""Cached analyses: an article's sentences and facts, stored as JSON per pipeline and model.

A row is also valid only for the inputs it was made from besides the text (the publication
date, against which "Monday" resolves): the caller names them, they are stored in the row's
JSON as "inputs", and a lookup with other inputs misses. A row without them (written before
details could be edited) misses too, and is replaced by the next analysis.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from parallax.model import Analysis, analysis_from_json, analysis_to_json

_GET = "SELECT data FROM analyses WHERE article_id = ? AND pipeline = ? AND model = ?"
_DROP_OLD = "DELETE FROM analyses WHERE article_id = ?"
_PUT = "INSERT INTO analyses (article_id, pipeline, model, created_at, data) VALUES (?, ?, ?, ?, ?)"

Inputs = Mapping[str, Any]  # what an analysis was made from besides the text, JSON-ready


def model_key(analysis_or_model) -> str:
    """The cache key of a model: "<name> <version>"."""
    model = getattr(analysis_or_model, "model", analysis_or_model)
    return f"{model.name} {model.version}"


def get(
    conn: sqlite3.Connection, article_id: str, *, pipeline: str, model: str, inputs: Inputs
) -> Analysis | None:
    row = conn.execute(_GET, (article_id, pipeline, model)).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    if data.get("inputs") != dict(inputs):
        return None
    return analysis_from_json(data)


def put(
    conn: sqlite3.Connection,
    analysis: Analysis,
    *,
    pipeline: str,
    inputs: Inputs,
    created_at: str,
) -> None:
    """Store `analysis` made from `inputs`, replacing what older pipelines, models or inputs
    left for the article."""
    record = {**analysis_to_json(analysis), "inputs": dict(inputs)}
    data = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    drop(conn, analysis.article_id)
    conn.execute(_PUT, (analysis.article_id, pipeline, model_key(analysis), created_at, data))


def drop(conn: sqlite3.Connection, article_id: str) -> None:
    """Forget the article's cached analyses (its details changed what they were made from)."""
    conn.execute(_DROP_OLD, (article_id,))
