"""Rare words spelt two ways across two texts ("Zelenskyy" / "Zelensky"), merged into one term."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

from parallax.compare.align.terms import Profile

MIN_LENGTH = 5  # shorter words differ by one letter too often ("march" / "match")
MIN_RATIO = 85.0  # rapidfuzz ratio (0-100): "zelenskyy" / "zelensky" is 94, "dalca" / "dalka" 80


def spelling_variants(
    a: Sequence[Profile], b: Sequence[Profile], *, is_rare: Callable[[str], bool]
) -> dict[str, str]:
    """B's rare terms that A spells slightly differently -> A's spelling. Only terms one side
    lacks are considered, compared within blocks that share their first two letters."""
    a_only, b_only = _vocabulary(a) - _vocabulary(b), _vocabulary(b) - _vocabulary(a)
    blocks: dict[str, list[str]] = {}
    for term in sorted(a_only):
        if _candidate(term, is_rare):
            blocks.setdefault(term[:2], []).append(term)
    variants = {}
    for term in sorted(b_only):
        choices = blocks.get(term[:2]) if _candidate(term, is_rare) else None
        if choices:
            best = process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=MIN_RATIO)
            if best is not None:
                variants[term] = best[0]
    return variants


def respelt(profiles: Sequence[Profile], variants: dict[str, str]) -> list[Profile]:
    """`profiles` with each variant term replaced by the spelling it was merged into."""
    if not variants:
        return list(profiles)
    return [
        dataclasses.replace(p, terms=frozenset(variants.get(t, t) for t in p.terms))
        for p in profiles
    ]


def _vocabulary(profiles: Sequence[Profile]) -> set[str]:
    return set().union(*(p.terms for p in profiles)) if profiles else set()


def _candidate(term: str, is_rare: Callable[[str], bool]) -> bool:
    return len(term) >= MIN_LENGTH and term.isalpha() and is_rare(term)
