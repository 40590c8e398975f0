"""Readers for dates that name their day, month or year: "Oct. 21, 2024", "in 1998", "3 p.m."."""

from __future__ import annotations

import datetime as dt
import re

from parallax.nlp.dates import words as cal
from parallax.nlp.mention import Mention
from parallax.text.number_words import parse_number, parse_ordinal

_CUE_RE = re.compile(
    r"\b(?:in|since|until|till|by|during|from|of|through|before|after|throughout|early|late|"
    r"mid|end\s+of|beginning\s+of|start\s+of|around|for|to|and|or|between|last|this|next|"
    r"coming|past|previous)[\s-]+$",
    re.IGNORECASE,
)
_STRONG_CUE_RE = re.compile(
    r"\b(?:in|since|until|till|during|early|late|mid|last|next|this|throughout)[\s-]+$",
    re.IGNORECASE,
)
_VERB_AFTER_RE = re.compile(r"\s+(?:be|have|not|also|well|still|take|get|go)\b")
_MONEY_BEFORE_RE = re.compile(r"[$£€¥₹]\s?$")
_MD_CUE_RE = re.compile(r"\b(?:on|by|since|until|from|dated)\s+$", re.IGNORECASE)
_PLURAL_AFTER_RE = re.compile(r"\s+[a-z]+s\b")
_RANGE_AFTER_RE = re.compile(r"\s*(?:[-–]|to\b|and\b)")
_WEAK_YEAR_CUES = frozenset({"by", "from", "between", "around", "the", "of"})


def mention(match, value: object, kind: str = "date", group: int | str = 0) -> Mention:
    """A Mention over a match (or one of its groups)."""
    return Mention(match.start(group), match.end(group), kind, value)


def iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def day_number(text: str) -> int | None:
    """ "21st" -> 21, "twenty-first" -> 21, "nine" -> 9."""
    text = text.lower()
    digits = re.match(r"\d+", text)
    if digits is not None:
        return int(digits.group())
    value = parse_ordinal(text) or parse_number(text)
    return value if isinstance(value, int) else None


def year_of(text: str, published: dt.date | None) -> int | None:
    """ "2024", "'87", "nineteen ninety six" as a year."""
    digits = text.lstrip("'")
    if not digits[0].isdigit():
        return spelled_year(digits)
    return cal.two_digit_year(int(digits), published) if len(digits) == 2 else int(digits)


def spelled_year(words: str) -> int | None:
    """ "nineteen ninety six" -> 1996, "two thousand and five" -> 2005."""
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"] or parts[1:2] == ["hundred"]:
        value = parse_number(" ".join(parts))
    else:
        head, tail = parse_number(parts[0]), parse_number(" ".join(parts[1:]).replace("oh ", ""))
        value = None if head is None or tail is None else head * 100 + tail
    return value if isinstance(value, int) and 1000 <= value < 2200 else None


def month_ok(match, text: str, *, day: bool = False, year: bool = False) -> bool:
    """ "May" and "March" are verbs, "Mar" and "Dec" are abbreviations only with a date."""
    word = text[match.start("month") : match.end("month")]
    lowered = word.lower().rstrip(".")
    start = match.start("month")
    if lowered in ("may", "march", "august") and word.islower():
        strong = _STRONG_CUE_RE.search(text, max(0, start - 12), start)
        return year or (strong is not None and not _VERB_AFTER_RE.match(text, match.end("month")))
    if lowered in ("may", "march") or (len(lowered) <= 4 and lowered not in ("june", "july")):
        return year or day or _CUE_RE.search(text, max(0, start - 20), start) is not None
    return True


def calendar_date(match, text: str, published: dt.date | None) -> Mention | None:
    """ "October 21", "Oct. 21, 2024", "21 October 2024", "the 9th of May"."""
    day = day_number(match.group("day"))
    month = cal.month_number(match.group("month"))
    year_text = match.group("year")
    if day is None or month is None or not 1 <= day <= 31:
        return None
    if not month_ok(match, text, day=True, year=bool(year_text)):
        return None
    if _MONEY_BEFORE_RE.search(text, max(0, match.start("day") - 2), match.start("day")):
        return None  # "$12 December 27": the 12 is a price
    if year_text:
        year = year_of(year_text, published)
        return None if year is None else mention(match, iso(cal.make_date(year, month, day)))
    if cal.make_date(2000, month, day) is None:
        return mention(match, None)  # "Feb 30": a date, but no day of the calendar
    return mention(match, iso(cal.recent_date(month, day, published)) if published else None)


def day_month(match, text: str, published: dt.date | None) -> Mention | None:
    """ "21 October", "second of August", "twenty five January nineteen eighty six"."""
    return calendar_date(_DayOfMonth(match), text, published)


