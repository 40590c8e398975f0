"""Article text as HTML paragraphs with highlight ranges as properly nested, escaped spans.

Ranges may nest or cross (a word change inside a fact, a change that starts inside one fact and
ends inside the next). The text is cut at every range boundary; each piece between two cuts sits
inside the spans of every range covering it, nested in a fixed order: lower `layer` outside,
then the earlier start, then the longer range. At each cut the open spans that still apply in
that order stay open; the others are closed and, where their range goes on, reopened (later
pieces carry no id, so every id appears exactly once). So a fact (layer 0) is never cut by a word
change (layer 1): the change is cut around it instead. A range with start == end is a point (an
insertion on the other side): an empty span whose marker comes from CSS, so the page's text
stays exactly the article's text.
Paragraphs are the text split on blank lines ("\n\n"); the separators stay in the page between
the <p> elements, so the text content of the pane equals the article's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from html import escape
from typing import NamedTuple

_PARAGRAPH_BREAK = re.compile("\n\n")


class Mark(NamedTuple):
    """A highlight of `text[start:end]`; `layer` orders marks over the same range, outer first."""

    start: int
    end: int
    classes: str
    id: str | None = None
    title: str | None = None
    layer: int = 0


def esc(text: str) -> str:
    """HTML-escaped text; carriage returns kept as references, which parsers would drop."""
    return escape(text, quote=True).replace("\r", "&#13;")


def marked_html(text: str, marks: Iterable[Mark]) -> str:
    """`text` as <p> paragraphs with every mark as a span (see the module docstring)."""
    paragraphs = list(_paragraphs(text))
    ranges, points = _by_paragraph(paragraphs, marks, len(text))
    seen: set[str] = set()
    out = []
    for (start, end, stop), inside, empty in zip(paragraphs, ranges, points, strict=True):
        if end > start:
            out.append(f"<p>{_nested(text, start, end, inside, empty, seen)}</p>")
        out.append(esc(text[end:stop]))
    return "".join(out)


def _paragraphs(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, stop) of each paragraph: its text is [start:end], its separator [end:stop]."""
    start = 0
    for found in _PARAGRAPH_BREAK.finditer(text):
        yield start, found.start(), found.end()
        start = found.end()
    yield start, len(text), len(text)


def _by_paragraph(
    paragraphs: list[tuple[int, int, int]], marks: Iterable[Mark], size: int
) -> tuple[list[list[Mark]], list[list[Mark]]]:
    """Each paragraph's pieces of the ranges, and its points; marks outside the text are dropped.

    A point in a paragraph separator is drawn at the end of the paragraph before it."""
    starts = [start for start, _, _ in paragraphs]
    ranges: list[list[Mark]] = [[] for _ in paragraphs]
    points: list[list[Mark]] = [[] for _ in paragraphs]
    for mark in marks:
        if not 0 <= mark.start <= mark.end <= size:
            continue
        first = bisect_right(starts, mark.start) - 1
        if mark.start == mark.end:
            at = min(mark.start, paragraphs[first][1])
            points[first].append(mark._replace(start=at, end=at))
            continue
        for index in range(first, bisect_left(starts, mark.end)):
            start, end, _ = paragraphs[index]
            piece = mark._replace(start=max(mark.start, start), end=min(mark.end, end))
            if piece.start < piece.end:
                ranges[index].append(piece)
    return ranges, points


def _nested(
    text: str, start: int, end: int, ranges: list[Mark], points: list[Mark], seen: set[str]
) -> str:
    """One paragraph: at each cut, keep the open spans that still apply, close the rest, open
    the missing ones in nesting order."""
    starting, ending = _index_by(ranges, "start"), _index_by(ranges, "end")
    empty = _index_by(points, "start")
    cuts = sorted({start, end, *starting, *ending, *empty})
    out: list[str] = []
    stack: list[int] = []
    active: set[int] = set()
    for here, after in zip(cuts, [*cuts[1:], end], strict=True):
        active.difference_update(ending.get(here, ()))
        active.update(starting.get(here, ()))
        wanted = sorted(active, key=lambda i: _nesting(ranges[i], i))
        keep = _common_prefix(stack, wanted)
        out.append("</span>" * (len(stack) - keep))
        out += [_open(points[i], seen) + "</span>" for i in empty.get(here, ())]
        out += [_open(ranges[i], seen) for i in wanted[keep:]]
        stack = wanted
        out.append(esc(text[here:after]))
    return "".join(out)


def _index_by(marks: list[Mark], field: str) -> dict[int, list[int]]:
    """Positions of the marks, by where they start (or end)."""
    found: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        found.setdefault(getattr(mark, field), []).append(index)
    return found


def _nesting(mark: Mark, index: int) -> tuple[int, int, int, int]:
    """Outer first: lower layers, then earlier starts, then longer ranges, then given order."""
    return mark.layer, mark.start, -mark.end, index


def _common_prefix(old: list[int], new: list[int]) -> int:
    same = 0
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    return same


def _open(mark: Mark, seen: set[str]) -> str:
    """The opening tag; the id only on the first piece of the first mark that has it."""
    attrs = f' class="{esc(mark.classes)}"'
    if mark.id and mark.id not in seen:
        seen.add(mark.id)
        attrs += f' id="{esc(mark.id)}"'
    if mark.title:
        attrs += f' title="{esc(mark.title)}"'
    return f"<span{attrs}>"
