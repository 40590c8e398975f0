"""The story HTML report opens with the fact-check memo: the marks of every pair of its
articles by verdict, with notes and both sentences, then the claims its sources disagree on."""

from __future__ import annotations

import lxml.html
from test_report_html_memo import memo_part, words
from test_report_memo import marked

from parallax.report import render_story
from report_fixtures import flood_comparison, hostile_comparison, story_matrix


def test_the_story_report_lists_disputed_open_and_confirmed_marks_with_their_notes():
    matrix = story_matrix()
    pair = marked(
        flood_comparison(),
        number=("disputed", "Hospital says 72; police say 65"),
        ordinal=("confirmed", "Ministry confirms the fourth visit"),
    )
    page = render_story(matrix, "html", marked=[pair])
    assert "<h2>Fact-check memo</h2>" in page
    assert page.index("Fact-check memo") < page.index("<table>")  # the calls before the matrix
    disputed = memo_part(page, "Disputed (1)")
    assert "Hospital says 72; police say 65" in words(disputed)
    assert "have killed <b>65</b> people" in disputed  # both sentences, the fact in bold
    assert "have killed at least <b>72</b> people" in disputed
    assert pair.a.id in disputed and pair.b.id in disputed  # which pair of the story
    assert "Ministry confirms the fourth visit" in words(memo_part(page, "Confirmed (1)"))
    assert "None." in memo_part(page, "Open (0)")
    claims = words(memo_part(page, "Claims the sources disagree on (2)"))
    assert all(f"“{n}”" in claims for n in ("65", "72", "68"))
    assert "1 disputed · 0 open · 1 confirmed · 0 dismissed" in words(page)
    lxml.html.document_fromstring(page)  # well formed enough to parse


def test_without_marks_the_memo_says_so_and_dismissed_ones_are_listed_apart():
    matrix = story_matrix()
    plain = render_story(matrix, "html")
    assert "no match of these articles has a review mark yet" in words(plain)
    pair = marked(flood_comparison(), number=("dismissed", "a rounding, not a dispute"))
    page = render_story(matrix, "html", marked=[pair])
    assert "a rounding, not a dispute" in words(memo_part(page, "Dismissed (1)"))
    assert "None." in memo_part(page, "Disputed (0)")


def test_notes_and_article_text_cannot_inject_html_into_the_story_report():
    pair = hostile_comparison()
    pair = marked(pair, **{pair.matches[0].kind: ("disputed", "<script>alert(1)</script>")})
    page = render_story(story_matrix(label="<img src=x>"), "html", marked=[pair])
    assert "<script>alert" not in page and "<img src=x>" not in page
    assert "<script>alert(1)</script>" in words(memo_part(page, "Disputed (1)"))
