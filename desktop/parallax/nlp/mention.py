"""The Mention value type shared by the number and date finders, and span bookkeeping."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

KINDS = ("number", "ordinal", "money", "percent", "quantity", "date", "time")


@dataclass(frozen=True, slots=True)
class Mention:
    """A number, amount or date found in a text: `text[start:end]` is its surface form.

    `value` is an int or float, a (low, high) tuple for a range, an ISO date string ("2024-10-21",
    "2024-10", "2024", "2024-W43") or "HH:MM" for a time, or None when it cannot be resolved.
    `unit` is the currency code, measurement unit or counted noun; `qualifier` the hedge.
    """

    start: int
    end: int
    kind: str
    value: object
    unit: str | None = None
    qualifier: str | None = None


def non_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    """Sorted mentions where, of two that overlap, the longer (else the earlier) is kept."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


MASK = "\x00"  # neither a word character nor white space: nothing joins across a masked span


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the given spans blanked by MASK, so offsets stay valid for a second finder."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_same_length(text: str) -> str:
    """`text` in lower case with every offset unchanged (case-insensitive regexes are slower)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)
