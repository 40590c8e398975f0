"""How two values in one slot relate: equal, compatible (a bound that admits the other, the
same day written two ways), or in disagreement; and which numbers are not counts at all.

Real reports disagree far less often than their numbers differ: "up to eight hours" admits
"eight hours", "Sunday" may be "Jan. 4", the "2" of "Core 2 Duo" counts nothing, and "Monday"
without a publication date is no day at all. Only values that cannot both be true conflict.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING

from parallax.compare.match.kinds import ENTITY_KINDS
from parallax.model import Fact
from parallax.nlp.dates.words import weekday_number
from parallax.text import hedges
from parallax.text.vocabulary import MONTHS

if TYPE_CHECKING:  # match_context caches these readings per article and so imports this module
    from parallax.compare.match.context import ArticleView

INFINITY = math.inf
# An estimate (text.hedges.ABOUT) admits values within APPROXIMATE of it either way.
APPROXIMATE = 0.05
# Words before a date that make it the page's own time stamp, not a date of the story.
_STAMP_BEFORE = re.compile(
    r"(?:published|updated|posted|last\s+modified|modified|created|first\s+published|"
    r"last\s+updated)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?"
    r"(?:[A-Z][a-z]{2},?\s*)?$",
    re.IGNORECASE,
)
# ... or after a dated stamp: "4 October 2013, 18:07 (GMT+05:00)", "21 July 2013 Last updated".
_STAMP_AFTER = re.compile(
    r"\s*,?\s*(?:\d{1,2}:\d\d\b(?!\s*[ap]\.?\s?m)|(?:last\s+)?updated\b|posted\b)",
    re.IGNORECASE,
)
# ... or a clock time with its time zone right after it: "12/23/12 06:03 PM ET", "Dec. 24 4:33
# AM EST" (a page's stamp, with or without a year).
_STAMP_ZONE = re.compile(
    r"\s*,?\s*\d{1,2}:\d\d\s*(?:[ap]\.?\s?m\.?)?\s*"
    r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT)\b",
    re.IGNORECASE,
)
# ... or right after one: "10:10 AM PDT 6/6/2013" (the clock and zone printed first).
_STAMP_ZONE_BEFORE = re.compile(
    r"\d{1,2}:\d\d\s*(?:[ap]\.?\s?m\.?)?\s*"
    r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT)\s*,?\s*$",
    re.IGNORECASE,
)
_LEAD_AFTER = re.compile(r"[ \t]+(?!(?:[A-Z][a-z]{2}|[ap]\.?m)\b)[A-Z][a-z]+\b")
_DATE_PREPOSITIONS = frozenset(
    "on since by until till from of before after in dated as through between and or".split()  # noqa: SIM905
)
_CLOCK_AROUND = re.compile(r"\d\s?:\s?$")
_CLOCK_AFTER = re.compile(r"^\s?:\s?\d")
_COMPOUND = re.compile(r"^-(?:on|to|and|by)-", re.IGNORECASE)
_COMPOUND_BEFORE = re.compile(r"-(?:on|to|and|by)-$", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"[ \t]+([A-Z][\w.'’-]*)(?:[ \t]+([A-Z][\w.'’-]*))?")
_PREV_WORD = re.compile(r"([A-Z][\w.'’-]*)[ \t]+$")
_ADDRESS_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd lane drive way place square".split()  # noqa: SIM905
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b",
    re.IGNORECASE,
)


def bounds(fact: Fact) -> tuple[float, float] | None:
    """The values a hedged number admits: "at least 72" -> [72, inf), "up to 8" -> [0, 8],
    "about 14,000" -> [13,300, 14,700]; a range (low, high) -> [low, high]."""
    value = fact.value
    if isinstance(value, tuple) and len(value) == 2 and all(_is_number(v) for v in value):
        low, high = float(value[0]), float(value[1])
    elif _is_number(value):
        low = high = float(value)
    else:
        return None
    if not (fact.qualifier or "").strip():
        return low, high
    way = hedges.direction(fact.qualifier)
    if way == hedges.LOWER:
        return low, INFINITY
    if way == hedges.UPPER:
        return 0.0, high
    return low * (1 - APPROXIMATE), high * (1 + APPROXIMATE)


def compatible(a: Fact, b: Fact) -> bool:
    """Whether both hedged values can be true at once ("up to 8" and "8", "about 14,000" and
    "over 14,000"): their admitted intervals overlap."""
    if not (_is_bound(a) or _is_bound(b)):
        return False  # "about 500" and "about 551", or "500" and "551": two values
    x, y = bounds(a), bounds(b)
    if x is None or y is None:
        return False
    return x[0] <= y[1] and y[0] <= x[1]  # "at least 3" and "at least 5" both hold at 5


def _is_bound(fact: Fact) -> bool:
    return hedges.direction(fact.qualifier) in (hedges.LOWER, hedges.UPPER)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def not_a_count(fact: Fact, view: ArticleView) -> str | None:
    """Why a number is not a count of anything ("in a name", "a time of day", "a year"), or
    None when it may be one: "Core 2 Duo", "10 Downing Street", the "59" of "4:59 PM",
    "one-on-one", a bare 2012."""
    text = view.text
    before, after = text[max(0, fact.start - 4) : fact.start], text[fact.end : fact.end + 4]
    if _CLOCK_AROUND.search(before) or _CLOCK_AFTER.match(after):
        return "a time of day"
    if re.search(r"\d[-–]$", before) or re.match(r"[-–]\d", after):
        return "part of a score or record"
    if _COMPOUND.match(after) or _COMPOUND_BEFORE.search(before):
        return "part of a compound word"
    if _inside_name(fact, view):
        return "part of a name"
    year = fact.text.isdigit() and len(fact.text) == 4 and 1000 <= int(fact.text) <= 2999
    if fact.kind == "number" and year and not fact.unit:
        return "a year"
    return _name_around(fact, text)


def _inside_name(fact: Fact, view: ArticleView) -> bool:
    return any(
        other.kind in ENTITY_KINDS and other.start <= fact.start and fact.end <= other.end
        for other in view.in_sentence(fact.sentence)
    )


def _name_around(fact: Fact, text: str) -> str | None:
    following = _NEXT_WORDS.match(text, fact.end, min(len(text), fact.end + 40))
    if not following:
        return None
    first, second = following.group(1), following.group(2)
    if first.casefold().rstrip(".") in _ADDRESS_WORDS or (
        second and second.casefold().rstrip(".") in _ADDRESS_WORDS
    ):
        return "part of an address"
    previous = _PREV_WORD.search(text, max(0, fact.start - 40), fact.start)
    if previous and not _sentence_start(text, previous.start()):
        return "part of a name"
    return None


def _sentence_start(text: str, index: int) -> bool:
    before = text[max(0, index - 3) : index].rstrip()
    return not before or before[-1] in '.!?:;"“\n('


def is_time_stamp(fact: Fact, view: ArticleView) -> bool:
    """A date or time that stamps the page ("Published: June 13, 2013 4:59 PM", "Dec. 24 4:33
    AM EST", "10:10 AM PDT 6/6/2013"), or opens a line as its dateline ("October 06, 2008 Stock
    markets ..."), not a date of the story."""
    text = view.text
    has_year = re.search(r"\b(?:19|20)\d\d\b", fact.text) is not None
    line_start = text.rfind("\n", 0, fact.start) + 1
    if has_year and not text[line_start : fact.start].strip():
        return True
    if _STAMP_BEFORE.search(text, max(0, fact.start - 60), fact.start):
        return True
    if _STAMP_ZONE.match(text, fact.end, fact.end + 40):
        return True
    if _STAMP_ZONE_BEFORE.search(text, max(0, fact.start - 30), fact.start):
        return True
    return has_year and (
        _between_headline_and_lead(fact, text)
        or _STAMP_AFTER.match(text, fact.end, fact.end + 30) is not None
    )


def _between_headline_and_lead(fact: Fact, text: str) -> bool:
    """A full date standing outside any clause: no preposition before it, and the next
    sentence starting right after it with no punctuation ("... sequel 'Catching Fire'
    April 9, 2012 Despite reports ..."), as a page prints its date under the headline."""
    if day_month(fact) is None or not _LEAD_AFTER.match(text, fact.end, fact.end + 40):
        return False
    previous = re.findall(r"[A-Za-z]+", text[max(0, fact.start - 20) : fact.start])
    return not previous or previous[-1].casefold() not in _DATE_PREPOSITIONS


def day_month(fact: Fact) -> tuple[int, int] | None:
    """(month, day) stated by a date's text, with or without a year: "Nov. 11", "13 July",
    "the 13th of July"; from the value when it is a full ISO date."""
    value = fact.value
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return int(value[5:7]), int(value[8:10])
    found = _DAY_MONTH.search(fact.text)
    if not found:
        return None
    month = MONTHS.get((found.group("m1") or found.group("m2") or "").casefold())
    day = int(found.group("d1") or found.group("d2"))
    return (month, day) if month and 1 <= day <= 31 else None


def month_of(fact: Fact) -> int | None:
    """The month a date states without a day ("early December", "November-end", "May 2012"),
    or None when it states a day or no month ("next month" states none)."""
    if day_month(fact) is not None:
        return None
    value = fact.value
    if isinstance(value, str) and len(value) == 7 and value[4] == "-" and value[:4].isdigit():
        return int(value[5:])
    for word in re.findall(r"[A-Za-z]+", fact.text):
        if word[:1].isupper() and word.casefold() in MONTHS:
            return MONTHS[word.casefold()]
    return None


def is_relative(fact: Fact) -> bool:
    """A date whose text names no day, month or year ("today", "Monday", "last week"): its
    value depends on the page's date."""
    return not _DAY_MONTH.search(fact.text) and not re.search(r"\d{4}", fact.text)


def weekday_of(fact: Fact) -> int | None:
    """The weekday a date names in words ("Sunday", "on Thursday night"), 0 = Monday."""
    for word in re.findall(r"[A-Za-z]+", fact.text):
        number = weekday_number(word)
        if number is not None:
            return number
    return None


def full_date(fact: Fact) -> dt.date | None:
    """The day a date's value resolves to, when it is a full ISO date."""
    value = fact.value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
