"""The one stop-word list: what alignment and matching skip, and what they must keep."""

from __future__ import annotations

from parallax.compare.align.terms import profile
from parallax.compare.match.context import STOPWORDS as MATCH_STOPWORDS
from parallax.text.stopwords import NEGATIONS, STOPWORDS
from parallax.text.vocabulary import NUMBER_WORDS


def test_function_words_reporting_verbs_and_titles_are_stop_words() -> None:
    assert {"the", "of", "whose", "said", "told", "according"} <= STOPWORDS
    assert NEGATIONS <= STOPWORDS


def test_words_that_say_what_happened_are_not_stop_words() -> None:
    assert not {"killed", "flood", "visit", "president"} & STOPWORDS


def test_alignment_terms_are_the_content_words_of_a_sentence() -> None:
    terms = profile("Mr. Ortiz said the floods have killed 65 people, according to officials.")
    assert {"mr", "ortiz", "flood", "kill", "#65", "person", "official"} <= terms.terms
    assert not {"said", "the", "have", "according"} & terms.terms


def test_matching_skips_number_words_on_top_of_the_one_list() -> None:
    assert NUMBER_WORDS <= MATCH_STOPWORDS
    assert {"above", "below"} == STOPWORDS - MATCH_STOPWORDS  # "fell below 5,000" is context
    assert {"two", "third", "million", "mr"} <= MATCH_STOPWORDS
