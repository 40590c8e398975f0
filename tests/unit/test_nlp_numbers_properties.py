"""Properties of the number and date finders on any text: offsets valid, sorted, never a crash."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.nlp.dates.finder import find_dates, resolve_date
from parallax.nlp.mention import KINDS
from parallax.nlp.numbers.finder import find_numbers, parse_number, parse_ordinal

# Pieces of news copy that the finders react to, joined in any order with any separator.
TOKENS = [
    "1,500", "72", "2.5", "million", "bn", "$", "US$", "€", "£", "Rs", "%", "per cent",
    "percent", "percentage points", "one", "two", "twenty", "-", "first", "fourth", "21st",
    "half", "a", "dozen", "third", "of", "and", "between", "from", "to", "more than", "at least",
    "km", "m", "tonnes", "mph", "pounds", "dollars", "cents", "May", "March", "October", "Oct.",
    "Monday", "last", "next", "week", "year", "ago", "today", "in", "since", "1998", "2024",
    "2019-20", "10/21/2024", "22/04", "3 p.m.", "10:30", "noon", "the", "people", "soldiers",
    "COVID-19", "G7", "Boeing", "737", "No.", "http://x.com/2024/1/2", "½", "nineteen",
    "ninety", "six", "thousand", "lakh", "crore", "minus", "point", "'87", "\n", "İ", "ß",
]  # fmt: skip
SEPARATORS = st.sampled_from(["", " ", " ", "  ", "-", "/", ".", ",", "\u00a0", "\u202f"])
news_like = st.lists(st.tuples(st.sampled_from(TOKENS), SEPARATORS), max_size=25).map(
    lambda pairs: "".join(token + sep for token, sep in pairs)
)
any_text = st.one_of(st.text(max_size=120), news_like)
published = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date.max))


def assert_well_formed(text: str, mentions: list) -> None:
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.kind in KINDS
        json.dumps(list(mention.value) if isinstance(mention.value, tuple) else mention.value)
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


@settings(deadline=None)
@given(any_text)
def test_find_numbers_mentions_are_sorted_disjoint_spans(text):
    assert_well_formed(text, find_numbers(text))


@settings(deadline=None)
@given(any_text, published)
def test_find_dates_mentions_are_sorted_disjoint_spans(text, day):
    assert_well_formed(text, find_dates(text, published=day))


@settings(deadline=None)
@given(any_text, published)
def test_parsers_never_raise(text, day):
    parse_number(text)
    parse_ordinal(text)
    resolve_date(text, published=day)


@settings(deadline=None)
@given(news_like)
def test_numbers_and_dates_do_not_overlap(text):
    dates = find_dates(text, published=None)
    for number in find_numbers(text):
        assert all(number.end <= d.start or d.end <= number.start for d in dates)
