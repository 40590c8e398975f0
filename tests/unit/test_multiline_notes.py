"""A note of several lines ("Called X at 14:00.\\nConfirmed by Y.") keeps its line breaks in
the library, `parallax marks`, the Markdown memo (still valid Markdown), the HTML memo and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from markdown_it import MarkdownIt
from test_marks import stored as store_articles
from test_report_html_memo import memo_part
from test_report_memo import marked, section

from parallax.application.marking import clean_note, save_mark
from parallax.library import open_library
from parallax.report import marks_report, render_comparison
from report_fixtures import flood_comparison

NOTE = "Called X at 14:00.\n- Confirmed by Y.\n2. Asked the police: no reply"


def test_a_note_keeps_its_line_breaks_in_the_library(library_path: Path):
    comparison = flood_comparison()
    match = next(m for m in comparison.matches if m.status == "conflict")
    typed = "  Called   X at 14:00. \r\nConfirmed by Y.\n\n"
    store_articles(library_path, comparison)  # both articles in the library
    with open_library(library_path) as db:
        save_mark(db, comparison, match, state="confirmed", note=typed)
        (stored,) = db.marks()
    assert stored.note == "Called X at 14:00.\nConfirmed by Y." == clean_note(typed)


def test_the_markdown_memo_indents_the_later_lines_inside_the_mark_item():
    memo = render_comparison(marked(flood_comparison(), number=("disputed", NOTE)), "memo")
    disputed = section(memo, "Disputed (1)")
    assert "note: Called X at 14:00.\n  \\- Confirmed by Y.\n  2\\. Asked the police" in disputed
    tokens = MarkdownIt("commonmark").parse(disputed)
    items = [t for t in tokens if t.type == "list_item_open"]
    assert len(items) == 4  # found, A, B, mark: the note's lines start no item of their own
    assert not any(t.type == "ordered_list_open" for t in tokens)
    html = MarkdownIt("commonmark").render(disputed)
    assert "Called X at 14:00.\n- Confirmed by Y.\n2. Asked the police" in html


def test_the_html_memo_breaks_the_lines_and_the_json_keeps_them():
    comparison = marked(flood_comparison(), number=("disputed", NOTE))
    page = render_comparison(comparison, "html")
    assert "Called X at 14:00.<br>- Confirmed by Y.<br>2. Asked" in memo_part(page, "Disputed (1)")
    (mark,) = json.loads(marks_report.render_json([comparison]))
    assert mark["note"] == NOTE
    text = marks_report.render_text([comparison]).splitlines()
    at = next(n for n, line in enumerate(text) if "note: Called X at 14:00." in line)
    assert text[at + 1].strip() == "- Confirmed by Y."
    assert text[at + 1].index("-") == text[at].index("Called")  # lined up under the first
