"""Name spans: repairs of model slips, bylines and datelines, and rule names (no model needed)."""

from __future__ import annotations

import pytest

from parallax.nlp.bylines import header_names
from parallax.nlp.entities import name_spans
from parallax.nlp.fallback import alternation, rule_names, speaking_names, titled_names
from parallax.nlp.repairs import NameSpan, repair


def _repaired(text: str, surface: str, label: str, *, occurrence: int = 0) -> str | None:
    """The text of the repaired span that starts at the n-th occurrence of `surface`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    span = repair(text, NameSpan(start, start + len(surface), label))
    return None if span is None else text[span.start : span.end]


def _names(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, label) of `name_spans` for model entities given as (surface, label)."""
    spans = [(text.index(s), text.index(s) + len(s), label) for s, label in entities]
    return [(text[n.start : n.end], n.label) for n in name_spans(text, spans)]


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        # Whitespace, newlines and quote marks are not part of a name.
        (
            "By Helena Marsh | Northline Wire\nPublished",
            "Northline Wire\n",
            "ORG",
            "Northline Wire",
        ),
        ('He met "Tomas Reyes" there.', '"Tomas Reyes"', "PERSON", "Tomas Reyes"),
        ("Teixeira\n\nBoston reportedly", "Teixeira\n\nBoston", "ORG", "Teixeira"),
        # Lower-case articles and quantifiers the model takes in are cut; capitalised "The" stays.
        ("floods in the Brenner Valley have", "the Brenner Valley", "LOC", "Brenner Valley"),
        (
            "said The Valley Relief Council",
            "The Valley Relief Council",
            "ORG",
            "The Valley Relief Council",
        ),
        # Possessives.
        ("It was Reyes's third visit.", "Reyes's", "ORG", "Reyes"),
        ("It was Reyes’s third visit.", "Reyes’s", "PERSON", "Reyes"),
        ("Lloyd Austin's Visit was secret.", "Lloyd Austin's Visit", "PERSON", "Lloyd Austin"),
        ("the Reyes' plan", "Reyes'", "PERSON", "Reyes"),
        ("Britain's Foreign Office said", "Britain's Foreign Office", "GPE", "Britain"),
        (
            "at Moody's Investors Service today",
            "Moody's Investors Service",
            "ORG",
            "Moody's Investors Service",
        ),
        # Titles are roles, not names; headline nouns after a name are cut.
        (
            "President Volodymyr Zelenskyy said",
            "President Volodymyr Zelenskyy",
            "PERSON",
            "Volodymyr Zelenskyy",
        ),
        ("Mr. Pigeon said", "Mr. Pigeon", "PERSON", "Pigeon"),
        ("Lloyd Austin Visit Sparks Row", "Lloyd Austin Visit", "PERSON", "Lloyd Austin"),
        # A first name the model left out, before initials or after a title.
        (
            "Secretary of Defense Lloyd J. Austin III arrived",
            "J. Austin III",
            "PERSON",
            "Lloyd J. Austin III",
        ),
        ("Defense Minister Rustem Umerov said", "Umerov", "PERSON", "Rustem Umerov"),
        ("When Umerov said", "Umerov", "PERSON", "Umerov"),
        # A job title is not an organisation, but a ministry is.
        ("as Interior Minister Tomas Reyes made", "Interior", "ORG", None),
        ("U.S. Secretary of Defense Lloyd Austin", "Defense", "ORG", None),
        ("the Defense Secretary said", "Defense", "ORG", None),
        ("a statement from the Interior Ministry said", "Interior", "ORG", "Interior Ministry"),
        ("the Ministry of the Interior said", "Interior", "ORG", "Ministry of the Interior"),
        ("the Finance Committee said", "Finance Committee", "ORG", "Finance Committee"),
        # Single words after "in" are places; a "person" after a number is no name.
        ("arrived in Kyiv on Monday", "Kyiv", "PERSON", "Kyiv"),
        ("at least 12 Patriot launchers", "Patriot", "PERSON", None),
        # Nothing but punctuation, or no capital letter: dropped.
        ("it was -- then", "--", "ORG", None),
        ("the minister said", "minister", "PERSON", None),
    ],
)
def test_repairs(text, surface, label, expected):
    assert _repaired(text, surface, label) == expected


def test_a_person_after_in_becomes_a_place():
    text = "arrived in Kyiv on Monday"
    span = repair(text, NameSpan(11, 15, "PERSON"))
    assert span is not None and span.label == "GPE"


def test_a_possessive_after_in_keeps_the_person():
    text = "in Austin's view"
    span = repair(text, NameSpan(3, 11, "PERSON"))
    assert span is not None and (text[span.start : span.end], span.label) == ("Austin", "PERSON")


