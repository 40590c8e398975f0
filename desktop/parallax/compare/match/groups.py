"""One fact per entity: repeated mentions of one name collapse to the first mention.

"One name" is the canonical name the extractor gave, folded and aliased (`names.name_key`), or
a spelling of it (`names.same_name`: "Gulf of Aden" / "Gulf of Eden" in one article); never
the surname rule, which the extractor has already applied inside the article.
"""

from __future__ import annotations

from collections.abc import Iterable

from parallax.compare.match.kinds import family
from parallax.compare.match.names import name_key, same_name
from parallax.compare.match.notes import entity_name
from parallax.model import Fact


def mention_groups(facts: Iterable[Fact]) -> dict[str, tuple[Fact, ...]]:
    """Representative fact id -> every fact it stands for, in text order.

    An entity's representative is its first mention; other facts stand for themselves.
    """
    groups: dict[str, list[Fact]] = {}
    by_key: dict[str, str] = {}  # name key -> representative id
    by_initial: dict[str, dict[str, str]] = {}  # the same, by first letter
    for fact in sorted(facts, key=lambda f: (f.start, f.end)):
        if family(fact.kind) != "entity":
            groups[fact.id] = [fact]
            continue
        key = name_key(entity_name(fact))
        alike = by_initial.setdefault(key[:1], {})
        rep = by_key.get(key) or _spelt_alike(key, alike) or fact.id
        by_key.setdefault(key, rep)
        alike.setdefault(key, rep)
        groups.setdefault(rep, []).append(fact)
    return {rep: tuple(members) for rep, members in groups.items()}


def _spelt_alike(key: str, by_key: dict[str, str]) -> str | None:
    """A known key spelt like `key`. Only keys with its first letter can be: the folded keys
    have no capitals for the acronym rule, and the spelling rule needs the same first letter."""
    return next((rep for other, rep in by_key.items() if same_name(key, other)), None)
