"""Page furniture in an article's stored text: which lines (or parts of lines) are not the story.

A pasted web page keeps its menus, share buttons, captions, teasers and footers. Nothing is cut
out of the stored text (every offset stays exact and a wrong call can be flipped back); instead
this returns spans of the text with the reason each was taken for furniture. Lines are judged by
their shape (see `shapes`) and by where they sit: the story is the largest run of prose lines;
lines before it and after it are furniture; inside it, only lines that look like controls,
credits, teasers, repeats or metadata are. When in doubt a line inside the story stays story.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from parallax.ingest import shapes
from parallax.ingest.bylines import loose_byline
from parallax.ingest.dated_lines import date_line
from parallax.ingest.metadata import line_fields
from parallax.model import FurnitureSpan

MAX_GAP = 5.0  # lines of other things a story's run of prose may skip (a caption, an ad, a subhead)
FURNITURE_GAP_COST = 0.25  # a line already known as furniture costs this much of the gap
MAX_FURNITURE_RUN = 8  # ... but this many of them in a row end the run
JOIN_SHARE = 0.15  # a neighbouring run this big (of the largest) belongs to the story too
MAX_JOIN_GAP = 14.0
BIG_SHARE = 0.25  # ... and a run this big joins across any block that is not a menu or footer
MIN_STORY_CHARS = 200  # less prose than this and no line is judged by its position
NOTICE_EDGE = 3  # notices to the reader among this many lines at either end of the story
MIN_COPY_CHARS = 30  # a caption and its copy with a credit share at least this much
FLIPPED = "marked by the reader"

# "date 2024-10-21 Kyiv ...": a date stated at the start of the first line of a feed item.
DATE_PREFIX = re.compile(
    r"^(?:date|published|updated|posted)\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[ T]\d{1,2}:\d{2}\S*)?\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the stored text (`text[start:end]`), whether it reads as prose, and
    its `key`: the line as lines are compared (`shapes.norm`)."""

    start: int
    end: int
    text: str
    prose: bool
    key: str


@dataclass(frozen=True, slots=True)
class Page:
    """The lines of a text, why each is furniture (None: story), and where the story runs."""

    lines: tuple[Line, ...]
    reasons: tuple[str | None, ...]
    story: tuple[int, int]  # first and last line index of the story (inclusive)
    spans: tuple[FurnitureSpan, ...]


def split_lines(text: str) -> tuple[Line, ...]:
    found, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped[0])
            prose, key = shapes.is_prose(stripped), shapes.norm(stripped)
            found.append(Line(start, start + len(stripped), stripped, prose, key))
        offset += len(raw) + 1
    return tuple(found)


def detect(text: str, *, headline: str | None = None) -> tuple[FurnitureSpan, ...]:
    """The furniture spans of `text` (see the module docstring), in order."""
    return read_page(text, headline=headline).spans


def read_page(text: str, *, headline: str | None = None) -> Page:
    lines = split_lines(text)
    reasons = [_line_reason(line) for line in lines]
    _mark_repeats(lines, reasons)
    _mark_link_lists(lines, reasons)
    story = _story(lines, reasons)
    if story is not None:
        first, last = _without_notices(lines, reasons, *story)
        story = (first, last)
        for i in range(len(lines)):
            if reasons[i] is None and not first <= i <= last:
                reasons[i] = "before the story" if i < first else "after the story"
        _mark_teasers(lines, reasons, first, last)
    else:  # too little prose to tell the story by position: it starts at its first sentence
        prose = [i for i, line in enumerate(lines) if reasons[i] is None and line.prose]
        story = (prose[0] if prose else len(lines), len(lines) - 1)
    page = _page(lines, reasons, story)
    return with_headline(page, headline) if headline else page


def with_headline(page: Page, headline: str) -> Page:
    """`page` with its story lines that repeat `headline` marked as furniture too."""
    reasons = list(page.reasons)
    _mark_headline(page.lines, reasons, headline)
    return _page(page.lines, reasons, page.story)


def _page(lines: tuple[Line, ...], reasons: list[str | None], story: tuple[int, int]) -> Page:
    spans = [_span(line, reason) for line, reason in zip(lines, reasons, strict=True) if reason]
    spans.extend(_partial_spans(lines, reasons))
    return Page(lines, tuple(reasons), story, tuple(sorted(spans)))


