"""Reader navigation as pure queries: next/previous difference, aligned sentences, sync scroll."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from parallax.model import Alignment, Change, Comparison, Sentence

ONLY_A = "only_a"  # category of a sentence only A has
ONLY_B = "only_b"
MOVED = "moved"  # category of a moved sentence pair, whole sentences on both sides
SIDES = ("a", "b")
_ONLY = {"a": ONLY_A, "b": ONLY_B}


@dataclass(frozen=True, slots=True)
class Difference:
    """A change, or a sentence only one side has (`pair` None, the other range empty)."""

    side_a: tuple[int, int]
    side_b: tuple[int, int]
    category: str  # one of model.CHANGE_CATEGORIES, or ONLY_A / ONLY_B / MOVED
    pair: int | None

    def span(self, side: str) -> tuple[int, int]:
        """The character range on `side` ("a" or "b")."""
        return self.side_a if _checked(side) == "a" else self.side_b


def differences(comparison: Comparison) -> tuple[Difference, ...]:
    """Every change, moved pair and unique sentence of a comparison, in reading order of A.
    A sentence made only of page furniture is not a unique sentence: it is not the story."""
    found = differences_of(
        comparison.changes,
        comparison.alignment,
        comparison.a_analysis.sentences,
        comparison.b_analysis.sentences,
    )
    return tuple(d for d in found if not _furniture_only(d, comparison))


def _furniture_only(diff: Difference, comparison: Comparison) -> bool:
    if diff.category == ONLY_A:
        return comparison.a.all_furniture(*diff.side_a)
    if diff.category == ONLY_B:
        return comparison.b.all_furniture(*diff.side_b)
    return False


def differences_of(
    changes: Sequence[Change],
    alignment: Sequence[Alignment],
    a_sentences: Sequence[Sentence],
    b_sentences: Sequence[Sentence],
) -> tuple[Difference, ...]:
    """As `differences`, from the parts; B-only sentences sit where they would appear in A."""
    items = [
        Difference((c.a_start, c.a_end), (c.b_start, c.b_end), c.category, c.pair) for c in changes
    ]
    items += _moved(alignment, a_sentences, b_sentences)
    items += _unique(alignment, a_sentences, b_sentences, side="a")
    items += _unique(alignment, b_sentences, a_sentences, side="b")
    return tuple(sorted(items, key=lambda d: (d.side_a[0], d.side_b[0], d.side_a[1], d.side_b[1])))


def _moved(
    alignment: Sequence[Alignment], a_sentences: Sequence[Sentence], b_sentences: Sequence[Sentence]
) -> Iterator[Difference]:
    """A moved pair, as its whole sentences on both sides (F7 stops at moves too)."""
    for index, pair in enumerate(alignment):
        if pair.kind == MOVED and pair.a and pair.b:
            a_range = (a_sentences[min(pair.a)].start, a_sentences[max(pair.a)].end)
            b_range = (b_sentences[min(pair.b)].start, b_sentences[max(pair.b)].end)
            yield Difference(a_range, b_range, MOVED, index)


def _unique(
    alignment: Sequence[Alignment], own: Sequence[Sentence], other: Sequence[Sentence], *, side: str
) -> Iterator[Difference]:
    """Sentences of `side` no pair covers, each placed before the next anchor on the other side."""
    other_side = "b" if side == "a" else "a"
    covered = {i for pair in alignment for i in getattr(pair, side)}
    in_order = [pair for pair in alignment if pair.kind != "moved" and pair.a and pair.b]
    anchors = {i: pair for pair in in_order for i in getattr(pair, side)}
    point = other[-1].end if other else 0
    found = []
    for i in reversed(range(len(own))):
        if i in anchors:
            point = other[min(getattr(anchors[i], other_side))].start
        elif i not in covered:
            ranges = ((own[i].start, own[i].end), (point, point))
            found.append(Difference(*(ranges if side == "a" else ranges[::-1]), _ONLY[side], None))
    return reversed(found)


def next_difference(
    diffs: Sequence[Difference], *, side: str, position: int, current: Difference | None = None
) -> Difference | None:
    """The first difference starting after `position` on `side`, or None after the last.

    Start from the top with position -1. Differences starting at one point (several sentences
    only the other side has) are told apart by `current`, the one the reader is on: when given
    and present, the answer is the difference after it and `position` is not used.
    """
    order = _side_order(diffs, side)
    if current is not None and current in order:
        k = order.index(current)
        return order[k + 1] if k + 1 < len(order) else None
    return next((d for d in order if d.span(side)[0] > position), None)


def previous_difference(
    diffs: Sequence[Difference], *, side: str, position: int, current: Difference | None = None
) -> Difference | None:
    """The last difference starting before `position` on `side` (mirror of `next_difference`)."""
    order = _side_order(diffs, side)
    if current is not None and current in order:
        k = order.index(current)
        return order[k - 1] if k > 0 else None
    return next((d for d in reversed(order) if d.span(side)[0] < position), None)


def _side_order(diffs: Sequence[Difference], side: str) -> list[Difference]:
    """By start on `side`; ties keep reading order."""
    return sorted(diffs, key=lambda d: d.span(side)[0])


def aligned_sentences(alignment: Sequence[Alignment], *, side: str, index: int) -> tuple[int, ...]:
    """The other side's sentences paired with sentence `index` of `side` (empty if unique)."""
    other = "b" if _checked(side) == "a" else "a"
    paired = {j for pair in alignment if index in getattr(pair, side) for j in getattr(pair, other)}
    return tuple(sorted(paired))


