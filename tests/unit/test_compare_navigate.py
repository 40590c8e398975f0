"""Navigation queries of the reader (F7 / Shift+F7, aligned sentences) without any widget."""

from __future__ import annotations

import pytest

from parallax.compare.diff.changes import word_changes
from parallax.compare.navigate import (
    Difference,
    aligned_sentences,
    differences,
    differences_of,
    next_difference,
    previous_difference,
)
from parallax.model import Alignment, Analysis, Article, Comparison, ModelInfo, Sentence

from support import ALIGNMENT, REVISION_1, REVISION_2

MODEL = ModelInfo("test", "0", fallback=True)


def analysed(article_id: str, parts: tuple[str, ...]) -> tuple[Article, Analysis]:
    text, sentences = "", []
    for index, part in enumerate(parts):
        text += " " if text else ""
        sentences.append(Sentence(index, len(text), len(text) + len(part)))
        text += part
    return Article(article_id, "0" * 64, text), Analysis(article_id, MODEL, tuple(sentences), ())


def comparison_of(a_parts, b_parts, alignment) -> Comparison:
    (a, a_analysis), (b, b_analysis) = analysed("a", a_parts), analysed("b", b_parts)
    changes = word_changes(a.text, b.text, alignment, a_analysis.sentences, b_analysis.sentences)
    return Comparison(a, b, a_analysis, b_analysis, tuple(alignment), changes, ())


@pytest.fixture
def comparison() -> Comparison:
    return comparison_of(REVISION_1, REVISION_2, ALIGNMENT)


def described(comparison: Comparison, diffs) -> list[tuple[str, int | None, str, str]]:
    return [
        (
            d.category,
            d.pair,
            comparison.a.text[d.side_a[0] : d.side_a[1]],
            comparison.b.text[d.side_b[0] : d.side_b[1]],
        )
        for d in diffs
    ]


def test_differences_in_reading_order_of_a(comparison: Comparison) -> None:
    diffs = differences(comparison)
    assert described(comparison, diffs) == [
        ("date", 0, "Monday", "Tuesday"),
        ("number", 0, "fourth", "third"),
        ("number", 1, "400", "425"),
        ("wording", 1, ", officials said", ""),
        ("only_b", None, "", REVISION_2[2]),
        ("hedge", 2, "65", "at least 72"),
        (
            "moved",
            3,
            "“We will not be intimidated,” Mayor Tomas Reyes told reporters.",
            "“We will not be intimidated,” Mayor Tomas Ruiz told reporters.",
        ),
        ("entity", 3, "Reyes", "Ruiz"),
        ("only_a", None, REVISION_1[4], ""),
    ]


def test_unique_sentences_sit_before_the_next_in_order_pair(comparison: Comparison) -> None:
    only_b, only_a = (d for d in differences(comparison) if d.pair is None)
    a_sentences, b_sentences = comparison.a_analysis.sentences, comparison.b_analysis.sentences
    assert only_b.side_a == (a_sentences[2].start,) * 2  # B's next in-order pair is A2 <-> B4
    assert only_a.side_b == (b_sentences[-1].end,) * 2  # no pair after it: B's end


def visit_forward(diffs, *, side: str, position: int = -1) -> list[Difference]:
    visited = []
    while (found := next_difference(diffs, side=side, position=position)) is not None:
        visited.append(found)
        position = found.span(side)[0]
    return visited


def visit_backward(diffs, *, side: str, position: int) -> list[Difference]:
    visited = []
    while (found := previous_difference(diffs, side=side, position=position)) is not None:
        visited.append(found)
        position = found.span(side)[0]
    return visited


def test_next_from_the_top_visits_every_difference_then_none(comparison: Comparison) -> None:
    diffs = differences(comparison)
    assert visit_forward(diffs, side="a", position=0) == list(diffs)
    assert visit_forward(diffs, side="a") == list(diffs)


def test_on_side_b_the_order_is_b_reading_order(comparison: Comparison) -> None:
    visited = visit_forward(differences(comparison), side="b")
    assert [d.category for d in visited] == [
        "date", "number", "number", "wording", "only_b", "moved", "entity", "hedge", "only_a",
    ]  # fmt: skip
    assert [d.side_b[0] for d in visited] == sorted(d.side_b[0] for d in visited)


