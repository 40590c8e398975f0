"""One table of hedges: the number finder reads them, matching bounds values by them, and the
word diff calls their changes hedge changes, all from text.hedges."""

from __future__ import annotations

import pytest

from parallax.compare.match.values import bounds, compatible
from parallax.model import Fact
from parallax.nlp.numbers.finder import find_numbers
from parallax.text import hedges


def _count(value: int, qualifier: str | None) -> Fact:
    return Fact("f", "number", str(value), 0, len(str(value)), 0, value=value, qualifier=qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("at least 72 people died", "at least"),
        ("just over 1,500 soldiers", "just over"),
        ("no fewer than 30 boats", "no fewer than"),
        ("an estimated 10,000 followers", "an estimated"),
        ("500 or more homes", "or more"),
        ("a 500-plus crowd", "or more"),
    ],
)
def test_the_number_finder_reads_every_hedge_of_the_table(text, qualifier):
    (found,) = [m for m in find_numbers(text) if m.value not in (None, 0)]
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        ("at least", (72, float("inf"))),
        ("no fewer than", (72, float("inf"))),  # a floor, not a ceiling
        ("no less than", (72, float("inf"))),
        ("bigger than", (72, float("inf"))),
        ("no more than", (0, 72)),
        ("well below", (0, 72)),
        ("or so", (72 * 0.95, 72 * 1.05)),
    ],
)
def test_a_hedge_bounds_its_value_the_way_the_table_says(qualifier, expected):
    low, high = bounds(_count(72, qualifier))
    assert low == pytest.approx(expected[0]) and high == pytest.approx(expected[1])


def test_no_fewer_than_admits_a_larger_figure_and_not_a_smaller_one():
    floor = _count(30, "no fewer than")
    assert compatible(floor, _count(34, None))
    assert not compatible(floor, _count(25, None))


def test_every_phrase_has_one_direction_and_the_finder_pattern_covers_it():
    for phrase in hedges.phrases():
        assert hedges.direction(phrase) in (hedges.LOWER, hedges.UPPER, hedges.ABOUT), phrase
    assert hedges.direction("+") == hedges.LOWER
    assert hedges.direction(None) is None and hedges.direction("perhaps") is None
