"""Numbers, amounts and dates from the rule-based finders, as candidate facts."""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable

from parallax.nlp.candidates import Candidate


def published_date(published: str | None) -> datetime.date | None:
    """The article's publication date, the anchor of relative dates ("Monday"), if it has one."""
    if not published:
        return None
    try:
        return datetime.date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_mentions(text: str, *, published: datetime.date | None) -> list:
    """What the number and date finders report (their `Mention`s, offsets into `text`)."""
    mentions = list(_finder("numbers", "find_numbers")(text))
    return mentions + list(_finder("dates", "find_dates")(text, published=published))


def value_candidates(text: str, *, published: datetime.date | None) -> list[Candidate]:
    """Every number and date mention the finders report, with whitespace trimmed off its span."""
    found = []
    for mention in find_mentions(text, published=published):
        candidate = _candidate(text, mention)
        if candidate is not None:
            found.append(candidate)
    return found


def _candidate(text: str, mention) -> Candidate | None:
    start, end = max(0, mention.start), min(len(text), mention.end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return Candidate(
        start, end, mention.kind, mention.value, unit=mention.unit, qualifier=mention.qualifier
    )


def _finder(module: str, name: str) -> Callable:
    """`parallax.nlp.<module>.<name>`, or a finder of nothing while that module is not written.

    Only the module itself being absent is tolerated; an import error inside it is raised.
    """
    qualified = f"parallax.nlp.{module}"
    try:
        return getattr(importlib.import_module(qualified), name)
    except ModuleNotFoundError as exc:
        if exc.name != qualified:
            raise
        return lambda text, **options: []
