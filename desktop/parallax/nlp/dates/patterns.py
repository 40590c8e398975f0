"""Regular expressions for dates and times in lower-cased news text, and where to try them.

Every pattern runs on the text lower-cased to the same length (case-insensitive matching is
several times slower); the rules that need capitals look at the original text. A pattern with a
trigger only runs in windows around the trigger's matches: a month name, a weekday, a year.
"""

from __future__ import annotations

import re

from parallax.text.vocabulary import MONTHS, WEEKDAYS

# Month names longest first, so a name wins over its own abbreviation ("march" / "mar").
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:\.(?=\s*\d)|\b|(?=\d))"
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TWO_DIGITS = rf"(?:{_TENS}(?:[\s-]{_UNIT})?|{_TEEN})"
# Years said aloud: "nineteen ninety six", "two thousand and fifteen", "seventeen hundred".
SPELLED_YEAR = (
    rf"(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    rf"\s+(?:hundred(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNIT}))?|{_TWO_DIGITS}|oh\s+{_UNIT})"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNIT}))?)(?![\w-])"
)
CARDINAL_DAY = rf"(?:(?:twenty|thirty)(?:[\s-]{_UNIT})?|{_UNIT}|{_TEEN})"
YEAR = r"(?:1\d{3}|20\d\d|21\d\d)(?![\d])"
NOT_AMOUNT = r"(?!\s*(?:%|percent|per\s?cent|[.,]\d|:\d))"
_UNITS = r"(?P<unit>days?|weeks?|months?|years?)"
_COUNT = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WD = rf"(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})"
_RELATION = (
    r"this\s+coming|this\s+upcoming|this\s+past|last|next|this|coming|upcoming|past|previous"
)

TRIGGERS = {
    "month": re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    "weekday": re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)"),
    "year": re.compile(r"(?<!\d)(?:1\d{3}|2[01]\d\d)(?!\d)"),
    "spelled": re.compile(r"\b(?:in|since|until|by)\s+(?:eleven|twelve|\w+teen|twenty|two)\b"),
    "numeric": re.compile(r"\d[/.-]\d"),
    "week": re.compile(r"\bweek\b"),
    "day_word": re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b"),
    "ago": re.compile(r"\b(?:ago|today|now|tomorrow|yesterday)\b"),
    "in_units": re.compile(r"\bin\s+\w+\s+(?:day|week|month|year)"),
    "period": re.compile(r"\b(?:week|month|year)\b"),
    "nth": re.compile(r"\bon\s+the\s+\d"),
    "clock": re.compile(r"\d(?:\s?[ap]\.?\s?m\b|:\d\d)|noon|midday|midnight"),
}

