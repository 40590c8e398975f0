"""PDF import: text in reading order, page furniture marked, pages kept, bad files refused."""

from __future__ import annotations

import dataclasses
import re

import pytest

from documents import (
    LONG_STORY,
    STORY,
    deflate_bomb_pdf_bytes,
    encrypted_pdf_bytes,
    pdf_bytes,
    scanned_pdf_bytes,
)
from parallax.application.analyses import with_pages
from parallax.errors import InputError
from parallax.ingest import read_bytes
from parallax.model import Analysis, Fact, ModelInfo
from pdf_layout import Layout

NEWSPAPER = Layout(columns=2, header="THE CITY LEDGER  Tuesday", footer=True, hyphenate=True)


def words(text: str) -> list[str]:
    return re.findall(r"[\w$’“”,.]+", text)


def story_text(article) -> str:
    """The stored text without its furniture."""
    text, at = "", 0
    for span in article.furniture:
        text += article.text[at : span.start]
        at = span.end
    return text + article.text[at:]


def test_a_two_column_page_with_header_footer_and_hyphens_reads_as_the_story():
    article = read_bytes(pdf_bytes(LONG_STORY, NEWSPAPER, title="Austin in Kyiv"), name="a.pdf")
    article = article.article
    assert article.format == "pdf"
    assert article.title == "Austin in Kyiv"
    assert words(story_text(article)) == words(" ".join(LONG_STORY))


def test_running_headers_and_page_numbers_are_marked_not_deleted():
    article = read_bytes(pdf_bytes(LONG_STORY, NEWSPAPER), name="a.pdf").article
    pages = article.text.count("\f") + 1
    assert pages >= 3
    marked = {article.text[s.start : s.end]: s.reason for s in article.furniture}
    assert marked["THE CITY LEDGER Tuesday"] == "running header"
    assert {f"Page {n}" for n in range(1, pages + 1)} <= set(marked)
    assert article.text.count("THE CITY LEDGER Tuesday") == pages


def test_a_word_broken_at_a_line_end_is_whole_again_but_a_compound_keeps_its_hyphen():
    paragraphs = [
        "The Kyiv-based governor said the administration's reconstruction programme "
        "would take years. " * 3,
        "Officials in the Kyiv-based office said the administration expected more aid. " * 3,
    ]
    article = read_bytes(pdf_bytes(paragraphs, Layout(hyphenate=True)), name="h.pdf").article
    assert "administration" in article.text
    assert not re.search(r"\w-\w", article.text.replace("Kyiv-based", ""))
    assert article.text.count("Kyiv-based") == 6


def test_a_pull_quote_is_marked_as_furniture():
    style = dataclasses.replace(NEWSPAPER, pull_quote=STORY[2][:60])
    article = read_bytes(pdf_bytes(LONG_STORY, style), name="q.pdf").article
    quotes = [s for s in article.furniture if s.reason == "pull quote"]
    assert len(quotes) == 1
    assert article.text[quotes[0].start : quotes[0].end] == " ".join(STORY[2][:60].split())


def test_each_fact_knows_its_page_from_the_stored_text():
    article = read_bytes(pdf_bytes(LONG_STORY, NEWSPAPER), name="a.pdf").article
    starts = [m.start() for m in re.finditer(r"Paragraph \d+", article.text)]
    facts = tuple(
        Fact(f"f{n}", "number", article.text[s : s + 12], s, s + 12, 0)
        for n, s in enumerate(starts)
    )
    analysis = Analysis(article.id, ModelInfo("test", "0", True), (), facts)
    pages = [fact.page for fact in with_pages(analysis, article).facts]
    assert pages[0] == 1 and pages[-1] == article.text.count("\f") + 1
    assert pages == sorted(pages)
    for fact, page in zip(facts, pages, strict=True):
        assert article.text[: fact.start].count("\f") + 1 == page
        assert article.text[fact.start : fact.end] == fact.text
    assert with_pages(analysis, article).facts[0].to_json()["page"] == 1


def test_facts_of_other_formats_have_no_page():
    article = read_bytes("\n\n".join(STORY).encode(), name="a.txt").article
    fact = Fact("f1", "money", "$400 million", 0, 12, 0)
    analysis = Analysis(article.id, ModelInfo("test", "0", True), (), (fact,))
    assert with_pages(analysis, article).facts[0].page is None
    assert "page" not in fact.to_json()


def test_a_pdf_named_like_text_is_read_as_a_pdf():
    article = read_bytes(pdf_bytes(STORY), name="statement.txt").article
    assert article.format == "pdf"
    assert "$400 million" in article.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (scanned_pdf_bytes(), "has no text layer"),
        (encrypted_pdf_bytes(STORY), "protected by a password"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage", "PDF file is damaged"),
    ],
    ids=["scan", "encrypted", "damaged"],
)
def test_a_pdf_that_cannot_give_text_is_refused_with_one_line(data: bytes, message: str):
    with pytest.raises(InputError, match=message) as caught:
        read_bytes(data, name="bad.pdf")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("bad.pdf: ")


def test_a_pdf_whose_streams_unpack_to_gigabytes_is_refused_before_they_are_read():
    data = deflate_bomb_pdf_bytes(600)
    assert len(data) < 1_000_000
    with pytest.raises(InputError, match=r"^bomb.pdf: would unpack to 50\d MB, too much"):
        read_bytes(data, name="bomb.pdf")


def test_a_paragraph_cut_at_the_foot_of_a_column_is_one_paragraph_again():
    article = read_bytes(pdf_bytes(LONG_STORY, NEWSPAPER), name="a.pdf").article
    furniture = {article.text[s.start : s.end] for s in article.furniture}
    for page in article.text.split("\f"):
        story = [p.strip() for p in page.split("\n\n") if p.strip() and p.strip() not in furniture]
        assert all(paragraph.endswith(".") for paragraph in story[:-1]), story
