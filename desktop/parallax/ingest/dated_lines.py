"""Lines that state a date with little else: "PublishedOctober 22, 2024", "Updated 3:45 PM EDT, Mon
October 21, 2024", "Posted: Oct 6, 2020 / 03:38 PM MDT", "Yahoo News Australia28 October 2020"."""

from __future__ import annotations

import re

from parallax.ingest import shapes
from parallax.ingest.dates import WEEKDAYS, find_dates

MAX_CHARS = 120
MAX_OTHER_WORDS = 7  # words beside the date on a date line ("Yahoo News Australia", "report")

_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:published|posted|first published)\b", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"\b(?:first|last|published|updated|posted|modified|edited|on|at|date[ds]?|time|"
    rf"{WEEKDAYS}|a\.?m|p\.?m|[A-Z]{{2,4}}T|GMT|UTC|IST|BST|CET|ET|PT|CT|HKT|AEST|AEDT)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b\d{4}\b"
)


def date_line(line: str) -> str | None:
    """The publication date a short line states (a "Published" date before an "Updated" one),
    or None if the line is not a date line."""
    if len(line) > MAX_CHARS:
        return None
    found = find_dates(line)
    if not found:
        return None
    rest = line
    for _, start, end in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    others = len(shapes.words(without_date_words(rest)))
    # a sentence is no date line, unless it has no word but dates, times and their labels
    # ("PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: ... a.m." reads as one)
    if others > MAX_OTHER_WORDS or (others and shapes.is_prose(line)):
        return None
    for iso, start, _ in found:
        if not _UPDATED.search(line[max(0, start - 20) : start]):
            return iso  # "Published ...", "Posted ...", or a bare date
    return found[0][0]


def without_date_words(text: str) -> str:
    """`text` without times of day, weekdays, zones and words like "Published" or "Updated"."""
    return _CLOCK.sub(" ", _DATE_WORDS.sub(" ", text))


def is_labelled_published(line: str) -> bool:
    """Whether a date line says which of its dates is the publication ("Published: ...")."""
    return bool(_PUBLISHED.search(line))


def before_date(line: str) -> str:
    """What a date line says before its date ("Janelle Hessig" of "Janelle Hessig 9:46 am Sat
    Dec 12, 2020"), without times and date words."""
    found = find_dates(line)
    text = line[: found[0][1]] if found else line
    return without_date_words(text).strip(" /|—–-,:")