def month_year(match, text: str, published: dt.date | None) -> Mention | None:
    month = cal.month_number(match.group("month"))
    if month is None or not month_ok(match, text, year=True):
        return None
    year = year_of(match.group("year"), published)
    return None if year is None else mention(match, f"{year:04d}-{month:02d}")


def year_spelled(match, text: str, published: dt.date | None) -> Mention | None:
    year = spelled_year(match["year"])
    return None if year is None else mention(match, str(year), group="year")


def week_of_year(match, text: str, published: dt.date | None) -> Mention | None:
    """ "the first week of 2021" -> "2021-W01", "last week of 2016", "week 3 of 2027"."""
    year = int(match["year"] or match["year2"])
    last = dt.date(year, 12, 28).isocalendar()[1]
    nth = (match["nth"] or "").lower()
    number = last if nth == "last" else parse_ordinal(nth) if nth else int(match["n"])
    if number is None or not 1 <= number <= last:
        return None
    return mention(match, f"{year:04d}-W{number:02d}")


def numeric_ymd(match, text: str, published: dt.date | None) -> Mention | None:
    day = cal.make_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return None if day is None else mention(match, day.isoformat())


def numeric_dmy(match, text: str, published: dt.date | None) -> Mention | None:
    """ "10/21/2024" (US order), "21/10/2024" and "21.10.2024" (day first)."""
    first, second = int(match["a"]), int(match["b"])
    year = year_of(match["y"], published)
    if year is None:  # never for these digits; a year it cannot read gives no date
        return None
    day_first = match["sep"] == "." or first > 12
    month, day = (second, first) if day_first else (first, second)
    return mention(match, iso(cal.make_date(year, month, day)))


def numeric_ym(match, text: str, published: dt.date | None) -> Mention | None:
    """ "2015-12" is a month; "2011-12" (a season) and "2015-32" are not."""
    year, month = int(match["y"]), int(match["m"])
    if not 1 <= month <= 12 or (len(match["m"]) == 2 and month == (year + 1) % 100):
        return None
    return mention(match, f"{year:04d}-{month:02d}")


def numeric_md(match, text: str, published: dt.date | None) -> Mention | None:
    """ "22/04", "11/20": month and day, two digits each or after "on", "by", "dated"."""
    first, second = int(match["a"]), int(match["b"])
    padded = len(match["a"]) == 2 and len(match["b"]) == 2
    if not padded and not _MD_CUE_RE.search(text, max(0, match.start() - 8), match.start()):
        return None
    month, day = (second, first) if first > 12 else (first, second)
    if cal.make_date(2000, month, day) is None:
        return None
    return mention(match, iso(cal.recent_date(month, day, published)) if published else None)


def year_with_cue(match, text: str, published: dt.date | None) -> Mention | None:
    """ "in 1998", "since 2010", "the 2016 election"; not "of 2000 people"."""
    cue = match["cue"].lower()
    end = match.end()
    if cue in _WEAK_YEAR_CUES and _PLURAL_AFTER_RE.match(text, end):
        return None
    if cue == "the" and _RANGE_AFTER_RE.match(text, end):
        return None
    start = match.start("named") if match["named"] else match.start("year")
    if match["tail"]:  # "2019-20": a season or fiscal year, not one year
        return Mention(start, match.end("tail"), "date", None)
    return Mention(start, match.end("year"), "date", match["year"])


def time_of_day(match, text: str, published: dt.date | None) -> Mention | None:
    """ "3 p.m." -> "15:00", "10:30", "noon"; the value is "HH:MM" on a 24-hour clock."""
    word = match.group()
    if word in ("noon", "midday", "midnight"):
        return mention(match, "00:00" if word == "midnight" else "12:00", "time")
    hour = int(match["h"] or match["h2"])
    minute = int(match["m"] or match["m2"] or 0)
    meridiem = (match["ap"] or "").replace(".", "").replace(" ", "")
    if meridiem and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if meridiem == "pm" else 0) if meridiem else hour
    return mention(match, f"{hour:02d}:{minute:02d}", "time")


class _DayOfMonth:
    """A day-month match whose day may be digits or a word ("second of August")."""

    _DAYS = ("day", "dayw", "dayc")

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self, name: str | int = 0) -> str | None:
        if name == "day":
            return next(filter(None, map(self._match.group, self._DAYS)))
        return self._match.group(name)

    def start(self, name: str | int = 0) -> int:
        if name == "day":
            return next(self._match.start(g) for g in self._DAYS if self._match.group(g))
        return self._match.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._match.end(name)
