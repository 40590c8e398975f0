"""Which facts of B are worth judging against a fact of A: an index on what a match needs.

Judging every pair is quadratic (500,000 judgements for two 20,000-word articles). Every rule
that can accept a pair needs something the two facts share (slots.SlotEvidence.is_slot), so only
pairs sharing a key are judged: a sentence pair of the alignment (or, without one, a content
word of their sentences); for numbers and dates a specific unit, a common unit with an equal
value, an equal value written alike, or context words similar enough to make a slot on their
own (their weighted overlap is summed through the index, exactly as context_similarity does);
for names the folded name, its acronym, its first letters (spelling variants) or its last
word's (surnames). Quotes are few and all judged. tests/unit/test_compare_match_blocking.py
checks the result equals judging every pair. In long documents a key shared by more than
FAN_OUT facts is followed only to the nearest of them, so dense repeats stay linear.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence

from parallax.compare.match.context import ArticleView, SentencePairs
from parallax.compare.match.kinds import family
from parallax.compare.match.names import ACRONYM_SKIP, name_key
from parallax.compare.match.slots import (
    COMMON_UNITS,
    STRONG_CONTEXT,
    fold,
    is_generic_unit,
    unit_key,
)
from parallax.model import Fact

Group = tuple[Fact, ...]
ALL = ("all",)  # the key every quote has
FAN_OUT = 16  # most B facts judged per key and A fact (long documents only)
NAMELESS = frozenset({"count", "ordinal", "money", "percent", "date", "time"})


def candidate_pairs(
    groups_a: Sequence[Group], groups_b: Sequence[Group], pairs: SentencePairs
) -> Iterator[tuple[Group, Group]]:
    """(A group, B group) pairs of one family that share a key, each once, in A's order."""
    index: dict[Hashable, list[int]] = defaultdict(list)
    where_b = [_where(group, pairs.b) for group in groups_b]
    contexts = ContextIndex(groups_b, pairs.b)
    for number, group in enumerate(groups_b):
        for key in keys(group, pairs.b, pairs, side="b"):
            index[key].append(number)
    for group in groups_a:
        here = _where(group, pairs.a)
        found = set(contexts.similar(group[0], pairs.a))
        for key in keys(group, pairs.a, pairs, side="a"):
            found.update(_nearest(index.get(key, ()), where_b, here))
        yield from ((group, groups_b[n]) for n in sorted(found))


def _where(group: Group, view: ArticleView) -> float:
    """Where a fact sits in its article, 0..1."""
    return group[0].start / max(1, len(view.text))


def _nearest(bucket: Sequence[int], where_b: Sequence[float], here: float) -> Sequence[int]:
    """The bucket, or in a long document its FAN_OUT members nearest to `here` (a bucket lists
    B's facts in text order): the same value in twenty places is judged where it is likely."""
    if len(bucket) <= FAN_OUT:
        return bucket
    k = bisect.bisect_left([where_b[n] for n in bucket], here)
    low = max(0, min(k - FAN_OUT // 2, len(bucket) - FAN_OUT))
    return bucket[low : low + FAN_OUT]


class ContextIndex:
    """B's numbers and dates by context word, to find those whose context alone makes a slot."""

    def __init__(self, groups_b: Sequence[Group], view: ArticleView) -> None:
        self.words: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
        self.totals: dict[int, float] = {}
        self.units: dict[int, str | None] = {}
        for number, group in enumerate(groups_b):
            kind = family(group[0].kind)
            if kind not in NAMELESS:
                continue
            context = view.context(group[0])
            self.totals[number] = sum(context.values())
            self.units[number] = slot_unit(group[0])
            for word, weight in context.items():
                self.words[kind, word].append((number, weight))

    def similar(self, fact: Fact, view: ArticleView) -> set[int]:
        """B groups sharing context words with `fact` that make a slot: enough of them
        (context_similarity >= STRONG_CONTEXT), or any with the same unit or date qualifier."""
        kind = family(fact.kind)
        if kind not in NAMELESS:
            return set()
        context, unit = view.context(fact), slot_unit(fact)
        own = sum(context.values())
        shared: dict[int, float] = defaultdict(float)
        for word, weight in context.items():
            for number, other in self.words.get((kind, word), ()):
                shared[number] += weight + other
        return {
            n for n, value in shared.items()
            if (unit is not None and self.units[n] == unit)
            or value >= STRONG_CONTEXT * (own + self.totals[n]) - 1e-9
        }  # fmt: skip


def keys(group: Group, view: ArticleView, pairs: SentencePairs, *, side: str) -> set[Hashable]:
    """The keys of a fact group, each prefixed by the family so families never meet."""
    fact = group[0]
    kind = family(fact.kind)
    if kind == "quote":
        return {(kind, ALL)}
    found = set(_sentence_keys(group, pairs, side=side))
    found |= set(_name_keys(group) if kind == "entity" else _value_keys(fact, view))
    return {(kind, key) for key in found}


def _sentence_keys(group: Group, pairs: SentencePairs, *, side: str):
    for fact in group:
        yield from (("pair", key) for key in pairs.keys_of(side, fact.sentence))


def _value_keys(fact: Fact, view: ArticleView):
    """Keys of a number or date; shared context words are handled by ContextIndex."""
    value = _value_key(fact.value)
    unit = slot_unit(fact)
    if unit is not None:
        specific = fact.kind not in ("date", "time") and unit not in COMMON_UNITS
        yield ("unit", unit) if specific else ("unit and value", unit, value)
    yield ("text and value", fold(fact.text), value)


def slot_unit(fact: Fact) -> str | None:
    """What makes `same_unit` true in slots: a non-generic unit, or a date's qualifier."""
    if family(fact.kind) in ("date", "time"):
        return f"qualifier {fact.qualifier}" if fact.qualifier else None
    if fact.unit and not is_generic_unit(fact.unit):
        return unit_key(fact)
    return None


def _value_key(value: object) -> Hashable:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return repr(value)


def _name_keys(group: Group):
    for fact in group:
        raw = fact.canonical or fact.value or fact.text
        key = name_key(str(raw))
        if not key:
            continue
        words = key.split()
        yield ("name", key)
        yield ("start", key[:2])
        yield ("last", words[-1][:3])
        yield ("acronym", "".join(w[0] for w in words if w not in ACRONYM_SKIP))
        letters = str(raw).replace(".", "").strip()
        if letters.isalpha() and letters.isupper():
            yield ("acronym", letters.casefold())