PATTERNS = {
    # "October 21", "Oct. 21, 2024", "Tuesday, October 22", "May twenty nine"
    "month_day": rf"\b(?:(?:this\s+|next\s+|last\s+)?{_WD}[\s,-]*(?:the\s+)?)?(?P<month>{MONTH})"
    rf"(?:\s*,?\s*|[-/])(?:the\s+)?(?P<day>{DAY}|{ORDINAL_DAY}|{CARDINAL_DAY}"
    rf"(?=\s*(?:[.,;!?]|$)|\s+{SPELLED_YEAR}))\b{NOT_AMOUNT}"
    rf"(?:(?:\s*,\s*|\s+of\s+|\s+|[-/])(?P<year>{YEAR}|'\d\d\b|{SPELLED_YEAR}))?",
    # "21 October 2024", "the 9th of May", "second of Aug", "05-Aug-2016"
    "day_month": rf"\b(?:{_WD}\s*,?\s*)?(?:the\s+)?(?:(?<![\d.,])(?P<day>{DAY})(?:\s+of)?"
    rf"|(?P<dayw>{ORDINAL_DAY})\s+of|(?P<dayc>{CARDINAL_DAY})(?=\s+{MONTH}\s+{SPELLED_YEAR}))"
    rf"(?:\s+|-)(?P<month>{MONTH})"
    rf"(?:(?:\s*,\s*|\s+(?:of|in)\s+|\s+|-)(?P<year>{YEAR}|{SPELLED_YEAR}))?",
    "month_year": rf"\b(?P<month>{MONTH})(?:\s+of\s+|\s*,\s*|\s+|[-/])"
    rf"(?P<year>{YEAR}|'\d\d\b|{SPELLED_YEAR})",
    "spelled_year": rf"\b(?:in|since|until|by)\s+(?P<year>{SPELLED_YEAR})",
    "week_of_year": r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd"
    rf"|th))\s+week\s+of\s+(?P<year>{YEAR})|\bweek\s+(?P<n>\d{{1,2}})\s+of\s+(?P<year2>{YEAR})",
    "month_alone": rf"\b(?:(?P<rel>{_RELATION})\s+)?(?P<month>{MONTH})(?!\s*\d)",
    "numeric_ymd": rf"\b(?:{_WD},?\s+)?(?P<y>\d{{4}})[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})\b"
    r"(?![-/]\d)",
    "numeric_dmy": r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|\d{2})\b(?![-/.]\d)",
    "numeric_ym": r"(?<![\d./-])(?P<y>\d{4})-(?P<m>\d{1,2})\b(?![-/.]\d)",
    "numeric_my": r"(?<![\d./-])(?P<m>\d\d)-(?P<y>\d{4})\b(?![-/.]\d)",
    "numeric_md": r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])",
    "weekday_numeric": rf"\b(?:(?:this|next|last)\s+)?(?P<wd>{WEEKDAY})\s*,?\s*(?P<a>\d{{1,2}})"
    r"[/.-](?P<b>\d{1,2})\b(?![/.-]?\d)",
    "weekday_day": rf"\b(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:the\s+)?(?P<day>\d{{1,2}}"
    rf"(?:st|nd|rd|th)?|{ORDINAL_DAY})\b(?![\d/:%-]|\.\d)",
    "weekday": rf"\b(?:(?P<rel>{_RELATION}|following)\s+)?(?P<wd>{WEEKDAY})\b",
    "week_weekday": rf"\b(?P<rel>next|this|last|previous)\s+week(?:\s*[-,]?\s*|\s+on\s+)"
    rf"(?P<wd>{WEEKDAY})\b|\b(?P<wd2>{WEEKDAY})\s+of\s+(?:the\s+)?"
    r"(?P<rel2>next|this|last|previous|following)\s+week\b",
    "the_nth": r"\bon\s+(?P<the>the\s+(?P<day>[0-3]?\d(?:st|nd|rd|th)))(?=\s*(?:[.,;!?]|$))",
    "day_word": r"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight"
    r"|yesterday|tomorrow)\b",
    "ago": rf"\b{_COUNT}\s+{_UNITS}\s+(?:ago|(?:from|after|before)\s+(?:today|now|tomorrow"
    r"|yesterday))\b",
    "in_units": rf"\bin\s+{_COUNT}\s+{_UNITS}\b(?!\s+(?:ago|of|time))",
    "period": r"\b(?P<rel>last|this|next|previous|current|earlier\s+this|later\s+this"
    r"|earlier\s+in\s+the|later\s+in\s+the)\s+(?P<unit>week|month|year|calendar\s+year)\b"
    r"(?!\s+of\b)",
    "year": r"\b(?P<cue>in|since|by|until|till|from|through|during|before|after|early|late|mid"
    r"|around|circa|of|between|summer|spring|autumn|fall|winter|the"
    r"|(?P<named>(?:calendar\s+|fiscal\s+)?year))[\s-]+"
    rf"(?P<year>{YEAR})(?P<tail>[-–/](?:\d\d)(?!\d))?{NOT_AMOUNT}"
    r"(?!\s*(?:[-–]\s*\d|[a-z]+\s+ago))",
    "time": r"\b(?:(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::[0-5]\d)?(?![\d:])|noon|midday|midnight)",
}
COMPILED = {name: re.compile(pattern) for name, pattern in PATTERNS.items()}
