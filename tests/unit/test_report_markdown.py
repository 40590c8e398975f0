"""The Markdown report: headings and tables, with article text escaped."""

from __future__ import annotations

import re

import pytest

from parallax.report import render_comparison
from parallax.report.markdown_report import escape
from report_fixtures import flood_comparison, hostile_comparison, possible_comparison

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
    assert (
        "**Summary:** 3 conflicts · 0 possible conflicts · 1 only in A · 2 only in B · 1 variant "
        "· 5 agreed"
    ) in report


def test_matches_are_tables_with_sentence_context_quoted():
    report = markdown()
    assert report.index("## Conflicts (3)") < report.index("## Agreed (5)")
    assert (
        "| ordinal | **third** = 3 visit | **fourth** = 4 visit | third vs fourth visit | "
        "aligned sentences (score 0.81); same counted thing: visit; same position in the sentence "
        "| “…Interior Minister Tomas Reyes made his **third** visit to the area.” (s2, 185–190) |"
    ) in report


def test_possible_conflicts_are_their_own_table_after_the_conflicts():
    report = markdown(possible_comparison())
    assert "**Summary:** 2 conflicts · 1 possible conflict · 1 only in A" in report
    conflicts, possible = (
        report.index("## Conflicts (2)"),
        report.index("## Possible conflicts (1)"),
    )
    assert conflicts < possible < report.index("## Only in A (1)")
    assert "| percent | **12%** | **15%** | 12% vs 15% | aligned sentences (score 0.74); " in report
    assert "**12%**" not in report[conflicts:possible]


def test_only_paired_tables_have_a_paired_because_column():
    headers = [row for row in table_rows(markdown()) if row.startswith("| Kind")]
    assert headers == [
        "| Kind | A | B | Note | Paired because | A in context | B in context |",  # conflicts
        "| Kind | A | B | Note | A in context | B in context |",  # only in A
        "| Kind | A | B | Note | A in context | B in context |",  # only in B
        "| Kind | A | B | Note | Paired because | A in context | B in context |",  # variants
        "| Kind | A | B | Note | Paired because | A in context | B in context |",  # agreed
    ]


@pytest.mark.parametrize("comparison", [flood_comparison(), hostile_comparison()])
def test_every_table_row_has_as_many_cells_as_its_header(comparison):
    rows = table_rows(markdown(comparison))
    widths = [len(UNESCAPED_PIPE.findall(row)) for row in rows]
    tables = [(row, w) for row, w in zip(rows, widths, strict=True) if row.startswith("| Kind")]
    assert {w for _, w in tables} == {7, 8}
    assert set(widths) <= {4, 7, 8}  # articles: 3 cells; one-sided: 6; paired: 7 with evidence
    sizes, size = [], 4
    for row, width in zip(rows, widths, strict=True):
        size = width if row.startswith("| Kind") else size
        sizes.append(size)
    assert widths == sizes  # every row as wide as the header above it


def test_pipes_and_markdown_syntax_in_article_text_are_escaped():
    report = markdown(hostile_comparison())
    assert r"\| pipe \| " in report and r"Harbour \| Post" in report
    assert not re.search(r"(?<!\\)[<>]", report)  # no tag can open: every < and > escaped
    assert r"\<script\>alert(1)\</script\>" in report and r"\*bold\*" in report
    assert r'\<img src=x onerror="alert(4)"\>' in report
    assert r"shared words: \<i\>died\</i\>, \*said\*\|" in report  # evidence is escaped too


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
