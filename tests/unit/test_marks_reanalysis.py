"""Review marks survive a new pipeline version: the facts are extracted again, the marks stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax import nlp
from parallax.application import analyses as facts
from parallax.application.marking import mark_match, marked_pairs
from parallax.ingest import read_path
from parallax.library import open_library

from support import SAMPLES

pytestmark = pytest.mark.model


def test_marks_survive_a_pipeline_version_change(library_path: Path, monkeypatch):
    with open_library(library_path) as db:
        (a, _), (b, _) = (db.add(read_path(SAMPLES / name)) for name in (
            "1-northline-wire.txt", "2-harbour-post.html"))  # fmt: skip
        visit = next(
            m for m in facts.compare_articles(db, a, b).matches
            if m.status == "conflict" and m.kind == "ordinal"
        )  # fmt: skip
        span = (visit.a.start, visit.a.end)
        mark_match(db, a, b, a_span=span, b_span=None, state="disputed", note="ask the ministry")
    monkeypatch.setattr(nlp, "PIPELINE_VERSION", nlp.PIPELINE_VERSION + "-next")
    with open_library(library_path) as db:
        (comparison,) = marked_pairs(db)
        pipelines = {row[0] for row in db._conn.execute("SELECT pipeline FROM analyses")}
    assert pipelines == {nlp.PIPELINE_VERSION}  # analysed again by the "new" pipeline
    (marked,) = [m for m in comparison.matches if m.mark]
    assert (marked.a.text, marked.b.text) == ("third", "fourth")
    assert (marked.mark.state, marked.mark.note) == ("disputed", "ask the ministry")
    assert comparison.orphaned_marks == ()
