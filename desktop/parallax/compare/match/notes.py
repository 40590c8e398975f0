"""The short notes of fact matches: "4 vs 3", "1,500 vs 3,000 soldiers", "Zelenskyy / Zelensky"."""

from __future__ import annotations

from fractions import Fraction

from parallax.compare.match.kinds import family
from parallax.compare.match.slots import is_generic_unit, unit_key
from parallax.model import Fact


def entity_name(fact: Fact) -> str:
    """The name an entity fact stands for: its canonical name, else its text."""
    name = fact.canonical or (fact.value if isinstance(fact.value, str) else None)
    return name or fact.text


def show(fact: Fact) -> str:
    """A fact's value as a reader writes it, with its hedge: "at least 72", "12%"."""
    if family(fact.kind) == "entity":
        return entity_name(fact)
    shown = _shown_value(fact)
    return f"{fact.qualifier} {shown}" if fact.qualifier and fact.kind != "date" else shown


def _shown_value(fact: Fact) -> str:
    value = fact.value
    if fact.kind == "money" or value is None:
        return fact.text
    if isinstance(value, tuple):
        return "–".join(_number(v) for v in value)
    if isinstance(value, int | float):
        return _number(value) + ("%" if fact.kind == "percent" else "")
    return str(value)


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float | Fraction):
        return f"{float(value):,.6g}"
    return str(value)


def conflict_note(a: Fact, b: Fact) -> str:
    """ "4 vs 3", "1,500 vs 3,000 soldiers", "hedged: 65 vs at least 72 people"."""
    note = f"{show(a)} vs {show(b)}"
    unit = _shared_unit(a, b)
    if unit:
        note = f"{note} {unit}"
    if a.kind != "date" and (a.qualifier or None) != (b.qualifier or None):
        note = f"hedged: {note}"
    return note


def _shared_unit(a: Fact, b: Fact) -> str | None:
    """The counted unit both give, for counts only ("soldiers"; not "%", "USD" or "visit")."""
    if family(a.kind) != "count" or not a.unit or unit_key(a) != unit_key(b):
        return None
    return None if is_generic_unit(a.unit) else a.unit


def variant_note(a: Fact, b: Fact) -> str:
    """The two spellings: "Zelenskyy / Zelensky", "1,500 / 1500", "October 21 / Monday"."""
    if family(a.kind) == "entity":
        return f"{entity_name(a)} / {entity_name(b)}"
    return f"{a.text} / {b.text}"