def _line_reason(line: Line) -> str | None:
    """Why a line is furniture wherever it sits, or None."""
    text = line.text
    if date_line(text) is not None:
        return "metadata"
    if shapes.is_control(text):
        return "control"
    if shapes.is_teaser_label(text) or shapes.starts_teaser(text):
        return "teaser"
    if shapes.is_contributors(text):
        return "credit"
    if shapes.is_credit(text) and not _quoted_prose(line):
        return "caption"
    item = shapes.item_text(text)
    if line_fields(item) is not None or loose_byline(item):
        return "metadata"
    if item != text and date_line(item) is not None:  # a date line as a list item
        return "metadata"
    if (shapes.is_list_item(text) or shapes.is_glued_row(text)) and not line.prose:
        return "menu"
    if shapes.is_copyright(text) and len(shapes.words(text)) <= 30:
        return "notice"
    if shapes.EMBED_TAIL.fullmatch(text):
        return "embedded post"
    return None


def _quoted_prose(line: Line) -> bool:
    """A sentence of the story that mentions a photo ("the photo: ..."): quotes and said-verbs."""
    return line.prose and bool(re.search(r"[“”\"]|\bsaid\b|\bsays\b", line.text))


def _mark_repeats(lines: tuple[Line, ...], reasons: list[str | None]) -> None:
    """A short line seen twice is furniture (a headline shown again, a menu shown twice); a long
    one only when its copies follow each other (a caption printed twice)."""
    counts = Counter(line.key for line in lines)
    for i, line in enumerate(lines):
        if reasons[i] is not None or not line.key or counts[line.key] < 2:
            continue
        if (
            not line.prose
            or shapes.is_notice(line.text)
            or any(lines[j].key == line.key for j in (i - 1, i + 1) if 0 <= j < len(lines))
        ):
            reasons[i] = "repeated"
    _mark_near_copies(lines, reasons)


def _mark_near_copies(lines: tuple[Line, ...], reasons: list[str | None]) -> None:
    """Two neighbouring lines, one the start of the other: a caption, then it with its credit."""
    for i, (line, after) in enumerate(pairwise(lines)):
        a, b = line.key, after.key
        short = min(a, b, key=len)
        if len(short) >= MIN_COPY_CHARS and a != b and (a.startswith(b) or b.startswith(a)):
            for j in (i, i + 1):
                reasons[j] = reasons[j] or "repeated"


