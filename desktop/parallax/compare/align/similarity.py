"""How likely two sentences are to report the same thing, from lexical evidence calibrated on MSRP.

No neural or trained language model: rarity-weighted overlap of stemmed content words, numbers,
names and dates (align_terms, align_features), combined by a logistic model whose handful of
weights were fitted on MSRP train by bench/paraphrase.py.

Why these seven numbers (five weights, the bias, the threshold) are still MSRP's, whose licence
is for non-commercial research: nothing else of it ships (no sentence, word list or table; the
IDF table is counted over MEANTIME, CC BY 4.0). A refit on STS headlines 2013 (permissive:
acknowledge Europe Media Monitor) was measured, `bench/paraphrase.py --fit-sts`: with binary
labels it holds MSRP validation F1 (0.8325 vs 0.8323) and raises STS 2014 r (0.724 vs 0.709),
but it changes the score scale that align.STORY_FLOOR and the matcher were tuned on, and the
true conflicts found on bench/realpairs.py fall from 12 to 9 (still 9 with the floor re-derived
at 0.08); with soft labels MSRP F1 falls to 0.8225 and true conflicts to 10. The MSRP fit stays
until those thresholds are re-tuned on an STS fit. Whether seven fitted numbers are a derivative
of the corpus under its licence is to be settled before a commercial release (THIRD_PARTY.txt).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from parallax.compare.align import idf as align_idf
from parallax.compare.align.features import FEATURES, Idf, feature_matrices
from parallax.compare.align.terms import Profile, profile
from parallax.compare.align.variants import respelt, spelling_variants
from parallax.model import Fact

# Fitted by `python bench/paraphrase.py --fit` on MSRP train: logistic regression, each weight
# held to the sign the evidence must have (more shared words never lowers the score).
WEIGHTS = {
    "coverage": 5.22,
    "numbers_conflict": -0.23,
    "unmatched": -1.07,
    "function_words": 1.65,
    "negation": -1.05,
}
BIAS = -2.31
# The score above which a pair is a paraphrase, chosen for the best F1 on MSRP train.
PARAPHRASE_THRESHOLD = 0.422

MAX_IDF = align_idf.MAX_IDF
_PRIOR = {term: level for level, terms in align_idf.LEVELS.items() for term in terms.split()}
_WEIGHTS = np.array([WEIGHTS[name] for name in FEATURES])


def prior_idf(term: str) -> float:
    """IDF of a term in news sentences (MSRP train); rare and unseen terms get the most."""
    return _PRIOR.get(term, MAX_IDF)


def is_rare(term: str) -> bool:
    """Too rare in news to have an IDF of its own: names, mostly."""
    return term not in _PRIOR


def sentence_similarity(
    a: str, b: str, *, a_facts: Sequence[Fact] = (), b_facts: Sequence[Fact] = ()
) -> float:
    """0..1, symmetric: how likely `a` and `b` are to report the same thing. Facts are optional
    extra evidence (canonical names, numeric values, resolved dates), offsets relative to the
    given strings."""
    if b < a:  # one order for both calls, so the score is exactly symmetric
        a, b, a_facts, b_facts = b, a, b_facts, a_facts
    a_profile = profile(a, facts=_inside(a_facts, len(a)))
    b_profile = profile(b, facts=_inside(b_facts, len(b)))
    return float(similarity_matrix([a_profile], [b_profile])[0, 0])


def _inside(facts: Sequence[Fact], length: int) -> list[Fact]:
    """The facts whose span lies in a string of `length` characters."""
    return [fact for fact in facts if 0 <= fact.start <= fact.end <= length]


def similarity_matrix(
    a: Sequence[Profile], b: Sequence[Profile], *, idf: Idf = prior_idf, respell: bool = True
) -> np.ndarray:
    """(len(a), len(b)) scores in [0, 1). A sentence without content words ("--", "He
    said.") scores 0 with anything: there is nothing to compare. With `respell`, rare words
    B spells slightly differently from A count as shared (callers that respelt B already
    pass False)."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    if respell:
        b = respelt(b, spelling_variants(a, b, is_rare=is_rare))
    scores = combine(feature_matrices(a, b, idf, max_idf=MAX_IDF))
    a_empty = np.array([not p.terms for p in a])[:, None]
    b_empty = np.array([not p.terms for p in b])[None, :]
    return np.where(a_empty | b_empty, 0.0, scores)


def combine(features: np.ndarray) -> np.ndarray:
    """The logistic model over a stack of feature matrices (FEATURES first)."""
    z = np.tensordot(_WEIGHTS, features, axes=1) + BIAS
    return 1.0 / (1.0 + np.exp(-z))
