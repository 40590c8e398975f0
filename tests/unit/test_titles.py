"""An article without a headline is shown by its first words, marked as not a title."""

from __future__ import annotations

from parallax.cli.plain_text import article_table, search_results
from parallax.model import Article, SearchHit
from parallax.report.digest import title_of
from parallax.titles import has_headline, lead_words, shown_title

LEAD = "Rescue teams reached the flooded village of Orsk on Monday, officials said. More came."


def _article(title: str | None = None, text: str = LEAD, id_: str = "a1b2c3d4e5f6") -> Article:
    return Article(id=id_, sha256="0" * 64, text=text, title=title)


def test_the_lead_is_the_first_sentence_cut_after_a_word():
    assert lead_words("  Floods hit\nthe valley.  Then more.") == "Floods hit the valley."
    cut = lead_words(LEAD, width=40)
    assert cut == "Rescue teams reached the flooded…"
    assert len(cut) <= 40


def test_a_headline_is_shown_as_it_is_on_one_line():
    article = _article("Orsk\n  reached")
    assert has_headline(article)
    assert shown_title(article) == "Orsk reached"


def test_no_headline_shows_the_first_words_marked_and_keeps_the_title_empty():
    article = _article(None)
    assert not has_headline(_article("   "))
    shown = shown_title(article, width=50)
    assert shown.startswith("[no headline] Rescue teams")
    assert shown.endswith("…") and len(shown) <= 50
    assert article.title is None


def test_five_untitled_articles_can_be_told_apart_in_every_listing():
    texts = [f"Report {n}: the river rose {n} metres overnight." for n in range(5)]
    articles = [_article(None, text, id_=f"{n:012d}") for n, text in enumerate(texts)]
    table = article_table(articles)
    assert "(untitled)" not in table
    assert len({line.split("  ", 1)[1] for line in table.splitlines()[1:]}) == 5
    assert table.count("[no headline] Report") == 5
    hits = search_results([SearchHit(a, "the [river] rose", -1.0) for a in articles])
    assert hits.count("[no headline] Report") == 5
    assert len({title_of(a) for a in articles}) == 5
