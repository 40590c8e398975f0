"""Whether two quotes are one utterance, and how they differ: trimmed, words changed, speaker.

Quotes are compared as normalised words (case, punctuation, quote marks, ellipses and serial
commas do not count). One quote inside the other is the same utterance trimmed (a variant);
"We will not leave a single village behind" and "We will not leave one village behind" are one
utterance whose words drifted (a conflict, naming the words); two different sentences by one
speaker are two facts. The same words given to two people conflict only when both are people
the article names: never a platform, an organisation or an unresolved pronoun.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from parallax.compare.match.context import STOPWORDS, ArticleView
from parallax.compare.match.names import same_entity
from parallax.model import Evidence, Fact
from parallax.text.tokens import plain_words

SAME_UTTERANCE = 80  # fuzz.ratio of the word strings from which two quotes are one, edited
SAME_UTTERANCE_OTHER_SPEAKER = 90  # ... when given to two people: nearly the same words
MIN_SHARED_WORDS = 2  # content words both quotes have: "too late" alone is no quote match
MAX_GAPS = 2  # a trimmed quote may skip this many stretches of the longer one ("...")
_GLOSS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@dataclass(frozen=True, slots=True)
class QuoteVerdict:
    """How two quotes relate: `score` ranks candidate pairs."""

    score: float
    status: str
    note: str | None
    evidence: tuple[Evidence, ...]


def quote_words(fact: Fact) -> list[str]:
    """The quoted words folded: no case, no punctuation, straight apostrophes, and without
    an editor's gloss in brackets ("altered (its direction) towards")."""
    text = fact.value if isinstance(fact.value, str) else fact.text
    text = _GLOSS.sub(" ", text)
    return plain_words(text)


def judge_quotes(a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView) -> QuoteVerdict | None:
    """The verdict on two quotes, or None when they are different utterances."""
    x, y = quote_words(a), quote_words(b)
    if not x or not y or (x != y and _shared_content(x, y) < MIN_SHARED_WORDS):
        return None
    short, long = sorted((x, y), key=len)
    short_fact = a if len(x) <= len(y) else b
    cuts = short_fact.text.count("…") + short_fact.text.count("...")
    runs = _equal_runs(short, long)
    trimmed = x != y and is_part(short, long, runs, gaps=min(cuts, MAX_GAPS))
    region = long if x == y else overlap(short, long, runs)
    similarity = fuzz.ratio(" ".join(short), " ".join(region))
    speakers = _speakers(a, b, view_a, view_b)
    needed = SAME_UTTERANCE_OTHER_SPEAKER if speakers == "different" else SAME_UTTERANCE
    if x != y and not trimmed and similarity < needed:
        return None
    evidence = [Evidence("quote_similarity", round(similarity / 100, 3))]
    notes = []
    status = "agree"
    if trimmed:
        status = "variant"
        notes.append("trimmed")
        evidence.append(Evidence("quote_trimmed", True))
    elif x != y:
        status = "conflict"
        shown = (x, region) if len(x) <= len(y) else (region, y)
        notes.append(f"quote differs: {changed_words(*shown)}")
    if speakers == "same":
        evidence.append(Evidence("same_speaker", a.speaker))
    elif speakers == "different":
        status = "conflict"
        notes.append(f"attributed to {a.speaker} vs {b.speaker}")
        evidence.append(Evidence("different_speakers", f"{a.speaker} / {b.speaker}"))
    score = similarity / 100 + trimmed * 0.5 + (speakers == "same") * 0.5
    return QuoteVerdict(score, status, "; ".join(notes) or None, tuple(evidence))


Run = tuple[int, int, int]  # (start in short, start in long, length) of words both share


def _equal_runs(short: list[str], long: list[str]) -> list[Run]:
    """difflib's matching blocks, not a minimal diff: a cut quote is found as the reader sees
    it, in long runs, where a minimal diff may scatter the same words."""
    matcher = difflib.SequenceMatcher(None, short, long, autojunk=False)
    return [block for block in matcher.get_matching_blocks() if block.size]


def is_part(short: list[str], long: list[str], runs: list[Run], *, gaps: int = 0) -> bool:
    """`short` is `long` trimmed: its words in order inside `long`, skipping at most `gaps`
    stretches (the ellipses of a cut quote), and at least two words long. Without an ellipsis
    a word missing from the middle is an edit ("a step" / "a careful step"), not a cut."""
    if len(short) < 2 or len(short) >= len(long):
        return False
    return sum(size for _, _, size in runs) == len(short) and len(runs) <= gaps + 1


def overlap(short: list[str], long: list[str], runs: list[Run]) -> list[str]:
    """The stretch of `long` that `short` was taken from, edits and all: from its first word
    matching `short` to its last (the shorter quote's unmatched ends widen it)."""
    if not runs:
        return long
    (a_first, b_first, _), (a_last, b_last, size) = runs[0], runs[-1]
    start = max(0, b_first - a_first)
    end = min(len(long), b_last + size + (len(short) - a_last - size))
    return long[start:end]


def changed_words(x: list[str], y: list[str]) -> str:
    """The words that differ: "the → this", "− single", "+ ever"."""
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
        if op == "replace":
            parts.append(f"{' '.join(x[i1:i2])} → {' '.join(y[j1:j2])}")
        elif op == "delete":
            parts.append(f"− {' '.join(x[i1:i2])}")
        elif op == "insert":
            parts.append(f"+ {' '.join(y[j1:j2])}")
    shown = "; ".join(parts[:3])
    return shown + ("; …" if len(parts) > 3 else "")


def _speakers(a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView) -> str:
    """ "same", "different" (two people the articles name), or "unknown"."""
    if not a.speaker or not b.speaker:
        return "unknown"
    if same_entity(a.speaker, b.speaker, kind="person"):
        return "same"
    if not (_is_person(a.speaker, view_a) and _is_person(b.speaker, view_b)):
        return "unknown"
    named_a, named_b = _around(a, view_a), _around(b, view_b)
    if not (_named(a.speaker, named_a) and _named(b.speaker, named_b)):
        return "unknown"  # a pronoun or "the president" resolved by guess: no accusation
    if _named(b.speaker, named_a) or _named(a.speaker, named_b):
        return "unknown"  # both named by each side ("Zadan and Meron said")
    return "different"


def _around(fact: Fact, view: ArticleView) -> str:
    """The quote's sentences and the next one: where its speaker is named if at all."""
    first = view.sentence(fact.sentence)
    last = view.sentence(fact.sentence + 1) or first
    start = first.start if first else fact.start
    end = max(fact.end, last.end if last else fact.end)
    return view.text[start:end]


def _named(name: str, text: str) -> bool:
    """The last word of `name` (the surname) is written in `text`."""
    words = name.split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


def _is_person(name: str, view: ArticleView) -> bool:
    """`name` is a person the article names (not a platform, an organisation or a pronoun)."""
    return any(
        fact.kind == "person" and same_entity(name, fact.canonical or fact.text, kind="person")
        for fact in view.facts
    )


def _shared_content(x: list[str], y: list[str]) -> int:
    return len({w for w in x if w not in STOPWORDS} & set(y))
