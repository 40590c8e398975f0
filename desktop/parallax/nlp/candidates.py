"""The Candidate type: a fact found in the text before it gets an id and a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Candidate:
    """`text[start:end]` is what was found; the other fields become the Fact's."""

    start: int
    end: int
    kind: str
    value: Any = None
    unit: str | None = None
    qualifier: str | None = None
    canonical: str | None = None
    speaker: str | None = None
    method: str = "rules"
