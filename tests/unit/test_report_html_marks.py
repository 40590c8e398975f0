"""Highlight ranges become properly nested spans that never lose or duplicate a character."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.report.html_marks import Mark, marked_html


def pane(text: str, marks: list[Mark]) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(
        f'<div id="pane">{marked_html(text, marks)}</div>', create_parent=False
    )


def spans(element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return element.xpath(".//span")


def test_text_without_marks_is_paragraphs():
    html = marked_html("One.\n\nTwo <b>.\nStill two.", [])
    assert html == "<p>One.</p>\n\n<p>Two &lt;b&gt;.\nStill two.</p>"


def test_a_mark_inside_another_nests():
    html = marked_html(
        "killed 65 people", [Mark(7, 9, "chg", layer=1), Mark(0, 16, "fact", "a-f1")]
    )
    assert html == (
        '<p><span class="fact" id="a-f1">killed <span class="chg">65</span> people</span></p>'
    )


def test_the_same_range_puts_the_lower_layer_outside():
    html = marked_html("65", [Mark(0, 2, "chg", layer=1), Mark(0, 2, "fact", "a-f2", layer=0)])
    assert html == '<p><span class="fact" id="a-f2"><span class="chg">65</span></span></p>'


def test_crossing_marks_are_split_and_the_id_stays_on_the_first_piece():
    html = marked_html("abcdefgh", [Mark(0, 5, "fact", "a-f1"), Mark(3, 8, "chg", "c1")])
    assert html == (
        '<p><span class="fact" id="a-f1">abc<span class="chg" id="c1">de</span></span>'
        '<span class="chg">fgh</span></p>'
    )


def test_a_lower_layer_is_never_cut_by_a_higher_one():
    html = marked_html("abcdefgh", [Mark(2, 6, "fact", "a-f1"), Mark(0, 4, "chg", layer=1)])
    assert html == (
        '<p><span class="chg">ab</span><span class="fact" id="a-f1">'
        '<span class="chg">cd</span>ef</span>gh</p>'
    )


def test_a_point_is_an_empty_span_where_the_other_side_adds_words():
    html = marked_html("The Orsa", [Mark(4, 4, "chg pt", title="B: “level of the”")])
    assert html == '<p>The <span class="chg pt" title="B: “level of the”"></span>Orsa</p>'


def test_a_mark_across_paragraphs_is_cut_at_the_break():
    html = marked_html("ab\n\ncd", [Mark(1, 5, "chg", "x")])
    assert html == '<p>a<span class="chg" id="x">b</span></p>\n\n<p><span class="chg">c</span>d</p>'


def test_points_at_the_very_end_and_inside_a_break_are_kept():
    html = marked_html("ab\n\ncd", [Mark(3, 3, "in"), Mark(6, 6, "end")])
    assert html == '<p>ab<span class="in"></span></p>\n\n<p>cd<span class="end"></span></p>'


def test_marks_outside_the_text_are_ignored():
    assert marked_html("abc", [Mark(2, 9, "x"), Mark(-1, 1, "y"), Mark(2, 1, "z")]) == "<p>abc</p>"


def test_titles_ids_and_classes_are_escaped():
    html = marked_html("x", [Mark(0, 1, 'a" onclick="b', '"><script>', title="<i>\"'")])
    element = pane("x", [Mark(0, 1, 'a" onclick="b', '"><script>', title="<i>\"'")])
    assert "<script" not in html and "<i>" not in html
    (span,) = spans(element)
    assert span.get("class") == 'a" onclick="b' and span.get("onclick") is None
    assert span.get("title") == "<i>\"'"


def test_a_thousand_marks_in_one_paragraph_are_fine():
    text = "word " * 2000
    marks = [Mark(i * 5, i * 5 + 4, "fact", f"f{i}") for i in range(1000)]
    marks += [Mark(i * 5 + 2, i * 5 + 7, "chg", layer=1) for i in range(1000)]
    assert pane(text, marks).text_content() == text


PIECES = [*"ab c.,\n<>&\"'’é€|*_", "\n\n", "word ", "\r"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(TEXT)
    n = len(text)
    bounds = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    facts = draw(st.lists(bounds, max_size=8))
    changes = draw(st.lists(bounds, max_size=8))
    marks = [Mark(s, e, "fact conflict", f"a-f{i}") for i, (s, e) in enumerate(facts)]
    marks += [Mark(s, e, "chg sub", layer=1, title=f"c{i}") for i, (s, e) in enumerate(changes)]
    return text, marks


@settings(max_examples=300, deadline=None)
@given(text_and_marks())
def test_highlighting_never_loses_or_duplicates_a_character(case):
    text, marks = case
    element = pane(text, marks)
    assert element.text_content() == text


@settings(max_examples=200, deadline=None)
@given(text_and_marks())
def test_every_id_appears_once(case):
    """Once, on a span, for every range with a character outside the paragraph breaks."""
    text, marks = case
    element = pane(text, marks)
    ids = [span.get("id") for span in spans(element) if span.get("id")]
    assert len(ids) == len(set(ids))
    assert set(ids) <= {m.id for m in marks}
    visible = {m.id for m in marks if m.id and _shows(text, m)}
    assert set(ids) >= visible


def _shows(text: str, mark: Mark) -> bool:
    return any(_in_paragraph(text, i) for i in range(mark.start, mark.end))


def _in_paragraph(text: str, i: int) -> bool:
    at = 0
    for part in text.split("\n\n"):
        if at <= i < at + len(part):
            return True
        at += len(part) + 2
    return False


@settings(max_examples=200, deadline=None)
@given(text_and_marks())
def test_spans_are_well_formed_and_keep_their_ranges(case):
    """Each span's text is a piece of one mark's range: walking the tree, every character
    sits inside exactly the marks whose range covers it."""
    text, marks = case
    element = pane(text, marks)
    covering = _covering_classes(element)
    assert len(covering) == len(text)
    for i, classes in enumerate(covering):
        expected = sorted(
            m.classes for m in marks if m.start <= i < m.end and _in_paragraph(text, i)
        )
        assert sorted(classes) == expected, (i, text)


def _covering_classes(element) -> list[list[str]]:
    """For each character of the element's text, the classes of the spans around it."""
    out: list[list[str]] = []

    def walk(node, stack):
        here = [*stack, node.get("class")] if node.tag == "span" else stack
        out.extend([list(here)] * len(node.text or ""))
        for child in node:
            walk(child, here)
            out.extend([list(here)] * len(child.tail or ""))

    walk(element, [])
    return out
