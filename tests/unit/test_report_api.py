"""The report package's public API: formats, dispatch, and what every format has in common."""

from __future__ import annotations

import pytest

from parallax.report import (
    FORMATS,
    STORY_FORMATS,
    comparison_to_json,
    render_comparison,
    render_story,
)
from report_fixtures import FALLBACK, flood_comparison, hostile_comparison, story_matrix


def test_the_formats_the_cli_offers():
    assert FORMATS == ("text", "json", "markdown", "html", "csv", "memo")
    assert STORY_FORMATS == ("text", "json", "markdown", "html", "csv", "memo")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_comparison_ending_in_one_newline(fmt):
    report = render_comparison(flood_comparison(), fmt)
    assert len(report) > 500
    assert report.endswith("\n") and not report.endswith("\n\n")


@pytest.mark.parametrize("fmt", STORY_FORMATS)
def test_every_format_renders_a_story(fmt):
    report = render_story(story_matrix(), fmt)
    assert "Harbour Post" in report and report.endswith("\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_rendering_is_deterministic(fmt):
    assert render_comparison(flood_comparison(), fmt) == render_comparison(flood_comparison(), fmt)


@pytest.mark.parametrize("fmt", ["docx", "png", "", "HTML"])
def test_an_unknown_format_is_refused_by_name(fmt):
    with pytest.raises(ValueError, match="unknown report format"):
        render_comparison(flood_comparison(), fmt)
    with pytest.raises(ValueError, match="text, json, markdown, html, csv, memo"):
        render_story(story_matrix(), fmt)


def test_comparison_to_json_is_the_json_report():
    comparison = flood_comparison()
    assert comparison_to_json(comparison)["summary"] == comparison.summary()


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_for_people_warn_when_no_trained_model_was_used(fmt):
    assert "No trained language model" not in render_comparison(flood_comparison(), fmt)
    report = render_comparison(flood_comparison(model=FALLBACK), fmt)
    assert "No trained language model" in report
    assert "blank:en rules-1" in report


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_for_people_put_conflicts_before_agreement(fmt):
    report = render_comparison(flood_comparison(), fmt).lower()
    assert report.index("conflict") < report.index("agree")


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_renders_in_every_format(fmt):
    assert render_comparison(hostile_comparison(), fmt)
