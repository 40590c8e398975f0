"""Sentence alignment of two outlets' reports of one event: different wording, order and length.

The earthquake reports were written for this project; the flood story is the bundled sample.
Tests marked `model` analyse the texts with the trained spaCy pipeline, so that facts (names,
numbers, dates) add their evidence as they do in the app.
"""

from __future__ import annotations

import dataclasses
import functools

import pytest
from test_compare_align import align, laid_out

from parallax import ingest
from parallax.compare.align.sentences import align_sentences
from parallax.model import Alignment, Analysis, Article
from parallax.resources import sample_story

from support import story_sentences

WIRE = [
    "A magnitude 6.4 earthquake struck the coastal province of Halvar early on Sunday, killing "
    "at least 31 people and injuring more than 200, the national disaster agency said.",
    "The quake hit at 4:12 a.m. local time at a depth of 10 kilometres, about 40 kilometres "
    "south of the port city of Drossen, according to the Geological Institute.",
    "Prime Minister Anja Kell ordered the army to help search for survivors and said the "
    "government would release 50 million euros in emergency funds.",
    '"Our first duty is to the families who have lost everything," Kell told reporters in Drossen.',
    "Rescue teams were still digging through the rubble of a collapsed school in the village "
    "of Menth, where 12 children are feared trapped.",
    "Aftershocks continued throughout the morning, the strongest measuring 5.1.",
]
RIVAL = [
    "Rescuers in Menth worked through the night to reach a dozen children believed to be "
    "buried under their school.",
    "The earthquake, which the Geological Institute put at magnitude 6.2, has killed 27 people "
    "across Halvar province, officials said on Sunday.",
    "Hospitals in Drossen said they were treating dozens of injured, many of them elderly.",
    "Kell, who flew to Drossen by helicopter, promised 50 million euros in aid.",
    "Local football club Drossen United postponed its match against Varna on Saturday.",
]


def pairs(alignment: tuple[Alignment, ...]) -> dict[tuple[int, ...], tuple[int, ...]]:
    return {pair.a: pair.b for pair in alignment}


def test_different_death_tolls_of_one_quake_are_side_by_side() -> None:
    alignment = align(WIRE, RIVAL)
    assert pairs(alignment)[(0,)] == (1,)  # "killing at least 31" / "has killed 27"


def test_the_rival_lede_pairs_out_of_order_as_moved() -> None:
    rescue = [pair for pair in align(WIRE, RIVAL) if pair.a == (4,)]
    assert [(pair.b, pair.kind) for pair in rescue] == [((0,), "moved")]


def test_what_only_one_outlet_reports_stays_unpaired() -> None:
    alignment = align(WIRE, RIVAL)
    assert all(5 not in pair.a for pair in alignment)  # aftershocks: wire only
    assert all(4 not in pair.b for pair in alignment)  # the football match: rival only
    assert all(2 not in pair.b for pair in alignment)  # the hospitals: rival only


def test_every_pair_is_one_to_one_or_one_to_two() -> None:
    for pair in align(WIRE, RIVAL):
        assert sorted((len(pair.a), len(pair.b))) in ([1, 1], [1, 2])
        assert 0.0 <= pair.score <= 1.0
        assert pair.kind in ("changed", "moved")


# -- with the trained model's facts --------------------------------------------------------


@functools.cache
def analysed(text: str, published: str = "2024-03-10") -> tuple[Article, Analysis]:
    from parallax.nlp import analyse, load_pipeline

    article = Article(id=str(hash(text)), sha256="", text=text, published=published)
    return article, analyse(article, pipeline=load_pipeline())


@functools.cache
def sample(name: str) -> tuple[Article, Analysis]:
    from parallax.nlp import analyse, load_pipeline

    (entry,) = [e for e in sample_story() if e.name == name]
    article = ingest.read_bytes(entry.read_bytes(), name=entry.name, source_path=None).article
    return article, analyse(article, pipeline=load_pipeline())


def story_pairs(
    alignment: tuple[Alignment, ...], a: tuple[Article, Analysis], b: tuple[Article, Analysis]
) -> tuple[Alignment, ...]:
    """The pairs of story sentences, numbered from each story's first sentence: a sample's
    header lines stay in its text as furniture, and pairs of them are left out."""
    a_story, b_story = story_sentences(*a), story_sentences(*b)
    found = []
    for pair in alignment:
        a_index = tuple(a_story.index(i) for i in pair.a if i in a_story)
        b_index = tuple(b_story.index(i) for i in pair.b if i in b_story)
        if a_index and b_index:
            found.append(dataclasses.replace(pair, a=a_index, b=b_index))
    return tuple(found)


def aligned(a: tuple[Article, Analysis], b: tuple[Article, Analysis]) -> tuple[Alignment, ...]:
    (a_article, a_analysis), (b_article, b_analysis) = a, b
    return align_sentences(
        a_article.text,
        a_analysis.sentences,
        b_article.text,
        b_analysis.sentences,
        a_facts=a_analysis.facts,
        b_facts=b_analysis.facts,
    )


@pytest.mark.model
def test_facts_pair_the_aid_pledges_and_the_trapped_children() -> None:
    wire, rival = analysed(laid_out(WIRE)[0]), analysed(laid_out(RIVAL)[0])
    found = pairs(aligned(wire, rival))
    assert found[(0,)] == (1,)
    assert found[(2,)] == (3,)  # "50 million euros in emergency funds" / "in aid"
    assert found[(4,)] == (0,)  # "12 children" / "a dozen children"


@pytest.mark.model
def test_sample_wire_and_rival_pair_what_they_share() -> None:
    a, b = sample("1-northline-wire.txt"), sample("2-harbour-post.html")
    alignment = story_pairs(aligned(a, b), a, b)
    found = {pair.a: (pair.b, pair.kind) for pair in alignment}
    assert found[(0,)] == ((0,), "changed")  # 65 killed / at least 72 have died
    assert found[(1,)] == ((1,), "changed")  # 1,500 soldiers / 3,000 soldiers
    assert found[(2,)] == ((3,), "changed")  # "a single village" / "one village"
    assert found[(4,)] == ((7,), "moved")  # the Orsa River, told last by the rival
    assert found[(5,)] == ((5,), "changed")  # 40 schools "remained closed" / "still shut"
    assert found[(7, 8)] == ((8,), "changed")  # two sentences of the wire, one of the rival
    covered_b = {j for pair in alignment for j in pair.b}
    assert 4 not in covered_b  # the opposition leader: rival only
    assert (3,) not in found  # "Every family will have a roof": wire only


@pytest.mark.model
def test_sample_correction_is_a_revision_with_one_changed_lede() -> None:
    a, b = sample("1-northline-wire.txt"), sample("3-northline-wire-corrected.md")
    alignment = story_pairs(aligned(a, b), a, b)
    changed = [pair for pair in alignment if pair.kind != "same"]
    assert [(pair.a, pair.b, pair.kind) for pair in changed] == [((0,), (0,), "changed")]
    assert len(alignment) == len(story_sentences(*a))
