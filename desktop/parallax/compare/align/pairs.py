"""Which sentences pair up: identical ones first, then the best-scoring 1:1, 1:2 and 2:1 pairs.

Positions here are places in the caller's sentence sequences, not `Sentence.index` values.
A pair is chosen greedily, best candidate first (align_candidates), when every sentence in it
is still free.
Pairs scoring at least `threshold` may be anywhere (they become "moved" when out of order);
weaker pairs, down to `floor`, only where they keep the order of the pairs already chosen or
where the two sentences are each other's best match.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from parallax.compare.align.candidates import Pair, candidates
from parallax.compare.align.terms import Profile


def identical_pairs(a: Sequence[Profile], b: Sequence[Profile]) -> list[Pair]:
    """Sentences whose tokens are identical, the k-th copy in A with the k-th copy in B."""
    waiting: dict[tuple[str, ...], list[int]] = {}
    for j in reversed(range(len(b))):
        if b[j].norms:
            waiting.setdefault(b[j].norms, []).append(j)
    pairs = []
    for i, profile in enumerate(a):
        copies = waiting.get(profile.norms)
        if copies:
            pairs.append(Pair((i,), (copies.pop(),), 1.0))
    return pairs


def scored_pairs(
    a: Sequence[Profile], b: Sequence[Profile], pairs: list[Pair], *, threshold: float, floor: float
) -> list[Pair]:
    """`pairs` (identical ones) and the best others among the sentences they leave free."""
    selection = Selection(pairs)
    found = candidates(a, b, selection.free(len(a), "a"), selection.free(len(b), "b"), floor=floor)
    for pair in found:
        if pair.score >= threshold and selection.is_free(pair):
            selection.take(pair)
    singles = {(p.a[0], p.b[0]): p for p in found if len(p.a) == len(p.b) == 1}
    _take_weak(selection, singles, threshold=threshold)
    for pair in [p for p in selection.pairs if len(p.a) + len(p.b) == 3]:
        selection.unjoin(pair, singles, threshold=threshold)
    return selection.pairs


def _take_weak(selection: Selection, singles: dict[tuple[int, int], Pair], *, threshold: float):
    """The 1:1 pairs under `threshold` that keep the order of the pairs chosen so far, or whose
    sentences are each other's best match, best first."""
    mutual = _mutual_best(singles.values())
    for key, pair in singles.items():
        weak = pair.score < threshold and selection.is_free(pair)
        if weak and (key in mutual or selection.fits(pair)):
            selection.take(pair)


class Selection:
    """The pairs chosen so far, the sentences they take, and their longest in-order chain."""

    def __init__(self, pairs: Sequence[Pair]) -> None:
        self.pairs: list[Pair] = []
        self.taken: dict[str, set[int]] = {"a": set(), "b": set()}
        self._chain: list[tuple[int, int]] | None = None  # cached; None when out of date
        for pair in pairs:
            self.take(pair)

    def free(self, count: int, side: str) -> list[int]:
        return [k for k in range(count) if k not in self.taken[side]]

    def is_free(self, pair: Pair) -> bool:
        return self.taken["a"].isdisjoint(pair.a) and self.taken["b"].isdisjoint(pair.b)

    def take(self, pair: Pair) -> None:
        if self._chain is not None and self.fits(pair):
            bisect.insort(self._chain, (pair.a[0], pair.b[0]))
        else:
            self._chain = None
        self.pairs.append(pair)
        self.taken["a"].update(pair.a)
        self.taken["b"].update(pair.b)

    def drop(self, pair: Pair) -> None:
        self._chain = None
        self.pairs.remove(pair)
        self.taken["a"].difference_update(pair.a)
        self.taken["b"].difference_update(pair.b)

    def fits(self, pair: Pair) -> bool:
        """Whether `pair` keeps the longest in-order chain of the chosen pairs in order."""
        if self._chain is None:
            self._chain = sorted((p.a[0], p.b[0]) for p in in_order(self.pairs))
        chain, i, j = self._chain, pair.a[0], pair.b[0]
        k = bisect.bisect_left(chain, (i, j))
        before = chain[k - 1][1] if k > 0 else -1
        after = chain[k][1] if k < len(chain) else float("inf")
        return before < j < after

    def unjoin(self, pair: Pair, singles: dict[tuple[int, int], Pair], *, threshold: float):
        """Split a 1:2 (2:1) pair into its 1:1 part and a new pair for the sentence it lets go,
        when the two score more together: the lede that holds two facts of the rival's first
        two sentences must not take the second one from the sentence that reports it alone."""
        self.drop(pair)
        best, total = [pair], pair.score
        for kept, released in _parts(pair, singles):
            partner = self._partner(released, singles, kept, threshold=threshold)
            score = kept.score + (partner.score if partner else 0.0)
            if partner is not None and score > total:
                best, total = [kept, partner], score
        for part in best:
            self.take(part)

    def _partner(self, released, singles, kept: Pair, *, threshold: float) -> Pair | None:
        """The best free 1:1 pair for the released sentence (side, position), with `kept` taken."""
        side, k = released
        self.take(kept)
        options = [
            p
            for p in singles.values()
            if getattr(p, side) == (k,)
            and self.is_free(p)
            and (p.score >= threshold or self.fits(p))
        ]
        self.drop(kept)
        return max(options, key=lambda p: p.score, default=None)


def _mutual_best(singles: Iterable[Pair]) -> set[tuple[int, int]]:
    """(A, B) positions of the 1:1 pairs that are each sentence's best (`singles` best first)."""
    row_best: dict[int, Pair] = {}
    column_best: dict[int, Pair] = {}
    for pair in singles:
        row_best.setdefault(pair.a[0], pair)
        column_best.setdefault(pair.b[0], pair)
    return {(p.a[0], p.b[0]) for p in row_best.values() if column_best[p.b[0]] is p}


def _parts(pair: Pair, singles: dict[tuple[int, int], Pair]):
    """(the 1:1 part kept, (side, position) of the sentence released) for each way to split."""
    (one,), two, side = (pair.a, pair.b, "a") if len(pair.a) == 1 else (pair.b, pair.a, "b")
    for keep, release in ((two[0], two[1]), (two[1], two[0])):
        key = (one, keep) if side == "a" else (keep, one)
        if key in singles:
            yield singles[key], ("b" if side == "a" else "a", release)


def in_order(pairs: Sequence[Pair]) -> list[Pair]:
    """The longest chain of pairs increasing in both A and B (by first positions); the
    pairs left out are the moved ones."""
    ordered = sorted(pairs, key=lambda p: (p.a[0], p.b[0]))
    tails: list[int] = []  # tails[k]: smallest B position ending a chain of length k + 1
    ends: list[int] = []  # index in `ordered` of that chain's last pair
    back = [-1] * len(ordered)
    for n, pair in enumerate(ordered):
        k = bisect.bisect_left(tails, pair.b[0])
        back[n] = ends[k - 1] if k > 0 else -1
        if k == len(tails):
            tails.append(pair.b[0])
            ends.append(n)
        else:
            tails[k], ends[k] = pair.b[0], n
    chain, n = [], ends[-1] if ends else -1
    while n >= 0:
        chain.append(ordered[n])
        n = back[n]
    return chain[::-1]
