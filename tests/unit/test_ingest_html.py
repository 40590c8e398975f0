"""Saved web pages: the article and its metadata, without the page furniture around it."""

from __future__ import annotations

import socket

import pytest

from parallax.errors import InputError
from parallax.ingest import read_bytes

from support import story

PARAGRAPHS = [
    "KYIV — The defence minister arrived in the capital on Monday for his fourth visit since "
    "the war began, promising a further $400 million in military aid.",
    "“We will stand with Ukraine for as long as it takes,” he told reporters at a briefing "
    "near the presidential office.",
    "Officials said the package would include air-defence interceptors and artillery rounds, "
    "with the first deliveries expected within weeks.",
]
NAV = '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sub">Subscribe now</a></nav>'
FOOTER = (
    "<footer><p>© 2024 The Daily Ledger. All rights reserved.</p><a href='/p'>Privacy</a></footer>"
)


def page(body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{head}'
        '<script>window.tracking = "on";</script><style>p { color: red }</style></head>'
        f"<body><header>{NAV}</header><main>{body}</main>{FOOTER}</body></html>"
    )


def article_body(*, h1: str = "Minister makes fourth visit to Kyiv") -> str:
    ps = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<article><h1>{h1}</h1><p class="byline">By Jane Doe</p>'
        f'<time datetime="2024-10-21T09:15:00Z">October 21, 2024</time>{ps}</article>'
    )


HEAD = (
    "<title>Minister makes fourth visit to Kyiv | The Daily Ledger</title>"
    '<meta property="og:title" content="Minister makes fourth visit to Kyiv">'
    '<meta property="og:site_name" content="The Daily Ledger">'
    '<meta name="author" content="Jane Doe">'
    '<meta property="og:url" content="https://ledger.example/world/minister-kyiv">'
)


def read(html: str, name: str = "page.html"):
    return read_bytes(html.encode("utf-8"), name=name).article


def test_article_text_and_metadata_from_a_news_page():
    article = read(page(article_body(), HEAD))
    assert article.format == "html"
    assert article.title == "Minister makes fourth visit to Kyiv"
    assert article.outlet == "The Daily Ledger"
    assert article.byline == "Jane Doe"
    assert article.published == "2024-10-21"
    assert article.url == "https://ledger.example/world/minister-kyiv"
    assert article.language == "en"
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_navigation_scripts_and_footer_stay_out_of_the_text():
    text = read(page(article_body(), HEAD)).text
    for furniture in (
        "Subscribe now",
        "Home",
        "tracking",
        "color",
        "All rights reserved",
        "Privacy",
    ):
        assert furniture not in text


def test_a_page_without_metadata_invents_none():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = read(f"<html><body><article>{body}</article></body></html>")
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert (article.byline, article.published, article.url, article.outlet) == (None,) * 4


def test_a_tiny_two_paragraph_page_still_has_its_text():
    html = "<html><body><p>The council voted 7-2.</p><p>It takes effect in May.</p></body></html>"
    assert read(html).text == "The council voted 7-2.\n\nIt takes effect in May."


def test_an_html_fragment_is_read():
    article = read("<p>The council voted 7-2.</p>", name="snippet.html")
    assert article.text == "The council voted 7-2."


@pytest.mark.parametrize(
    "html",
    [
        page("<div id='app'></div><script>render()</script>"),
        "<html><head><title>Home</title></head><body>" + NAV + "</body></html>",
        "<html><body></body></html>",
    ],
    ids=["script-app", "only-navigation", "empty-body"],
)
def test_a_page_without_article_text_is_refused(html: str):
    with pytest.raises(InputError, match="contains no article text"):
        read(html)


def test_html_in_a_txt_file_is_read_as_html():
    article = read(page(article_body(), HEAD), name="saved.txt")
    assert article.format == "html"
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_a_txt_file_holding_an_html_fragment_is_read_as_html():
    article = read("<p>The council voted 7-2.</p>\n<p>It takes effect in May.</p>", name="a.txt")
    assert (article.format, article.text) == (
        "html",
        "The council voted 7-2.\n\nIt takes effect in May.",
    )


