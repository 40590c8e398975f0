"""Pairwise evidence that two sentences say the same thing, for all pairs at once (numpy).

Each feature is an (n, m) matrix over n sentences of A and m of B, every value in [0, 1].
Sentences become (sentence, term id) entries, and what two sentences share is one sparse
product over the terms both sides use (align_sparse), so that 500 x 500 sentences cost a
few milliseconds. similarity.py combines the features.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from parallax.compare.align.sparse import Entries, Terms, shared
from parallax.compare.align.terms import Profile, is_number

FEATURES = ("coverage", "numbers_conflict", "unmatched", "function_words", "negation")
IDF_POWER = 1.5  # rare words count more than their IDF alone says (fitted on MSRP train)
TOP_TERMS = 4  # rarest terms looked up per sentence for the "unmatched" feature
FEW_FUNCTION_WORDS = 6  # fewer than this between the two (headlines): no evidence either way
Idf = Callable[[str], float]


def feature_matrices(
    a: Sequence[Profile], b: Sequence[Profile], idf: Idf, *, max_idf: float
) -> np.ndarray:
    """Shape (len(FEATURES), len(a), len(b))."""
    terms = Terms(idf)
    a_terms = terms.entries([p.terms for p in a])
    b_terms = terms.entries([p.terms for p in b])
    weight = terms.idf**IDF_POWER
    common = shared(a_terms, b_terms, weight)
    a_total, b_total = a_terms.totals(weight)[:, None], b_terms.totals(weight)[None, :]
    return np.stack(
        [
            _ratio(common, np.maximum(a_total, b_total)),
            _numbers_conflict(a_terms, b_terms, terms),
            _unmatched(a_terms, b_terms, terms.idf) / max_idf,
            _function_words(a, b),
            _negation(a, b),
        ]
    )


def _ratio(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    shape = np.broadcast_shapes(top.shape, bottom.shape)
    return np.divide(top, bottom, out=np.zeros(shape), where=bottom > 0)


def _numbers_conflict(a: Entries, b: Entries, terms: Terms) -> np.ndarray:
    """1 where each sentence gives a number the other does not ("65 dead" / "72 dead")."""
    numeric = np.array([is_number(term) for term in terms.names], dtype=bool)
    a_numbers, b_numbers = a.only(numeric), b.only(numeric)
    ones = np.ones(len(numeric))
    common = shared(a_numbers, b_numbers, ones)
    a_count, b_count = a_numbers.totals(ones)[:, None], b_numbers.totals(ones)[None, :]
    return (((a_count - common) > 0) & ((b_count - common) > 0)).astype(float)


def _unmatched(a: Entries, b: Entries, idf: np.ndarray) -> np.ndarray:
    """IDF of the rarest term either sentence has and the other lacks."""
    return np.maximum(_rarest_missing(a, b, idf), _rarest_missing(b, a, idf).T)


def _rarest_missing(a: Entries, b: Entries, idf: np.ndarray) -> np.ndarray:
    """(n, m): IDF of the rarest term of each A sentence that the B sentence lacks. Only the
    TOP_TERMS rarest are looked up; when B has them all, the IDF of the next one stands in
    (an upper bound, exact in most cases)."""
    result = np.zeros((a.count, b.count))
    if not len(idf):
        return result
    top = a.rarest(idf, TOP_TERMS + 1)  # term ids, rarest first; -1 where A has fewer
    has = b.dense(len(idf))  # (m, terms)
    found = np.zeros((a.count, b.count), dtype=bool)
    for rank in range(TOP_TERMS + 1):
        ids = top[:, rank]
        missing = ~has[:, np.maximum(ids, 0)].T | (ids < 0)[:, None] | (rank == TOP_TERMS)
        weights = np.where(ids >= 0, idf[np.maximum(ids, 0)], 0.0)[:, None]
        result = np.where(missing & ~found, weights, result)
        found |= missing
    return result


def _function_words(a: Sequence[Profile], b: Sequence[Profile]) -> np.ndarray:
    """Dice overlap of function words ("not", "by", "was"): how alike the sentences are built;
    0.5 (no evidence) when the two have fewer than FEW_FUNCTION_WORDS between them."""
    words = Terms(lambda _: 1.0)
    a_words = words.entries([p.function_words for p in a])
    b_words = words.entries([p.function_words for p in b])
    ones = words.idf
    total = a_words.totals(ones)[:, None] + b_words.totals(ones)[None, :]
    dice = _ratio(2 * shared(a_words, b_words, ones), total)
    return np.where(total >= FEW_FUNCTION_WORDS, dice, 0.5)


def _negation(a: Sequence[Profile], b: Sequence[Profile]) -> np.ndarray:
    """1 where one sentence is negated and the other is not."""
    a_negated = np.array([p.negated for p in a], dtype=bool)[:, None]
    b_negated = np.array([p.negated for p in b], dtype=bool)[None, :]
    return (a_negated != b_negated).astype(float)
