"""One highlight rule for the window and the HTML report: a fact named by several matches shows
its most urgent status in both."""

from __future__ import annotations

import pytest

from parallax.model import Analysis, Article, Comparison, Fact, Match, ModelInfo, Sentence
from parallax.report.html_highlights import fact_marks, pane_marks
from parallax.ui.highlights import ranges_for
from report_fixtures import flood_comparison

A_TEXT = "The storm killed 65 people on Monday."
B_TEXT = "At least 72 people died; officials had said 65 earlier on Monday."


def _fact(text: str, words: str, fact_id: str, nth: int = 0) -> Fact:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Fact(fact_id, "number", words, start, start + len(words), 0, value=int(words))


@pytest.mark.parametrize("order", ["conflict first", "agree first"])
def test_the_most_urgent_status_wins_in_the_window_as_in_the_report(order):
    a65 = _fact(A_TEXT, "65", "a1")
    b72, b65 = _fact(B_TEXT, "72", "b1"), _fact(B_TEXT, "65", "b2")
    matches = [Match("conflict", "number", a65, b72), Match("agree", "number", a65, b65)]
    if order == "agree first":
        matches.reverse()
    model = ModelInfo("test", "0", False)
    comparison = Comparison(
        Article("a", "0" * 64, A_TEXT),
        Article("b", "1" * 64, B_TEXT),
        Analysis("a", model, (Sentence(0, 0, len(A_TEXT)),), (a65,)),
        Analysis("b", model, (Sentence(0, 0, len(B_TEXT)),), (b72, b65)),
        (),
        (),
        tuple(matches),
    )
    window = [r for r in ranges_for(comparison, "a") if (r[0], r[1]) == (a65.start, a65.end)]
    (report,) = [m for m in fact_marks(comparison.matches, "a")]
    assert window[-1][2] == "conflict"  # painted last: what the reader sees
    assert "conflict" in report.classes.split()


def test_the_window_and_the_report_draw_the_same_ranges_as_the_same_things():
    """Every range the window paints is in the HTML report with the same role: facts by status,
    word changes by category, page furniture, and the sentences only one side has."""
    comparison = flood_comparison()
    for side in ("a", "b"):
        window = ranges_for(comparison, side)
        report: dict[tuple[int, int], set[str]] = {}
        for mark in pane_marks(comparison, side):
            report.setdefault((mark.start, mark.end), set()).update(mark.classes.split())
        assert window, "the fixture has highlights on both sides"
        roles = {role for _, _, role in window}
        assert "unique" in roles and roles & {"conflict", "variant", "only"}
        for start, end, role in window:
            classes = report[start, end]
            assert role in classes or f"cat-{role}" in classes, (side, start, end, role)
