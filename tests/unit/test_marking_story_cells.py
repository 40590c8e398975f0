"""Marking from the story view: a story cell's two facts get a mark in the library, even where
the two articles alone do not pair them; it is kept, and listed apart in their comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.application.analyses import compare_articles
from parallax.application.marking import mark_facts_in_library
from parallax.application.samples import load_sample_story
from parallax.library import open_library

pytestmark = pytest.mark.model


def test_a_pairing_the_comparison_makes_is_marked_on_its_match(library_path: Path):
    with open_library(library_path) as db:
        a, b = db.articles(story=load_sample_story(db).name)[:2]
        conflict = next(m for m in compare_articles(db, a, b).matches if m.status == "conflict")
    mark = mark_facts_in_library(
        library_path, a.id, conflict.a, b.id, conflict.b, state="disputed", note="two counts"
    )
    assert (mark.a.text, mark.b.text) == (conflict.a.text, conflict.b.text)
    assert mark.kind == conflict.kind
    with open_library(library_path) as db:
        shown = compare_articles(db, a, b)
    (marked,) = [m for m in shown.matches if m.mark is not None]
    assert (marked.a, marked.b, marked.mark.note) == (conflict.a, conflict.b, "two counts")


def test_a_pairing_only_the_story_makes_is_stored_and_listed_apart(library_path: Path):
    with open_library(library_path) as db:
        a, b = db.articles(story=load_sample_story(db).name)[:2]
        matches = compare_articles(db, a, b).matches
    only_a = next(m.a for m in matches if m.status == "only_a")
    only_b = next(m.b for m in matches if m.status == "only_b")
    mark = mark_facts_in_library(
        library_path, a.id, only_a, b.id, only_b, state="open", note="ask both desks"
    )
    assert (mark.a.text, mark.b.text) == (only_a.text, only_b.text)
    with open_library(library_path) as db:
        (stored,) = db.marks()
        shown = compare_articles(db, a, b)
    assert stored.note == "ask both desks"
    assert [m.note for m in shown.orphaned_marks] == ["ask both desks"]  # kept, not dropped
