"""The number finder on news sentences written for these tests: spans, values, units, hedges."""

from __future__ import annotations

import pytest

from parallax.nlp.numbers.finder import Mention, find_numbers, parse_number, parse_ordinal


def found(text: str) -> list[tuple[str, str, object, str | None, str | None]]:
    """(surface, kind, value, unit, qualifier) of every mention, in order."""
    return [
        (text[m.start : m.end], m.kind, m.value, m.unit, m.qualifier) for m in find_numbers(text)
    ]


def only(text: str) -> tuple[str, str, object, str | None, str | None]:
    mentions = found(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,500", 1500),
        ("seven", 7),
        ("one hundred twenty", 120),
        ("one hundred and six", 106),
        ("twenty-five", 25),
        ("2.5 million", 2_500_000),
        ("1.2bn", 1_200_000_000),
        ("4.5m", 4_500_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("three-quarters", 0.75),
        ("two thirds", 2 / 3),
        ("one and a half", 1.5),
        ("two and a half million", 2_500_000),
        ("13 lakh", 1_300_000),
        ("three lakh crore", 3_000_000_000_000),
        ("12,34,567.89", 1234567.89),
        ("1 234 567", 1234567),
        ("minus five", -5),
        ("-9.5", -9.5),
        ("nine point nought four", 9.04),
        ("10 1/2", 10.5),
        ("¾", 0.75),
        ("4 thousand 3 hundred and 21", 4321),
    ],
)
def test_parse_number_reads_digits_words_scales_and_fractions(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["", "soldiers", "and", "1" * 5000, "1/0"])
def test_parse_number_gives_none_for_what_is_not_a_number(written):
    assert parse_number(written) is None


def test_parse_number_types_whole_values_as_int():
    assert isinstance(parse_number("2.5 million"), int)
    assert isinstance(parse_number("1.5"), float)


@pytest.mark.parametrize(
    ("written", "rank"),
    [
        ("fourth", 4),
        ("4th", 4),
        ("twenty-first", 21),
        ("hundredth", 100),
        ("two hundredth", 200),
        ("one hundred twenty-fifth", 125),
        ("21st", 21),
        ("fourth-place", None),
        ("four", None),
    ],
)
def test_parse_ordinal(written, rank):
    assert parse_ordinal(written) == rank


def test_counts_keep_the_noun_as_unit_and_the_hedge_as_qualifier():
    text = "At least 72 people were killed and more than 1,500 soldiers were deployed."
    assert found(text) == [
        ("72", "number", 72, "people", "at least"),
        ("1,500", "number", 1500, "soldiers", "more than"),
    ]


def test_counted_noun_skips_modifiers_and_nationalities():
    assert only("The Pentagon will send 3,000 more troops.")[3] == "troops"
    assert only("Officials said 40 Ukrainian civilians died.")[3] == "civilians"
    assert only("The army lost 12 of its tanks.")[3] is None


def test_ordinals_with_what_they_rank():
    text = "It was Austin's fourth visit and the 21st summit of the twenty-first century."
    assert found(text) == [
        ("fourth", "ordinal", 4, "visit", None),
        ("21st", "ordinal", 21, "summit", None),
        ("twenty-first", "ordinal", 21, "century", None),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Washington pledged $400 million in aid.", "$400 million", 400_000_000, "USD"),
        ("The fund raised US$2bn last year.", "US$2bn", 2_000_000_000, "USD"),
        ("Brussels approved €1.2bn for farmers.", "€1.2bn", 1_200_000_000, "EUR"),
        ("The club spent £30m on a striker.", "£30m", 30_000_000, "GBP"),
        ("It cost 400 million dollars to build.", "400 million dollars", 400_000_000, "USD"),
        ("Tickets sell for Rs 500 each.", "Rs 500", 500, "INR"),
        ("The bank lent 10,000 Swiss francs.", "10,000 Swiss francs", 10_000, "CHF"),
        ("Shares closed at 245 pence.", "245 pence", 2.45, "GBP"),
        ("Coffee went up 50 cents.", "50 cents", 0.5, "USD"),
        ("The bid valued it at C$3.5 billion.", "C$3.5 billion", 3_500_000_000, "CAD"),
        ("Exports rose to 100 billion yuan.", "100 billion yuan", 100_000_000_000, "CNY"),
        ("Profit was 361 million pounds.", "361 million pounds", 361_000_000, "GBP"),
        ("The fine was EUR 125 per car.", "EUR 125", 125, "EUR"),
    ],
)
def test_money_includes_the_currency_and_the_scale(text, surface, value, unit):
    assert only(text) == (surface, "money", value, unit, None)


