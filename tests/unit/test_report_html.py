"""The HTML report: one offline page, both texts highlighted, the fact table, nothing runnable."""

from __future__ import annotations

from dataclasses import replace

import lxml.html
import pytest

from parallax.report import render_comparison
from parallax.report.html_page import CSP
from report_fixtures import FALLBACK, flood_comparison, hostile_comparison, possible_comparison


def page(comparison=None) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        render_comparison(comparison or flood_comparison(), "html")
    )


def by_id(doc: lxml.html.HtmlElement, element_id: str) -> lxml.html.HtmlElement:
    (found,) = doc.xpath(f'//*[@id="{element_id}"]')
    return found


def classes(element: lxml.html.HtmlElement) -> set[str]:
    return set((element.get("class") or "").split())


def test_both_texts_appear_exactly_side_by_side():
    comparison = flood_comparison()
    doc = page(comparison)
    assert by_id(doc, "a-text").text_content() == comparison.a.text
    assert by_id(doc, "b-text").text_content() == comparison.b.text
    assert "articles" in classes(by_id(doc, "a").getparent())


def test_paragraphs_are_kept():
    paragraphs = by_id(page(), "a-text").xpath("./p")
    assert len(paragraphs) == 4
    assert (
        paragraphs[3].text_content()
        == "The Orsa River had fallen 12% since Sunday, officials said."
    )


def test_every_conflict_is_highlighted_on_both_sides_with_an_id():
    comparison = flood_comparison()
    doc = page(comparison)
    conflicts = [m for m in comparison.matches if m.status == "conflict"]
    assert len(conflicts) == 3
    for match in conflicts:
        for side, fact in (("a", match.a), ("b", match.b)):
            span = by_id(doc, f"{side}-{fact.id}")
            assert span.tag == "span" and {"fact", "conflict"} <= classes(span)
            assert span.text_content() == fact.text


@pytest.mark.parametrize(
    ("anchor", "status_class", "words"),
    [
        ("a-f6", "only", "$400 million"),
        ("b-f10", "only", "Ines Dalca"),
        ("a-f3", "variant", "Tuesday"),
        ("b-f1", "agree", "Brenner Valley"),
    ],
)
def test_facts_are_highlighted_by_status(anchor, status_class, words):
    span = by_id(page(), anchor)
    assert {"fact", status_class} <= classes(span) and span.text_content() == words


def test_a_word_change_nests_inside_its_fact():
    doc = page()
    fact = by_id(doc, "a-f9")  # "12%", changed to "15" on the other side
    (inner,) = fact.xpath("./span")
    assert {"chg", "sub", "cat-number"} <= classes(inner) and inner.text_content() == "12"
    assert inner.get("title") == "number change · B: “15”"
    # A change longer than its fact is cut around it: facts are never split by changes.
    b_fact = by_id(doc, "b-f2")
    (b_inner,) = b_fact.xpath("./span")
    assert "chg" in classes(b_inner) and b_inner.text_content() == "72"
    before = b_fact.getprevious()
    assert (
        "chg" in classes(before) and before.text_content() + b_fact.text_content() == "at least 72"
    )
    assert before.get("title") == b_inner.get("title") == "number change · A: “65”"


def test_changes_are_marked_by_category_and_style_changes_are_quiet():
    doc = page()
    changes = doc.xpath('//div[@id="a-text"]//span[contains(@class, "chg")]')
    by_words = {span.text_content(): classes(span) for span in changes}
    assert {"chg", "style"} <= by_words["Interior Minister"]
    assert {"chg", "wording", "gone"} <= by_words[", officials said"]
    assert {"chg", "sub", "cat-entity"} <= by_words["he"]
    (point,) = doc.xpath('//div[@id="a-text"]//span[contains(@class, "pt")]')
    assert point.text_content() == "" and point.get("title") == "wording change · B: “level of the”"


def test_the_fact_table_links_to_the_highlights_with_provenance():
    doc = page()
    rows = doc.xpath("//table/tbody/tr")
    assert len(rows) == 12
    first = rows[0]
    assert first.get("class") == "conflict"
    cells = [cell.text_content() for cell in first.xpath("./td")]
    assert cells[:5] == ["✗ Conflict", "number", "65 people", "72 (at least) people", cells[4]]
    assert cells[5] == (
        "aligned sentences (score 0.81); same counted thing: people; shared words: killed, "
        "floods; same position in the sentence"
    )
    assert cells[6] == "sentence 2chars 105–107"  # counted from 1
    assert [a.get("href") for a in first.xpath(".//a")] == ["#a-f2", "#b-f2"]
    statuses = [row.get("class") for row in rows]
    assert statuses == ["conflict"] * 3 + ["only_a", "only_b", "only_b", "variant"] + ["agree"] * 5


