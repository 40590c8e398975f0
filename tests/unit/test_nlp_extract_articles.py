"""Realistic articles with known facts: a wire story, a rival's rewrite, a corrected revision.

These need the trained model (marked `model`); they were written for this project.
"""

from __future__ import annotations

import functools

import pytest
from test_nlp_extract import article, check_invariants

from parallax import ingest
from parallax.model import Analysis, Article
from parallax.nlp import analyse, load_pipeline
from parallax.resources import sample_story

pytestmark = pytest.mark.model

WIRE = """\
Austin makes fourth visit to Kyiv as allies pledge more air defence

By Sarah Lindqvist | Meridian Press

KYIV, March 4 (Meridian) - U.S. Secretary of Defense Lloyd J. Austin III arrived in Kyiv on \
Monday for his fourth visit since the war began, promising an additional $400 million in \
military aid and at least 12 Patriot launchers.

"We will stand with Ukraine for as long as it takes," Austin told reporters at the Mariinsky \
Palace. "This package is only the beginning."

Ukrainian President Volodymyr Zelenskyy thanked the Pentagon and said the air defence systems \
would protect cities such as Kharkiv and Odesa.

Defense Minister Rustem Umerov said 1,500 Ukrainian soldiers had completed training in Germany. \
He further revealed that another 2,000 would start in April.

NATO Secretary-General Jens Stoltenberg said in Brussels that the alliance's 32 members had \
agreed to "move faster". Lloyd Austin's Visit was not announced in advance for security reasons.
"""

RIVAL = """\
Pentagon chief in Kyiv on third trip, pledges $400 mln

By Tom Hadley, The Coastal Herald

March 4, 2024

Lloyd Austin, the U.S. defense secretary, made an unannounced trip to Kyiv on Monday, his \
third since February 2022, and announced $400 million in new aid.

Austin wrote, "Our support for Ukraine is unwavering," in a message posted after the visit.

Zelenskyy said the aid was "vital but late". “We need more, and we need it now,” he said.

Rustem Umerov, Ukraine’s defense minister, said 1,500 troops had finished training. The \
Interior Minister, Ihor Klymenko, said: “Every air defence system saves lives.”
"""

CORRECTED = WIRE.replace("fourth", "third").replace(
    "for security reasons.",
    "for security reasons.\n\n*Correction: An earlier version of this story said it was "
    "Austin's fourth visit. It was his third, the Pentagon said.*",
)


@functools.cache
def analysed(text: str, published: str = "2024-03-04") -> Analysis:
    art = article(text, published=published)
    analysis = analyse(art, pipeline=load_pipeline())
    check_invariants(art, analysis)
    return analysis


def _values(analysis: Analysis, kind: str) -> set:
    return {f.value for f in analysis.facts if f.kind == kind}


def _quotes(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(f.value, f.speaker) for f in analysis.facts if f.kind == "quote"]


def _by_text(analysis: Analysis, kind: str) -> dict[str, str]:
    return {f.text: f.value for f in analysis.facts if f.kind == kind}


def test_wire_story_people_and_their_canonical_names():
    analysis = analysed(WIRE)
    assert _values(analysis, "person") == {
        "Lloyd J. Austin III",
        "Sarah Lindqvist",
        "Volodymyr Zelenskyy",
        "Rustem Umerov",
        "Jens Stoltenberg",
    }
    people = _by_text(analysis, "person")
    assert people["Austin"] == people["Lloyd Austin"] == "Lloyd J. Austin III"
    assert "Lloyd Austin's Visit" not in people and "Patriot" not in people


def test_wire_story_organisations_and_places():
    analysis = analysed(WIRE)
    assert {"Meridian Press", "Pentagon", "NATO"} <= _values(analysis, "organization")
    assert "Defense" not in _values(analysis, "organization")
    assert {"Kyiv", "Ukraine", "Germany", "Brussels"} <= _values(analysis, "place")
    places = _by_text(analysis, "place")
    assert places["KYIV"] == "Kyiv"  # the dateline
    orgs = _by_text(analysis, "organization")
    assert orgs["Meridian"] == "Meridian Press"  # the wire in the dateline, not a place
    assert _values(analysis, "group") == {"Ukrainian"}


def test_wire_story_quotes_and_speakers():
    assert _quotes(analysed(WIRE)) == [
        ("We will stand with Ukraine for as long as it takes", "Lloyd J. Austin III"),
        ("This package is only the beginning", "Lloyd J. Austin III"),
        ("move faster", "Jens Stoltenberg"),
    ]


