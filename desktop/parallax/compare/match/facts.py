"""Fact matching between two articles: what both say, where they disagree, what only one has.

Every candidate pair (a fact of A, a fact of B, of one family) gets a verdict and a score
(`match_judge`); the best pairs are taken greedily, each fact used once, and what is left is
only_a / only_b. Entities are matched once per entity: repeated mentions of one canonical name
are represented by the first (`match_groups`), so they appear in no Match of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from parallax.compare.match.blocking import candidate_pairs
from parallax.compare.match.context import ArticleView, SentencePairs
from parallax.compare.match.groups import mention_groups
from parallax.compare.match.judge import Sides, Verdict, judge
from parallax.compare.match.kinds import family
from parallax.compare.match.slots import fold, unit_key, values_equal
from parallax.model import MATCH_STATUSES, Alignment, Analysis, Fact, Match
from parallax.text.tokens import TokenizedText

Candidate = tuple[Verdict, Fact, Fact]


def match_facts(
    a: Analysis,
    b: Analysis,
    *,
    a_text: str,
    b_text: str,
    alignment: Sequence[Alignment],
    a_tokens: TokenizedText | None = None,
    b_tokens: TokenizedText | None = None,
) -> tuple[Match, ...]:
    """Every fact of A and of B in at most one Match (entities: their first mention stands for
    the rest), sorted by status (MATCH_STATUSES order), then position in A (B for only_b).

    `alignment` is the sentence alignment the comparison shows (`align_sentences`): the only
    source of which sentences are aligned; with none, no fact is tied by its sentence.
    `a_tokens`/`b_tokens`: the texts tokenized once by the caller, read instead of again."""
    view_a, view_b = ArticleView(a_text, a, a_tokens), ArticleView(b_text, b, b_tokens)
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
    agreed = [(x, y) for v, x, y in chosen if v.status in ("agree", "variant")]
    agreed = [(x, y) for x, y in agreed if values_equal(x, y)]
    paired_a = {x.id for _, x, _ in chosen}
    paired_b = {y.id for _, _, y in chosen}
    left_a = [m[0] for k, m in groups_a.items() if k not in paired_a]
    left_b = [m[0] for k, m in groups_b.items() if k not in paired_b]
    repeated_a = repeats(left_a, [x for x, _ in agreed])  # ids are per article: two sets
    repeated_b = repeats(left_b, [y for _, y in agreed])
    matches += [Match("only_a", f.kind, f, None) for f in left_a if f.id not in repeated_a]
    matches += [Match("only_b", f.kind, None, f) for f in left_b if f.id not in repeated_b]
    return matches


def repeats(left: Sequence[Fact], agreed: Sequence[Fact]) -> set[str]:
    """Ids of the unpaired numbers and dates of one article that repeat a value it already
    pairs with an equal one of the other article (`agreed`: its side of those pairs): "Monday"
    said twice in A and once in B is not "only in A". Like an entity's later mentions, such a
    repeat stands in no Match of its own. A repeat must be written alike, or count the same
    thing ("two hours" does not repeat "two people")."""
    by_key: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in agreed:
        by_key[_repeat_key(fact)].append(fact)
    return {
        fact.id for fact in left
        if family(fact.kind) not in ("entity", "quote")
        and any(is_repeat(fact, other) for other in by_key.get(_repeat_key(fact), ()))
    }  # fmt: skip


def _repeat_key(fact: Fact) -> tuple:
    """What `is_repeat` needs equal, as a key: the family, the counted unit and the value."""
    value = fact.value
    if value is None:
        shown: object = ("text", fold(fact.text))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        shown = float(value)
    else:
        shown = repr(value)
    return family(fact.kind), unit_key(fact), shown


def is_repeat(fact: Fact, other: Fact) -> bool:
    """`fact` says again what `other` says: equal values of one family and unit, written alike
    unless the unit is named."""
    if family(fact.kind) != family(other.kind) or not values_equal(fact, other):
        return False
    same_text = fold(fact.text) == fold(other.text)
    return unit_key(fact) == unit_key(other) and (same_text or fact.unit is not None)


def match_order(match: Match) -> tuple[int, int, int]:
    """Status (MATCH_STATUSES order), then position in A, or in B for only_b."""
    fact = match.a if match.a is not None else match.b
    assert fact is not None
    return MATCH_STATUSES.index(match.status), fact.start, fact.end
