"""Review marks: stored in the library, found again after a re-analysis, orphaned when gone."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from parallax import errors
from parallax.application.marking import save_mark
from parallax.compare.marks import find_match, mark_for, with_marks
from parallax.library import open_library
from parallax.model import Anchor, Comparison, Fact, Match, Parsed
from report_fixtures import flood_comparison

from support import snapshot


def stored(library_path: Path, comparison: Comparison) -> None:
    with open_library(library_path) as db:
        for article in (comparison.a, comparison.b):
            db.add(Parsed(article, article.text.encode("utf-8")))


def match_of(comparison: Comparison, kind: str, status: str = "conflict") -> Match:
    return next(m for m in comparison.matches if m.kind == kind and m.status == status)


def moved(fact: Fact, text: str, words: str) -> Fact:
    """The fact as a new pipeline might find it: wider or narrower, same characters."""
    start = text.rindex(words, 0, fact.end + len(words))
    assert start < fact.end and fact.start < start + len(words)
    return dataclasses.replace(fact, start=start, end=start + len(words), text=words)


def reanalysed(comparison: Comparison, old: Fact, new: Fact | None, side: str) -> Comparison:
    """The comparison after a re-analysis that moved (or lost, new=None) one fact of `side`."""
    analysis = getattr(comparison, f"{side}_analysis")
    facts = tuple(new if f == old else f for f in analysis.facts if new is not None or f != old)
    matches = []
    for match in comparison.matches:
        if getattr(match, side) == old:
            if new is None:
                continue
            match = dataclasses.replace(match, **{side: new})
        matches.append(dataclasses.replace(match, mark=None))
    return dataclasses.replace(
        comparison,
        matches=tuple(matches),
        orphaned_marks=(),
        **{f"{side}_analysis": dataclasses.replace(analysis, facts=facts)},
    )


def test_a_mark_round_trips_through_the_library_with_its_note_and_time(library_path: Path):
    comparison = flood_comparison()
    stored(library_path, comparison)
    dead = match_of(comparison, "number")
    with open_library(library_path) as db:
        mark = save_mark(db, comparison, dead, state="disputed", note="police: 65;  rescue: 72")
    with open_library(library_path) as db:  # in the file, not in memory
        (again,) = db.marks(comparison.a, comparison.b)
    assert again == mark and again.id is not None
    assert (again.state, again.note, again.kind) == ("disputed", "police: 65; rescue: 72", "number")
    assert again.a == Anchor(dead.a.start, dead.a.end, "65")
    assert again.b == Anchor(dead.b.start, dead.b.end, "72")
    assert again.marked_at.endswith("+00:00")
    marked = with_marks(comparison, [again])
    assert match_of(marked, "number").mark == again
    assert [m for m in marked.matches if m.mark] == [match_of(marked, "number")]


def test_marking_a_match_again_replaces_its_mark_from_either_side(library_path: Path):
    comparison = flood_comparison()
    stored(library_path, comparison)
    visit = match_of(comparison, "ordinal")
    swapped = dataclasses.replace(
        comparison,
        a=comparison.b,
        b=comparison.a,
        a_analysis=comparison.b_analysis,
        b_analysis=comparison.a_analysis,
        matches=tuple(dataclasses.replace(m, a=m.b, b=m.a) for m in comparison.matches),
    )
    with open_library(library_path) as db:
        save_mark(db, comparison, visit, state="open", note="")
        save_mark(db, swapped, match_of(swapped, "ordinal"), state="confirmed", note="ministry")
        (mark,) = db.marks(comparison.a, comparison.b)  # seen from A and B
        assert (mark.state, mark.note) == ("confirmed", "ministry")
        assert (mark.a.text, mark.b.text) == ("third", "fourth")
        assert len(db.marks()) == 1


def test_a_reanalysis_that_moves_a_facts_edges_keeps_its_mark(library_path: Path):
    comparison = flood_comparison()
    stored(library_path, comparison)
    dead = match_of(comparison, "number")
    with open_library(library_path) as db:
        save_mark(db, comparison, dead, state="disputed", note="check the hospital")
        marks = db.marks(comparison.a, comparison.b)
    # A new pipeline reads "at least 72" where the old one read "72": other offsets, same words.
    wider = moved(dead.b, comparison.b.text, "at least 72")
    after = with_marks(reanalysed(comparison, dead.b, wider, "b"), marks)
    found = next(m for m in after.matches if m.b == wider)
    assert found.mark is not None and found.mark.note == "check the hospital"
    assert after.orphaned_marks == ()


def test_the_same_words_found_elsewhere_still_carry_the_mark():
    comparison = flood_comparison()
    visit = match_of(comparison, "ordinal")
    mark = dataclasses.replace(
        mark_for(visit, comparison, state="confirmed", note=""),
        marked_at="2026-01-01T00:00:00+00:00",
    )
    # The anchor as a re-import with a longer headline would have left it: 40 characters off.
    shifted = dataclasses.replace(
        mark, a=mark.a._replace(start=mark.a.start + 40, end=mark.a.end + 40)
    )
    after = with_marks(comparison, [shifted])
    assert match_of(after, "ordinal").mark.state == "confirmed"


def test_a_vanished_fact_makes_its_mark_orphaned_not_dropped():
    comparison = flood_comparison()
    fall = match_of(comparison, "percent")
    mark = dataclasses.replace(
        mark_for(fall, comparison, state="disputed", note="river gauge"),
        marked_at="2026-01-01T00:00:00+00:00",
        id=7,
    )
    after = with_marks(reanalysed(comparison, fall.a, None, "a"), [mark])
    assert not any(m.mark for m in after.matches)
    (orphan,) = after.orphaned_marks
    assert orphan.orphaned and orphan.note == "river gauge" and orphan.a.text == "12%"


def test_two_facts_no_longer_paired_orphan_the_mark():
    comparison = flood_comparison()
    fall = match_of(comparison, "percent")
    mark = mark_for(fall, comparison, state="confirmed", note="")
    split = tuple(
        m
        for old in comparison.matches
        for m in (
            (Match("only_a", old.kind, old.a, None), Match("only_b", old.kind, None, old.b))
            if old == fall
            else (old,)
        )
    )
    after = with_marks(dataclasses.replace(comparison, matches=split), [mark])
    assert len(after.orphaned_marks) == 1 and not any(m.mark for m in after.matches)


def test_find_match_names_a_match_by_either_facts_offsets():
    comparison = flood_comparison()
    dead = match_of(comparison, "number")
    assert find_match(comparison, a=(dead.a.start, dead.a.end), b=None) == dead
    assert find_match(comparison, a=None, b=(dead.b.start, dead.b.end)) == dead
    assert find_match(comparison, a=(dead.a.start, dead.a.end), b=(0, 3)) is None
    assert find_match(comparison, a=(0, 3), b=None) is None


def test_a_mark_on_an_article_not_in_the_library_writes_nothing(library_path: Path):
    comparison = flood_comparison()
    with open_library(library_path) as db:
        db.add(Parsed(comparison.a, comparison.a.text.encode("utf-8")))
    before = snapshot(library_path.parent)
    with open_library(library_path) as db, pytest.raises(errors.NotFoundError):
        save_mark(db, comparison, match_of(comparison, "number"), state="open", note="")
    assert snapshot(library_path.parent) == before


def test_removing_an_article_removes_its_marks(library_path: Path):
    comparison = flood_comparison()
    stored(library_path, comparison)
    with open_library(library_path) as db:
        save_mark(db, comparison, match_of(comparison, "number"), state="open", note="secret")
        db.remove(comparison.b.id)
        assert db.marks() == []
    conn = sqlite3.connect(library_path)
    assert conn.execute("SELECT count(*) FROM review_marks").fetchone() == (0,)
    conn.close()
