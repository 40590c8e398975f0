"""Choosing among overlapping facts: which kind wins when two claim the same characters.

Quotes may overlap any other kind (a quote holds names and numbers; both are facts), but never
another quote: of nested quotes only the outer one is kept. All other kinds exclude each other,
ranked by PRIORITY:

- a name beats a number or date inside it: "G7", "Route 66", "the September 11 attacks" are
  names, and the digits in them are not counts;
- a date or time beats any number ("October 14" is not the number 14);
- money beats percent beats quantity beats ordinal beats number: the finders report a bare
  number inside "$400 million" or "12%" only if they see no unit, and the wider reading wins.

Within one rank the longer span wins, then the earlier. A name that only partly overlaps a
number or date is first cut back to the words before (or after) it, since the finders' spans
are exact and the model's name boundaries are the likelier slip.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Protocol, Self, TypeVar

from parallax.nlp.lexicon import ENTITY_KINDS

PRIORITY = {kind: 0 for kind in ENTITY_KINDS} | {
    "date": 1,
    "time": 1,
    "money": 2,
    "percent": 3,
    "quantity": 4,
    "ordinal": 5,
    "number": 6,
}


class Ranged(Protocol):
    # read-only, so that frozen dataclasses and named tuples qualify
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Spanned(Ranged, Protocol):
    @property
    def kind(self) -> str: ...


R = TypeVar("R", bound=Ranged)
S = TypeVar("S", bound=Spanned)


class Occupied:
    """Non-overlapping [start, end) ranges, with a logarithmic overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # ranges that start before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def longest_first(spans: Iterable[R], *, rank=lambda span: 0) -> list[R]:
    """The spans no better-ranked (then longer, then earlier) span overlaps, in text order."""
    ordered = sorted(spans, key=lambda s: (rank(s), s.start - s.end, s.start))
    taken = Occupied()
    kept = []
    for span in ordered:
        if not taken.overlaps(span.start, span.end):
            taken.add(span.start, span.end)
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, -s.end))


def resolve(spans: Sequence[S]) -> list[S]:
    """Quotes without nested quotes, plus the other facts that win by PRIORITY, in text order."""
    quotes = [s for s in spans if s.kind == "quote"]
    others = [s for s in spans if s.kind != "quote"]
    kept = longest_first(quotes) + longest_first(others, rank=lambda s: PRIORITY.get(s.kind, 9))
    return sorted(kept, key=lambda s: (s.start, -s.end, s.kind))


class Named(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def _replace(self, *, start: int = ..., end: int = ...) -> Self: ...


N = TypeVar("N", bound=Named)
_WINDOW = 500  # no number or date mention is longer than this


def fit_names(text: str, names: Iterable[N], values: Sequence[Spanned]) -> list[N]:
    """Names cut back where a number or date only partly overlaps them, or (for people) sits at
    their edge ("Reyes Monday", "Reyes, 65"); dropped where they lie inside a longer one ("US"
    in "US$160 million"). Any other value inside a name is left for `resolve` (the name wins)."""
    ordered = sorted(values, key=lambda v: v.start)
    starts = [v.start for v in ordered]
    fitted = []
    for name in names:
        lo = bisect.bisect_left(starts, name.start - _WINDOW)
        hi = bisect.bisect_left(starts, name.end)
        fit = _fit(text, name, [v for v in ordered[lo:hi] if v.end > name.start])
        if fit is not None:
            fitted.append(fit)
    return fitted


def _fit(text: str, name: N, values: list[Spanned]) -> N | None:
    start, end = name.start, name.end
    person = getattr(name, "label", None) == "PERSON"
    for value in values:
        if value.start <= start and end <= value.end and value.end - value.start > end - start:
            return None
        inside = start <= value.start and value.end <= end
        if inside and not (person and (value.start == start or value.end == end)):
            continue  # "G7", "Route 66": the value is part of the name
        if start < value.start < end:
            end = value.start
        else:
            start = max(start, value.end)
    if (start, end) == (name.start, name.end):
        return name
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return name._replace(start=start, end=end) if start < end else None
