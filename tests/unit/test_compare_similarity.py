"""`sentence_similarity`: how likely two news sentences are to report the same thing.

Sentences written for this project; facts are built by hand (no model needed).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.compare.align.sentences import STORY_FLOOR
from parallax.compare.align.similarity import PARAPHRASE_THRESHOLD, sentence_similarity
from parallax.compare.align.terms import profile
from parallax.model import Fact
from parallax.text.stems import stem

TOLL = "Floods in the valley have killed 65 people, officials said on Tuesday."


def fact(text: str, sentence: str, kind: str, value=None, canonical=None) -> Fact:
    start = sentence.index(text)
    return Fact("f", kind, text, start, start + len(text), 0, value=value, canonical=canonical)


def test_identical_sentences_score_near_one() -> None:
    assert sentence_similarity(TOLL, TOLL) > 0.95


def test_a_paraphrase_from_another_outlet_passes_the_paraphrase_threshold() -> None:
    a = "The central bank raised interest rates by half a point on Thursday."
    b = "On Thursday the central bank lifted its benchmark interest rates by half a point."
    assert sentence_similarity(a, b) >= PARAPHRASE_THRESHOLD


def test_different_tolls_of_the_same_floods_are_the_same_slot() -> None:
    rival = "At least 72 people have died in the floods in the valley, hospital officials said."
    same_numbers = rival.replace("At least 72", "65")
    assert STORY_FLOOR <= sentence_similarity(TOLL, rival) < sentence_similarity(TOLL, same_numbers)


def test_unrelated_sentences_score_below_the_story_floor() -> None:
    sport = "The striker scored twice as United beat City 3-1 in the derby on Saturday."
    assert sentence_similarity(TOLL, sport) < STORY_FLOOR


def test_a_negation_lowers_the_score() -> None:
    a = "The company said it would cut 1,200 jobs by March."
    negated = "The company said it would not cut 1,200 jobs by March."
    reworded = "The company said that it would cut 1,200 jobs by March."
    assert sentence_similarity(a, negated) < sentence_similarity(a, reworded) - 0.02


def test_a_name_spelt_two_ways_still_counts() -> None:
    a = "President Volodymyr Zelenskyy thanked the allies for the new air defence systems."
    variant = "Zelensky thanked allies for the air defence systems."
    other = "Stoltenberg thanked allies for the air defence systems."
    assert sentence_similarity(a, variant) > sentence_similarity(a, other) + 0.1


def test_facts_add_shared_names_and_dates() -> None:
    a = "Reyes promised more soldiers on Tuesday."
    b = "The interior minister, Tomas Reyes, pledged extra troops on October 22."
    a_facts = [
        fact("Reyes", a, "person", "Tomas Reyes", canonical="Tomas Reyes"),
        fact("Tuesday", a, "date", "2024-10-22"),
    ]
    b_facts = [
        fact("Tomas Reyes", b, "person", "Tomas Reyes", canonical="Tomas Reyes"),
        fact("October 22", b, "date", "2024-10-22"),
    ]
    plain = sentence_similarity(a, b)
    assert sentence_similarity(a, b, a_facts=a_facts, b_facts=b_facts) > plain + 0.05


def test_facts_give_one_value_to_numbers_written_differently() -> None:
    a = "Rescuers are searching for 12 children trapped under the school."
    b = "Rescuers are searching for a dozen children trapped under the school."
    a_facts = [fact("12", a, "number", 12)]
    b_facts = [fact("a dozen", b, "number", 12)]
    assert sentence_similarity(a, b, a_facts=a_facts, b_facts=b_facts) > sentence_similarity(a, b)


def test_facts_outside_the_string_are_ignored() -> None:
    stray = Fact("f9", "person", "Mara Vell", 500, 509, 7, value="Mara Vell", canonical="Mara Vell")
    assert sentence_similarity(TOLL, TOLL, a_facts=[stray]) == sentence_similarity(TOLL, TOLL)


@pytest.mark.parametrize("other", ["", " ", "—", "He said.", TOLL])
def test_a_sentence_without_content_words_scores_zero(other: str) -> None:
    assert sentence_similarity("", other) == 0.0
    assert sentence_similarity("-- said.", other) == 0.0


@pytest.mark.parametrize(
    ("word", "expected"),
    [("killed", "kill"), ("floods", "flood"), ("cities", "city"), ("died", "die"),
     ("rising", "ris"), ("rise", "ris"), ("stopped", "stop"), ("crisis", "crisis"),
     ("government's", "government")],
)  # fmt: skip
def test_stem_strips_inflections_only(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_profile_numbers_ignore_separators() -> None:
    assert "#12000" in profile("forced 12,000 from their homes").terms
    assert "#2.5" in profile("$2.50 a litre").terms


NEWS_WORDS = [
    "floods", "killed", "65", "72", "people", "Reyes", "Tomas", "said", "not", "on", "Tuesday",
    "the", "valley", "1,500", "soldiers", "Zelenskyy", "Zelensky", "aid", "$400", "million",
    "at", "least", "minister", "visit", "third", "fourth", ",", ".", '"', "—", "",
]  # fmt: skip
sentences = st.one_of(
    st.text(max_size=80), st.lists(st.sampled_from(NEWS_WORDS), max_size=18).map(" ".join)
)


@given(sentences, sentences)
def test_scores_are_symmetric_and_between_zero_and_one(a: str, b: str) -> None:
    score = sentence_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == sentence_similarity(b, a)
