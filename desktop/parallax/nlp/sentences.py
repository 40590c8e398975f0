"""Sentence spans of an article: trimmed of whitespace, in order, closing quotes kept attached."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from parallax.model import Sentence

_CLOSERS = "”’)]}»"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`/`end` moved inwards past whitespace; equal when the span is all whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, raw: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trimmed, non-empty spans; a closing mark the model put at the start of a sentence
    ('derby.' + '"') goes back to the sentence it closes."""
    spans: list[tuple[int, int]] = []
    for start, end in raw:
        start, end = trimmed(text, start, end)
        if start == end:
            continue
        if spans and _opens_with_closer(text, spans[-1], start, end):
            spans[-1], (start, end) = _move_closer(text, spans[-1], start, end)
            if start == end:
                continue
        spans.append((start, end))
    return spans


def _opens_with_closer(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    first = text[start]
    if end - start > 1 and not text[start + 1].isspace():
        return False
    if first in _CLOSERS:
        return True
    return first == '"' and text.count('"', *previous) % 2 == 1


def _move_closer(text, previous, start, end):
    return (previous[0], start + 1), trimmed(text, start + 1, end)


def sentences_of(spans: Sequence[tuple[int, int]]) -> tuple[Sentence, ...]:
    return tuple(Sentence(index=i, start=s, end=e) for i, (s, e) in enumerate(spans))


class SentenceIndex:
    """Which sentence holds a character range: a binary search over sentence starts."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [sentence.start for sentence in sentences]

    def containing(self, start: int) -> Sentence | None:
        """The sentence whose span holds position `start`, or None."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and start < self.sentences[i].end:
            return self.sentences[i]
        return None

    def holding(self, start: int, end: int) -> Sentence | None:
        """The sentence that holds all of `[start, end)`, or None when it crosses a boundary."""
        sentence = self.containing(start)
        return sentence if sentence is not None and end <= sentence.end else None