def test_wire_story_methods():
    analysis = analysed(WIRE)
    info = analysis.model
    methods = {f.kind: f.method for f in analysis.facts}
    assert methods["quote"] == "quotes"
    assert methods["place"] == f"ner:{info.name} {info.version}" or methods["place"] == "rules"
    assert {f.method for f in analysis.facts if f.text == "Sarah Lindqvist"} == {"rules"}
    assert {f.method for f in analysis.facts if f.text == "Jens Stoltenberg"} == {
        f"ner:{info.name} {info.version}"
    }


def test_rival_story():
    analysis = analysed(RIVAL)
    assert _values(analysis, "person") == {
        "Tom Hadley",
        "Lloyd Austin",
        "Zelenskyy",
        "Rustem Umerov",
        "Ihor Klymenko",
    }
    assert "Coastal Herald" in _values(analysis, "organization")
    assert _quotes(analysis) == [
        ("Our support for Ukraine is unwavering", "Lloyd Austin"),
        ("vital but late", "Zelenskyy"),
        ("We need more, and we need it now", "Zelenskyy"),
        ("Every air defence system saves lives", "Ihor Klymenko"),
    ]


def test_wire_and_rival_name_the_same_people_with_their_own_fullest_forms():
    wire, rival = _values(analysed(WIRE), "person"), _values(analysed(RIVAL), "person")
    assert wire & rival == {"Rustem Umerov"}
    assert "Lloyd J. Austin III" in wire and "Lloyd Austin" in rival  # compare links these


def test_corrected_revision_keeps_names_and_quotes_and_adds_the_correction():
    wire, corrected = analysed(WIRE), analysed(CORRECTED)
    assert _values(corrected, "person") == _values(wire, "person")
    assert _quotes(corrected) == _quotes(wire)
    assert len(corrected.sentences) == len(wire.sentences) + 2
    last = [f for f in corrected.facts if f.sentence == len(corrected.sentences) - 2]
    assert ("person", "Lloyd J. Austin III") in {(f.kind, f.value) for f in last}


def _sample(name: str) -> Article:
    """A bundled sample article as the library stores it (read by the ingest readers)."""
    (entry,) = [e for e in sample_story() if e.name == name]
    return ingest.read_bytes(entry.read_bytes(), name=entry.name, source_path=None).article


WIRE_SAMPLE = "1-northline-wire.txt"
QUOTES = {
    WIRE_SAMPLE: [
        ("We will not leave a single village behind", "Tomas Reyes"),
        ("Every family will have a roof before winter", "Tomas Reyes"),
        ("The water came in the night, and it came fast", "Ines Dalca"),
    ],
    "2-harbour-post.html": [
        ("We will not leave one village behind", "Tomas Reyes"),
        ("too slow and too late", "Mara Vell"),
        ("The water came at night", "Ines Dalca"),
    ],
    "3-northline-wire-corrected.md": [
        ("We will not leave a single village behind", "Tomas Reyes"),
        ("Every family will have a roof before winter", "Tomas Reyes"),
        ("The water came in the night, and it came fast", "Ines Dalca"),
    ],
}


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_sample_story_articles(name):
    art = _sample(name)
    analysis = analyse(art, pipeline=load_pipeline())
    check_invariants(art, analysis)
    people = _by_text(analysis, "person")
    assert {"Tomas Reyes", "Ines Dalca"} <= set(people.values())
    assert people["Reyes"] == "Tomas Reyes"
    assert "Interior" not in _values(analysis, "organization")
    assert "Valley Relief Council" in _values(analysis, "organization")
    assert {"Brenner Valley", "Carrow", "Orsa River"} <= _values(analysis, "place")
    assert _quotes(analysis) == QUOTES[name]


def test_sample_wire_with_its_byline_and_dateline():
    (entry,) = [e for e in sample_story() if e.name == WIRE_SAMPLE]
    analysis = analysed(entry.read_text(encoding="utf-8"), "2024-10-22")
    assert _by_text(analysis, "person")["Helena Marsh"] == "Helena Marsh"
    assert _by_text(analysis, "place")["CARROW"] == "Carrow"
    orgs = _by_text(analysis, "organization")
    assert orgs["Northline Wire"] == orgs["Northline"] == "Northline Wire"
