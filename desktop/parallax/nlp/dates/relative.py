"""Readers for dates seen from the publication day: "Monday", "last week", "two months ago"."""

from __future__ import annotations

import datetime as dt
import re

from parallax.nlp.dates import words as cal
from parallax.nlp.dates.absolute import day_number, iso, mention, month_ok
from parallax.nlp.mention import Mention
from parallax.text.number_words import parse_number

_FUTURE_RE = re.compile(
    r"\b(?:will|shall|would|'ll|is\s+due|are\s+due|due\s+to|scheduled|set\s+to|expected\s+to|"
    r"plans?\s+to|planned|planning\s+to|going\s+to|is\s+to|are\s+to|to\s+be\s+held|until|till|"
    r"by)\b[^.!?]*$",
    re.IGNORECASE,
)
_CLOSING_QUOTES = ('"', "”", "»")
_PAST_BEFORE_RE = re.compile(
    r"\b(?:said|told|announced|added|wrote|was|were|had|did|went|came|met|began|"
    r"[a-z]{2,}ed)\b(?:\s+(?!(?:by|until|till|to|will|would)\b)[\w'’]+){0,2}?"
    r"\s+(?:on\s+|last\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)
_SET_BEFORE_RE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
_HOLIDAY_BEFORE_RE = re.compile(
    r"\b(?:Good|Black|Super|Cyber|Ash|Easter|Palm|Bloody|Shrove|Maundy|Holy|Blue|Giving|Whit|"
    r"Low|Fat|Clean|Great|Mothering|Plough|Remembrance|Small\s+Business|Manic)\s+$"
)
_TITLE_AFTER_RE = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Mail|People|Independent|Night|"
    r"Sport|Star|World|Business|Observer|Review|Record|Sun|Age|Today|Show|Service|Club)\b"
)
_WORD_AFTER_RE = re.compile(r"\s+[a-z]+")
_BACKWARDS_RE = re.compile(r"\b(?:ago|before)\b")


def is_future(text: str, start: int) -> bool:
    """Whether the narration before `start` speaks of the future ("will", "is due", "by").

    A quotation speaks in its own tense ("“We will …,” Reyes said on Monday"), so only the words
    after the last closing quotation mark count; a past-tense verb right before the date ("said
    on Monday", "arrived Monday") settles it as past.
    """
    lo = max(0, start - 80)
    window = text[lo:start]
    closing = max(window.rfind(mark) for mark in _CLOSING_QUOTES)
    window = window[closing + 1 :]
    if _PAST_BEFORE_RE.search(window):
        return False
    return _FUTURE_RE.search(window) is not None


def month_alone(match, text: str, published: dt.date | None) -> Mention | None:
    """ "in October", "last September": a month, in the year the relation or recency picks."""
    month = cal.month_number(match.group("month"))
    relation = " ".join((match.group("rel") or "").split())
    word = text[match.start("month") : match.end("month")]
    if month is None or not month_ok(match, text):
        return None
    if relation and word.islower() and word in ("may", "march", "august"):
        return None
    if published is None:
        return mention(match, None)
    return mention(match, _relative_month(month, relation, published))


def _relative_month(month: int, relation: str, published: dt.date) -> str:
    year = published.year
    if relation in ("last", "past", "previous", "this past"):
        year = year if month < published.month else year - 1
    elif relation in ("next", "coming", "this coming", "upcoming", "this upcoming"):
        year = year if month > published.month else year + 1
    elif relation != "this":
        return cal.recent_month(month, published)
    return f"{year:04d}-{month:02d}"


def weekday(match, text: str, published: dt.date | None) -> Mention | None:
    """ "Monday", "last Friday", "this coming Thursday" (conventions in date_words)."""
    word = text[match.start("wd") : match.end("wd")]
    relation = " ".join((match["rel"] or "").split()) or None
    if not _weekday_ok(match, text, word, relation):
        return None
    if published is None:
        return mention(match, None)
    number = cal.weekday_number(word)
    if number is None:  # the pattern only matches weekday names; nothing else names a day
        return None
    future = relation is None and is_future(text, match.start())
    day = cal.weekday_date(number, published, relation=relation, future=future)
    return mention(match, day.isoformat())


