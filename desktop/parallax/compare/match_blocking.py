"""Which facts of B are worth judging against a fact of A: an index on what a match needs.

Judging every pair is quadratic (500,000 judgements for two 20,000-word articles). Every rule
that can accept a pair needs something the two facts share, so only pairs sharing a key are
judged: a sentence pair of the alignment (or, without one, a content word of their sentences);
for numbers and dates a context word, the unit or the value; for names the folded name, its
acronym, its first letters (spelling variants) or its last word's (surnames). Quotes are few and
are all judged. tests/unit/test_compare_match_blocking.py checks the result equals judging all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence

from parallax.compare.match_context import ArticleView, SentencePairs
from parallax.compare.match_kinds import family
from parallax.compare.names import ACRONYM_SKIP, name_key
from parallax.compare.slots import unit_key
from parallax.model import Fact

Group = tuple[Fact, ...]
ALL = ("all",)  # the key every quote has


def candidate_pairs(
    groups_a: Sequence[Group], groups_b: Sequence[Group], pairs: SentencePairs
) -> Iterator[tuple[Group, Group]]:
    """(A group, B group) pairs of one family that share a key, each once, in A's order."""
    index: dict[Hashable, list[int]] = defaultdict(list)
    for number, group in enumerate(groups_b):
        for key in keys(group, pairs.b, pairs, side="b"):
            index[key].append(number)
    for group in groups_a:
        found = sorted({n for key in keys(group, pairs.a, pairs, side="a") for n in index[key]})
        yield from ((group, groups_b[n]) for n in found)


def keys(group: Group, view: ArticleView, pairs: SentencePairs, *, side: str) -> set[Hashable]:
    """The keys of a fact group, each prefixed by the family so families never meet."""
    fact = group[0]
    kind = family(fact.kind)
    if kind == "quote":
        return {(kind, ALL)}
    found = set(_sentence_keys(group, view, pairs, side=side))
    found |= set(_name_keys(group) if kind == "entity" else _value_keys(fact, view))
    return {(kind, key) for key in found}


def _sentence_keys(group: Group, view: ArticleView, pairs: SentencePairs, *, side: str):
    for fact in group:
        if pairs.given:
            yield from (("pair", key) for key in pairs.keys_of(side, fact.sentence))
        else:
            yield from (("sentence word", word) for word in view.content(fact.sentence))


def _value_keys(fact: Fact, view: ArticleView):
    yield from (("context", word) for word in view.context(fact))
    if fact.unit:
        yield ("unit", unit_key(fact))
    if fact.value is not None:
        yield (
            "value",
            repr(fact.value) if not isinstance(fact.value, int | float) else float(fact.value),
        )
    yield ("text", " ".join(fact.text.casefold().split()))


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
