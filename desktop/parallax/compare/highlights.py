"""Which characters of each article are highlighted, and as what: the one source of highlights
for the reader's panes and the HTML, PNG and PDF reports, so both colour a text alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parallax.compare import navigate
from parallax.model import Change, Comparison, Fact, FurnitureSpan, Match, urgency

# The role a fact's highlight takes from its match's status: both "only" statuses look alike.
FACT_ROLES = {
    "conflict": "conflict",
    "possible": "possible",
    "variant": "variant",
    "agree": "agree",
    "only_a": "only",
    "only_b": "only",
}
FURNITURE, SENTENCE, FACT, CHANGE = "furniture", "sentence", "fact", "change"  # the layers
UNIQUE = "unique"  # the role of a sentence the other side does not have


@dataclass(frozen=True, slots=True)
class Highlight:
    """`text[start:end]` of one side, drawn as `role` on `layer`: page furniture, a unique
    sentence, a fact (role: its status, FACT_ROLES) or a word change (role: its category). An
    empty range of a change is a point where the other side has words this one lacks."""

    start: int
    end: int
    role: str
    layer: str
    fact: Fact | None = None
    match: Match | None = None
    change: Change | None = None
    furniture: FurnitureSpan | None = None

    @property
    def is_point(self) -> bool:
        return self.start == self.end


def highlights(
    comparison: Comparison, side: str, diffs: Sequence[navigate.Difference] | None = None
) -> list[Highlight]:
    """Every highlight of `side` in paint order, outer first, so that where two overlap the
    later wins: furniture, unique sentences, facts (each fact once, as its most urgent match:
    model.urgency; the least urgent painted first), then word changes. `diffs` as
    navigate.differences gives them (computed when not given)."""
    article = comparison.a if side == "a" else comparison.b
    found = [
        Highlight(span.start, span.end, FURNITURE, FURNITURE, furniture=span)
        for span in article.furniture
    ]
    own_only = navigate.ONLY_A if side == "a" else navigate.ONLY_B
    if diffs is None:
        diffs = navigate.differences(comparison)
    found += [
        Highlight(*diff.span(side), UNIQUE, SENTENCE) for diff in diffs if diff.category == own_only
    ]
    found += fact_highlights(comparison.matches, side)
    found += [_change(change, side) for change in comparison.changes]
    return found


def fact_highlights(matches: Sequence[Match], side: str) -> list[Highlight]:
    """One highlight per fact of `side` that a match names, as its most urgent match; the least
    urgent first (paint order)."""
    chosen: dict[str, tuple[Fact, Match]] = {}
    for match in sorted(matches, key=urgency):
        fact = match.a if side == "a" else match.b
        if fact is not None:
            chosen.setdefault(fact.id, (fact, match))
    return [
        Highlight(fact.start, fact.end, FACT_ROLES.get(match.status, "only"), FACT, fact, match)
        for fact, match in reversed(chosen.values())  # chosen most urgent first
    ]


def _change(change: Change, side: str) -> Highlight:
    start, end = (change.a_start, change.a_end) if side == "a" else (change.b_start, change.b_end)
    return Highlight(start, end, change.category, CHANGE, change=change)


def insertion_points(diffs: Sequence[navigate.Difference], side: str) -> list[int]:
    """Positions of `side` where the other version has words or sentences this one lacks
    (`diffs` as navigate.differences gives them)."""
    other = "b" if side == "a" else "a"
    return sorted(
        {
            diff.span(side)[0]
            for diff in diffs
            if diff.span(side)[0] == diff.span(side)[1]
            and diff.span(other)[1] > diff.span(other)[0]
        }
    )
