"""Splitting long texts into pieces spaCy can take, at paragraph or sentence-like breaks.

spaCy refuses texts over `nlp.max_length` characters, and its senter and NER need about 4 MB of
temporary memory per 1,000 characters parsed at once (measured: 100,000 characters in one batch
took 390 MB over the loaded model, 20,000 took 70 MB). An article is cut into chunks of at most
CHUNK_CHARS, each analysed on its own and shifted back by its offset, and chunks go to spaCy in
batches of at most BATCH_CHARS characters, so memory stays bounded whatever the text's length.

spaCy's tokenizer strips prefixes and suffixes one at a time from a whitespace-free run, and
each strip searches the whole run again: a 20,000-character run of `[` or `"` took 98 s. No
word is that long, so `model_text` shows spaCy such runs as spaces (same length, so every offset
spaCy reports still points into the stored text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

CHUNK_CHARS = 20_000
BATCH_CHARS = 60_000
MAX_TOKEN_CHARS = 100  # the longest whitespace-free run spaCy sees; longer ones read as spaces
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
T = TypeVar("T")
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


def model_text(text: str) -> str:
    """`text` as spaCy should see it: runs of more than MAX_TOKEN_CHARS non-space characters
    (never a word: strings of brackets, quotes, digits, markup) become spaces of equal length."""
    return _LONG_RUN.sub(lambda match: " " * len(match[0]), text)


def batches(
    pieces: Iterable[tuple[str, T]], *, size: int, chars: int = BATCH_CHARS
) -> Iterator[list[tuple[str, T]]]:
    """`pieces` (text, context) in lists of at most `size` items and, unless one piece alone is
    longer, at most `chars` characters."""
    batch: list[tuple[str, T]] = []
    total = 0
    for piece in pieces:
        if batch and (len(batch) == size or total + len(piece[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(piece)
        total += len(piece[0])
    if batch:
        yield batch
