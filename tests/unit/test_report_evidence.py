"""Why two facts were paired, in the plain words every report and the reader's sidebar use."""

from __future__ import annotations

import pytest

from parallax.model import EVIDENCE_SIGNALS, Evidence, Match
from parallax.report.evidence_text import evidence_phrase, evidence_text, paired_because
from report_fixtures import flood_comparison


@pytest.mark.parametrize(
    ("evidence", "words"),
    [
        (Evidence("aligned_sentences", 0.6172), "aligned sentences (score 0.62)"),
        (Evidence("aligned_sentences", 1.0), "aligned sentences (score 1.00)"),
        (Evidence("identical_sentences"), "identical sentences"),
        (Evidence("same_counted_thing", "visit"), "same counted thing: visit"),
        (Evidence("shared_event_words", ("killed", "flood")), "shared words: killed, flood"),
        (Evidence("shared_event_words", ["killed"]), "shared words: killed"),  # read from JSON
        (Evidence("same_position", True), "same position in the sentence"),
        (Evidence("same_value", 400_000_000.0), "same value: 400,000,000"),
        (Evidence("same_value", (1500, 2000)), "same value: 1,500–2,000"),
        (Evidence("same_value", "2024-10-22"), "same value: 2024-10-22"),
        (
            Evidence("compatible_values", ("at least 72", "75")),
            "compatible values: at least 72 / 75",
        ),
        (Evidence("same_day", "2024-10-22"), "same day: 2024-10-22"),
        (Evidence("same_name", "Tomas Reyes"), "same name: Tomas Reyes"),
        (
            Evidence("name_variant", "Lloyd Austin / Austin"),
            "one name written two ways: Lloyd Austin / Austin",
        ),
        (Evidence("same_words_around", "secretary of"), "same words around: secretary of"),
        (Evidence("quote_similarity", 0.934), "quoted words alike (similarity 0.93)"),
        (Evidence("quote_trimmed", True), "one quote is part of the other"),
        (Evidence("same_speaker", "Tomas Reyes"), "same speaker: Tomas Reyes"),
        (
            Evidence("different_speakers", "Austin / Zelensky"),
            "different speakers: Austin / Zelensky",
        ),
    ],
)
def test_each_signal_in_plain_words(evidence, words):
    assert evidence_phrase(evidence) == words


def test_every_signal_the_matcher_knows_has_its_own_words():
    for signal in EVIDENCE_SIGNALS:
        assert "_" not in evidence_phrase(Evidence(signal, "x")), signal


def test_a_signal_without_a_value_reads_without_one():
    assert evidence_phrase(Evidence("same_counted_thing", None)) == "same counted thing"
    assert evidence_phrase(Evidence("aligned_sentences")) == "aligned sentences"


def test_an_unknown_signal_still_reads_by_its_name():
    assert evidence_phrase(Evidence("same_photo_caption", "AP")) == "same photo caption: AP"
    assert evidence_phrase(Evidence("same_photo_caption")) == "same photo caption"


def test_values_are_one_line_without_control_characters():
    evidence = Evidence("same_words_around", "said\n\x1b[31mon\u202e  Monday")
    assert evidence_phrase(evidence) == "same words around: said [31mon Monday"


def test_the_signals_are_joined_in_the_matchers_order():
    evidence = (
        Evidence("aligned_sentences", 0.62),
        Evidence("same_counted_thing", "visit"),
        Evidence("shared_event_words", ("killed", "flood")),
        Evidence("same_position"),
    )
    assert evidence_text(evidence) == (
        "aligned sentences (score 0.62); same counted thing: visit; shared words: killed, flood; "
        "same position in the sentence"
    )
    assert evidence_text(()) == ""


def test_paired_because_is_empty_for_a_fact_nothing_paired():
    matches = flood_comparison().matches
    assert paired_because(matches[4]) == (
        "Paired because: aligned sentences (score 0.81); same counted thing: visit; "
        "same position in the sentence"
    )
    only_a = next(m for m in matches if m.status == "only_a")
    assert paired_because(only_a) == ""
    assert paired_because(Match("conflict", "number", None, None)) == ""
