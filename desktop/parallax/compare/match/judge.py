"""The verdict on one candidate pair of facts (one of A, one of B): status, note and a score
that ranks it against the other candidates for either fact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parallax.compare.match.context import ArticleView, SentencePairs
from parallax.compare.match.kinds import family
from parallax.compare.match.names import same_entity
from parallax.compare.match.notes import conflict_note, entity_name, show, variant_note
from parallax.compare.match.quotes import judge_quotes
from parallax.compare.match.slots import (
    SLOT_ENTITY_KINDS,
    date_slot,
    entity_slot,
    fold,
    number_slot,
    values_equal,
)
from parallax.compare.match.values import (
    compatible,
    day_month,
    full_date,
    is_relative,
    month_of,
    weekday_of,
)
from parallax.model import Evidence, Fact

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
    evidence: tuple[Evidence, ...] = ()


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
        verdict = judge_quotes(a[0], b[0], sides.a, sides.b)
        if verdict is None:
            return None
        return Verdict(verdict.score, verdict.status, verdict.note, verdict.evidence)
    return judge_values(a[0], b[0], sides)


def judge_entities(a: Sequence[Fact], b: Sequence[Fact], sides: Sides) -> Verdict | None:
    """One entity (agree, variant), two entities in one slot (conflict), or unrelated."""
    first_a, first_b = a[0], b[0]
    name_a, name_b = entity_name(first_a), entity_name(first_b)
    if same_entity(name_a, name_b, kind=_shared_kind(first_a.kind, first_b.kind)):
        if fold(name_a) == fold(name_b):
            evidence: tuple[Evidence, ...] = (Evidence("same_name", name_a),)
            return Verdict(SAME_ENTITY_SCORE + SAME_NAME_BONUS, "agree", None, evidence)
        note = variant_note(first_a, first_b)
        return Verdict(SAME_ENTITY_SCORE, "variant", note, (Evidence("name_variant", note),))
    if first_a.kind != first_b.kind or first_a.kind not in SLOT_ENTITY_KINDS:
        return None  # two different names fill one slot only when they are of one kind
    if _overlapping_names(first_a, first_b, name_a, name_b):
        return None  # "Richmond Hill" in "South Richmond Hill": one may name part of the other
    pairs = sides.pairs
    for x in a:
        for y in b:
            if not pairs.aligned(x.sentence, y.sentence):
                continue
            words = entity_slot(x, y, sides.a, sides.b, pairs)
            if words:
                evidence = (
                    Evidence("aligned_sentences", round(pairs.score(x.sentence, y.sentence), 3)),
                    Evidence("same_words_around", " ".join(words)),
                )
                return Verdict(ENTITY_SLOT_SCORE, "conflict", f"{name_a} vs {name_b}", evidence)
    return None


def _overlapping_names(a: Fact, b: Fact, name_a: str, name_b: str) -> bool:
    texts = {fold(a.text), fold(b.text)}
    x, y = sorted((fold(name_a), fold(name_b)), key=len)
    return len(texts) == 1 or f" {x} " in f" {y} "


def _shared_kind(x: str, y: str) -> str | None:
    """The kind two names are compared as; None (unknown) when the extractor gave two kinds,
    except that a place is never a person's surname ("Austin" the town)."""
    if x == y:
        return x
    return "place" if "place" in (x, y) else None


def judge_values(a: Fact, b: Fact, sides: Sides) -> Verdict | None:
    """Numbers, dates and times: the same slot, then how the values relate. Different values
    are a conflict (or a possible one) only with the evidence for one (`SlotEvidence.tie`);
    without it the two facts stay unpaired, each "only in" its article."""
    is_date = family(a.kind) in ("date", "time")
    slot = date_slot if is_date else number_slot
    evidence = slot(a, b, sides.a, sides.b, sides.pairs)
    if evidence is None:
        return None
    if is_date and not (evidence.same_frame or evidence.identical) and _stamped(a, b, sides):
        # a page's own date: the same stamp agrees; another one pairs only in the same words
        if not (values_equal(a, b) and fold(a.text) == fold(b.text)):
            return None
        same = (Evidence("same_value", a.value),)
        return Verdict(evidence.strength(), "agree", None, evidence.signals() + same)
    relation = date_relation(a, b, sides) if is_date else number_relation(a, b, sides)
    if relation is None:
        return None
    status, note, extra = relation
    if any(e.signal == "unresolved_date" for e in extra) and not evidence.same_frame:
        return None
    compatible_only = bool(extra) and extra[0].signal == "compatible_values"
    if evidence.same_frame and status == "variant" and compatible_only and not is_date:
        # one sentence, word for word, whose figure changed ("up to 150" -> "up to 168"):
        # a bound that would admit both is still an edit of the figure
        status, note, extra = "conflict", conflict_note(a, b), ()
    loose = not extra or extra[0].signal not in ("same_value", "identical_sentences", "same_day")
    hedged = note is not None and note.startswith("hedged:")  # "$160 million" / "over $160 million"
    if status == "conflict" or (status == "variant" and (loose or hedged)):
        # different values, or a hedge that admits the other: only with evidence of one slot
        tie = evidence.tie(unit_needed=family(a.kind) in ("count", "ordinal"))
        if tie is None:
            return None
        if status == "conflict":
            status = tie
    return Verdict(evidence.strength(), status, note, evidence.signals() + extra)