def _weekday_ok(match, text: str, word: str, relation: str | None) -> bool:
    """Not "every Monday", "Good Friday" or "the Sunday Times"; weekday names are capitalised."""
    if relation is None and word.islower() and not text.islower():
        return False
    start = match.start()
    if _SET_BEFORE_RE.search(text, max(0, start - 8), start):
        return False
    if _HOLIDAY_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    return _TITLE_AFTER_RE.match(text, match.end()) is None


def weekday_day(match, text: str, published: dt.date | None) -> Mention | None:
    """ "Monday 21", "Tue 13th", "Tuesday the eleventh": the latest such day on such a weekday."""
    day, weekday_index = day_number(match["day"]), cal.weekday_number(match["wd"])
    if day is None or weekday_index is None or not 1 <= day <= 31:
        return None
    if len(match["wd"]) <= 4 and not text[match.start("wd")].isupper():
        return None
    if _WORD_AFTER_RE.match(text, match.end()):  # "on Monday 21 people died"
        return None
    if published is None:
        return mention(match, None)
    return mention(match, iso(_latest_weekday_day(day, weekday_index, published)))


def _latest_weekday_day(day: int, weekday_index: int, published: dt.date) -> dt.date | None:
    limit = published + dt.timedelta(days=cal.FUTURE_WINDOW)
    index = limit.year * 12 + limit.month - 1
    for months_back in range(24):
        year, month = divmod(index - months_back, 12)
        candidate = cal.make_date(year, month + 1, day)
        if candidate and candidate <= limit and candidate.weekday() == weekday_index:
            return candidate
    return None


def weekday_numeric(match, text: str, published: dt.date | None) -> Mention | None:
    """ "Friday 7/6", "friday 7.6": month and day after a weekday."""
    month, day = int(match["a"]), int(match["b"])
    if cal.make_date(2000, month, day) is None:
        return None
    return mention(match, iso(cal.recent_date(month, day, published)) if published else None)


def week_weekday(match, text: str, published: dt.date | None) -> Mention | None:
    """ "next week Monday", "Monday of next week", "this week Monday"."""
    relation = match["rel"] or match["rel2"]
    offset = cal.WEEK_OFFSETS.get(relation)
    if offset is None:
        return None
    if published is None:
        return mention(match, None)
    weekday_index = cal.weekday_number(match["wd"] or match["wd2"])
    if weekday_index is None:  # the pattern only matches weekday names
        return None
    return mention(match, cal.in_week(weekday_index, published, offset).isoformat())


def the_nth(match, text: str, published: dt.date | None) -> Mention | None:
    """ "on the 18th.": this month's 18th if it has come, else last month's."""
    day = day_number(match["day"])
    if day is None or not 1 <= day <= 31:
        return None
    value = iso(cal.day_of_month(day, published)) if published else None
    return mention(match, value, group="the")


def day_word(match, text: str, published: dt.date | None) -> Mention | None:
    """ "today", "yesterday", "the day after tomorrow"."""
    if published is None:
        return mention(match, None)
    word = match.group()
    offset = -2 if "before" in word else 2 if "after" in word else 0
    offset = offset or {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return mention(match, (published + dt.timedelta(days=offset)).isoformat())


def ago(match, text: str, published: dt.date | None) -> Mention | None:
    """ "two months ago", "two days after today", and "in three weeks" when said of the future."""
    count = 1 if match["n"] in ("a", "an") else parse_number(match["n"])
    if not isinstance(count, int):
        return None
    if match.group().startswith("in ") and not is_future(text, match.start()):
        return None  # "the first time in two years" is a duration
    if published is None:
        return mention(match, None)
    sign = -1 if _BACKWARDS_RE.search(match.group()) else 1
    anchor = published + dt.timedelta(days=_ANCHORS.get(match.group().rsplit(None, 1)[-1], 0))
    return mention(match, iso(cal.shifted(anchor, sign * count, match["unit"].rstrip("s"))))


_ANCHORS = {"tomorrow": 1, "yesterday": -1}


def period(match, text: str, published: dt.date | None) -> Mention | None:
    """ "last week" -> "2024-W42", "this month" -> "2024-10", "next year" -> "2025"."""
    if published is None:
        return mention(match, None)
    relation = match["rel"].split()
    offset = 0 if relation[0] in ("earlier", "later") else cal.PERIOD_OFFSETS.get(relation[-1], 0)
    return mention(match, cal.period(match["unit"].split()[-1], offset, published))
