"""Candidate pairs of sentences (1:1, 1:2, 2:1) with their scores, best first.

Positions here are places in the caller's sentence sequences, not `Sentence.index` values.
Best first means by score; a near-tie goes to the pair closer to the diagonal (relative
positions in A and B), so that order decides only between equals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from parallax.compare.align.similarity import similarity_matrix
from parallax.compare.align.terms import Profile, joined

JOIN_MARGIN = 0.02  # a 1:2 pair must beat its 1:1 part by this much: the simpler reading wins
TIE = 1e-3  # scores closer than this are equal, and order decides


@dataclass(frozen=True, slots=True)
class Pair:
    """Positions of A and of B that report the same thing, and how alike they are."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


def candidates(
    a: Sequence[Profile],
    b: Sequence[Profile],
    a_free: list[int],
    b_free: list[int],
    *,
    floor: float,
) -> list[Pair]:
    """Every 1:1, 1:2 and 2:1 pair of free sentences scoring at least `floor`, best first.
    Two neighbours are read together only where each of them alone reaches `floor`."""
    singles = similarity_matrix([a[i] for i in a_free], [b[j] for j in b_free], respell=False)
    found = list(_above(singles, [(i,) for i in a_free], [(j,) for j in b_free], floor))
    strong = singles >= floor
    found.extend(_joined(a, b, _neighbours(strong, a_free, b_free), floor))
    found.extend(_joined(b, a, _neighbours(strong.T, b_free, a_free), floor, flip=True))
    n, m = max(len(a), 1), max(len(b), 1)
    found.sort(key=lambda pair: _rank(pair, n, m))
    return found


def _neighbours(strong: np.ndarray, rows: list[int], cols: list[int]) -> list[tuple[int, int]]:
    """(row, first of two neighbouring free columns) where both neighbours are strong."""
    both = strong[:, :-1] & strong[:, 1:]
    return [
        (rows[r], cols[c])
        for r, c in zip(*np.nonzero(both), strict=True)
        if cols[c + 1] == cols[c] + 1
    ]


def _joined(one, two, triples, floor: float, *, flip: bool = False) -> list[Pair]:
    """Pairs of one sentence of `one` with two neighbours of `two`, scoring at least `floor`."""
    if not triples:
        return []
    rows = sorted({i for i, _ in triples})
    cols = sorted({j for _, j in triples})
    scores = similarity_matrix(
        [one[i] for i in rows], [joined([two[j], two[j + 1]]) for j in cols], respell=False
    )
    row, col = {i: r for r, i in enumerate(rows)}, {j: c for c, j in enumerate(cols)}
    pairs = []
    for i, j in triples:
        score = float(scores[row[i], col[j]])
        if score >= floor:
            one, two = ((j, j + 1), (i,)) if flip else ((i,), (j, j + 1))
            pairs.append(Pair(one, two, score))
    return pairs


def _above(scores: np.ndarray, rows, cols, floor: float):
    """The 1:1 pairs of the cells of `scores` at or above `floor`."""
    for r, c in zip(*np.nonzero(scores >= floor), strict=True):
        yield Pair(rows[r], cols[c], float(scores[r, c]))


def _rank(pair: Pair, n: int, m: int) -> tuple[float, float]:
    """Best first; a joined pair gives JOIN_MARGIN away; among equals, nearest the diagonal."""
    margin = JOIN_MARGIN if len(pair.a) + len(pair.b) > 2 else 0.0
    distance = abs((pair.a[0] + 0.5) / n - (pair.b[0] + 0.5) / m)
    return -round((pair.score - margin) / TIE), distance
