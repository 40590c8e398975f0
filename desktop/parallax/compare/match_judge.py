"""The verdict on one candidate pair of facts (one of A, one of B): status, note and a score
that ranks it against the other candidates for either fact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parallax.compare.match_context import ArticleView, SentencePairs
from parallax.compare.match_kinds import family
from parallax.compare.match_notes import conflict_note, entity_name, variant_note
from parallax.compare.match_quotes import judge_quotes
from parallax.compare.names import same_entity
from parallax.compare.slots import (
    SLOT_ENTITY_KINDS,
    date_slot,
    entity_slot,
    fold,
    number_slot,
    values_equal,
)
from parallax.model import Fact

# Entity verdicts outrank slot conflicts: a name found in both articles pairs with itself first.
SAME_ENTITY_SCORE = 3.0
SAME_NAME_BONUS = 1.0
ENTITY_SLOT_SCORE = 1.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a candidate pair would be as a Match; higher `score` is a better pairing."""

    score: float
    status: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Sides:
    """Both articles, and which of their sentences report the same thing."""

    a: ArticleView
    b: ArticleView
    pairs: SentencePairs


def judge(a: Sequence[Fact], b: Sequence[Fact], sides: Sides) -> Verdict | None:
    """The verdict on representative facts `a[0]` and `b[0]` (the rest: other mentions of the
    same entity), or None when they do not report the same thing."""
    kind = family(a[0].kind)
    if kind != family(b[0].kind):
        return None
    if kind == "entity":
        return judge_entities(a, b, sides)
    if kind == "quote":
        verdict = judge_quotes(a[0], b[0])
        status = "agree" if verdict and verdict.note is None else "conflict"
        return Verdict(verdict.score, status, verdict.note) if verdict else None
    return judge_values(a[0], b[0], sides)


def judge_entities(a: Sequence[Fact], b: Sequence[Fact], sides: Sides) -> Verdict | None:
    """One entity (agree, variant), two entities in one slot (conflict), or unrelated."""
    first_a, first_b = a[0], b[0]
    name_a, name_b = entity_name(first_a), entity_name(first_b)
    if same_entity(name_a, name_b, kind=_shared_kind(first_a.kind, first_b.kind)):
        if fold(name_a) == fold(name_b):
            return Verdict(SAME_ENTITY_SCORE + SAME_NAME_BONUS, "agree")
        return Verdict(SAME_ENTITY_SCORE, "variant", variant_note(first_a, first_b))
    if first_a.kind != first_b.kind or first_a.kind not in SLOT_ENTITY_KINDS:
        return None  # two different names fill one slot only when they are of one kind
    aligned = sides.pairs.aligned
    if any(
        entity_slot(x, y, sides.a, sides.b, sides.pairs)
        for x in a
        for y in b
        if aligned(x.sentence, y.sentence)
    ):
        return Verdict(ENTITY_SLOT_SCORE, "conflict", f"{name_a} vs {name_b}")
    return None


def _shared_kind(x: str, y: str) -> str | None:
    """The kind two names are compared as; None (unknown) when the extractor gave two kinds,
    except that a place is never a person's surname ("Austin" the town)."""
    if x == y:
        return x
    return "place" if "place" in (x, y) else None


def judge_values(a: Fact, b: Fact, sides: Sides) -> Verdict | None:
    """Numbers, dates and times: the same slot, then the same value or not."""
    slot = date_slot if family(a.kind) in ("date", "time") else number_slot
    strength = slot(a, b, sides.a, sides.b, sides.pairs)
    if strength <= 0:
        return None
    return Verdict(strength, *_value_status(a, b))


def _value_status(a: Fact, b: Fact) -> tuple[str, str | None]:
    is_date = family(a.kind) in ("date", "time")
    same_hedge = is_date or (a.qualifier or None) == (b.qualifier or None)
    if values_equal(a, b) and same_hedge:
        return ("agree", None) if fold(a.text) == fold(b.text) else ("variant", variant_note(a, b))
    if is_date and _less_precise(a.value, b.value):
        return "variant", variant_note(a, b)
    return "conflict", conflict_note(a, b)


def _less_precise(x: object, y: object) -> bool:
    """ "2024-10" and "2024-10-22": one date contains the other."""
    if not isinstance(x, str) or not isinstance(y, str) or x == y:
        return False
    short, long = sorted((x, y), key=len)
    return long.startswith(short + "-")