def test_repairs_only_move_offsets_inside_the_text():
    text = "  \n  the  "
    assert repair(text, NameSpan(0, len(text), "ORG")) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Helena Marsh | Northline Wire",
            [("Helena Marsh", "PERSON"), ("Northline Wire", "ORG")],
        ),
        (
            "By Tom Hadley, The Coastal Herald",
            [("Tom Hadley", "PERSON"), ("The Coastal Herald", "ORG")],
        ),
        ("By Daniel Okafor · October 22, 2024", [("Daniel Okafor", "PERSON")]),
        (
            "BY Ann Lee and Jo Park, Reuters",
            [("Ann Lee", "PERSON"), ("Jo Park", "PERSON"), ("Reuters", "ORG")],
        ),
        ("By Staff Reporter", []),
        ("Bystanders fled", []),
        ("CARROW, Oct 22 (Northline) - Floods", [("CARROW", "GPE"), ("Northline", "ORG")]),
        ("WASHINGTON (Reuters) — Officials", [("WASHINGTON", "GPE"), ("Reuters", "ORG")]),
        ("AUSTIN, Texas (AP) - A", [("AUSTIN", "GPE"), ("Texas", "GPE"), ("AP", "ORG")]),
        ("NEW YORK — Stocks fell", [("NEW YORK", "GPE")]),
        ("KYIV, March 4 (Meridian) - U.S.", [("KYIV", "GPE"), ("Meridian", "ORG")]),
        ("BREAKING - Floods", []),
        ("Floods in CARROW - again", []),
    ],
)
def test_bylines_and_datelines(line, expected):
    text = f"Headline\n\n{line}\n\nMore text."
    found = [(text[n.start : n.end], n.label) for n in header_names(text)]
    assert sorted(found) == sorted(expected)
    assert all(n.source == "rules" for n in header_names(text))


def test_header_rules_win_over_the_model():
    text = "Title\n\nBy Helena Marsh | Northline Wire\n\nCARROW, Oct 22 (Northline) - Rain fell."
    names = _names(
        text, [("Helena Marsh", "ORG"), ("Northline Wire", "PERSON"), ("Northline)", "GPE")]
    )
    assert names == [
        ("Helena Marsh", "PERSON"),
        ("Northline Wire", "ORG"),
        ("CARROW", "GPE"),
        ("Northline", "ORG"),
    ]


def test_names_the_model_missed_are_filled_in_after_titles_and_speech_verbs():
    text = "Mayor Ines Dalca of Carrow said 40 schools shut. Zelenskyy said it was late."
    assert _names(text, [("Carrow", "GPE")]) == [
        ("Ines Dalca", "PERSON"),
        ("Carrow", "GPE"),
        ("Zelenskyy", "PERSON"),
    ]


def test_the_model_wins_over_hints_and_numeric_labels_are_ignored():
    text = "General Motors said 40 cars on Monday."
    names = _names(text, [("General Motors", "ORG"), ("40", "CARDINAL"), ("Monday", "DATE")])
    assert names == [("General Motors", "ORG")]


def test_overlapping_model_names_keep_the_longer():
    text = "the Valley Relief Council said"
    spans = [(4, 25, "ORG"), (4, 10, "GPE")]
    assert [(n.start, n.end) for n in name_spans(text, spans)] == [(4, 25)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interior Minister Tomas Reyes said", ["Tomas Reyes"]),
        ("Opposition leader Mara Vell said", ["Mara Vell"]),
        ("Mr. Reyes left. Dr Ann Lee came.", ["Reyes", "Ann Lee"]),
        ("the minister said", []),
        ("Prime Minister Ann Lee", ["Ann Lee"]),
    ],
)
def test_titled_names(text, expected):
    assert [text[s:e] for s, e in titled_names(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelenskyy said the aid was late.", ["Zelenskyy"]),
        ('"Go," said Ines Dalca.', ["Ines Dalca"]),
        ("Officials said the toll rose.", []),
        ("Police said so, and police agreed.", []),
        ("Mayor Ines Dalca of Carrow said so.", []),  # the title rule finds her
        ("The Valley Relief Council said so.", []),
        ("Rustem Umerov, Ukraine’s defense minister, said so.", ["Rustem Umerov"]),
    ],
)
def test_speaking_names(text, expected):
    assert [text[s:e] for s, e in speaking_names(text)] == expected


def test_rule_names_label_organisations_and_places_by_their_head_word():
    text = "The Valley Relief Council said the Orsa River rose in Carrow."
    found = {(text[s:e], label) for s, e, label in rule_names(text)}
    assert {("Valley Relief Council", "ORG"), ("Orsa River", "LOC"), ("Carrow", "GPE")} <= found
    assert not any(label == "PERSON" for _, label in found)


def test_alternation_matches_exactly_the_words():
    import re

    words = {"mr", "mrs", "ms", "minister", "min"}
    pattern = re.compile(rf"(?:{alternation(frozenset(words))})\Z")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ("m", "mi", "mini", "mrss", ""))
