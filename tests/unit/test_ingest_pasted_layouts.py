"""The two layouts of pasted news seen in real use (written for this project, in tests/data):
an agency feed item and a web page copied with select-all. They import with their details and
give no facts from their furniture (the facts need the trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.application import analyses as facts
from parallax.application.importing import import_paths
from parallax.application.progress import run_to_end
from parallax.ingest import read_path
from parallax.library import open_library

from support import story

PASTED = Path(__file__).resolve().parents[1] / "data" / "pasted"
FEED = PASTED / "agency-feed.txt"
WEB_COPY = PASTED / "web-copy.txt"


def test_an_agency_feed_item_has_its_date_and_no_invented_headline():
    article = read_path(FEED).article
    assert article.published == "2024-10-21"
    assert article.title is None  # the feed has no headline; the lead sentence is not one
    assert article.text.startswith("date 2024-10-21 Kyiv [Ukraine], October 21 : Ukraine's")
    assert story(article).startswith("Kyiv [Ukraine], October 21 : Ukraine's energy minister")
    assert "pic.twitter.com" not in story(article)
    assert "keep working until every home has light.\n" in story(article)  # the post's words


def test_a_dateline_alone_takes_its_year_from_another_date_on_the_page():
    text = FEED.read_text(encoding="utf-8").replace("date 2024-10-21 ", "")
    assert read_path_text(text).published == "2024-10-21"  # the post's date agrees


def test_a_dateline_alone_gets_no_year_it_cannot_read():
    text = FEED.read_text(encoding="utf-8").replace("date 2024-10-21 ", "")
    text = text.replace(" October 21, 2024", "")
    assert read_path_text(text).published is None


def read_path_text(text: str):
    from parallax.ingest import read_text

    return read_text(text).article


def test_a_select_all_web_copy_has_its_headline_byline_outlet_and_date():
    article = read_path(WEB_COPY).article
    assert article.title == "Harbour town votes to rebuild sea wall before winter storms"
    assert (article.byline, article.outlet) == ("Mara Lindqvist", "Coastline Courier")
    assert article.published == "2024-10-22"
    assert story(article).split("\n\n") == [
        line for line in WEB_COPY.read_text(encoding="utf-8").splitlines()[6:10]
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("path", "furniture_words", "story_words"),
    [
        (FEED, ["2024-10-21", "Olena Marchuk", "@OlenaMarchukUA"], ["180,000", "Monday", "14"]),
        (
            WEB_COPY,
            ["Asia", "Eastern Europe", "USA", "Coastline Courier", "Reuters", "Ellery FM"],
            ["$12 million", "Tomas Reyes", "1962", "Tuesday"],
        ),
    ],
)
def test_no_fact_comes_from_furniture(tmp_path: Path, path, furniture_words, story_words):
    library = tmp_path / "library.db"
    run_to_end(import_paths(library, [path]))
    with open_library(library) as db:
        (article,) = db.articles()
        (analysis,) = facts.analyses(db, [article])
    shown = [fact.text for fact in analysis.facts]
    for fact in analysis.facts:
        assert article.text[fact.start : fact.end] == fact.text
        assert not article.in_furniture(fact.start, fact.end)
    for words in furniture_words:
        assert not any(words in text for text in shown), (words, shown)
    for words in story_words:
        assert any(words in text for text in shown), (words, shown)
