"""Whether two quotes are the same quote, and how they differ: words (drift) or speaker.

"We will not leave a single village behind" and "We will not leave one village behind" are one
quote that drifted; the same words given to two people are a misattribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from parallax.compare.match_context import STOPWORDS
from parallax.compare.names import same_entity
from parallax.model import Fact

SAME_QUOTE = 75  # token_set_ratio from which two quotes are one quote (same speaker or unknown)
SAME_QUOTE_OTHER_SPEAKER = 90  # ... when the speakers differ: the words must be nearly equal
MIN_SHARED_WORDS = 2  # content words both quotes have: "too late" alone is no quote match
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class QuoteVerdict:
    """How two quotes relate: `score` ranks candidate pairs; `note` is None when they agree."""

    score: float
    note: str | None


def quote_words(fact: Fact) -> str:
    """The quoted words folded: no case, no punctuation, straight apostrophes."""
    text = fact.value if isinstance(fact.value, str) else fact.text
    return " ".join(_WORD.findall(text.casefold().replace("’", "'")))


def judge_quotes(a: Fact, b: Fact) -> QuoteVerdict | None:
    """The verdict on two quotes, or None when they are different quotes."""
    x, y = quote_words(a), quote_words(b)
    if not x or not y:
        return None
    similarity = fuzz.token_set_ratio(x, y)
    speakers = _speakers_relation(a.speaker, b.speaker)
    threshold = SAME_QUOTE_OTHER_SPEAKER if speakers == "different" else SAME_QUOTE
    if similarity < threshold or (x != y and _shared_content(x, y) < MIN_SHARED_WORDS):
        return None
    score = similarity / 100 + fuzz.ratio(x, y) / 200 + (speakers == "same") * 0.5
    return QuoteVerdict(score, _note(a, b, words_equal=x == y, speakers=speakers))


def _speakers_relation(x: str | None, y: str | None) -> str:
    if not x or not y:
        return "unknown"
    return "same" if same_entity(x, y, kind="person") else "different"


def _shared_content(x: str, y: str) -> int:
    return len({w for w in x.split() if w not in STOPWORDS} & set(y.split()))


def _note(a: Fact, b: Fact, *, words_equal: bool, speakers: str) -> str | None:
    notes = [] if words_equal else ["quote differs"]
    if speakers == "different":
        notes.append(f"attributed to {a.speaker} vs {b.speaker}")
    return "; ".join(notes) or None
