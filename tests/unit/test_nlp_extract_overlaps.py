"""Which of two overlapping facts survives: the rules of nlp/overlaps.py."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.nlp.candidates import Candidate
from parallax.nlp.overlaps import Occupied, fit_names, longest_first, resolve
from parallax.nlp.repairs import NameSpan


def _at(text: str, surface: str, kind: str, occurrence: int = 0) -> Candidate:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Candidate(start, start + len(surface), kind)


def _kept(text: str, candidates: list[Candidate]) -> list[tuple[str, str]]:
    return [(c.kind, text[c.start : c.end]) for c in resolve(candidates)]


@pytest.mark.parametrize(
    ("text", "found", "kept"),
    [
        # A number inside a name is part of the name.
        ("The G7 met.", [("G7", "organization"), ("7", "number")], [("organization", "G7")]),
        ("on Route 66 west", [("Route 66", "place"), ("66", "number")], [("place", "Route 66")]),
        # Dates beat numbers and ordinals; money beats percent beats quantity beats number.
        (
            "since October 14 it",
            [("October 14", "date"), ("14", "number")],
            [("date", "October 14")],
        ),
        (
            "the fourth of July",
            [("fourth of July", "date"), ("fourth", "ordinal")],
            [("date", "fourth of July")],
        ),
        (
            "$400 million",
            [("$400 million", "money"), ("400 million", "number")],
            [("money", "$400 million")],
        ),
        ("12% of it", [("12%", "percent"), ("12", "number")], [("percent", "12%")]),
        ("5 km of road", [("5 km", "quantity"), ("5", "number")], [("quantity", "5 km")]),
        # Within a kind the longer span wins, then the earlier one.
        ("65 to 72 dead", [("65 to 72", "number"), ("72", "number")], [("number", "65 to 72")]),
        ("ab", [("a", "number"), ("ab", "number")], [("number", "ab")]),
        # Quotes keep the names and numbers inside them, but not nested quotes.
        (
            '"65 died in Carrow, ‘so many’"',
            [
                ("65 died in Carrow, ‘so many’", "quote"),
                ("so many", "quote"),
                ("65", "number"),
                ("Carrow", "place"),
            ],
            [("quote", "65 died in Carrow, ‘so many’"), ("number", "65"), ("place", "Carrow")],
        ),
    ],
)
def test_resolve(text, found, kept):
    assert _kept(text, [_at(text, s, k) for s, k in found]) == kept


def test_resolve_orders_by_start_then_longer_first():
    text = '"Reyes said" Reyes'
    found = [
        _at(text, "Reyes", "person", 1),
        _at(text, "Reyes said", "quote"),
        _at(text, "Reyes", "person"),
    ]
    assert [(c.kind, c.start) for c in resolve(found)] == [
        ("quote", 1),
        ("person", 1),
        ("person", 13),
    ]


def _fit(text: str, name: str, values: list[tuple[str, str]], label: str) -> str | None:
    span = NameSpan(text.index(name), text.index(name) + len(name), label)
    fitted = fit_names(text, [span], [_at(text, s, k) for s, k in values])
    return text[fitted[0].start : fitted[0].end] if fitted else None


@pytest.mark.parametrize(
    ("text", "name", "label", "values", "expected"),
    [
        # People hold no numbers or dates: one at the edge is the model's slip.
        ("Reyes Monday said", "Reyes Monday", "PERSON", [("Monday", "date")], "Reyes"),
        ("on Monday Reyes said", "Monday Reyes", "PERSON", [("Monday", "date")], "Reyes"),
        ("Reyes, 65, said", "Reyes, 65", "PERSON", [("65", "number")], "Reyes"),
        ("65 died", "65", "PERSON", [("65", "number")], None),
        ("Reyes said", "Reyes", "PERSON", [], "Reyes"),
        # Other names may: the value stays inside, and `resolve` keeps the name.
        ("the G7 met", "G7", "ORG", [("7", "number")], "G7"),
        ("on Route 66 west", "Route 66", "FAC", [("66", "number")], "Route 66"),
        (
            "the September 11 attacks",
            "September 11 attacks",
            "EVENT",
            [("September 11", "date")],
            "September 11 attacks",
        ),
        ("the G7 met", "G7", "ORG", [("G7", "number")], "G7"),
        # A name inside a longer value gives way; a partly overlapping one is cut back.
        ("worth US$160 million", "US", "GPE", [("US$160 million", "money")], None),
        (
            "Carrow Tuesday morning",
            "Carrow Tuesday",
            "GPE",
            [("Tuesday morning", "time")],
            "Carrow",
        ),
    ],
)
def test_fit_names(text, name, label, values, expected):
    assert _fit(text, name, values, label) == expected


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)), max_size=40))
def test_longest_first_keeps_no_overlaps_and_agrees_with_a_slow_check(ranges):
    spans = [Candidate(start, start + length, "number") for start, length in ranges]
    kept = longest_first(spans)
    pairs = sorted((c.start, c.end) for c in kept)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(pairs))
    for span in spans:  # every dropped span overlaps a kept one
        assert span in kept or any(span.start < k.end and k.start < span.end for k in kept)


def test_occupied():
    taken = Occupied()
    taken.add(10, 20)
    taken.add(30, 40)
    assert not taken.overlaps(0, 10) and not taken.overlaps(20, 30) and not taken.overlaps(40, 50)
    assert taken.overlaps(19, 21) and taken.overlaps(5, 45) and taken.overlaps(35, 36)
