"""Splitting long texts into pieces spaCy can take, at paragraph or sentence-like breaks.

spaCy refuses texts over `nlp.max_length` characters, and its parser and NER need about 1 GB of
temporary memory per 100,000 characters; an article is cut into chunks of at most CHUNK_CHARS,
each analysed on its own and shifted back by its offset.
"""

from __future__ import annotations

import re

CHUNK_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
_BREAKS = (
    lambda window: window.rfind("\n\n") + 2,
    lambda window: window.rfind("\n") + 1,
    lambda window: _last_sentence_end(window),
    lambda window: max(window.rfind(" "), window.rfind("\t")) + 1,
)


def chunk_bounds(text: str, *, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces that cover `text` in order, each at most `limit` characters.

    A piece ends after the last blank line, else line break, else sentence end, else space in
    its second half; a text with none of those is cut at `limit`. Always at least one piece.
    """
    bounds = []
    start = 0
    while len(text) - start > limit:
        end = start + _break_in(text[start : start + limit])
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _break_in(window: str) -> int:
    """Length of the piece to cut from the start of `window` (more than half of it if possible)."""
    half = len(window) // 2
    for find in _BREAKS:
        cut = find(window)
        if cut > half:
            return cut
    return len(window)


def _last_sentence_end(window: str) -> int:
    ends = [match.end() for match in _SENTENCE_END.finditer(window, len(window) // 2)]
    return ends[-1] if ends else 0
