"""What the HTML report highlights in each article, and why: the ranges of compare.highlights
(the window paints the same ones) as nested spans with classes, anchors and titles."""

from __future__ import annotations

from collections.abc import Sequence

from parallax.compare.highlights import (
    CHANGE,
    FACT,
    FURNITURE,
    Highlight,
    fact_highlights,
    highlights,
)
from parallax.compare.navigate import Difference
from parallax.model import Change, Comparison, Fact, FurnitureSpan, Match
from parallax.report import digest
from parallax.report.html_marks import Mark

STATUS_CLASS = {
    "conflict": "conflict",
    "possible": "possible",
    "only_a": "only",
    "only_b": "only",
    "variant": "variant",
    "agree": "agree",
}
STATUS_WORDS = {
    "conflict": "Conflict",
    "possible": "Possible conflict",
    "only_a": "Only in A",
    "only_b": "Only in B",
    "variant": "Variant",
    "agree": "Agreed",
}
STATUS_MARKS = {
    "conflict": "✗",
    "possible": "✗?",  # a conflict with a question mark: the evidence of one slot is weaker
    "only_a": "◆",
    "only_b": "◆",
    "variant": "≈",
    "agree": "✓",
}
# Word changes that can alter what a story reports; "wording" and "style" are shown quieter.
SUBSTANTIVE = ("number", "date", "entity", "quote", "hedge")
_OUTER_LAYER, _FACT_LAYER, _CHANGE_LAYER = -1, 0, 1  # furniture and unique sentences outermost
_TITLE_WIDTH = 80


def anchor(side: str, fact: Fact) -> str:
    """The in-page id of a fact's highlight: "a-f12", "b-f7"."""
    return f"{side}-{fact.id}"


def status_class(status: str) -> str:
    return STATUS_CLASS.get(status, "other")


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status)


def status_label(status: str) -> str:
    """The status with its mark, for a table cell: ✗ Conflict."""
    return f"{STATUS_MARKS.get(status, '?')} {status_words(status)}"


def pane_marks(
    comparison: Comparison, side: str, diffs: Sequence[Difference] | None = None
) -> list[Mark]:
    """Every highlight of `side` as a mark: page furniture (hidden: the text stays in the DOM, so
    every offset and the pane's text content stay the article's), sentences only this side has,
    facts by status and word changes (an empty one: a point where the other side adds). `diffs`:
    navigate.differences of the comparison, computed when not given."""
    return [_mark(comparison, side, found) for found in highlights(comparison, side, diffs)]


def _mark(comparison: Comparison, side: str, found: Highlight) -> Mark:
    if found.layer == FURNITURE:
        assert found.furniture is not None
        return _furniture_mark(found.furniture)
    if found.layer == FACT:
        assert found.fact is not None and found.match is not None
        return _fact_mark(found.fact, found.match, side)
    if found.layer == CHANGE:
        assert found.change is not None
        return _change_mark(comparison, found.change, side)
    return Mark(found.start, found.end, found.role, title="sentence only here", layer=_OUTER_LAYER)


def _furniture_mark(span: FurnitureSpan) -> Mark:
    title = f"page furniture: {span.reason}"
    return Mark(span.start, span.end, "furniture", title=title, layer=_OUTER_LAYER)


def fact_marks(matches: tuple[Match, ...], side: str) -> list[Mark]:
    """One mark per fact of `side` named by a match; a fact in several shows its most urgent."""
    return [
        _fact_mark(found.fact, found.match, side)
        for found in fact_highlights(matches, side)
        if found.fact is not None and found.match is not None
    ]


def _fact_mark(fact: Fact, match: Match, side: str) -> Mark:
    classes = f"fact {status_class(match.status)}"
    title = _fact_title(match, fact)
    return Mark(fact.start, fact.end, classes, anchor(side, fact), title, layer=_FACT_LAYER)


def _fact_title(match: Match, fact: Fact) -> str:
    parts = [status_words(match.status), fact.kind, match.note, digest.fact_detail(fact)]
    return " · ".join(digest.plain(part) for part in parts if part)


def _change_mark(comparison: Comparison, change: Change, side: str) -> Mark:
    here = (change.a_start, change.a_end) if side == "a" else (change.b_start, change.b_end)
    there = (change.b_start, change.b_end) if side == "a" else (change.a_start, change.a_end)
    other_side, other = ("B", comparison.b) if side == "a" else ("A", comparison.a)
    words = digest.clip(digest.plain(other.text[there[0] : there[1]]), _TITLE_WIDTH)
    alone = "gone" if side == "a" else "added"  # A is the earlier version: B drops, B adds
    shape = "pt" if here[0] == here[1] else alone if there[0] == there[1] else "replace"
    classes = f"chg {change_weight(change.category)} cat-{change.category} {shape}"
    title = f"{change.category} change · " + (
        f"{other_side}: “{words}”" if words else f"not in {other_side}"
    )
    return Mark(here[0], here[1], classes, title=title, layer=_CHANGE_LAYER)


def change_weight(category: str) -> str:
    """How loud a change is drawn: "sub" (can alter the facts), "wording", or "style"."""
    if category in SUBSTANTIVE:
        return "sub"
    return "style" if category == "style" else "wording"
