"""A story aligns each article with every other: the sentences read for one pair are reused
for the next, with the same alignments as reading them afresh."""

from __future__ import annotations

from parallax.compare.comparison import sentence_alignment
from report_fixtures import flood_comparison


def test_sentences_read_once_give_the_same_alignment_for_every_pair():
    c = flood_comparison()
    a, b, a_an, b_an = c.a, c.b, c.a_analysis, c.b_analysis
    seen: dict = {}
    first = sentence_alignment(a, b, a_an, b_an, seen=seen)
    read = len(seen)
    again = sentence_alignment(b, a, b_an, a_an, seen=seen)  # the same sentences: none read anew
    assert read == len(seen) > 0
    assert first == sentence_alignment(a, b, a_an, b_an)
    assert again == sentence_alignment(b, a, b_an, a_an)
