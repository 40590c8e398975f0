"""Dates and times of day in English news text, resolved against the publication date.

Hand-written because no kept or pip-installable library finds news dates offline with exact
offsets: dateparser's `search_dates` (installed, via trafilatura) returns substrings without
offsets, reads the modal "may", the verb "march" and "The Sunday Times" as dates, resolves a
bare "Monday" forwards, and takes 0.6-2 s per 5,000 words (measured here; we take ~0.03 s);
dateutil's fuzzy parser reads one date per string; Microsoft's Python port of Recognizers-Text
passes 65% of its own in-scope English date specs (`bench/recognizers.py`). The resolution
conventions are in date_words, the patterns in date_patterns, the readers in date_absolute and
date_relative.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from parallax.nlp.dates import absolute, relative
from parallax.nlp.dates.patterns import COMPILED, TRIGGERS, YEAR
from parallax.nlp.mention import Mention, lower_same_length, non_overlapping

Reader = Callable[[re.Match[str], str, "dt.date | None"], "Mention | None"]

# (pattern, reader, trigger): a pattern with a trigger runs only in windows around its matches.
RULES: list[tuple[str, Reader, str]] = [
    ("month_day", absolute.calendar_date, "month"),
    ("day_month", absolute.day_month, "month"),
    ("month_year", absolute.month_year, "month"),
    ("spelled_year", absolute.year_spelled, "spelled"),
    ("week_of_year", absolute.week_of_year, "week"),
    ("month_alone", relative.month_alone, "month"),
    ("numeric_ymd", absolute.numeric_ymd, "numeric"),
    ("numeric_dmy", absolute.numeric_dmy, "numeric"),
    ("numeric_ym", absolute.numeric_ym, "numeric"),
    ("numeric_my", absolute.numeric_ym, "numeric"),
    ("numeric_md", absolute.numeric_md, "numeric"),
    ("weekday_numeric", relative.weekday_numeric, "weekday"),
    ("weekday_day", relative.weekday_day, "weekday"),
    ("weekday", relative.weekday, "weekday"),
    ("week_weekday", relative.week_weekday, "week"),
    ("the_nth", relative.the_nth, "nth"),
    ("day_word", relative.day_word, "day_word"),
    ("ago", relative.ago, "ago"),
    ("in_units", relative.ago, "in_units"),
    ("period", relative.period, "period"),
    ("year", absolute.year_with_cue, "year"),
    ("time", absolute.time_of_day, "clock"),
]
_BEFORE, _AFTER = 50, 70  # characters around a trigger that a date may span
_QUALIFIER_RE = re.compile(
    r"\b(?P<q>since|until|till|by|before|after|early|mid|late|around)[\s-]+$", re.IGNORECASE
)
_CHAINED_YEAR_RE = re.compile(
    rf"\s*(?:[-–]|to|and|or|through|until)\s*(?P<year>{YEAR})(?!\s*(?:%|percent|per\s?cent|[.,]\d))",
    re.IGNORECASE,
)
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
# Lazy, so a long run without spaces costs linear time (`\S*` first was quadratic).
_LINK_RE = re.compile(r"\S*?(?:https?://|www\.|\.(?:com|org|net|gov|uk|html?)\b)", re.IGNORECASE)
_LINK_WINDOW = 2_000  # no address is longer; a longer run without spaces is not looked into


def find_dates(text: str, *, published: dt.date | None) -> list[Mention]:
    """Dates (kind "date") and times of day (kind "time"), sorted and non-overlapping."""
    found: list[Mention] = []
    for index, match in _scan(text):
        mention = _read(RULES[index][1], match, text, published)
        if mention is not None:
            found.append(_qualified(mention, text))
    found.extend(_chained_years(text, found))
    return non_overlapping(m for m in found if not _in_link(text, m))


def _in_link(text: str, mention: Mention) -> bool:
    """Dates inside a URL ("/2024/10/22/story") are part of an address, not the story."""
    window = max(0, mention.start - _LINK_WINDOW)
    start = max(text.rfind(space, window, mention.start) for space in " \n\t") + 1
    start = max(start, window)
    return _LINK_RE.match(text, start, mention.start) is not None


def _read(reader: Reader, match: re.Match[str], text: str, published: dt.date | None):
    try:
        return reader(match, text, published)
    except OverflowError:  # a date before year 1 or after 9999: keep the span, drop the value
        return reader(match, text, None)


def resolve_date(s: str, *, published: dt.date | None) -> str | None:
    """The ISO value of a text that is one date ("Oct. 21, 2024", "Monday"), else None."""
    mentions = [m for m in find_dates(s, published=published) if m.kind == "date"]
    if len(mentions) != 1 or s[: mentions[0].start].strip() or s[mentions[0].end :].strip():
        return None
    value = mentions[0].value
    return value if isinstance(value, str) else None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans the number finder must leave alone: every date and time, resolved or not."""
    return [(m.start, m.end) for m in find_dates(text, published=None)]


@functools.lru_cache(maxsize=4)
def _scan(text: str) -> tuple[tuple[int, re.Match[str]], ...]:
    """Every rule's matches in the lower-cased text; cached, as the number finder asks too."""
    lowered = lower_same_length(text)
    windows = {name: _windows(trigger, lowered) for name, trigger in TRIGGERS.items()}
    return tuple(
        (index, match)
        for index, (name, _, trigger) in enumerate(RULES)
        for start, end in windows[trigger]
        for match in COMPILED[name].finditer(lowered, start, end)
    )


def _windows(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Merged stretches of `text` around each match of `trigger`."""
    merged: list[tuple[int, int]] = []
    for match in trigger.finditer(text):
        start, end = max(0, match.start() - _BEFORE), min(len(text), match.end() + _AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _qualified(mention: Mention, text: str) -> Mention:
    """ "since 2010", "by Thursday", "early March": the word before goes to `qualifier`."""
    match = _QUALIFIER_RE.search(text, max(0, mention.start - 12), mention.start)
    if match is None:
        return mention
    return Mention(
        mention.start, mention.end, mention.kind, mention.value, None, match["q"].lower()
    )


def _chained_years(text: str, found: list[Mention]) -> list[Mention]:
    """ "in 2007 and 2009", "from 2019 to 2021": a year right after a year is a year too."""
    chained = []
    for mention in found:
        if mention.kind != "date" or not _FOUR_DIGITS_RE.fullmatch(
            text, mention.start, mention.end
        ):
            continue
        if match := _CHAINED_YEAR_RE.match(text, mention.end):
            chained.append(Mention(match.start("year"), match.end("year"), "date", match["year"]))
    return chained
