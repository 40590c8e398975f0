"""Glued rows of links ("New York CityNew JerseyLong Island") are told by a pattern that must stay
linear on a line of 60,000 letters (the hostile-input e2e test) and say what the plain one says."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from parallax.ingest.shapes import _GLUED, is_glued_row

# The rule as first written: clear, but it retried every letter of a long run (quadratic).
PLAIN = re.compile(r"[A-Z]?[a-z]{3,}(?=[A-Z][a-z])")


@given(st.text(alphabet="aAbBcdNeÉé -", max_size=60))
def test_the_linear_pattern_finds_what_the_plain_rule_finds(line):
    assert _GLUED.findall(line) == PLAIN.findall(line)


def test_a_menu_of_glued_links_is_a_glued_row_and_a_sentence_is_not():
    assert is_glued_row("HomeNewsWorldPoliticsBusinessSport")
    assert not is_glued_row("The council met on Monday to discuss the PlayStation plant.")