def test_plain_text_in_an_html_file_is_read_as_text():
    text = "Minister visits Kyiv\n\nThe minister arrived on Monday. Talks were < 2 hours long."
    article = read(text, name="story.html")
    assert article.format == "txt"
    assert article.title == "Minister visits Kyiv"
    assert article.text == text
    assert story(article) == "The minister arrived on Monday. Talks were < 2 hours long."


def test_a_plain_text_file_that_mentions_a_tag_stays_text():
    text = "Reporters found a <p> tag in the leaked draft, suggesting it came from a web page."
    assert read(text, name="story.txt").format == "txt"


def test_entities_and_mojibake_in_a_page_are_repaired():
    html = page(
        "<article><p>AT&amp;T said it wouldnâ€™t comment on the outage in Besançon.</p></article>"
    )
    assert read(html).text == "AT&T said it wouldn’t comment on the outage in Besançon."


def test_a_date_in_the_running_text_is_not_taken_as_the_publication_date():
    html = page(
        "<article><p>The treaty signed on 3 March 2019 expires next year, officials said, and "
        "talks on its renewal have not begun.</p></article>"
    )
    assert read(html).published is None


def test_list_items_are_lines_and_a_br_inside_a_paragraph_is_not_a_new_paragraph():
    body = (
        "<article><h1>Budget approved</h1>"
        f"<p>{PARAGRAPHS[0]}</p><h2>What the package holds</h2>"
        "<ul><li>a new sea wall costing €2.4 million</li><li>two more harbour buses</li></ul>"
        "<p>Fishermen said the closure of the harbour road<br>would cost them the season.</p>"
        "<p>Harbour office<br>Quay Street 4</p></article>"
    )
    article = read(page(body, "<title>Budget approved</title>"))
    assert article.text == (
        f"{PARAGRAPHS[0]}\n\nWhat the package holds\n\n"
        "- a new sea wall costing €2.4 million\n- two more harbour buses\n\n"
        "Fishermen said the closure of the harbour road would cost them the season.\n\n"
        "Harbour office\nQuay Street 4"
    )


def test_an_old_table_layout_page_falls_back_to_its_paragraphs():
    # trafilatura drops layout tables with the data tables, so it finds no article here
    html = (
        "<html><body><table><tr><td><a href='/'>Home</a></td><td>"
        "<p>The council voted 7-2 on Tuesday.<br>The budget takes effect in May.</p>"
        "<p>Fishermen were angry.</p></td></tr></table></body></html>"
    )
    assert read(html).text == (
        "The council voted 7-2 on Tuesday. The budget takes effect in May.\n\nFishermen were angry."
    )


def test_reading_a_page_opens_no_connection(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: object) -> None:
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    head = HEAD + (
        '<link rel="stylesheet" href="https://cdn.example/site.css">'
        '<meta property="og:image" content="https://cdn.example/wall.jpg">'
        '<link rel="canonical" href="https://ledger.example/world/minister-kyiv">'
    )
    body = (
        article_body()
        + '<img src="https://cdn.example/photo.jpg"><iframe src="https://x.example/"></iframe>'
    )
    assert read(page(body, head)).text == "\n\n".join(PARAGRAPHS)


def test_a_page_wrapped_in_one_big_form_keeps_its_article():
    # older CMSs (ASP.NET WebForms) put the whole page inside a <form>
    html = page(f'<form id="aspnetForm" method="post">{article_body()}</form>', HEAD)
    assert read(html).text == "\n\n".join(PARAGRAPHS)


def test_the_site_name_is_cut_from_the_title_and_the_headline_not_repeated_in_the_text():
    head = "<title>Minister makes fourth visit to Kyiv | The Daily Ledger</title>"
    article = read(page(article_body(), head))
    assert article.title == "Minister makes fourth visit to Kyiv"
    assert article.text == "\n\n".join(PARAGRAPHS)
