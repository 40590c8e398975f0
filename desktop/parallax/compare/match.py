"""Fact matching between two articles: what both say, where they disagree, what only one has.

Every candidate pair (a fact of A, a fact of B, of one family) gets a verdict and a score
(`match_judge`); the best pairs are taken greedily, each fact used once, and what is left is
only_a / only_b. Entities are matched once per entity: repeated mentions of one canonical name
are represented by the first (`match_groups`), so they appear in no Match of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from parallax.compare.match_blocking import candidate_pairs
from parallax.compare.match_context import ArticleView, SentencePairs
from parallax.compare.match_groups import mention_groups
from parallax.compare.match_judge import Sides, Verdict, judge
from parallax.compare.match_kinds import family
from parallax.compare.slots import fold, unit_key, values_equal
from parallax.model import MATCH_STATUSES, Alignment, Analysis, Fact, Match

Candidate = tuple[Verdict, Fact, Fact]


def match_facts(
    a: Analysis,
    b: Analysis,
    *,
    a_text: str,
    b_text: str,
    alignment: Sequence[Alignment] = (),
) -> tuple[Match, ...]:
    """Every fact of A and of B in at most one Match (entities: their first mention stands for
    the rest), sorted by status (MATCH_STATUSES order), then position in A (B for only_b)."""
    view_a, view_b = ArticleView(a_text, a), ArticleView(b_text, b)
    sides = Sides(view_a, view_b, SentencePairs(view_a, view_b, alignment))
    groups_a, groups_b = mention_groups(a.facts), mention_groups(b.facts)
    chosen = assign(candidates(groups_a, groups_b, sides))
    return tuple(sorted(_matches(chosen, groups_a, groups_b), key=match_order))


def candidates(
    groups_a: dict[str, tuple[Fact, ...]],
    groups_b: dict[str, tuple[Fact, ...]],
    sides: Sides,
    *,
    blocking: bool = True,
) -> list[Candidate]:
    """Every pair of one family that reports the same thing, with its verdict. `blocking`
    judges only pairs that share a key (match_blocking); off, it judges every pair."""
    if blocking:
        pairs = candidate_pairs(list(groups_a.values()), list(groups_b.values()), sides.pairs)
    else:
        pairs = _all_pairs(groups_a, groups_b)
    found = []
    for x, y in pairs:
        verdict = judge(x, y, sides)
        if verdict is not None:
            found.append((verdict, x[0], y[0]))
    return found


def _all_pairs(groups_a: dict[str, tuple[Fact, ...]], groups_b: dict[str, tuple[Fact, ...]]):
    by_family: dict[str, list[tuple[Fact, ...]]] = defaultdict(list)
    for members in groups_b.values():
        by_family[family(members[0].kind)].append(members)
    for x in groups_a.values():
        yield from ((x, y) for y in by_family[family(x[0].kind)])


def assign(found: Sequence[Candidate]) -> list[Candidate]:
    """The best candidates greedily, each fact in one pair at most; ties go to earlier text,
    counted on both sides at once so that comparing B with A pairs the same facts."""
    ordered = sorted(found, key=_symmetric_order)
    return [ordered[k] for k in greedy([(v.score, x.id, y.id) for v, x, y in ordered])]


def _symmetric_order(candidate: Candidate) -> tuple:
    verdict, x, y = candidate
    starts, ends = sorted((x.start, y.start)), sorted((x.end, y.end))
    return (-round(verdict.score, 9), x.start + y.start, starts, ends)


def greedy(scored: Sequence[tuple[float, Hashable, Hashable]]) -> list[int]:
    """Indices of the pairs taken best score first, each left and right key used once; equal
    scores are taken in the order given (callers list them in text order)."""
    order = sorted(range(len(scored)), key=lambda k: -scored[k][0])
    used_left: set[Hashable] = set()
    used_right: set[Hashable] = set()
    taken = []
    for k in order:
        _, left, right = scored[k]
        if left not in used_left and right not in used_right:
            used_left.add(left)
            used_right.add(right)
            taken.append(k)
    return taken


def _matches(
    chosen: list[Candidate],
    groups_a: dict[str, tuple[Fact, ...]],
    groups_b: dict[str, tuple[Fact, ...]],
) -> list[Match]:
    matches = [Match(v.status, x.kind, x, y, v.note, v.evidence) for v, x, y in chosen]
    paired_a = {x.id for _, x, _ in chosen} | repeats(chosen, groups_a, side=1)
    paired_b = {y.id for _, _, y in chosen} | repeats(chosen, groups_b, side=2)
    matches += [
        Match("only_a", m[0].kind, m[0], None) for k, m in groups_a.items() if k not in paired_a
    ]
    matches += [
        Match("only_b", m[0].kind, None, m[0]) for k, m in groups_b.items() if k not in paired_b
    ]
    return matches


def repeats(chosen: list[Candidate], groups: dict[str, tuple[Fact, ...]], *, side: int) -> set[str]:
    """Numbers and dates that repeat, in their own article, a value already paired with an
    equal one of the other article: "Monday" said twice in A and once in B is not "only in A".
    Like an entity's later mentions, such a repeat stands in no Match of its own. A repeat
    must be written alike, or count the same thing ("two hours" does not repeat "two people")."""
    agreed = [
        (x, y) if side == 1 else (y, x)
        for v, x, y in chosen
        if v.status in ("agree", "variant") and family(x.kind) != "entity" and values_equal(x, y)
    ]
    found = set()
    for (fact,) in (m for m in groups.values() if len(m) == 1):
        if family(fact.kind) in ("entity", "quote"):
            continue
        for own, _other in agreed:
            if own.id != fact.id and is_repeat(fact, own):
                found.add(fact.id)
                break
    return found


def is_repeat(fact: Fact, other: Fact) -> bool:
    if family(fact.kind) != family(other.kind) or not values_equal(fact, other):
        return False
    same_text = fold(fact.text) == fold(other.text)
    return unit_key(fact) == unit_key(other) and (same_text or fact.unit is not None)


def match_order(match: Match) -> tuple[int, int, int]:
    """Status (MATCH_STATUSES order), then position in A, or in B for only_b."""
    fact = match.a if match.a is not None else match.b
    assert fact is not None
    return MATCH_STATUSES.index(match.status), fact.start, fact.end