@pytest.mark.parametrize("side", ["a", "b"])
def test_previous_mirrors_next(comparison: Comparison, side: str) -> None:
    diffs = differences(comparison)
    end = len(comparison.a.text if side == "a" else comparison.b.text) + 1
    assert visit_backward(diffs, side=side, position=end) == visit_forward(diffs, side=side)[::-1]


def test_next_and_previous_from_the_middle(comparison: Comparison) -> None:
    diffs = differences(comparison)
    inside_400 = comparison.a.text.index("400") + 1
    assert next_difference(diffs, side="a", position=inside_400).category == "wording"
    assert previous_difference(diffs, side="a", position=inside_400).category == "number"
    assert next_difference(diffs, side="a", position=len(comparison.a.text)) is None
    assert previous_difference(diffs, side="a", position=0) is None
    assert next_difference((), side="a", position=-1) is None


def test_differences_at_one_point_are_told_apart_by_current() -> None:
    """Two sentences only B has sit at one point of A: `current` steps through both."""
    comparison = comparison_of(
        ("The port reopened on Friday.", "Grain ships left."),
        (
            "The port reopened on Friday.",
            "Inspectors checked them.",
            "Two were held.",
            "Grain ships left.",
        ),
        (Alignment((0,), (0,), 1.0, "same"), Alignment((1,), (3,), 1.0, "same")),
    )
    diffs = differences(comparison)
    assert [d.side_a for d in diffs] == [(29, 29), (29, 29)]
    first = next_difference(diffs, side="a", position=-1)
    second = next_difference(diffs, side="a", position=-1, current=first)
    assert (first, second) == diffs
    assert next_difference(diffs, side="a", position=-1, current=second) is None
    assert previous_difference(diffs, side="a", position=99, current=second) == first
    assert previous_difference(diffs, side="a", position=99, current=first) is None
    assert visit_forward(diffs, side="a") == [first]  # by position alone the tie is one stop


def test_differences_of_parts_equals_differences(comparison: Comparison) -> None:
    parts = differences_of(
        comparison.changes,
        comparison.alignment,
        comparison.a_analysis.sentences,
        comparison.b_analysis.sentences,
    )
    assert parts == differences(comparison)


def test_aligned_sentences() -> None:
    alignment = (
        Alignment((0,), (0,), 0.9, "same"),
        Alignment((1, 2), (1,), 0.7, "changed"),
        Alignment((4,), (2,), 0.6, "moved"),
    )
    assert aligned_sentences(alignment, side="a", index=1) == (1,)
    assert aligned_sentences(alignment, side="a", index=2) == (1,)
    assert aligned_sentences(alignment, side="b", index=1) == (1, 2)
    assert aligned_sentences(alignment, side="b", index=2) == (4,)
    assert aligned_sentences(alignment, side="a", index=3) == ()


def test_a_side_other_than_a_or_b_is_refused(comparison: Comparison) -> None:
    with pytest.raises(ValueError, match="side must be"):
        next_difference(differences(comparison), side="left", position=0)
    with pytest.raises(ValueError, match="side must be"):
        aligned_sentences(ALIGNMENT, side="B", index=0)


def test_a_moved_sentence_is_a_stop_even_without_word_changes():
    from parallax.compare.navigate import MOVED, differences_of, next_difference
    from parallax.model import Alignment, Sentence

    a_sentences = [Sentence(0, 0, 10), Sentence(1, 11, 20), Sentence(2, 21, 30)]
    b_sentences = [Sentence(0, 0, 9), Sentence(1, 10, 20), Sentence(2, 21, 30)]
    alignment = [
        Alignment((0,), (1,), 1.0, "same"),
        Alignment((1,), (2,), 1.0, "same"),
        Alignment((2,), (0,), 1.0, "moved"),
    ]
    diffs = differences_of((), alignment, a_sentences, b_sentences)
    assert [(d.category, d.side_a, d.side_b, d.pair) for d in diffs] == [
        (MOVED, (21, 30), (0, 9), 2)
    ]
    assert next_difference(diffs, side="b", position=-1) == diffs[0]
