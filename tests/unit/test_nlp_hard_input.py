"""Hostile text at the unit level: bounded regexes, bounded numbers, what spaCy is shown."""

from __future__ import annotations

import json
import time

import pytest

from parallax import errors
from parallax.ingest.bylines import is_names
from parallax.ingest.markdown import to_blocks
from parallax.ingest.readers import is_blank
from parallax.model import Article
from parallax.nlp import analyse, blank_pipeline
from parallax.nlp.bylines import header_names
from parallax.nlp.chunks import MAX_TOKEN_CHARS, batches, model_text
from parallax.nlp.values import value_candidates
from parallax.text.number_words import parse_number, parse_ordinal


def _seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def test_model_text_blanks_only_runs_too_long_to_be_words_and_keeps_every_offset():
    word = "x" * MAX_TOKEN_CHARS
    text = f"He said {word} then [{'[' * 5000}] and {'*' * 300}."
    seen = model_text(text)
    assert len(seen) == len(text)
    assert word in seen and "He said" in seen
    assert "[[" not in seen and "**" not in seen
    assert seen.replace(" ", "") == f"Hesaid{word}thenand"


def test_batches_hold_few_characters_whatever_the_number_of_pieces():
    pieces = [("a" * 20_000, n) for n in range(7)]
    found = batches(pieces, size=32, chars=60_000)
    sizes = [sum(len(text) for text, _ in batch) for batch in found]
    assert sizes == [60_000, 60_000, 20_000]
    assert [len(b) for b in batches([("a", 1)] * 5, size=2, chars=60_000)] == [2, 2, 1]
    assert [len(b) for b in batches([("a" * 90_000, 1)], size=2, chars=60_000)] == [1]


def test_a_number_longer_than_any_amount_is_no_number_and_nothing_breaks_storing_it():
    text = f"The total was {'7' * 4300} million people, or {'9' * 5000} dollars, on Monday."
    candidates = value_candidates(text, published=None)
    json.dumps([c.value for c in candidates])  # raised "Exceeds the limit (4300 digits)"
    assert not [c for c in candidates if c.kind in ("number", "money")]


def test_numbers_stay_exact_up_to_the_cap():
    assert parse_number("123,456,789,012,345,678") == 123_456_789_012_345_678
    assert parse_number("1" * 31) is None
    assert parse_number("one " + "million " * 200) is None
    assert parse_ordinal("million " * 10 + "millionth") is None
    assert parse_ordinal("twenty-first") == 21


@pytest.mark.parametrize(
    "line",
    ["A-" * 3000, "A" * 3000 + " " * 3000 + "x", "WASHINGTON" + " " * 20_000 + "x"],
    ids=["hyphenated", "letters-then-spaces", "place-then-spaces"],
)
def test_dateline_rule_is_linear_on_long_lines(line):
    assert _seconds(lambda: header_names(line + "\n" + line)) < 1.0


def test_datelines_still_found():
    text = "BADEN-BADEN, Germany (Northline) - The vote.\nNEW YORK -- The rally."
    found = {text[s.start : s.end]: s.label for s in header_names(text)}
    assert found == {"BADEN-BADEN": "GPE", "Germany": "GPE", "Northline": "ORG", "NEW YORK": "GPE"}


def test_markdown_with_deep_indentation_reads_in_linear_time():
    text = "".join(" " * 4000 + "- item\n" for _ in range(200))
    assert _seconds(lambda: to_blocks(text)) < 1.0


def test_only_spaces_and_zero_width_characters_are_blank():
    assert is_blank("\u200b\ufeff\u00a0\u2003\u3000\u200c\u200d\u2060\n\t \u202f")
    assert not is_blank("\u200b a \u200b")


def test_a_text_over_the_limit_is_refused_before_any_work(monkeypatch):
    monkeypatch.setattr(errors, "MAX_TEXT_CHARS", 1_000)
    article = Article(id="a1", sha256="0" * 64, text="Rain fell in Carrow. " * 60)
    start = time.perf_counter()
    with pytest.raises(errors.InputError, match=r"too long to analyse \(1,260 characters"):
        analyse(article, pipeline=blank_pipeline())
    assert time.perf_counter() - start < 1.0


def test_a_run_of_brackets_is_analysed_fast_and_offsets_stay_exact():
    text = "Mayor Ines Dalca spoke in Carrow.\n\n" + "[" * 50_000 + "\n\nShe left on Monday."
    article = Article(id="a1", sha256="0" * 64, text=text, published="2024-10-22")
    start = time.perf_counter()
    analysis = analyse(article, pipeline=blank_pipeline())
    assert time.perf_counter() - start < 10.0  # 20,000 brackets took 98 s before
    assert {f.text for f in analysis.facts} >= {"Carrow", "Monday"}
    assert all(text[f.start : f.end] == f.text for f in analysis.facts)


def test_byline_separators_are_linear_on_long_runs_of_spaces():
    line = "Jane Doe" + " " * 20_000 + "x" + "\u00a0" * 20_000 + "and Li Wei"
    assert _seconds(lambda: is_names(line)) < 1.0
    assert is_names("Jane Doe, Li Wei and Omar al-Haddad")
