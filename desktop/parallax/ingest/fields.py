"""The metadata fields a reader can find for an article, merged so the first value found wins."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Fields:
    """Article metadata found so far; a field nobody found is None."""

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None

    def fill(self, other: Fields) -> Fields:
        """These fields, with the gaps filled from `other`: a field given twice keeps the first."""
        return Fields(
            **{
                field.name: getattr(self, field.name) or getattr(other, field.name)
                for field in dataclasses.fields(self)
            }
        )
