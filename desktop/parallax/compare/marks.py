"""Review marks meet a comparison: each mark finds its facts again, or is shown as orphaned.

A mark is anchored to the offsets and words its facts had when it was marked. A re-analysis (a
new pipeline or model, an edited publication date) may move a fact's edges ("72" becomes "at
least 72") or find it elsewhere in re-imported text; so a fact is looked for by its exact span,
then among the facts overlapping the span that share its words, then by its words anywhere
(nearest first). A mark whose fact, or whose pairing of two facts, is gone stays, orphaned.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Literal

from parallax.model import Anchor, Comparison, Fact, Mark, Match


def find_fact(anchor: Anchor, facts: Sequence[Fact]) -> Fact | None:
    """The fact `anchor` points at in `facts` now, or None if it can no longer be found."""
    for fact in facts:
        if (fact.start, fact.end) == (anchor.start, anchor.end):
            return fact
    overlapping = [
        fact
        for fact in facts
        if fact.start < anchor.end and anchor.start < fact.end and _share_words(fact, anchor)
    ]
    if overlapping:
        return max(overlapping, key=lambda fact: _overlap(fact, anchor))
    same_words = [fact for fact in facts if fact.text == anchor.text]
    if same_words:
        return min(same_words, key=lambda fact: abs(fact.start - anchor.start))
    return None


def _share_words(fact: Fact, anchor: Anchor) -> bool:
    return anchor.text in fact.text or fact.text in anchor.text


def _overlap(fact: Fact, anchor: Anchor) -> int:
    return min(fact.end, anchor.end) - max(fact.start, anchor.start)


def match_of(mark: Mark, comparison: Comparison) -> int | None:
    """The index of the match `mark` belongs to in `comparison`, or None (orphaned)."""
    fact_a = _found(mark.a, comparison.a_analysis.facts)
    fact_b = _found(mark.b, comparison.b_analysis.facts)
    if fact_a is False or fact_b is False:
        return None
    for index, match in enumerate(comparison.matches):
        if _holds(match.a, fact_a) and _holds(match.b, fact_b):
            return index
    return None


def _found(anchor: Anchor | None, facts: Sequence[Fact]) -> Fact | Literal[False] | None:
    """The fact, None for a side the mark has no anchor on, False if the fact is gone."""
    if anchor is None:
        return None
    fact = find_fact(anchor, facts)
    return False if fact is None else fact


def _holds(side: Fact | None, wanted: Fact | None) -> bool:
    """A match side holds the wanted fact; a side the mark has no anchor on may hold any (an
    only-in claim that a re-analysis has since paired keeps its mark)."""
    return wanted is None or side == wanted


def with_marks(comparison: Comparison, marks: Iterable[Mark]) -> Comparison:
    """`comparison` with each mark on its match, newest mark first when two land on one match;
    the marks that land nowhere, and the older of two on one match, in `orphaned_marks`."""
    placed: dict[int, Mark] = {}
    orphaned: list[Mark] = []
    for mark in sorted(marks, key=lambda mark: (mark.marked_at, mark.id or 0), reverse=True):
        index = match_of(mark, comparison)
        if index is None or index in placed:
            orphaned.append(dataclasses.replace(mark, orphaned=True))
        else:
            placed[index] = dataclasses.replace(mark, orphaned=False)
    matches = tuple(
        dataclasses.replace(match, mark=placed.get(index))
        for index, match in enumerate(comparison.matches)
    )
    orphans = tuple(sorted(orphaned, key=lambda mark: (mark.marked_at, mark.id or 0)))
    return dataclasses.replace(comparison, matches=matches, orphaned_marks=orphans)


def mark_for(match: Match, comparison: Comparison, *, state: str, note: str) -> Mark:
    """A new mark on `match` of `comparison`, anchored to its facts as they are now (the library
    stamps its time)."""
    return Mark(
        comparison.a.sha256,
        comparison.b.sha256,
        _anchor_of(match.a),
        _anchor_of(match.b),
        state,
        note,
        "",
        kind=match.kind,
    )


def _anchor_of(fact: Fact | None) -> Anchor | None:
    return None if fact is None else Anchor(fact.start, fact.end, fact.text)


def find_match(
    comparison: Comparison, *, a: tuple[int, int] | None, b: tuple[int, int] | None
) -> Match | None:
    """The match whose A fact spans `a` and whose B fact spans `b` (either may be left out),
    or None."""
    for match in comparison.matches:
        if _spans(match.a, a) and _spans(match.b, b):
            return match
    return None


def _spans(fact: Fact | None, span: tuple[int, int] | None) -> bool:
    return span is None or (fact is not None and (fact.start, fact.end) == span)
