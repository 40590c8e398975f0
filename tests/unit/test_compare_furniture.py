"""Page furniture in a comparison: its sentences are not aligned, not changes, not "only in"."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax import ingest
from parallax.application import analyses as facts
from parallax.compare import navigate
from parallax.library import open_library
from parallax.model import Article, FurnitureSpan
from parallax.report.digest import alignment_stats

WEB_COPY = Path(__file__).resolve().parents[1] / "data" / "pasted" / "web-copy.txt"


def other_outlet(text: str) -> str:
    """The same report as another page prints it: other menus, another credit line."""
    text = text.replace("Asia Eastern Europe Politics USA", "World Business Climate Sport Video")
    text = text.replace(
        "With input from Reuters, the Associated Press and the local broadcaster Ellery FM.",
        "Additional reporting by the Coastline Courier newsroom and wire services.",
    )
    return text.replace("approving a budget of $12 million", "approving a budget of $14 million")


@pytest.fixture(scope="module")
def comparison(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("pages")
    (folder / "b.txt").write_text(other_outlet(WEB_COPY.read_text("utf-8")), "utf-8")
    library = folder / "library.sqlite"
    with open_library(library) as db:
        a, _ = db.add(ingest.read_path(WEB_COPY))
        b, _ = db.add(ingest.read_path(folder / "b.txt"))
        return library, facts.compare_articles(db, a, b)


def test_all_furniture_means_every_character_but_whitespace():
    article = Article(
        "x", "0" * 64, "menu row\nBody text here.\n", furniture=(FurnitureSpan(0, 8, "menu"),)
    )
    assert article.all_furniture(0, 8)
    assert article.all_furniture(0, 9)  # the line's end is whitespace
    assert not article.all_furniture(0, 14)  # runs into the story
    assert not article.all_furniture(9, 24)
    split = article.replace(furniture=(FurnitureSpan(0, 4, "a"), FurnitureSpan(5, 8, "b")))
    assert split.all_furniture(0, 8)  # two spans, a space between them
    assert not split.replace(furniture=split.furniture[:1]).all_furniture(0, 8)


def test_furniture_sentences_are_not_aligned_nor_listed_as_only_in(comparison):
    _, result = comparison
    for article, analysis, side in (
        (result.a, result.a_analysis, "a"),
        (result.b, result.b_analysis, "b"),
    ):
        furniture_only = {
            s.index for s in analysis.sentences if article.all_furniture(s.start, s.end)
        }
        assert furniture_only, "the page's menu row and credit line are furniture"
        assert not furniture_only & {i for pair in result.alignment for i in getattr(pair, side)}
    shown = [
        (result.a.text[slice(*d.side_a)], result.b.text[slice(*d.side_b)])
        for d in navigate.differences(result)
    ]
    assert shown == [("12", "14")]  # the budget; not the menus, not the credit lines
    assert alignment_stats(result)["only_a"] == alignment_stats(result)["only_b"] == 0


def test_a_line_flipped_to_story_is_compared_again(comparison):
    library, before = comparison
    credit = before.a.text.index("With input from")
    end = before.a.text.index("\n", credit)
    with open_library(library) as db:
        db.set_furniture(before.a.id, credit, end, False)
        after = facts.compare_articles(db, db.get(before.a.id), db.get(before.b.id))
        db.set_furniture(before.a.id, credit, end, None)
    only_a = [
        after.a.text[slice(*d.side_a)]
        for d in navigate.differences(after)
        if d.category == navigate.ONLY_A
    ]
    assert any("With input from Reuters" in text for text in only_a), only_a


def test_the_html_report_leaves_furniture_out_and_says_so(comparison):
    from parallax.report.html_report import render

    _, result = comparison
    page = render(result)
    assert ".furniture { display: none; }" in page
    assert '<span class="furniture" title="page furniture: ' in page
    hidden = page.split('<span class="furniture"')[1:]
    assert any("Eastern Europe" in span.split("</span>")[0] for span in hidden)
    assert "of page furniture (menus, captions, credit lines) left out" in page
    assert not any("The town council" in span.split("</span>")[0] for span in hidden)
