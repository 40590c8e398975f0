"""Ranges of amounts ("between 20 and 30", "20-30%", "$20-30 million") and changes of one
amount ("fell from 25 to 18 feet": one thing whose value is now 18, not a range)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from parallax.nlp.mention import Mention
from parallax.text.number_words import to_number

_GAP_RE = re.compile(
    r"[ \t]*(?P<dash>[-–—~])[ \t]*|[ \t]+(?P<word>to|through|and)[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)
_OPENER_RE = re.compile(r"\b(?P<w>between|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_CHANGE_RE = re.compile(
    r"\b(?:fell|fallen|falls?|rose|risen|rises?|dropped|drops?|increased|decreased|climbed|"
    r"grew|grown|jumped|declined|cut|raised|lowered|revised|changed|plunged|soared|slipped|"
    r"shrank|swelled|went[ \t]+(?:up|down))[ \t]+(?:\w+[ \t]+)?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Found:
    """A mention under construction, with what range joining needs to know."""

    mention: Mention
    scale: int  # the trailing scale ("30 million" -> 10**6), shared with a bare partner
    spelled: bool
    bare: bool  # a plain number with nothing attached: may borrow its partner's unit


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """ "between 20 and 30", "20-30%", "$20-30 million", "from 25 to 18": one range each."""
    joined: list[Found] = []
    index = 0
    while index < len(found):
        pair = _range(text, found[index], found[index + 1]) if index + 1 < len(found) else None
        if pair is not None:
            joined.append(pair)
            index += 2
        else:
            joined.append(found[index])
            index += 1
    return joined


def _range(text: str, left: Found, right: Found) -> Found | None:
    a, b = left.mention, right.mention
    gap = _GAP_RE.fullmatch(text, a.end, b.start)
    if gap is None or isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return None
    opener = _OPENER_RE.search(text, max(0, a.start - 14), a.start)
    if not _range_connector_ok(gap, opener, left, right):
        return None
    kind, unit, low, high = _range_parts(left, right)
    if kind is None:
        return None
    start = opener.start() if opener else a.start
    if _is_change(text, opener, gap, low, high):
        return Found(Mention(start, b.end, kind, high, unit), right.scale, False, False)
    mention = Mention(start, b.end, kind, (low, high), unit)
    return Found(mention, right.scale, False, False)


def _is_change(text: str, opener, gap, low, high) -> bool:
    """ "fell from 25 to 18", "from 25 to 18": one value changing; its value is the new one."""
    if opener is None or opener["w"].lower() != "from" or (gap["word"] or "").lower() != "to":
        return False
    moved = _CHANGE_RE.search(text, max(0, opener.start() - 30), opener.start()) is not None
    return moved or (isinstance(low, int | float) and isinstance(high, int | float) and low > high)


def _range_connector_ok(gap, opener, left: Found, right: Found) -> bool:
    a, b = left.mention, right.mention
    if a.kind == "ordinal" or b.kind == "ordinal":
        return opener is not None and a.kind == b.kind
    word = (gap["word"] or "").lower()
    if word == "and":
        return opener is not None and opener["w"].lower() == "between"
    if gap["dash"] and (left.spelled or right.spelled):
        return False
    if gap["dash"] and _looks_like_score(left, right):
        return False
    if opener is not None and opener["w"].lower() == "from" and word in ("to", "through"):
        return True
    return _ordered(left, right)


def _looks_like_score(left: Found, right: Found) -> bool:
    """ "a 1-2 defeat", "won 3-1": two small bare numbers joined by a dash are a score."""
    a, b = left.mention, right.mention
    small = all(isinstance(m.value, int) and m.value < 10 for m in (a, b))
    return small and a.kind == b.kind == "number" and b.unit is None


def _ordered(left: Found, right: Found) -> bool:
    low, high = left.mention.value, right.mention.value
    if not isinstance(low, int | float) or not isinstance(high, int | float):
        return False
    if left.scale == 1 and right.scale > 1 and left.bare:
        low = low * right.scale
    return low < high


def _range_parts(left: Found, right: Found):
    a, b = left.mention, right.mention
    low, high = a.value, b.value
    shared = left.scale == 1 and right.scale > 1
    borrows = shared and (left.bare or a.kind == b.kind or a.kind == "money")
    # a number mention's value always is an int or float: the tests are there for mypy
    if borrows and isinstance(low, int | float) and isinstance(high, int | float):
        low = to_number(Fraction(low) * right.scale) if low * right.scale <= high * 10 else low
    if a.kind == b.kind and (a.unit == b.unit or a.kind in ("number", "ordinal")):
        return a.kind, b.unit, low, high
    if left.bare and a.kind == "number" and b.kind in ("money", "percent", "quantity"):
        return b.kind, b.unit, low, high
    if a.kind == "money" and right.bare and b.kind == "number":
        return "money", a.unit, low, high
    return None, None, low, high