Relation = tuple[str, str | None, tuple[Evidence, ...]]


def number_relation(a: Fact, b: Fact, sides: Sides) -> Relation | None:
    """agree / variant (equal, or hedges that admit each other) / conflict, or None when one
    of them counts nothing ("Core 2 Duo") and the values differ."""
    why = {sides.a.not_a_count(a), sides.b.not_a_count(b)}
    if values_equal(a, b):
        if None in why and len(why) == 2 and "a year" not in why:
            return None  # one counts, the other is a score, a name, a clock: "(10-0)" / "10 points"
        same = (Evidence("same_value", _plain(a.value)),)
        if (a.qualifier or None) == (b.qualifier or None):
            status = "agree" if fold(a.text) == fold(b.text) else "variant"
            return status, None if status == "agree" else variant_note(a, b), same
        return "variant", f"hedged: {show(a)} / {show(b)}", same
    if why == {"a year"}:
        return "conflict", conflict_note(a, b), ()  # a year is a date: 2012 vs 2014
    if why != {None}:
        return None
    if compatible(a, b):
        return (
            "variant",
            f"compatible: {show(a)} / {show(b)}",
            (Evidence("compatible_values", (show(a), show(b))),),
        )
    return "conflict", conflict_note(a, b), ()


def date_relation(a: Fact, b: Fact, sides: Sides) -> Relation | None:
    """How two dates of one slot relate (a page's own time stamp gets here only from two
    versions of one sentence: `judge_values`). A date that cannot be resolved ("Monday" with
    no publication date) pairs with another only as "unresolved_date", which `judge_values`
    keeps for one sentence revised word for word."""
    if _identical_sentences(a, b, sides):
        note = None if values_equal(a, b) else "same sentence; resolved against different dates"
        return "agree", note, (Evidence("identical_sentences", True),)
    if fold(a.text) == fold(b.text) and not values_equal(a, b) and is_relative(a):
        return None  # "today" and "today" in articles of two dates: two different days
    if values_equal(a, b) and a.value is not None:
        same = (Evidence("same_value", a.value),)
        return ("agree", None, same) if fold(a.text) == fold(b.text) else (
            "variant", variant_note(a, b), same)  # fmt: skip
    day = _same_weekday(a, b)
    if day is not None:
        return ("variant", variant_note(a, b), (Evidence("same_day", day),)) if day else None
    if _less_precise(a.value, b.value):
        return "variant", variant_note(a, b), (Evidence("compatible_values", (a.text, b.text)),)
    stated_a, stated_b = day_month(a), day_month(b)
    if stated_a and stated_b and (full_date(a) is None or full_date(b) is None):
        if stated_a == stated_b:
            return "variant", variant_note(a, b), (Evidence("same_day", a.text),)
        return "conflict", f"{a.text} vs {b.text}", ()
    month_a, month_b = month_of(a), month_of(b)
    if month_a and month_b and (a.value is None or b.value is None):
        # a month without its year ("early December" / "in November-end"): what both state
        if month_a == month_b:
            return "variant", variant_note(a, b), (Evidence("compatible_values", (a.text, b.text)),)
        return "conflict", f"{a.text} vs {b.text}", ()
    if _same_precision(a.value, b.value):
        return "conflict", conflict_note(a, b), ()
    if fold(a.text) == fold(b.text):
        return "agree", None, ()
    if a.value is not None or b.value is not None:
        return None  # "Monday" against "October 21": nothing can be said without a date
    # "Tuesday" / "Thursday", neither dated: a conflict only where the sentence is the same
    # word for word but for it (a revision); otherwise nothing can be said
    return "conflict", f"{a.text} vs {b.text}", (Evidence("unresolved_date", a.text),)


def _stamped(a: Fact, b: Fact, sides: Sides) -> bool:
    return sides.a.is_time_stamp(a) or sides.b.is_time_stamp(b)


def _same_precision(x: object, y: object) -> bool:
    """Two resolved dates stated to the same precision: a day, a month or a year each."""
    return (
        isinstance(x, str)
        and isinstance(y, str)
        and len(x) == len(y)
        and len(x) in (4, 7, 10)
        and x[:4].isdigit()
        and y[:4].isdigit()
    )


def _identical_sentences(a: Fact, b: Fact, sides: Sides) -> bool:
    same = sides.a.sentence_text(a.sentence) == sides.b.sentence_text(b.sentence)
    return same and fold(a.text) == fold(b.text)


def _same_weekday(a: Fact, b: Fact) -> str | bool | None:
    """A weekday set against a full date: the day when they fall on one day, False when the
    weekday's own date is unknown (then nothing can be said), None when not this case."""
    for day, other in ((a, b), (b, a)):
        weekday, date = weekday_of(day), full_date(other)
        if weekday is None or date is None or day_month(day) is not None:
            continue
        if date.weekday() == weekday:
            return date.isoformat()
        return None if full_date(day) is not None else False
    return None


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _less_precise(x: object, y: object) -> bool:
    """ "2024-10" and "2024-10-22": one date contains the other."""
    if not isinstance(x, str) or not isinstance(y, str) or x == y:
        return False
    short, long = sorted((x, y), key=len)
    return long.startswith(short + "-")