def test_pounds_are_a_weight_unless_money_is_meant():
    assert only("The baby weighed 8 pounds.")[1:4] == ("quantity", 8, "lb")
    assert only("He was fined 50 pounds.")[1:4] == ("money", 50, "GBP")


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Inflation rose 12% in a year.", "12%", 12, "%"),
        ("Unemployment fell to 4.1 per cent.", "4.1 per cent", 4.1, "%"),
        ("Turnout was twelve percent higher.", "twelve percent", 12, "%"),
        ("The party gained 12 percentage points.", "12 percentage points", 12, "pp"),
    ],
)
def test_percentages(text, surface, value, unit):
    assert only(text) == (surface, "percent", value, unit, None)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The convoy stretched 40 km along the road.", "40 km", 40, "km"),
        ("The wall is 3.5 metres high.", "3.5 metres", 3.5, "m"),
        ("Rescuers moved 10 tonnes of rubble.", "10 tonnes", 10, "t"),
        ("Gusts reached 120 mph overnight.", "120 mph", 120, "mph"),
        ("A 3-inch crack opened in the dam.", "3-inch", 3, "in"),
        ("The plant makes 500 megawatts.", "500 megawatts", 500, "MW"),
        ("The striker is 1.8m tall.", "1.8m", 1.8, "m"),
        ("Output hit 2.4 million barrels a day.", "2.4 million barrels", 2_400_000, "bbl"),
    ],
)
def test_quantities_include_their_unit(text, surface, value, unit):
    assert only(text) == (surface, "quantity", value, unit, None)


def test_m_after_a_number_is_million_for_money_and_people():
    assert only("Some 12m people voted.")[:3] == ("12m", "number", 12_000_000)
    assert only("The deal is worth $4.5m.")[:4] == ("$4.5m", "money", 4_500_000, "USD")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        ("Between 20 and 30 homes burned.", "Between 20 and 30", "number", (20, 30), "homes"),
        ("It cut ministers from 25 to 18.", "from 25 to 18", "number", 18, None),
        ("Some 20-30 homes burned.", "20-30", "number", (20, 30), "homes"),
        ("Prices rose 20 to 30 percent.", "20 to 30 percent", "percent", (20, 30), "%"),
        ("It needs $20-30 million.", "$20-30 million", "money", (20_000_000, 30_000_000), "USD"),
        ("Two to four people were hurt.", "Two to four", "number", (2, 4), "people"),
    ],
)
def test_ranges_keep_written_order(text, surface, kind, value, unit):
    assert only(text)[:4] == (surface, kind, value, unit)


def test_hedges_before_and_after():
    assert only("Up to 700 workers may lose jobs.")[4] == "up to"
    assert only("Nearly two-thirds of voters agreed.")[1:5] == ("number", 2 / 3, None, "nearly")
    assert only("Some 500 or more people came.")[4] == "or more"
    assert only("Fewer than a thousand pandas remain.")[:5] == (
        "a thousand",
        "number",
        1000,
        "pandas",
        "fewer than",
    )


def test_fractions_and_multipliers():
    assert only("Half a million people fled.")[:3] == ("Half a million", "number", 500_000)
    assert only("A dozen ministers resigned.")[:4] == ("A dozen", "number", 12, "ministers")
    assert only("A third of the vote went to him.")[:3] == ("A third", "number", 1 / 3)
    assert only("More than half said yes.")[1:5] == ("number", 0.5, None, "more than")


@pytest.mark.parametrize(
    "text",
    [
        "One of the victims was a nurse.",
        "No one was hurt in the blast.",
        "The one who fled was caught.",
        "COVID-19 cases rose.",
        "The G7 met in Italy.",
        "A Boeing 737 landed.",
        "He lives at No. 10 now.",
        "Call 555-123-4567 now.",
        "Visit www.example.com/2024/story-123 for more.",
        "The shop is open 24/7.",
        "The 9/11 attacks changed everything.",
        "The 3D printer broke.",
        "5G masts were burned.",
        "The 1990s were calm.",
        "At first the talks stalled.",
        "Wait a second, he said.",
        "The second half was dull.",
        "Hundreds of people marched.",
    ],
)
def test_not_amounts(text):
    assert [m for m in found(text) if m[1] in ("number", "money", "percent", "quantity")] == []


def test_a_score_is_two_numbers_not_a_range():
    assert [m[:3] for m in found("They won 3-1 at home.")] == [
        ("3", "number", 3),
        ("1", "number", 1),
    ]


def test_dates_and_times_are_left_to_the_date_finder():
    text = "On May 5, 2024, at 3 p.m., 300 people met; in 1998 they were 12."
    assert found(text) == [("300", "number", 300, "people", None), ("12", "number", 12, None, None)]


def test_a_year_like_count_is_a_number():
    assert only("Last year 2024 people applied.")[:4] == ("2024", "number", 2024, "people")


def test_second_and_first_as_ordinals():
    assert only("A second blast hit the port.")[:3] == ("second", "ordinal", 2)
    assert only("It was the first time.")[:4] == ("first", "ordinal", 1, "time")


def test_mentions_are_mention_values_with_exact_offsets():
    text = "Officials said 65 people died."
    (mention,) = find_numbers(text)
    assert isinstance(mention, Mention)
    assert text[mention.start : mention.end] == "65"


@pytest.mark.parametrize(
    "text",
    [
        "At one point he mumbled a few words and sat down.",
        "The mayor said at one time the pier drew crowds every summer.",
        "A protest is one thing and the burning of a bank is quite another, the minister said.",
    ],
)
def test_one_in_an_idiom_counts_nothing(text):
    assert found(text) == []


def test_one_still_counts_where_it_counts():
    assert only("The storm killed one person on the coast road.")[:3] == ("one", "number", 1)
    assert only("The home side won by one point.")[:3] == ("one", "number", 1)
    assert only("One thing was clear: the wall had failed.")[:3] == ("One", "number", 1)
