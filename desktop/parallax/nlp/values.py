"""Numbers, amounts and dates from the rule-based finders, as candidate facts."""

from __future__ import annotations

import datetime

from parallax.nlp.candidates import Candidate
from parallax.nlp.dates.finder import find_dates
from parallax.nlp.numbers.finder import find_numbers


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
    return [*find_numbers(text), *find_dates(text, published=published)]


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
