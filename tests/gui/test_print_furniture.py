"""The PDF leaves page furniture out, as the HTML report does (Qt ignores `display: none`)."""

from __future__ import annotations

from parallax.report import render_comparison
from parallax.ui.render import _for_print


def test_furniture_is_cut_from_the_printed_report_and_the_story_kept(wire_and_rival):
    a = wire_and_rival.a
    assert a.furniture, "the sample's byline and date lines are furniture"
    html = render_comparison(wire_and_rival, "html")
    printed = _for_print(html)
    assert '<span class="furniture"' in html and '<span class="furniture"' not in printed
    byline = a.text[a.furniture[1].start : a.furniture[1].end]
    text_part = printed[printed.index('id="a-text"') :]
    assert byline not in text_part
    assert "CARROW" in text_part and "from their homes" in text_part  # the story stays
    assert printed.count("<span") == printed.count("</span>")  # nothing left half-open
