"""The fact-check memo section of the HTML report: the editor's calls, before the evidence."""

from __future__ import annotations

import dataclasses
import html
import re

from test_report_memo import marked

from parallax.compare.marks import mark_for, with_marks
from parallax.report import render_comparison
from report_fixtures import flood_comparison, hostile_comparison


def memo_part(page: str, heading: str) -> str:
    """The text of one <h3> part of the memo section, up to the next heading, tags kept."""
    memo = page[page.index('<section class="memo"') : page.index("</section>")]
    start = memo.index(f"<h3>{heading}")
    end = memo.find("<h3>", start + 1)
    return memo[start : end if end >= 0 else len(memo)]


def words(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags out, references decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_the_section_lists_a_disputed_mark_with_its_note_and_both_sentences():
    comparison = marked(
        flood_comparison(),
        number=("disputed", "Hospital says 72; police say 65"),
        ordinal=("confirmed", "Ministry confirms the fourth visit"),
    )
    page = render_comparison(comparison, "html")
    assert "<h2>Fact-check memo</h2>" in page
    assert page.index("Fact-check memo") < page.index("<h2>Facts</h2>")  # the calls come first
    disputed = memo_part(page, "Disputed (1)")
    assert "have killed <b>65</b> people" in disputed
    assert "have killed at least <b>72</b> people" in disputed
    assert "note: Hospital says 72; police say 65" in words(disputed)
    assert "Mark: disputed, 2026-12-01T09:00:00+00:00" in words(disputed)
    dead = next(m for m in comparison.matches if m.kind == "number" and m.status == "conflict")
    assert f"characters {dead.a.start}–{dead.a.end}" in disputed
    assert f"SHA-256 {comparison.a.sha256[:12]}" in words(disputed)
    assert "Ministry confirms the fourth visit" in words(memo_part(page, "Confirmed (1)"))
    order = [page.index(f"<h3>{name}") for name in ("Disputed", "Open", "Confirmed")]
    assert order == sorted(order)


def test_an_unmarked_conflict_is_listed_as_open_and_a_dismissed_one_apart():
    comparison = marked(flood_comparison(), number=("dismissed", "later count"))
    page = render_comparison(comparison, "html")
    opened = words(memo_part(page, "Open"))
    assert "12%" in opened and "15%" in opened and "Mark: none yet (open)" in opened
    assert "number: “65”" not in opened  # dismissed: not open any more
    dismissed = words(memo_part(page, "Dismissed (1)"))
    assert "“65”" in dismissed and "later count" in dismissed
    assert "$400 million" in words(memo_part(page, "Only one source says"))


def test_an_orphaned_mark_is_in_the_section_with_its_words_and_note():
    comparison = flood_comparison()
    fall = next(m for m in comparison.matches if m.kind == "percent")
    mark = mark_for(fall, comparison, state="disputed", note="ask the river authority")
    gone = dataclasses.replace(
        comparison, matches=tuple(m for m in comparison.matches if m != fall)
    )
    orphans = words(memo_part(render_comparison(with_marks(gone, [mark]), "html"), "Orphaned"))
    assert "“12%”" in orphans and "“15%”" in orphans and "ask the river authority" in orphans


def test_article_text_in_the_section_is_escaped():
    comparison = hostile_comparison()
    page = render_comparison(comparison, "html")
    memo = page[page.index('<section class="memo"') : page.index("</section>")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in memo  # shown as written
    for raw in ("<script", "<img", "<b onmouseover", "onerror=alert"):
        assert raw not in memo
    assert "<script>alert(1)</script>" in words(memo)


def test_the_markdown_memo_lists_the_same_items_in_the_same_order():
    comparison = marked(
        flood_comparison(),
        number=("disputed", "Hospital says 72"),
        percent=("confirmed", "gauge read twice"),
    )
    memo = render_comparison(comparison, "memo")
    page = render_comparison(comparison, "html")
    for heading in ("Disputed", "Open", "Confirmed"):
        markdown = re.findall(r"^### \d+\. (\w+): “(.*?)” \(A\)", _md_part(memo, heading), re.M)
        shown = re.findall(r"<li><p><b>(\w+): “(.*?)” \(A\)", memo_part(page, heading))
        assert markdown == [(kind, html.unescape(text)) for kind, text in shown]
    summary = re.search(r"\*\*Summary:\*\* (.*)", memo).group(1)
    assert f"Summary: {summary}." in words(page)


def _md_part(memo: str, heading: str) -> str:
    start = memo.index(f"\n## {heading}")
    end = memo.find("\n## ", start + 1)
    return memo[start:end]