def test_possible_conflicts_come_after_the_conflicts_with_their_own_mark():
    comparison = possible_comparison()
    doc = page(comparison)
    rows = doc.xpath("//table/tbody/tr")
    assert [row.get("class") for row in rows][:4] == ["conflict", "conflict", "possible", "only_a"]
    cells = [cell.text_content() for cell in rows[2].xpath("./td")]
    assert cells[:3] == ["✗? Possible conflict", "percent", "12%"]
    assert cells[5].startswith("aligned sentences (score 0.74); shared words: fallen, river")
    (possible,) = [m for m in comparison.matches if m.status == "possible"]
    for side, fact in (("a", possible.a), ("b", possible.b)):
        span = by_id(doc, f"{side}-{fact.id}")
        assert {"fact", "possible"} <= classes(span) and "conflict" not in classes(span)
        assert span.get("title").startswith("Possible conflict · percent")
    summary = [li.text_content() for li in doc.xpath('//ul[@class="summary"]/li')]
    assert summary[:2] == ["2 conflicts", "1 possible conflict"]


def test_the_legend_and_the_style_give_possible_conflicts_a_cue_beyond_colour():
    doc = page(possible_comparison())
    legend = [li.text_content() for li in doc.xpath('//ul[@class="legend"]/li')]
    assert any(words.startswith("12,000 possible conflict:") for words in legend)
    (style,) = doc.xpath("//style")
    assert '.mark.possible::before { content: "✗?"' in style.text
    rule = next(line for line in style.text.splitlines() if line.startswith(".fact.possible {"))
    assert "dotted" in rule and "bold" not in rule  # a weaker conflict: dotted, not bold


def test_every_in_page_link_has_a_target():
    doc = page()
    for link in doc.xpath("//a[starts-with(@href, '#')]"):
        assert doc.xpath(f'//*[@id="{link.get("href")[1:]}"]'), link.get("href")


def test_metadata_fingerprints_and_model():
    comparison = flood_comparison()
    html = render_comparison(comparison, "html")
    for value in (comparison.a.sha256, comparison.b.sha256, "Helena Marsh", "Harbour Post"):
        assert value in html
    assert "Facts found by en_core_web_sm 3.8.0." in html
    assert "banner" not in lxml.html.tostring(page(comparison).body, encoding="unicode")


def test_a_fallback_model_gets_a_warning_banner():
    (banner,) = page(flood_comparison(model=FALLBACK)).xpath('//*[@class="banner"]')
    assert "No trained language model" in banner.text_content()


def test_the_page_has_a_legend_and_a_strict_content_security_policy():
    doc = page()
    (policy,) = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    assert policy.get("content") == CSP
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert doc.xpath('//ul[@class="legend"]/li')
    assert doc.xpath("//head/style")


@pytest.mark.parametrize("comparison", [flood_comparison(), hostile_comparison()])
def test_nothing_loads_or_runs(comparison):
    doc = page(comparison)
    assert not doc.xpath("//script | //img | //iframe | //object | //embed | //link | //form")
    for element in doc.iter():
        if isinstance(element.tag, str):
            assert not [name for name in element.attrib if name.lower().startswith("on")]
    assert not doc.xpath("//@src") and not doc.xpath("//@style")
    external = [a.get("href") for a in doc.xpath("//*[@href]") if not a.get("href").startswith("#")]
    assert external == [
        u for u in (comparison.a.url, comparison.b.url) if u and u.startswith("http")
    ]
    assert "url(" not in render_comparison(comparison, "html")  # no CSS that could fetch


def test_hostile_text_is_shown_as_text():
    comparison = hostile_comparison()
    doc = page(comparison)
    html = render_comparison(comparison, "html")
    assert "<script" not in html.lower()
    assert by_id(doc, "a-text").text_content() == comparison.a.text
    assert by_id(doc, "a-f1").text_content() == "<script>alert(1)</script>"
    assert doc.findtext(".//title") == (
        "Parallax: Title </title><script>alert(1)</script> — | pipe | </style>"
    )
    assert "</style>" in by_id(doc, "a-text").text_content()
    (style,) = doc.xpath("//style")
    assert "alert" not in style.text
    evidence = [cell.text_content() for cell in doc.xpath('//td[@class="evidence"]')]
    assert evidence[:2] == [
        "shared words: <i>died</i>, *said*|",
        "same words around: <script>alert(8)</script> [31m",
    ]  # shown as text, never as markup or a terminal escape


def test_only_web_links_are_links_and_they_send_no_referrer():
    doc = page(hostile_comparison())
    (link,) = doc.xpath("//a[not(starts-with(@href, '#'))]")
    assert link.get("href") == 'https://ok.example/"><x'
    assert link.get("rel") == "noreferrer noopener" and link.get("referrerpolicy") == "no-referrer"
    assert "javascript:alert(5)" in by_id(doc, "a").text_content()  # shown, not linked


def test_a_fact_in_two_matches_gets_one_anchor_with_the_most_urgent_status():
    comparison = flood_comparison()
    dead = comparison.matches[1]
    again = replace(dead, status="agree", note=None)
    doc = page(replace(comparison, matches=(again, *comparison.matches)))
    assert "conflict" in classes(by_id(doc, "a-f2"))
