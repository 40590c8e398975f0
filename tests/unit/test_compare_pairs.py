"""Whole comparisons of realistic article pairs written for Parallax: revisions and rewrites."""

from __future__ import annotations

import hashlib

import pytest

from parallax.compare.comparison import compare
from parallax.model import Article, Comparison
from parallax.nlp import analyse

pytestmark = pytest.mark.model

REVISION_1 = (
    "The defence ministry said on Monday that 1,200 troops would be withdrawn from the border "
    "region by December. Defence Minister Anna Kovacs called the decision “a step towards "
    "peace”. The withdrawal is the second this year.\n\n"
    "Opposition leader Marek Lind said the government had acted too slowly. Talks with the "
    "neighbouring government are expected to resume in Geneva next month."
)
REVISION_2 = (
    "The defence ministry said on Monday that 800 troops would be withdrawn from the border "
    "region by December. Defence Minister Anna Kovacs called the decision “a careful step "
    "towards peace”. The withdrawal is the third this year.\n\n"
    "Talks with the neighbouring government are expected to resume in Geneva next month. "
    "Opposition leader Marek Lind said the government had acted too slowly. Critics said the "
    "move was largely symbolic."
)
WIRE = (
    "A magnitude 6.1 earthquake struck near the town of Veldra early on Sunday, killing at least "
    "14 people, the national disaster agency said. About 300 homes were damaged.\n\n"
    "Emergency Minister Pavel Ostrov said rescuers were still searching the rubble. The agency "
    "has released $2 million in emergency funds."
)
RIVAL = (
    "At least 19 people died when a strong earthquake hit Veldra on Sunday morning. Disaster "
    "agency officials said the quake had a magnitude of 6.3.\n\n"
    "Emergency Minister Pavel Ostrov told reporters that rescue teams were searching collapsed "
    "buildings. About 300 homes were damaged, the agency said. Schools in the region will stay "
    "closed until Wednesday."
)


def _article(text: str, published: str = "2024-10-22") -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id=digest[:12], sha256=digest, text=text, published=published, words=99)


def _compare(a_text: str, b_text: str) -> Comparison:
    a, b = _article(a_text), _article(b_text)
    return compare(a, b, analyse(a), analyse(b))


def _pairs(comparison: Comparison, status: str) -> set[tuple[str | None, str | None]]:
    return {
        (m.a.text if m.a else None, m.b.text if m.b else None)
        for m in comparison.matches
        if m.status == status
    }


def test_a_stealth_edit_shows_each_changed_fact():
    comparison = _compare(REVISION_1, REVISION_2)
    conflicts = _pairs(comparison, "conflict")
    assert ("1,200", "800") in conflicts
    assert ("second", "third") in conflicts
    assert any(a and "step towards" in a for a, _ in conflicts)  # the quote drifted
    agreed = {a for a, _ in _pairs(comparison, "agree")}
    assert {"Anna Kovacs", "Geneva"} <= agreed


def test_a_revision_reports_moves_and_additions():
    comparison = _compare(REVISION_1, REVISION_2)
    kinds = [pair.kind for pair in comparison.alignment]
    assert "moved" in kinds
    paired_b = {j for pair in comparison.alignment for j in pair.b}
    unique_b = [s for s in comparison.b_analysis.sentences if s.index not in paired_b]
    assert [REVISION_2[s.start : s.end] for s in unique_b] == [
        "Critics said the move was largely symbolic."
    ]


def test_a_rival_rewrite_pairs_what_both_report():
    comparison = _compare(WIRE, RIVAL)
    conflicts = _pairs(comparison, "conflict")
    # "at least 14" and "at least 19" dead can both be true: a variant, noted as compatible
    assert ("14", "19") in _pairs(comparison, "variant")
    assert ("6.1", "6.3") in conflicts
    assert ("About 300", "About 300") not in conflicts
    only_a = {a for a, _ in _pairs(comparison, "only_a")}
    assert "$2 million" in only_a
    only_b = {b for _, b in _pairs(comparison, "only_b")}
    assert "Wednesday" in only_b
    agreed = {a for a, _ in _pairs(comparison, "agree") | _pairs(comparison, "variant")}
    assert {"Pavel Ostrov", "Veldra", "Sunday"} <= agreed


def test_comparing_an_article_with_itself_finds_nothing_to_report():
    comparison = _compare(WIRE, WIRE)
    assert {m.status for m in comparison.matches} == {"agree"}
    assert all(pair.kind == "same" for pair in comparison.alignment)
    assert comparison.changes == ()


def test_every_match_and_change_points_at_exact_text():
    comparison = _compare(WIRE, RIVAL)
    for match in comparison.matches:
        for fact, article in ((match.a, comparison.a), (match.b, comparison.b)):
            if fact:
                assert article.text[fact.start : fact.end] == fact.text
    for change in comparison.changes:
        assert 0 <= change.a_start <= change.a_end <= len(WIRE)
        assert 0 <= change.b_start <= change.b_end <= len(RIVAL)
