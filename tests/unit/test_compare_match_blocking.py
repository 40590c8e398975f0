"""Judging only the pairs that share a key gives exactly the matches of judging every pair."""

from __future__ import annotations

import pytest

from parallax.compare.align.sentences import align_sentences
from parallax.compare.comparison import sentence_alignment
from parallax.compare.match.context import ArticleView, SentencePairs
from parallax.compare.match.facts import assign, candidates, match_facts
from parallax.compare.match.groups import mention_groups
from parallax.compare.match.judge import Sides
from parallax.ingest import read_path
from parallax.nlp import analyse

from support import SAMPLES

pytestmark = pytest.mark.model

NAMES = ["1-northline-wire.txt", "2-harbour-post.html", "3-northline-wire-corrected.md"]


@pytest.fixture(scope="module")
def analysed():
    articles = [read_path(SAMPLES / name).article for name in NAMES]
    return [(article, analyse(article)) for article in articles]


def _chosen(a, b, *, blocking: bool, aligned: bool):
    (article_a, analysis_a), (article_b, analysis_b) = a, b
    alignment = ()
    if aligned:
        alignment = align_sentences(
            article_a.text, analysis_a.sentences, article_b.text, analysis_b.sentences,
            a_facts=analysis_a.facts, b_facts=analysis_b.facts,
        )  # fmt: skip
    view_a, view_b = (
        ArticleView(article_a.text, analysis_a),
        ArticleView(article_b.text, analysis_b),
    )
    sides = Sides(view_a, view_b, SentencePairs(view_a, view_b, alignment))
    groups_a, groups_b = mention_groups(analysis_a.facts), mention_groups(analysis_b.facts)
    found = candidates(groups_a, groups_b, sides, blocking=blocking)
    return sorted((x.id, y.id, v.status, v.note) for v, x, y in assign(found))


@pytest.mark.parametrize("aligned", [True, False], ids=["aligned", "no-alignment"])
@pytest.mark.parametrize(("i", "j"), [(0, 1), (0, 2), (1, 2), (1, 0)])
def test_blocking_changes_no_match(analysed, i, j, aligned):
    blocked = _chosen(analysed[i], analysed[j], blocking=True, aligned=aligned)
    assert blocked == _chosen(analysed[i], analysed[j], blocking=False, aligned=aligned)
    assert blocked  # the samples share facts, so this compares something


def test_match_facts_uses_blocking_and_still_finds_the_conflicts(analysed):
    (a, a_analysis), (b, b_analysis) = analysed[0], analysed[1]
    alignment = sentence_alignment(a, b, a_analysis, b_analysis)  # what compare() shows
    matches = match_facts(a_analysis, b_analysis, a_text=a.text, b_text=b.text, alignment=alignment)
    conflicts = {(m.a.text, m.b.text) for m in matches if m.status == "conflict"}
    assert {("third", "fourth"), ("65", "72")} <= conflicts
