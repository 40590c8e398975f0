"""Two analysed articles -> a Comparison: aligned sentences, word changes, matched facts."""

from __future__ import annotations

from parallax.compare.align.sentences import align_sentences
from parallax.compare.diff.changes import word_changes
from parallax.compare.match.facts import match_facts
from parallax.model import Alignment, Analysis, Article, Comparison
from parallax.text.tokens import TokenizedText


def compare(a: Article, b: Article, a_analysis: Analysis, b_analysis: Analysis) -> Comparison:
    """Compare two articles whose analyses are given (see parallax.application.analyses for cached
    ones). Sentences made only of page furniture are not aligned: no pair, no change, not "only
    in". Each text is tokenized once; alignment, word diff and fact matching read those tokens."""
    a_tokens, b_tokens = TokenizedText(a.text), TokenizedText(b.text)
    alignment = sentence_alignment(
        a, b, a_analysis, b_analysis, a_tokens=a_tokens, b_tokens=b_tokens
    )
    changes = word_changes(
        a.text,
        b.text,
        alignment,
        a_analysis.sentences,
        b_analysis.sentences,
        a_facts=a_analysis.facts,
        b_facts=b_analysis.facts,
        a_tokens=a_tokens,
        b_tokens=b_tokens,
    )
    matches = match_facts(
        a_analysis,
        b_analysis,
        a_text=a.text,
        b_text=b.text,
        alignment=alignment,
        a_tokens=a_tokens,
        b_tokens=b_tokens,
    )
    return Comparison(a, b, a_analysis, b_analysis, alignment, changes, matches)


def sentence_alignment(
    a: Article,
    b: Article,
    a_analysis: Analysis,
    b_analysis: Analysis,
    *,
    seen: dict | None = None,
    a_tokens: TokenizedText | None = None,
    b_tokens: TokenizedText | None = None,
) -> tuple[Alignment, ...]:
    """The sentence pairs of A and B that report the same thing (story sentences only, no page
    furniture): what the reader shows, and the only pairs the fact matcher and the story
    matrix go by. `seen`: sentences already read, shared across calls (see align_sentences);
    `a_tokens`/`b_tokens`: the texts tokenized once, when the caller has them."""
    return align_sentences(
        a.text,
        a.story_sentences(a_analysis.sentences),
        b.text,
        b.story_sentences(b_analysis.sentences),
        a_facts=a_analysis.facts,
        b_facts=b_analysis.facts,
        seen=seen,
        a_tokens=a_tokens,
        b_tokens=b_tokens,
    )
