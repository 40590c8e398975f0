"""The fact-check memo: what an editor must find in it, for a pair and for a story."""

from __future__ import annotations

import dataclasses
import re

from parallax.compare.marks import mark_for, with_marks
from parallax.model import Comparison
from parallax.report import render_comparison, render_story
from report_fixtures import flood_comparison, hostile_comparison, story_matrix


def marked(comparison: Comparison, **states: tuple[str, str]) -> Comparison:
    """The comparison with marks (state, note) on its matches of the given kinds."""
    marks = []
    for number, (kind, (state, note)) in enumerate(states.items()):
        match = next(m for m in comparison.matches if m.kind == kind and m.a and m.b)
        mark = mark_for(match, comparison, state=state, note=note)
        marks.append(dataclasses.replace(mark, marked_at=f"2026-12-0{number + 1}T09:00:00+00:00"))
    return with_marks(comparison, marks)


def section(memo: str, heading: str) -> str:
    start = memo.index(f"\n## {heading}")
    end = memo.find("\n## ", start + 1)
    return memo[start : end if end >= 0 else len(memo)]


def test_the_memo_sorts_marked_conflicts_by_verdict_with_both_sentences_and_notes():
    comparison = marked(
        flood_comparison(),
        number=("disputed", "Hospital says 72; police say 65"),
        ordinal=("confirmed", "Ministry confirms the fourth visit"),
    )
    memo = render_comparison(comparison, "memo")
    disputed = section(memo, "Disputed (1)")
    assert "have killed **65** people" in disputed
    assert "have killed at least **72** people" in disputed
    assert "Hospital says 72; police say 65" in disputed
    assert "**disputed**, 2026-12-01T09:00:00+00:00" in disputed
    dead = next(m for m in comparison.matches if m.kind == "number" and m.status == "conflict")
    assert f"characters {dead.a.start}–{dead.a.end}" in disputed
    assert f"SHA-256 `{comparison.a.sha256[:12]}`" in disputed
    confirmed = section(memo, "Confirmed (1)")
    assert "his **fourth** visit" in confirmed and "Ministry confirms" in confirmed
    opened = section(memo, "Open (1)")  # the unmarked conflict is still open
    assert "**12%**" in opened and "**15%**" in opened and "none yet (open)" in opened
    assert memo.index("## Disputed") < memo.index("## Open") < memo.index("## Confirmed")


def test_the_memo_names_its_sources_and_lists_only_in_claims_and_dismissed_ones():
    comparison = marked(flood_comparison(), percent=("dismissed", "gauge moved"))
    memo = render_comparison(comparison, "memo")
    sources = section(memo, "Sources")
    for article in (comparison.a, comparison.b):
        assert f"`{article.sha256}`" in sources and f"`{article.id}`" in sources
        assert article.outlet in sources and article.published in sources
    assert "**$400 million**" in section(memo, "Only one source says")
    dismissed = section(memo, "Dismissed (1)")
    assert "“12%”" in dismissed and "gauge moved" in dismissed
    assert "12%" not in section(memo, "Open")


def test_orphaned_marks_are_in_the_memo_with_their_words_and_note():
    comparison = flood_comparison()
    fall = next(m for m in comparison.matches if m.kind == "percent")
    mark = mark_for(fall, comparison, state="disputed", note="ask the river authority")
    gone = dataclasses.replace(
        comparison, matches=tuple(m for m in comparison.matches if m != fall)
    )
    memo = render_comparison(with_marks(gone, [mark]), "memo")
    orphans = section(memo, "Orphaned marks (1)")
    assert "“12%”" in orphans and "“15%”" in orphans and "ask the river authority" in orphans


def test_untrusted_text_cannot_inject_markdown_into_the_memo():
    memo = render_comparison(hostile_comparison(), "memo")
    assert "\\<script\\>" in memo  # shown as written, escaped
    assert re.search(r"(?<!\\)[<\[]", memo.replace("\\\\", "")) is None


def test_the_story_memo_lists_sources_marks_and_the_claims_in_dispute():
    matrix = story_matrix()
    pair = marked(flood_comparison(), number=("disputed", "three tolls, three sources"))
    memo = render_story(matrix, "memo", marked=[pair])
    for article in matrix.articles:
        assert f"`{article.sha256}`" in section(memo, "Sources")
    assert "three tolls, three sources" in section(memo, "Disputed (1)")
    claims = section(memo, "Claims the sources disagree on")
    assert "**65**" in claims and "**72**" in claims and "**68**" in claims
    unmarked = render_story(matrix, "memo")
    assert "No match of these articles has a review mark yet" in unmarked
