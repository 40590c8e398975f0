"""One stem for every inflection of a word, and one event word for news copy's synonyms."""

from __future__ import annotations

import pytest

from parallax.text.stems import event_word, event_word_written, stem


@pytest.mark.parametrize(
    "forms",
    [
        ("kill", "kills", "killed", "killing"),
        ("city", "cities"),
        ("rise", "rises", "rising", "rose"),
        ("stop", "stops", "stopped"),
        ("government", "governments", "government's"),
        ("person", "people", "persons"),
    ],
)
def test_every_inflection_of_a_word_has_one_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1


def test_a_stem_leaves_words_that_only_look_inflected() -> None:
    assert stem("crisis") == "crisis"
    assert stem("bus") == "bus"
    assert stem("glass") == "glass"


def test_killed_and_died_are_two_stems_but_one_event_word() -> None:
    assert stem("killed") != stem("died")
    assert len({event_word(w) for w in ("killed", "Died", "deaths", "dead", "toll")}) == 1


def test_a_synonym_is_made_its_event_word_before_the_one_stem() -> None:
    assert event_word("rising") == event_word("rose") == event_word("climbed")
    assert event_word("climbing") != event_word("rose")  # a mountain, not a price
    assert event_word("troops") == event_word("Soldiers")
    assert event_word("injures") == event_word("wounded")


def test_lives_lost_is_a_death_but_living_is_not() -> None:
    assert event_word("deaths") == event_word("Died")
    assert event_word("lives") == event_word("died")
    assert event_word("living") != event_word("died")


def test_an_acronym_plural_is_the_acronym() -> None:
    assert event_word_written("KOs") == event_word_written("KO")
    assert event_word_written("Kos") != event_word_written("KO")