# Sync scrolling --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Matching character positions of A and B, both non-decreasing: a piecewise-linear map."""

    a_points: tuple[int, ...]
    b_points: tuple[int, ...]

    def map(self, *, side: str, position: int) -> int:
        """Where character `position` of `side` corresponds on the other side."""
        if _checked(side) == "a":
            return _interpolate(self.a_points, self.b_points, position)
        return _interpolate(self.b_points, self.a_points, position)


def offset_map(
    alignment: Sequence[Alignment],
    a_sentences: Sequence[Sentence],
    b_sentences: Sequence[Sentence],
    a_len: int,
    b_len: int,
) -> OffsetMap:
    """The map anchored on in-order pairs (moved pairs ignored); build once, map many times."""
    a_points, b_points = [0], [0]
    for a_start, a_end, b_start, b_end in _anchor_chain(alignment, a_sentences, b_sentences):
        a_points += [a_start, a_end]
        b_points += [b_start, b_end]
    a_points.append(max(a_len, a_points[-1]))
    b_points.append(max(b_len, b_points[-1]))
    return OffsetMap(tuple(a_points), tuple(b_points))


def map_offset(
    alignment: Sequence[Alignment],
    a_sentences: Sequence[Sentence],
    b_sentences: Sequence[Sentence],
    a_len: int,
    b_len: int,
    *,
    side: str,
    position: int,
) -> int:
    """Where character `position` of `side` corresponds on the other side: pair starts map to
    each other exactly, positions inside a pair or between pairs proportionally; monotonic."""
    anchors = offset_map(alignment, a_sentences, b_sentences, a_len, b_len)
    return anchors.map(side=side, position=position)


def _anchor_chain(
    alignment: Sequence[Alignment], a_sentences: Sequence[Sentence], b_sentences: Sequence[Sentence]
) -> Iterator[tuple[int, int, int, int]]:
    """Spans of the non-moved pairs that keep both sides in order, in order."""
    spans = sorted(
        (*_span(a_sentences, pair.a), *_span(b_sentences, pair.b))
        for pair in alignment
        if pair.kind != "moved" and pair.a and pair.b
    )
    a_last = b_last = 0
    for a_start, a_end, b_start, b_end in spans:
        if a_start >= a_last and b_start >= b_last:
            a_last, b_last = a_end, b_end
            yield a_start, a_end, b_start, b_end


def _span(sentences: Sequence[Sentence], indices: Sequence[int]) -> tuple[int, int]:
    return sentences[min(indices)].start, sentences[max(indices)].end


def _interpolate(source: Sequence[int], target: Sequence[int], position: int) -> int:
    position = min(max(position, 0), source[-1])
    k = bisect.bisect_right(source, position) - 1
    if k == len(source) - 1:
        return target[k]
    step = (position - source[k]) * (target[k + 1] - target[k]) // (source[k + 1] - source[k])
    return target[k] + step


def _checked(side: str) -> str:
    if side not in SIDES:
        raise ValueError(f"side must be 'a' or 'b', not {side!r}")
    return side
