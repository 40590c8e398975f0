"""Month and weekday names, and the calendar arithmetic that resolves news dates.

Conventions (documented here because facts are compared on them):
- A month and day without a year is the most recent such date that is not more than
  FUTURE_WINDOW days after publication: news talks about the recent past.
- A bare weekday is the most recent one on or before publication; when the sentence is about the
  future ("will", "would", "is due", "by Thursday") it is the first one on or after publication.
- "last/previous Monday" is the Monday of the previous calendar week (Monday to Sunday), "this
  Monday" the one of the current week, "next/following Monday" the one of the next week, "coming
  Monday" the first one after publication, "past Monday" the last one before it.
- Periods resolve to ISO forms: a week is "YYYY-Www" (ISO 8601 week), a month "YYYY-MM", a year
  "YYYY". "last week" is the ISO week before the publication date's.
"""

from __future__ import annotations

import datetime as dt

from parallax.text.vocabulary import MONTHS

FUTURE_WINDOW = 61  # days: how far after publication an undated "October 21" may fall
UNDATED_PIVOT = 2025  # reads "'87" as 1987 when the article has no publication date

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
# Weekday offsets: "last" is the previous calendar week, "coming" the first one after today.
WEEK_OFFSETS = {
    "last": -1, "previous": -1, "this": 0, "next": 1, "following": 1, "this coming": None,
    "coming": None, "upcoming": None, "this upcoming": None, "past": None, "this past": None,
}  # fmt: skip
PERIOD_OFFSETS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1}


def month_number(name: str) -> int | None:
    """1..12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS.get(name.lower().rstrip("."))


def weekday_number(name: str) -> int | None:
    """0 (Monday) .. 6 (Sunday) for a weekday name or abbreviation."""
    return WEEKDAYS.get(name.lower().rstrip("."))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def recent_date(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest `month`/`day` not more than FUTURE_WINDOW days after publication."""
    limit = published + dt.timedelta(days=FUTURE_WINDOW)
    for year in (limit.year, limit.year - 1, limit.year - 2, limit.year - 3, limit.year - 4):
        candidate = make_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def recent_month(month: int, published: dt.date) -> str:
    """ "YYYY-MM" of the latest `month` starting not more than FUTURE_WINDOW days ahead."""
    limit = published + dt.timedelta(days=FUTURE_WINDOW)
    year = limit.year if month <= limit.month else limit.year - 1
    return f"{year:04d}-{month:02d}"


def day_of_month(day: int, published: dt.date) -> dt.date | None:
    """ "the 18th": this month's if it has come, else last month's."""
    if day <= published.day:
        return make_date(published.year, published.month, day)
    first = published.replace(day=1) - dt.timedelta(days=1)
    return make_date(first.year, first.month, day)


def weekday_date(weekday: int, published: dt.date, *, relation: str | None, future: bool):
    """The date a weekday names, seen from the publication date (see the module docstring)."""
    relation = relation.lower() if relation else None
    offset = WEEK_OFFSETS.get(relation) if relation else None
    if offset is not None:
        return in_week(weekday, published, offset)
    ahead = (weekday - published.weekday()) % 7
    if relation in ("coming", "upcoming", "this coming", "this upcoming"):
        return published + dt.timedelta(days=ahead or 7)
    back = (published.weekday() - weekday) % 7
    if relation in ("past", "this past"):
        return published - dt.timedelta(days=back or 7)
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def in_week(weekday: int, published: dt.date, weeks: int) -> dt.date:
    """The `weekday` of the calendar week `weeks` away from the publication date's week."""
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(weeks=weeks, days=weekday)


def iso_week(day: dt.date) -> str:
    """ "YYYY-Www", the ISO 8601 week containing `day`."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def period(unit: str, offset: int, published: dt.date) -> str:
    """ "YYYY-Www" / "YYYY-MM" / "YYYY" of the week, month or year `offset` away."""
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=offset))
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{published.year + offset:04d}"


def shifted(published: dt.date, amount: int, unit: str) -> dt.date | None:
    """The publication date moved by `amount` days, weeks, months or years."""
    if unit == "day":
        return published + dt.timedelta(days=amount)
    if unit == "week":
        return published + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    index = published.year * 12 + published.month - 1 + months
    year, month = divmod(index, 12)
    day = published.day
    while day > 28 and make_date(year, month + 1, day) is None:
        day -= 1
    return make_date(year, month + 1, day)


def two_digit_year(value: int, published: dt.date | None) -> int:
    """ "'87" -> 1987, "'24" -> 2024: the century that puts the year nearest publication."""
    pivot = (published.year if published else UNDATED_PIVOT) + 10
    year = pivot // 100 * 100 + value
    return year - 100 if year > pivot else year
