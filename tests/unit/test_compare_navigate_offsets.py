"""Sync scrolling: where a character of one pane lies in the other, anchored on aligned pairs."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.compare.navigate import map_offset, offset_map
from parallax.model import Alignment, Sentence

# A: five sentences; B: the first two kept, one added, A3 moved before A2, A4 dropped.
A_SENTENCES = tuple(
    Sentence(i, start, end)
    for i, (start, end) in enumerate([(0, 92), (93, 155), (156, 223), (224, 287), (288, 348)])
)
B_SENTENCES = tuple(
    Sentence(i, start, end)
    for i, (start, end) in enumerate([(0, 92), (93, 139), (140, 197), (198, 260), (261, 337)])
)
ALIGNMENT = (
    Alignment((0,), (0,), 0.9, "changed"),
    Alignment((1,), (1,), 0.8, "changed"),
    Alignment((2,), (4,), 0.8, "changed"),
    Alignment((3,), (3,), 0.9, "moved"),
)
PARTS = (ALIGNMENT, A_SENTENCES, B_SENTENCES, 348, 337)


@pytest.mark.parametrize(("a", "b"), [(0, 0), (1, 1), (2, 4)])
def test_pair_starts_map_to_each_other_exactly(a: int, b: int) -> None:
    a_start, b_start = A_SENTENCES[a].start, B_SENTENCES[b].start
    assert map_offset(*PARTS, side="a", position=a_start) == b_start
    assert map_offset(*PARTS, side="b", position=b_start) == a_start


def test_inside_a_pair_is_proportional() -> None:
    # A1 is 62 characters, B1 46: halfway through one is halfway through the other.
    assert map_offset(*PARTS, side="a", position=93 + 31) == 93 + 23


def test_a_moved_pair_is_not_an_anchor() -> None:
    """A3 <-> B3 moved: A3's start maps after B4's start (B4 is A2's partner), keeping order."""
    assert map_offset(*PARTS, side="a", position=224) >= B_SENTENCES[4].start


@pytest.mark.parametrize("side", ["a", "b"])
def test_monotonic_over_every_position(side: str) -> None:
    length = 348 if side == "a" else 337
    mapped = [map_offset(*PARTS, side=side, position=p) for p in range(-3, length + 4)]
    assert all(x <= y for x, y in itertools.pairwise(mapped))
    assert mapped[0] == 0
    assert mapped[-1] == (337 if side == "a" else 348)


def test_no_alignment_maps_proportionally() -> None:
    assert map_offset((), (), (), 1000, 500, side="a", position=600) == 300
    assert map_offset((), (), (), 0, 0, side="b", position=5) == 0


def test_offset_map_is_built_once_and_reused() -> None:
    anchors = offset_map(*PARTS)
    assert anchors.map(side="a", position=156) == 261
    assert anchors.map(side="b", position=261) == 156


@st.composite
def alignments(draw: st.DrawFn) -> tuple:
    """Random sentence spans on both sides and random pairs, some in order, some not."""
    a_cuts = sorted(draw(st.sets(st.integers(0, 400), min_size=2, max_size=16)))
    b_cuts = sorted(draw(st.sets(st.integers(0, 400), min_size=2, max_size=16)))
    a_sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(itertools.pairwise(a_cuts))]
    b_sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(itertools.pairwise(b_cuts))]
    indices = st.tuples(st.integers(0, len(a_sentences) - 1), st.integers(0, len(b_sentences) - 1))
    pairs = draw(st.lists(indices, max_size=8, unique_by=(lambda p: p[0], lambda p: p[1])))
    kinds = st.sampled_from(["same", "changed", "moved"])
    alignment = [Alignment((a,), (b,), 0.5, draw(kinds)) for a, b in pairs]
    a_len = a_cuts[-1] + draw(st.integers(0, 5))
    b_len = b_cuts[-1] + draw(st.integers(0, 5))
    return alignment, a_sentences, b_sentences, a_len, b_len


@settings(max_examples=200, deadline=None)
@given(alignments(), st.sampled_from(["a", "b"]))
def test_always_monotonic_and_within_the_other_text(parts: tuple, side: str) -> None:
    anchors = offset_map(*parts)
    a_len, b_len = parts[3], parts[4]
    length, other = (a_len, b_len) if side == "a" else (b_len, a_len)
    mapped = [anchors.map(side=side, position=p) for p in range(length + 1)]
    assert all(x <= y for x, y in itertools.pairwise(mapped))
    assert all(0 <= m <= other for m in mapped)


@settings(max_examples=200, deadline=None)
@given(alignments())
def test_in_order_pairs_map_start_to_start(parts: tuple) -> None:
    alignment, a_sentences, b_sentences = parts[:3]
    in_order = _strictly_in_order(p for p in alignment if p.kind != "moved")
    for pair in in_order:
        a_start, b_start = a_sentences[pair.a[0]].start, b_sentences[pair.b[0]].start
        assert map_offset(*parts, side="a", position=a_start) == b_start
        assert map_offset(*parts, side="b", position=b_start) == a_start


def _strictly_in_order(pairs) -> list[Alignment]:
    """The pairs, if every one follows the one before on both sides (else none: not a chain)."""
    ordered = sorted(pairs, key=lambda p: p.a[0])
    steps = itertools.pairwise(ordered)
    return ordered if all(x.a[0] < y.a[0] and x.b[0] < y.b[0] for x, y in steps) else []