def _mark_link_lists(lines: tuple[Line, ...], reasons: list[str | None]) -> None:
    """Two or more titles in a row, each with its source in brackets, are a list of links to
    other stories ("Worth your time"); one such line alone may be a subheading and stays."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and reasons[j] is None and shapes.is_sourced_link(lines[j].text):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                reasons[k] = "teaser"
        i = max(j, i + 1)


def _story(lines: tuple[Line, ...], reasons: list[str | None]) -> tuple[int, int] | None:
    """First and last line of the story: the run of prose with the most characters, joined by
    big runs close to it; None when there is too little prose to tell."""
    runs: list[list[int]] = []  # [first, last, prose chars]
    gap, furniture_run = 0.0, 0
    for i, line in enumerate(lines):
        # a photo's caption sits inside a story: a run of furniture holding one is no menu
        furniture_run = furniture_run + 1 if reasons[i] not in (None, "caption") else 0
        if furniture_run >= MAX_FURNITURE_RUN:
            gap = MAX_GAP + 1  # a whole menu or footer between: what follows is another run
        if reasons[i] is None and line.prose:
            size = len(line.text) // (2 if shapes.is_list_item(line.text) else 1)
            if runs and gap <= MAX_GAP:
                runs[-1][1] = i
                runs[-1][2] += size
            else:
                runs.append([i, i, size])
            gap = 0.0
        else:
            gap += FURNITURE_GAP_COST if reasons[i] is not None else 1.0
    if not runs:
        return None
    best = max(range(len(runs)), key=lambda k: runs[k][2])
    if runs[best][2] < MIN_STORY_CHARS:
        return None
    first, last = best, best
    while first > 0 and _joins(lines, reasons, runs[first - 1], runs[first], runs[best]):
        first -= 1
    while last < len(runs) - 1 and _joins(lines, reasons, runs[last], runs[last + 1], runs[best]):
        last += 1
    return runs[first][0], runs[last][1]


def _without_notices(lines, reasons, first: int, last: int) -> tuple[int, int]:
    """The story without the notices addressed to the reader that open or close it ("Sign up
    for our newsletter ...", "We use cookies ...")."""
    while first < last and _is_notice(lines, reasons, first):
        reasons[first] = "notice"
        first += 1
    while last > first and (reasons[last] is not None or _is_notice(lines, reasons, last)):
        reasons[last] = reasons[last] or "notice"
        last -= 1
    # a notice may sit just inside the story's edge, beside the writer's note or a last line
    for i in [*range(first, first + NOTICE_EDGE), *range(last - NOTICE_EDGE + 1, last + 1)]:
        if first < i < last and _is_notice(lines, reasons, i):
            reasons[i] = "notice"
    return first, last


def _is_notice(lines, reasons, i: int) -> bool:
    return reasons[i] is None and shapes.is_notice(lines[i].text)


def _joins(lines, reasons, before: list[int], after: list[int], best: list[int]) -> bool:
    """Whether two runs of prose are one story broken by a block of other things."""
    other = after if after is not best else before
    if other[2] < JOIN_SHARE * best[2]:
        return False
    between = range(before[1] + 1, after[0])
    gap = sum(FURNITURE_GAP_COST if reasons[i] is not None else 1.0 for i in between)
    if gap <= MAX_JOIN_GAP:
        return True
    # a run of prose as big as a good part of the story, with no menu or footer between (only
    # lines of other shapes: a table, a list of names), is the story going on
    return other[2] >= BIG_SHARE * best[2] and _longest_furniture_run(reasons, between) < (
        MAX_FURNITURE_RUN
    )


def _longest_furniture_run(reasons: list[str | None], between: range) -> int:
    longest = run = 0
    for i in between:
        run = run + 1 if reasons[i] not in (None, "caption") else 0
        longest = max(longest, run)
    return longest


def _mark_teasers(lines, reasons: list[str | None], first: int, last: int) -> None:
    """Inside the story: headline-shaped lines after a teaser label ("Related Coverage"), and
    runs of two or more short lines that are not prose (a list of other stories), are teasers.
    A single short line between paragraphs is a subheading and stays."""
    i = first
    while i <= last:
        if reasons[i] is not None or lines[i].prose:
            i += 1
            continue
        j = i
        while j <= last and reasons[j] is None and not lines[j].prose:
            j += 1
        after_label = i > 0 and reasons[i - 1] == "teaser"
        if j - i >= 2 or after_label:
            for k in range(i, j):
                reasons[k] = "teaser"
        i = j


def _mark_headline(lines, reasons: list[str | None], headline: str) -> None:
    key = shapes.norm(headline)
    for i, line in enumerate(lines):
        if reasons[i] is None and line.key == key:
            reasons[i] = "headline"


def _span(line: Line, reason: str) -> FurnitureSpan:
    return FurnitureSpan(line.start, line.end, reason)


def _partial_spans(lines: tuple[Line, ...], reasons: list[str | None]) -> list[FurnitureSpan]:
    """Furniture inside story lines: a feed's "date 2024-10-21 " before the dateline, and the
    "pic.twitter.com/...— Name (@handle) date" tail of a copied post."""
    spans = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is not None:
            continue
        prefix = DATE_PREFIX.match(line.text)
        if prefix:
            spans.append(FurnitureSpan(line.start, line.start + prefix.end(), "metadata"))
        tail = shapes.EMBED_TAIL.search(line.text)
        if tail and tail.start() > 0:
            start = line.start + tail.start() + len(tail.group()) - len(tail.group().lstrip())
            spans.append(FurnitureSpan(start, line.end, "embedded post"))
    return spans


def with_flips(
    spans: tuple[FurnitureSpan, ...], flips: list[tuple[int, int, bool]]
) -> tuple[FurnitureSpan, ...]:
    """`spans` with a reader's flips applied in order: (start, end, True) makes the characters
    furniture, (start, end, False) makes them story again."""
    result = list(spans)
    for start, end, is_furniture in flips:
        result = [piece for span in result for piece in _outside(span, start, end)]
        if is_furniture:
            result.append(FurnitureSpan(start, end, FLIPPED))
    return tuple(sorted(result))


def _outside(span: FurnitureSpan, start: int, end: int) -> list[FurnitureSpan]:
    """The parts of `span` before `start` and after `end`."""
    if span.end <= start or end <= span.start:
        return [span]
    pieces = []
    if span.start < start:
        pieces.append(span._replace(end=start))
    if end < span.end:
        pieces.append(span._replace(start=end))
    return pieces
