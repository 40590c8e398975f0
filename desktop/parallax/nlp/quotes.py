"""Quotations: text between quotation marks, straight or curly, double or single.

Hand-written because spaCy has no quotation finder. A quote's span is the quoted words without
the marks, and without a trailing comma, colon or single full stop that belongs to the sentence
around it ("We will not leave," Reyes said -> `We will not leave`); the value is that text with
whitespace collapsed. A quote may hold several sentences: its sentence is the one it starts in.

Marks pair within a paragraph. Double quotes come first; single quotes count as quotation
marks only where they cannot be apostrophes: an opening mark after a space or an opening
bracket, a closing one not followed by a letter. A paragraph that ends inside a quote closes it
when the next paragraph opens with a quotation mark (the convention for quotes running over
several paragraphs); otherwise the lone mark is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = re.compile("[\"“”„«»'‘’]")
# A paragraph ends at a line break, except one break before a lower-case word (a hard-wrapped
# line), as in components.paragraph_breaks.
_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t\r]*\n)+|\n(?![ \t]*[a-z])")
_OPENERS = "“„«‘"
_CLOSERS = "”»’"
_DOUBLE = '"“”„«»'
_OPEN_CONTEXT = " \t([{—–-/\"“‘'"
_TRAILING = ",;:"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks at `open_at` and `close_at`, quoted words at `[start, end)`."""

    open_at: int
    close_at: int  # position of the closing mark, or the paragraph end when it has none
    start: int
    end: int
    value: str


def find_quotes(text: str) -> list[Quote]:
    """Every quotation, outer and nested, in order of their opening marks."""
    quotes = []
    bounds = paragraphs(text)
    for i, (start, end) in enumerate(bounds):
        continued = i + 1 < len(bounds) and _opens_quote(text, bounds[i + 1][0])
        quotes.extend(_paragraph_quotes(text, start, end, continued))
    return sorted(quotes, key=lambda q: q.open_at)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of `text`, line breaks excluded."""
    bounds, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if s < e]


def _opens_quote(text: str, start: int) -> bool:
    stripped = text[start : start + 4].lstrip()
    return stripped[:1] in '"“„«‘'


def _paragraph_quotes(text: str, start: int, end: int, continued: bool) -> list[Quote]:
    """Pair the marks of one paragraph with a stack of open marks."""
    stack: list[tuple[int, bool]] = []  # (position, is_double)
    quotes = []
    for match in _MARKS.finditer(text, start, end):
        at, mark = match.start(), match.group()
        double = mark in _DOUBLE
        role = _role(text, at, mark, inside=_inside(stack, double), start=start, end=end)
        if role == "open":
            stack.append((at, double))
        elif role == "close":
            opened = _pop_to(stack, double)
            quotes.append(_quote(text, opened, at))
    if continued:
        quotes.extend(_quote(text, opened, end) for opened, double in stack if double)
    return [q for q in quotes if q is not None]


def _inside(stack: list[tuple[int, bool]], double: bool) -> bool:
    return any(d == double for _, d in stack)


def _pop_to(stack: list[tuple[int, bool]], double: bool) -> int:
    """Pop up to and including the innermost open mark of this kind; its position."""
    while stack:
        at, d = stack.pop()
        if d == double:
            return at
    raise AssertionError("a close was accepted with nothing open")


def _role(text: str, at: int, mark: str, *, inside: bool, start: int, end: int) -> str:
    """ "open", "close" or "none" (an apostrophe, a prime, a stray mark)."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if mark in _OPENERS:
        return "open" if not after.isspace() else "none"
    if mark in _CLOSERS:
        if mark == "’" and (after.isalnum() or not inside):
            return "none"
        return "close" if inside else "none"
    return _straight_role(mark, before, after, inside)


def _straight_role(mark: str, before: str, after: str, inside: bool) -> str:
    if inside and not before.isspace() and (mark == '"' or not after.isalnum()):
        return "close"
    if before in _OPEN_CONTEXT and not after.isspace():
        return "open" if mark == '"' or after.isalnum() else "none"
    return "close" if inside and mark == '"' else "none"


def _quote(text: str, open_at: int, close_at: int) -> Quote | None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    end = _words_end(text, start, end)
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return Quote(open_at, close_at, start, end, " ".join(text[start:end].split()))


def _words_end(text: str, start: int, end: int) -> int:
    """End of the quoted words: no trailing space, comma, colon or lone full stop."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    if end > start and text[end - 1] == "." and text[end - 2 : end] != "..":
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
