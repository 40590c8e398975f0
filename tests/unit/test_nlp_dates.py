"""The date finder on news sentences written for these tests, resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from parallax.nlp.dates.finder import find_dates, resolve_date

TUESDAY = dt.date(2024, 10, 22)  # the publication date of most cases here


def dates(text: str, published: dt.date | None = TUESDAY) -> list[tuple[str, object]]:
    """(surface, value) of every date mention, in order."""
    return [(text[m.start : m.end], m.value) for m in find_dates(text, published=published)]


def only(text: str, published: dt.date | None = TUESDAY) -> tuple[str, object]:
    found = [d for d in dates(text, published)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The ceasefire began on October 21.", "October 21", "2024-10-21"),
        ("It was signed on Oct. 21, 2024, in Doha.", "Oct. 21, 2024", "2024-10-21"),
        ("Polls open on 21 October 2024.", "21 October 2024", "2024-10-21"),
        ("The filing is dated 2024-10-21.", "2024-10-21", "2024-10-21"),
        ("Sales fell in October 2024.", "October 2024", "2024-10"),
        ("The firm was founded in 1998.", "1998", "1998"),
        ("Talks collapsed on the 9th of May.", "the 9th of May", "2024-05-09"),
        ("The letter was dated 10/21/2024.", "10/21/2024", "2024-10-21"),
        ("He arrived on Tuesday, October 22.", "Tuesday, October 22", "2024-10-22"),
        ("The law took effect in June 2023.", "June 2023", "2023-06"),
        ("They met in Sept. 2019 and again later.", "Sept. 2019", "2019-09"),
    ],
)
def test_absolute_dates(text, surface, value):
    assert only(text) == (surface, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote was held on December 30.", "2023-12-30"),  # over two months ahead: last year
        ("The summit opens on November 18.", "2024-11-18"),  # within two months: this year
        ("Prices peaked in August.", "2024-08"),
        ("Prices will peak in February.", "2024-02"),
    ],
)
def test_a_missing_year_is_the_most_recent_one(text, value):
    assert only(text)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Austin arrived in Kyiv on Monday.", "2024-10-21"),
        ("The minister spoke on Tuesday.", "2024-10-22"),
        ("Protesters gathered on Saturday.", "2024-10-19"),
        ("He said troops would join the front by Thursday.", "2024-10-24"),
        ("The board will vote on Friday.", "2024-10-25"),
        ("The talks are due to resume on Monday.", "2024-10-28"),
        ("“We will not leave,” Reyes said on Monday.", "2024-10-21"),
        ('"Help will come," the mayor told reporters on Monday.', "2024-10-21"),
        ("The council, which will meet again soon, voted on Monday.", "2024-10-21"),
        ("Crews will need to finish by Friday.", "2024-10-25"),
        ("The board, which met early, will vote on Friday.", "2024-10-25"),
    ],
)
def test_weekdays_are_the_past_one_unless_the_sentence_looks_ahead(text, value):
    assert only(text)[1] == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Shares rose today.", "today", "2024-10-22"),
        ("Shares fell yesterday.", "yesterday", "2024-10-21"),
        ("Results are due tomorrow.", "tomorrow", "2024-10-23"),
        ("Police said last week that", "last week", "2024-W42"),
        ("Output rose this month.", "this month", "2024-10"),
        ("Rates fell last year.", "last year", "2023"),
        ("Elections are held next year.", "next year", "2025"),
        ("The strike began two months ago.", "two months ago", "2024-08-22"),
        ("They met last Wednesday.", "last Wednesday", "2024-10-16"),
        ("They will meet next Thursday.", "next Thursday", "2024-10-31"),
        ("They meet this coming Thursday.", "this coming Thursday", "2024-10-24"),
        ("They met this past Saturday.", "this past Saturday", "2024-10-19"),
        ("The plant will close in two years.", "in two years", "2026-10-22"),
    ],
)
def test_relative_dates(text, surface, value):
    assert only(text) == (surface, value)


def test_relative_dates_need_a_publication_date():
    assert dates("He left on Monday, yesterday, and in March 2019.", published=None) == [
        ("Monday", None),
        ("yesterday", None),
        ("March 2019", "2019-03"),
    ]


def test_qualifiers_on_dates():
    (mention,) = find_dates("Fighting has raged since 2014.", published=TUESDAY)
    assert (mention.value, mention.qualifier) == ("2014", "since")
    (mention,) = find_dates("It must pass by Thursday.", published=TUESDAY)
    assert (mention.value, mention.qualifier) == ("2024-10-24", "by")


@pytest.mark.parametrize(
    "text",
    [
        "You may recall the vote.",
        "Theresa May said the deal was done.",
        "May I ask a question?",
        "Thousands march on parliament.",
        "The Women's March drew crowds.",
        "The Sunday Times reported the story.",
        "Good Friday services were held.",
        "The shop opens every Monday.",
        "The agency hired 2024 people.",
        "The crowd of 1998 fans cheered.",
        "For the first time in two years, prices fell.",
        "See www.example.com/2024/10/22/story for details.",
        "The shop is open 24/7.",
        "A 2011-12 season to forget.",
    ],
)
def test_not_dates(text):
    assert [d for d in dates(text) if d[1] is not None] == []


def test_year_ranges_are_two_years():
    assert dates("He served from 2019 to 2021.") == [("2019", "2019"), ("2021", "2021")]


def test_times_of_day_are_kept_apart_from_dates():
    text = "The curfew runs from 10 p.m. to 6am; talks start at 15:30 or noon."
    times = [(text[m.start : m.end], m.value) for m in find_dates(text, published=TUESDAY)]
    assert times == [("10 p.m.", "22:00"), ("6am", "06:00"), ("15:30", "15:30"), ("noon", "12:00")]
    assert {m.kind for m in find_dates(text, published=TUESDAY)} == {"time"}


def test_spelled_out_years_in_dates():
    assert only("She was born on January twenty five nineteen eighty six.") == (
        "January twenty five nineteen eighty six",
        "1986-01-25",
    )


def test_iso_weeks_of_a_year():
    assert only("Deliveries start in the first week of 2025.") == (
        "the first week of 2025",
        "2025-W01",
    )


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Oct. 21, 2024", "2024-10-21"),
        ("Monday", "2024-10-21"),
        ("October 2024", "2024-10"),
        ("last week", "2024-W42"),
        ("the vote on Monday", None),
        ("soon", None),
    ],
)
def test_resolve_date(written, value):
    assert resolve_date(written, published=TUESDAY) == value


def test_dates_before_year_one_do_not_raise():
    assert dates("It happened yesterday.", published=dt.date.min) == [("yesterday", None)]
