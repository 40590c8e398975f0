"""The terminal report: articles, counts, conflicts first, then one-sided facts, variants, rest."""

from __future__ import annotations

from dataclasses import replace

from parallax.report import render_comparison
from report_fixtures import flood_comparison, hostile_comparison, possible_comparison


def text(comparison=None) -> str:
    return render_comparison(comparison or flood_comparison(), "text")


def test_it_opens_with_both_articles_and_the_counts():
    lines = text().splitlines()
    assert lines[0] == "A  Floods kill 65 in Brenner Valley as minister makes third visit"
    assert lines[1] == "   Northline Wire · 2024-10-22 · 63 words · sha256 944979d30483"
    assert lines[2].startswith("B  Brenner Valley toll rises")
    assert (
        "Summary: 3 conflicts · 0 possible conflicts · 1 only in A · 2 only in B · 1 variant · "
        "5 agreed"
    ) in lines


def test_sections_come_in_reading_order():
    report = text()
    order = ["CONFLICTS (3)", "ONLY IN A (1)", "ONLY IN B (2)", "VARIANTS (1)", "AGREED (5)"]
    positions = [report.index(heading) for heading in order]
    assert positions == sorted(positions)


def test_a_conflict_shows_both_sides_the_note_and_the_sentences():
    report = text()
    assert '  ordinal      "third" vs "fourth"  (third vs fourth visit)' in report
    assert "A s2: …Minister Tomas Reyes made his [third] visit to the area." in report
    assert 'number       "65" vs at least "72"' in report


def test_possible_conflicts_are_their_own_section_after_the_conflicts():
    report = text(possible_comparison())
    assert "Summary: 2 conflicts · 1 possible conflict · 1 only in A" in report
    order = ["CONFLICTS (2)", "POSSIBLE CONFLICTS (1)", "ONLY IN A (1)"]
    positions = [report.index(heading) for heading in order]
    assert positions == sorted(positions)
    section = report[positions[1] : positions[2]]
    assert '  percent      "12%" vs "15%"  (12% vs 15%)' in section
    assert '"12%"' not in report[positions[0] : positions[1]]  # never listed as a conflict


def test_paired_facts_say_why_they_were_paired():
    lines = text(possible_comparison()).splitlines()
    because = [line.strip() for line in lines if line.strip().startswith("Paired because")]
    assert because == [
        "Paired because: aligned sentences (score 0.81); same counted thing: people; shared",
        "Paired because: aligned sentences (score 0.81); same counted thing: visit; same",
        "Paired because: aligned sentences (score 0.74); shared words: fallen, river; same",
        "Paired because: aligned sentences (score 0.81); same value: 2024-10-22",
    ]  # conflicts, the possible conflict, the variant: wrapped, not cut
    at = lines.index(" " * 15 + because[0])
    assert lines[at + 1] == " " * 17 + "words: killed, floods; same position in the sentence"
    assert lines[at - 1].lstrip().startswith("B s2:")


def test_one_sided_facts_show_what_they_say():
    assert '"$400 million" = 400,000,000 USD' in text()
    assert '"40" schools' in text()


def test_agreed_facts_are_one_compact_line():
    line = next(li for li in text().splitlines() if li.startswith("AGREED"))
    assert line.startswith("AGREED (5): Brenner Valley; Tomas Reyes; We will not leave")


def test_it_ends_with_sentence_and_word_statistics():
    *_, sentences, words = text().splitlines()
    assert (
        sentences == "Sentences: 4 pairs (0 same, 3 changed, 1 moved) · 1 only in A · 1 only in B"
    )
    assert words == "10 word changes: 4 wording, 3 number, 1 date, 1 style, 1 entity"


def test_empty_groups_are_left_out():
    comparison = flood_comparison()
    agreed_only = replace(comparison, matches=comparison.matches[:1], changes=())
    report = text(agreed_only)
    assert "CONFLICTS" not in report and "AGREED (1): Brenner Valley" in report
    assert "No word changes." in report


def test_terminal_control_characters_never_reach_the_terminal():
    report = text(hostile_comparison())
    assert "\x1b" not in report
    assert "Paired because: same words around: <script>alert(8)</script> [31m" in report
    assert "<script>alert(1)</script>" in report  # plain text is shown as it is


def test_long_contexts_are_shortened_to_one_line():
    for line in text().splitlines():
        assert len(line) <= 120, line
