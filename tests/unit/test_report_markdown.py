"""The Markdown report: headings and tables, with article text escaped."""

from __future__ import annotations

import re

import pytest
from report_fixtures import flood_comparison, hostile_comparison

from parallax.report import render_comparison
from parallax.report.markdown_report import escape

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def markdown(comparison=None) -> str:
    return render_comparison(comparison or flood_comparison(), "markdown")


def table_rows(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("| ")]


def test_title_articles_and_summary():
    report = markdown()
    assert report.startswith(
        "# Floods kill 65 in Brenner Valley as minister makes third visit — Brenner Valley toll"
    )
    assert "| **Outlet** | Northline Wire | Harbour Post |" in report
    assert "**Summary:** 3 conflicts · 1 only in A · 2 only in B · 1 variant · 5 agreed" in report


def test_matches_are_tables_with_sentence_context_quoted():
    report = markdown()
    assert report.index("## Conflicts (3)") < report.index("## Agreed (5)")
    assert (
        "| ordinal | **third** = 3 visit | **fourth** = 4 visit | third vs fourth visit | "
        "“…Interior Minister Tomas Reyes made his **third** visit to the area.” (s1, 185–190) |"
    ) in report


@pytest.mark.parametrize("comparison", [flood_comparison(), hostile_comparison()])
def test_every_table_row_has_as_many_cells_as_its_header(comparison):
    rows = table_rows(markdown(comparison))
    widths = [len(UNESCAPED_PIPE.findall(row)) for row in rows]
    header_widths = {w for row, w in zip(rows, widths, strict=True) if row.startswith("| Kind")}
    assert header_widths == {7}
    assert set(widths) <= {4, 7}  # the articles table has 3 cells, match tables 6


def test_pipes_and_markdown_syntax_in_article_text_are_escaped():
    report = markdown(hostile_comparison())
    assert r"\| pipe \| " in report and r"Harbour \| Post" in report
    assert not re.search(r"(?<!\\)[<>]", report)  # no tag can open: every < and > escaped
    assert r"\<script\>alert(1)\</script\>" in report and r"\*bold\*" in report
    assert r'\<img src=x onerror="alert(4)"\>' in report


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a | b", r"a \| b"),
        ("*bold* _it_", r"\*bold\* \_it\_"),
        ("[link](http://x)", r"\[link\](http://x)"),
        ("<b>", r"\<b\>"),
        ("back\\slash", r"back\\slash"),
        ("`code`", r"\`code\`"),
        ("AT&T &amp; co", r"AT&T \&amp; co"),
        ("line\nbreak", "line break"),
        ("# not a heading ~", r"\# not a heading \~"),
        (None, ""),
    ],
)
def test_escape(text, escaped):
    assert escape(text) == escaped
