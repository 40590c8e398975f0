"""Date strings as news pages write them -> ISO dates (YYYY-MM-DD), or None rather than a guess.

A small strict parser instead of dateutil: dateutil happily turns "Room 12" or "03/04/2024" into
a date, and a wrong publication date silently shifts every relative date ("Monday") the NLP
resolves against it. Here a string is a date only if all of it is one: an optional weekday, a
day, an English month name or abbreviation (with or without a period) and a year, or a numeric
date that can be read only one way, with an optional time and zone before or after.
"""

from __future__ import annotations

import datetime as dt
import re

from parallax.text.vocabulary import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A word that starts as a month name does ("Oct", "Sept", "October").
MONTH_WORD = "(?:" + "|".join(sorted({name[:3] for name in MONTHS})) + ")[a-z]*"
WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = rf"{WEEKDAYS}\.?\s*,?\s+"
# "10:31", "10.31 BST", "10:31:05 a.m. ET", "at 9 a.m.", "T09:15:00Z", "10:31 GMT+1".
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
_ZONE = r"(?:\s*\(?(?:[A-Z]{1,5}|Z)?(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)"
_TIME = rf"(?:at\s+)?{_CLOCK}{_ZONE}"
_TRAILING_TIME = re.compile(rf"(?:\s*[,|–—-]\s*|\s+|T){_TIME}$", re.IGNORECASE)
_LEADING_TIME = re.compile(rf"^{_TIME}\s*[,|–—-]?\s*", re.IGNORECASE)
_WEEKDAY_RE = re.compile(rf"^{_WEEKDAY}", re.IGNORECASE)

MAX_CHARS = 80  # "Wednesday, September 25, 2024 at 10:31:05 a.m. GMT+01:00" is 55

# A word starts after a non-word, or glued to a word's end by a capital ("PublishedOctober").
_WORD_START = r"(?:(?<![\w-])|(?-i:(?<=[a-z])(?=[A-Z])))"
# Each form of a date, with what may not stand right before and after it inside a line.
_SPELLED = [
    (_WORD_START, rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", r"(?!\d)"),  # October 22, 2024
    (r"(?<!\d)", rf"{_DAY}\.?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", r"(?!\d)"),  # 22 Oct. 2024
    (r"(?<![\d/-])", r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})", r"(?![\d/-])"),
    (r"(?<![\d/-])", r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})", r"(?![\d/-])"),
]
_NUMERIC_FORM = r"(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>\d{4})"  # 22/10/2024
_FORMS = [re.compile(form, re.IGNORECASE) for _, form, _ in _SPELLED]
_NUMERIC = re.compile(_NUMERIC_FORM)
# The same forms found inside a line ("PublishedOctober 22, 2024", "Australia28 October 2020").
_FOUND = [re.compile(before + form + after, re.IGNORECASE) for before, form, after in _SPELLED]
_FOUND_NUMERIC = re.compile(rf"(?<![\d/.-]){_NUMERIC_FORM}(?!\d)")
_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_DAY}", re.IGNORECASE)


def parse_date(value: str) -> str | None:
    """The ISO date that all of `value` spells, or None if it is not (only) a date."""
    if len(value) > MAX_CHARS:
        return None
    core = _strip_time(_WEEKDAY_RE.sub("", value.strip()))
    for form in _FORMS:
        match = form.fullmatch(core)
        if match:
            return _iso(match["year"], _month_number(match["month"]), match["day"])
    match = _NUMERIC.fullmatch(core)
    return _unambiguous(match) if match else None


def is_iso_date(value: str) -> bool:
    """Whether `value` is exactly YYYY-MM-DD and a real calendar day."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and _iso(*value.split("-")) is not None


def _strip_time(text: str) -> str:
    """The text without a time of day (and zone) before or after the date."""
    text = _LEADING_TIME.sub("", text, count=1)
    text = _WEEKDAY_RE.sub("", text)  # "10:31 AM EDT, Tue October 22, 2024"
    return _TRAILING_TIME.sub("", text, count=1).strip()


def _month_number(token: str) -> int:
    return int(token) if token.isdigit() else MONTHS[token.lower().rstrip(".")]


def _unambiguous(match: re.Match[str]) -> str | None:
    """D/M/Y or M/D/Y: a date only when one reading is impossible or both agree."""
    a, b = int(match["a"]), int(match["b"])
    if a <= 12 and b <= 12 and a != b:
        return None
    day, month = (a, b) if a > 12 or a == b else (b, a)
    return _iso(match["year"], month, day)


def _iso(year: str | int, month: str | int, day: str | int) -> str | None:
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return date.isoformat() if 1800 <= date.year <= 2200 else None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every date spelled in `text` as (ISO date, start, end), in order of position; a numeric
    date that could be read two ways is left out."""
    found = []
    for form in _FOUND:
        for match in form.finditer(text):
            iso = _iso(match["year"], _month_number(match["month"]), match["day"])
            if iso:
                found.append((iso, match.start(), match.end()))
    for match in _FOUND_NUMERIC.finditer(text):
        iso = _unambiguous(match)
        if iso:
            found.append((iso, match.start(), match.end()))
    found.sort(key=lambda item: item[1])
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return kept


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a "October 21" or "Oct. 21" without a year, if all of `text` is one."""
    match = _MONTH_DAY.fullmatch(text.strip())
    if not match:
        return None
    month, day = _month_number(match["month"]), int(match["day"])
    return (month, day) if 1 <= day <= 31 else None


def with_year(month: int, day: int, year: int) -> str | None:
    return _iso(year, month, day)
