"""Fact matching on the sample story with real analyses: the wire, a rival, a correction."""

from __future__ import annotations

import functools

import pytest

from parallax.application.analyses import skip_furniture
from parallax.compare.comparison import sentence_alignment
from parallax.compare.match.facts import match_facts
from parallax.ingest import read_path
from parallax.model import Analysis, Article, Match
from parallax.nlp import analyse

from support import SAMPLES, story_sentences

pytestmark = pytest.mark.model

WIRE, RIVAL, CORRECTED = (
    "1-northline-wire.txt",
    "2-harbour-post.html",
    "3-northline-wire-corrected.md",
)


@functools.cache
def sample(name: str) -> tuple[Article, Analysis]:
    article = read_path(SAMPLES / name).article
    return article, skip_furniture(analyse(article), article)  # as the CLI and the reader do


@functools.cache
def matches(a_name: str, b_name: str) -> tuple[Match, ...]:
    (a, a_analysis), (b, b_analysis) = sample(a_name), sample(b_name)
    alignment = sentence_alignment(a, b, a_analysis, b_analysis)  # what compare() shows
    return match_facts(a_analysis, b_analysis, a_text=a.text, b_text=b.text, alignment=alignment)


def texts(found, status: str) -> set[tuple[str | None, str | None]]:
    return {(m.a and m.a.text, m.b and m.b.text) for m in found if m.status == status}


def notes(found, status: str) -> set[str | None]:
    return {m.note for m in found if m.status == status}


def test_wire_and_rival_disagree_on_the_toll_the_visit_the_troops_and_the_river():
    conflicts = notes(matches(WIRE, RIVAL), "conflict")
    assert "3 vs 4" in conflicts
    assert "hedged: 65 vs at least 72 people" in conflicts
    assert "1,500 vs 3,000 soldiers" in conflicts
    assert "12% vs 15%" in conflicts
    # 12,000 forced from their homes is "more than 10,000": compatible, so a variant
    assert "compatible: 12,000 / more than 10,000" in notes(matches(WIRE, RIVAL), "variant")


def test_wire_and_rival_quote_the_minister_differently():
    found = matches(WIRE, RIVAL)
    drift = [m for m in found if m.kind == "quote" and m.status == "conflict"]
    assert (
        "We will not leave a single village behind",
        "We will not leave one village behind",
    ) in {(m.a.text, m.b.text) for m in drift}
    assert {m.note for m in drift} == {
        "quote differs: a single → one",
        "quote differs: in the → at",
    }


def test_only_the_wire_has_the_aid_and_only_the_rival_the_opposition():
    found = matches(WIRE, RIVAL)
    assert ("$400 million", None) in texts(found, "only_a")
    assert (None, "Mara Vell") in texts(found, "only_b")
    assert (None, "too slow and too late") in texts(found, "only_b")


def test_wire_and_rival_agree_on_the_minister_the_town_and_the_start():
    agreed = texts(matches(WIRE, RIVAL), "agree")
    assert {("Tomas Reyes", "Tomas Reyes"), ("October 14", "October 14")} <= agreed
    assert ("CARROW", "Carrow") in agreed  # the dateline's capitals are the same town


def test_wire_and_rival_have_no_conflict_between_unrelated_facts():
    conflicts = {(m.a.text, m.b.text) for m in matches(WIRE, RIVAL) if m.status == "conflict"}
    assert conflicts == {
        ("65", "72"), ("third", "fourth"), ("1,500", "3,000"),
        ("12%", "15%"), ("We will not leave a single village behind",
                         "We will not leave one village behind"),
        ("The water came in the night, and it came fast", "The water came at night"),
    }  # fmt: skip


def test_correction_changes_the_toll_and_the_visit_and_little_else():
    found = matches(WIRE, CORRECTED)
    assert notes(found, "conflict") == {"65 vs 68 people", "3 vs 4"}
    ledes = (story_sentences(*sample(WIRE))[0], story_sentences(*sample(CORRECTED))[0])
    assert {(m.a.sentence, m.b.sentence) for m in found if m.status == "conflict"} == {ledes}
    assert not texts(found, "only_a")
    assert not texts(found, "variant")
    # The correction note's own numbers and date are new in the corrected version.
    assert {b for _, b in texts(found, "only_b")} == {"65", "third", "68", "Wednesday", "fourth"}


def test_every_wire_fact_is_represented_once():
    found = matches(WIRE, RIVAL)
    ids = [m.a.id for m in found if m.a is not None]
    assert len(ids) == len(set(ids))
    _, wire = sample(WIRE)
    canon = {(f.canonical or f.text) for f in wire.facts if f.canonical}
    assert len([m for m in found if m.a is not None and m.a.canonical]) == len(canon)
