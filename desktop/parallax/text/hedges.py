"""Hedges of news figures, one table: each phrase, where it stands and what it says of the value
("at least 72": 72 or more; "up to 8": 8 or less; "about 14,000": near it). The number finder
reads a figure's hedge with it, matching compares hedged values by it, the word diff calls a
change of one a hedge change."""

from __future__ import annotations

import re

LOWER, UPPER, ABOUT = "lower", "upper", "about"  # the value is a lower bound, an upper, an estimate

# Phrases before the figure. "as few as" / "as low as" stay upper bounds, as news uses them for a
# small figure that may be smaller still.
BEFORE = {
    **dict.fromkeys(
        [
            "at least", "more than", "greater than", "larger than", "bigger than", "higher than",
            "over", "above", "in excess of", "upwards of", "exceeding", "exceeds", "exceeded",
            "exceed", "surpassing", "surpasses", "surpassed", "surpass", "a minimum of",
            "no fewer than", "no less than",
        ],
        LOWER,
    ),
    **dict.fromkeys(
        [
            "at most", "up to", "fewer than", "less than", "lower than", "smaller than", "under",
            "below", "no more than", "not more than", "as many as", "as much as", "as few as",
            "as little as", "as high as", "as low as", "a maximum of",
        ],
        UPPER,
    ),
    **dict.fromkeys(
        [
            "close to", "nearly", "almost", "about", "around", "roughly", "approximately",
            "approx.", "some", "an estimated", "estimated",
        ],
        ABOUT,
    ),
}  # fmt: skip
# Phrases after the figure ("500 or more"); "+" and "-plus" ("500-plus") read as "or more".
AFTER = {
    **dict.fromkeys(
        ["or more", "or greater", "or higher", "or above", "or over", "and more", "and above",
         "and over"],
        LOWER,
    ),
    **dict.fromkeys(["or fewer", "or less"], UPPER),
    "or so": ABOUT,
}  # fmt: skip
PLUS_SIGNS = ("+", "-plus")
# Words that may stand before a comparative hedge without changing it: "just over", "well below".
INTENSIFIERS = ("just", "well")
_COMPARATIVE = re.compile(r"\bthan$|^(?:over|under)$")


def direction(hedge: str | None) -> str | None:
    """LOWER, UPPER or ABOUT for a hedge as the number finder stores it ("at least", "just
    over", "or more"), None for no hedge or one not in the table."""
    words = " ".join((hedge or "").casefold().split())
    first, _, rest = words.partition(" ")
    if first in INTENSIFIERS and rest in BEFORE:
        words = rest  # "just over", "well below"
    if words in PLUS_SIGNS:
        return LOWER
    return BEFORE.get(words) or AFTER.get(words)


def phrases() -> tuple[str, ...]:
    """Every hedge phrase of words (no signs), before and after the figure."""
    return (*BEFORE, *AFTER)


def before_pattern() -> str:
    """A regex alternation of the hedges before a figure, longest first, spaces as \\s+, a
    comparative one with its optional "just" / "well"."""
    parts = []
    for phrase in sorted(BEFORE, key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        if _COMPARATIVE.search(phrase):
            body = "(?:" + "|".join(rf"{word}\s+" for word in INTENSIFIERS) + ")?" + body
        parts.append(body)
    return "|".join(parts)


def after_pattern() -> str:
    """A regex alternation of the word hedges after a figure, longest first, spaces as \\s+."""
    return "|".join(
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(AFTER, key=len, reverse=True)
    )
