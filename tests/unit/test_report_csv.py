"""The CSV report: one row per match, RFC 4180 quoting, no formulas for a spreadsheet to run."""

from __future__ import annotations

import csv
import io

import pytest

from parallax.report import render_comparison
from parallax.report.csv_report import HEADER, csv_value, guard
from report_fixtures import flood_comparison, hostile_comparison, possible_comparison


def rows(comparison) -> list[list[str]]:
    return list(csv.reader(io.StringIO(render_comparison(comparison, "csv"))))


def records(comparison) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_comparison(comparison, "csv"))))


def test_a_header_then_one_row_per_match():
    comparison = flood_comparison()
    parsed = rows(comparison)
    assert parsed[0][:15] == [
        "status",
        "kind",
        "note",
        "a_text",
        "a_value",
        "a_start",
        "a_end",
        "a_sentence",
        "b_text",
        "b_value",
        "b_start",
        "b_end",
        "b_sentence",
        "a_article",
        "b_article",
    ]
    assert parsed[0] == list(HEADER)
    assert len(parsed) == 1 + len(comparison.matches)
    assert {len(row) for row in parsed} == {len(HEADER)}


def test_cells_carry_the_facts_and_their_provenance():
    record = records(flood_comparison())[1]
    assert record["status"] == "conflict" and record["kind"] == "number"
    assert (record["a_text"], record["a_value"], record["b_text"], record["b_value"]) == (
        "65",
        "65",
        "72",
        "72",
    )
    assert record["b_qualifier"] == "at least" and record["a_unit"] == "people"
    text = flood_comparison().a.text
    assert text[int(record["a_start"]) : int(record["a_end"])] == "65"
    assert record["a_sentence"] == "2"  # its second sentence, counted from 1 as people do
    assert (record["a_article"], record["b_article"]) == ("a1b2c3d4", "e5f6a7b8")


def test_the_evidence_column_says_why_two_facts_were_paired():
    assert HEADER[-1] == "evidence"  # new columns go at the end: old readers keep working
    by_kind = {(r["status"], r["kind"]): r["evidence"] for r in records(possible_comparison())}
    assert by_kind[("possible", "percent")] == (
        "aligned sentences (score 0.74); shared words: fallen, river; same position in the sentence"
    )
    assert by_kind[("agree", "quote")] == (
        "quoted words alike (similarity 1.00); same speaker: Tomas Reyes"
    )
    assert by_kind[("only_a", "money")] == ""  # one fact: nothing paired it


def test_a_missing_side_is_empty_cells():
    only_a = next(r for r in records(flood_comparison()) if r["status"] == "only_a")
    assert only_a["a_text"] == "$400 million" and only_a["a_value"] == "400000000"
    assert [only_a[f"b_{name}"] for name in ("text", "value", "start", "end", "sentence")] == [
        ""
    ] * 5


def test_quotes_commas_and_line_breaks_survive_the_round_trip():
    hostile = records(hostile_comparison())
    assert hostile[2]["a_text"] == '"><img src=x onerror=alert(2)>'
    assert hostile[0]["note"] == "<b onmouseover=alert(6)>65</b> | vs 70"


def test_rows_end_in_newline_only():
    text = render_comparison(flood_comparison(), "csv")
    assert "\r" not in text and text.endswith("\n")


def test_formula_cells_get_an_apostrophe_but_numbers_do_not():
    hostile = records(hostile_comparison())
    assert hostile[1]["note"] == "'+cmd|' /C calc'!A0"
    assert hostile[3]["a_text"] == '\'=HYPERLINK("http://evil.example/x","click")'
    assert hostile[3]["note"] == "'-2+3"
    assert hostile[4]["a_text"] == "-3" and hostile[4]["a_value"] == "-3"


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-", "'-"),
        ("-3", "-3"),
        ("+12.5", "+12.5"),
        ("-1,500", "-1,500"),
        ("-3+4", "'-3+4"),
        ("3", "3"),
        ("a=b", "a=b"),
        (None, ""),
        (42, "42"),
    ],
)
def test_guard(cell, shown):
    assert guard(cell) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ((1500, 2000), "1500–2000"),
        (("2024-10-14", "2024-10-18"), "2024-10-14–2024-10-18"),
        (400_000_000.0, "400000000"),
        (12.5, "12.5"),
        (None, ""),
        ("Lloyd Austin", "Lloyd Austin"),
    ],
)
def test_values_are_plain_and_ranges_use_an_en_dash(value, shown):
    assert csv_value(value) == shown
