"""Fact kinds grouped into families whose facts can be compared with each other."""

from __future__ import annotations

ENTITY_KINDS = frozenset(
    {"person", "organization", "place", "group", "event", "work", "law", "product"}
)
# Kinds not listed are each their own family ("ordinal", "money", "percent", "date", ...).
FAMILIES = {
    **dict.fromkeys(ENTITY_KINDS, "entity"),
    "number": "count",
    "quantity": "count",
}


def family(kind: str) -> str:
    """The family of a fact kind: "entity", "count" (number, quantity), or the kind itself."""
    return FAMILIES.get(kind, kind)
