"""Whatever the text, facts and changes, the HTML panes show each article's text exactly."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.model import MATCH_STATUSES, Analysis, Change, Comparison, Fact, Match
from parallax.report import render_comparison
from report_fixtures import MODEL, make_article

PIECES = [*"ab c.,\n<>&\"'’é€|*_=", "\n\n", "word ", "<script>", "</style>", "-->", "\r"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=50).map("".join)


@st.composite
def disjoint_ranges(draw: st.DrawFn, size: int) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, non-empty ranges inside [0, size]."""
    cuts = sorted(draw(st.lists(st.integers(0, size), max_size=12, unique=True)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return [(start, end) for start, end in pairs if start < end]


def facts_of(text: str, ranges: list[tuple[int, int]]) -> list[Fact]:
    return [Fact(f"f{i}", "number", text[s:e], s, e, 0) for i, (s, e) in enumerate(ranges)]


@st.composite
def comparisons(draw: st.DrawFn) -> Comparison:
    a_text, b_text = draw(TEXT), draw(TEXT)
    a_facts = facts_of(a_text, draw(disjoint_ranges(len(a_text))))
    b_facts = facts_of(b_text, draw(disjoint_ranges(len(b_text))))
    a_fact = st.none() | st.sampled_from(a_facts or [None])
    b_fact = st.none() | st.sampled_from(b_facts or [None])
    pairs = draw(st.lists(st.tuples(a_fact, b_fact), max_size=10))
    matches = tuple(
        Match(draw(st.sampled_from(MATCH_STATUSES)), "number", a, b) for a, b in pairs if a or b
    )
    a_bounds = st.tuples(st.integers(0, len(a_text)), st.integers(0, len(a_text))).map(sorted)
    b_bounds = st.tuples(st.integers(0, len(b_text)), st.integers(0, len(b_text))).map(sorted)
    category = st.sampled_from(["number", "date", "entity", "wording", "style"])
    changes = tuple(
        Change("replace", *a, *b, draw(category), 0)
        for a, b in draw(st.lists(st.tuples(a_bounds, b_bounds), max_size=10))
    )
    a, b = make_article("aaaa", a_text), make_article("bbbb", b_text)
    analyses = [Analysis(x.id, MODEL, (), tuple(f)) for x, f in ((a, a_facts), (b, b_facts))]
    return Comparison(a, b, *analyses, (), changes, matches)


@settings(max_examples=200, deadline=None)
@given(comparisons())
def test_the_panes_show_the_texts_exactly_and_every_fact_span(comparison):
    doc = lxml.html.document_fromstring(render_comparison(comparison, "html"))
    for side, article in (("a", comparison.a), ("b", comparison.b)):
        (pane,) = doc.xpath(f'//div[@id="{side}-text"]')
        assert pane.text_content() == article.text
        for match in comparison.matches:
            fact = getattr(match, side)
            if fact and _in_one_paragraph(article.text, fact):
                (span,) = doc.xpath(f'//*[@id="{side}-{fact.id}"]')
                assert span.text_content() == fact.text
    assert not doc.xpath("//script | //@src")


def _in_one_paragraph(text: str, fact: Fact) -> bool:
    """Paragraphs are the text split on blank lines; a fact across one is cut there."""
    at = 0
    for paragraph in text.split("\n\n"):
        if at <= fact.start and fact.end <= at + len(paragraph):
            return True
        at += len(paragraph) + 2
    return False
