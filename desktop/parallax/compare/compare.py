"""Two analysed articles -> a Comparison: aligned sentences, word changes, matched facts."""

from __future__ import annotations

from parallax.compare.align import align_sentences
from parallax.compare.diff import word_changes
from parallax.compare.match import match_facts
from parallax.model import Analysis, Article, Comparison


def compare(a: Article, b: Article, a_analysis: Analysis, b_analysis: Analysis) -> Comparison:
    """Compare two articles whose analyses are given (see parallax.facts for cached ones).
    Sentences made only of page furniture are not aligned: no pair, no change, not "only in"."""
    alignment = align_sentences(
        a.text,
        a.story_sentences(a_analysis.sentences),
        b.text,
        b.story_sentences(b_analysis.sentences),
        a_facts=a_analysis.facts,
        b_facts=b_analysis.facts,
    )
    changes = word_changes(
        a.text,
        b.text,
        alignment,
        a_analysis.sentences,
        b_analysis.sentences,
        a_facts=a_analysis.facts,
        b_facts=b_analysis.facts,
    )
    matches = match_facts(a_analysis, b_analysis, a_text=a.text, b_text=b.text, alignment=alignment)
    return Comparison(a, b, a_analysis, b_analysis, alignment, changes, matches)
