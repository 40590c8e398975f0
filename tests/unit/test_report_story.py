"""The story matrix in every format: one row per fact, one column per article, ✓ ✗ — cells."""

from __future__ import annotations

import csv
import io
import json

import lxml.html

from parallax.report import render_story
from report_fixtures import story_matrix


def test_json_has_story_articles_and_rows_with_cells():
    matrix = story_matrix()
    data = json.loads(render_story(matrix, "json"))
    assert data["story"] == "Brenner floods"
    assert [a["id"] for a in data["articles"]] == [a.id for a in matrix.articles]
    assert data["articles"][1] == matrix.articles[1].to_json()
    assert [row["status"] for row in data["rows"]] == [
        "disputed",
        "disputed",
        "single",
        "partial",
        "agreed",
    ]
    visit = data["rows"][0]
    assert set(visit) == {"kind", "label", "status", "cells"}
    assert [cell["status"] for cell in visit["cells"]] == ["conflict", "agree", "agree"]
    assert visit["cells"][0]["article"] == "a1b2c3d4"
    assert visit["cells"][0]["fact"]["text"] == "third"
    assert data["rows"][2]["cells"][1] == {"article": "e5f6a7b8", "status": "absent", "fact": None}


def test_text_is_aligned_columns_in_the_given_order():
    lines = render_story(story_matrix(), "text").splitlines()
    assert lines[0] == "Story: Brenner floods — 3 articles"
    table = lines[lines.index("") + 1 :]
    assert table[0].split() == ["FACT", "KIND", "STATUS", "[1]", "[2]", "[3]"]
    assert (
        " ".join(table[1].split()) == "visit (ordinal) ordinal disputed ✗ third ✓ fourth ✓ fourth"
    )
    assert "✗ at least 72" in table[2]
    column = table[0].index("[1]")
    assert all(line[column - 2 : column] == "  " and line[column] != " " for line in table)
    assert [line[column] for line in table[1:]] == ["✗", "✗", "✓", "—", "✓"]


def test_markdown_is_a_table_with_one_column_per_article():
    report = render_story(story_matrix(label="visit | ordinal"), "markdown")
    rows = [line for line in report.splitlines() if line.startswith("| ")]
    assert rows[0] == (
        "| Fact | Kind | Status | 1. Northline Wire | 2. Harbour Post "
        "| 3. Northline Wire (corrected) |"
    )
    assert rows[2] == r"| visit \| ordinal | ordinal | disputed | ✗ third | ✓ fourth | ✓ fourth |"
    assert len(rows) == 2 + 5


def test_csv_has_text_and_status_columns_per_article():
    rows = list(csv.reader(io.StringIO(render_story(story_matrix(label="=cmd"), "csv"))))
    assert rows[0][:5] == [
        "kind",
        "label",
        "status",
        "Northline Wire [a1b2c3d4]",
        "Northline Wire [a1b2c3d4] status",
    ]
    assert len(rows[0]) == 3 + 2 * 3 and len(rows) == 1 + 5
    assert rows[1] == [
        "ordinal",
        "'=cmd",
        "disputed",
        *("third", "conflict"),
        *("fourth", "agree") * 2,
    ]
    assert rows[3][5:7] == ["", "absent"]


def test_html_is_a_self_contained_table_with_marked_cells():
    html = render_story(story_matrix(label="<script>alert(1)</script>"), "html")
    doc = lxml.html.document_fromstring(html)
    assert not doc.xpath("//script | //img | //@src")
    rows = doc.xpath("//table/tbody/tr")
    assert len(rows) == 5
    cells = rows[0].xpath("./td")
    assert cells[0].text_content() == "<script>alert(1)</script>"
    assert [c.text_content() for c in cells[3:]] == ["✗ third", "✓ fourth", "✓ fourth"]
    assert [c.get("class") for c in cells[3:]] == ["cell conflict", "cell agree", "cell agree"]
    assert rows[2].xpath("./td")[4].text_content() == "—"
    assert "sentence 2, chars" in cells[3].get("title")  # counted from 1
    assert doc.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    assert len(doc.xpath("//section[starts-with(@id, 'art')]")) == 3
