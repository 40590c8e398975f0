"""Sentences as sparse (sentence, term) entries, and what every pair of sentences shares.

Written with numpy alone (no scipy): one vocabulary per comparison, entries as two int arrays,
and the weighted count of shared terms for all pairs as one bincount over matching entries.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np


class Terms:
    """The vocabulary of one comparison: term -> id, with each term's IDF."""

    def __init__(self, idf: Callable[[str], float]) -> None:
        self._idf = idf
        self.ids: dict[str, int] = {}
        self.names: list[str] = []
        self._weights: list[float] = []

    @property
    def idf(self) -> np.ndarray:
        return np.array(self._weights, dtype=float)

    def entries(self, sets: Sequence[Collection[str]]) -> Entries:
        """The (sentence, term id) entries of `sets`, adding new terms to the vocabulary."""
        for term in sorted(set().union(*sets) - self.ids.keys()):
            self.ids[term] = len(self.names)
            self.names.append(term)
            self._weights.append(self._idf(term))
        ids = self.ids
        cols = np.array([ids[term] for terms in sets for term in terms], dtype=np.int64)
        lengths = np.array([len(terms) for terms in sets], dtype=np.int64)
        rows = np.repeat(np.arange(len(sets), dtype=np.int64), lengths)
        return Entries(rows, cols, len(sets))


class Entries:
    """Which sentence holds which term: parallel arrays `rows` and `cols`, `count` sentences."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, count: int) -> None:
        self.rows, self.cols, self.count = rows, cols, count

    def totals(self, weights: np.ndarray) -> np.ndarray:
        """Per sentence, the summed weight of its terms."""
        return np.bincount(self.rows, weights=weights[self.cols], minlength=self.count)

    def only(self, keep: np.ndarray) -> Entries:
        """The entries whose term `keep` marks."""
        mask = keep[self.cols]
        return Entries(self.rows[mask], self.cols[mask], self.count)

    def dense(self, terms: int) -> np.ndarray:
        """(count, terms) booleans."""
        matrix = np.zeros((self.count, terms), dtype=bool)
        matrix[self.rows, self.cols] = True
        return matrix

    def rarest(self, idf: np.ndarray, k: int) -> np.ndarray:
        """(count, k): each sentence's k rarest term ids, rarest first; -1 where it has fewer."""
        order = np.lexsort((self.cols, -idf[self.cols], self.rows))
        rows, cols = self.rows[order], self.cols[order]
        starts = np.searchsorted(rows, np.arange(self.count))
        rank = np.arange(len(rows)) - starts[rows]
        top = np.full((self.count, k), -1, dtype=np.int64)
        keep = rank < k
        top[rows[keep], rank[keep]] = cols[keep]
        return top


def shared(a: Entries, b: Entries, weights: np.ndarray) -> np.ndarray:
    """(a.count, b.count): the summed weight of the terms each pair of sentences shares."""
    order = np.argsort(b.cols, kind="stable")
    b_terms, b_rows = b.cols[order], b.rows[order]
    starts = np.searchsorted(b_terms, a.cols, side="left")
    counts = np.searchsorted(b_terms, a.cols, side="right") - starts
    a_rows = np.repeat(a.rows, counts)
    terms = np.repeat(a.cols, counts)
    first = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    b_match = b_rows[first + np.arange(len(first))]
    flat = np.bincount(
        a_rows * b.count + b_match, weights=weights[terms], minlength=a.count * b.count
    )
    return flat.reshape(a.count, b.count)
