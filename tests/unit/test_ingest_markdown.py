"""Markdown files become plain text with the words as written and the markup gone."""

from __future__ import annotations

from parallax.ingest import read_bytes
from parallax.ingest.markdown import inline

from support import story


def read(text: str, name: str = "story.md"):
    return read_bytes(text.encode("utf-8"), name=name).article


def test_a_leading_heading_is_the_title_and_the_rest_is_plain_text():
    text = (
        "# Harbour road to close for winter\n"
        "\n"
        "The council voted **7-2** on Tuesday to close the *harbour road* for\n"
        "three months while engineers rebuild the [sea wall](https://ledger.example/wall).\n"
        "\n"
        "![Waves breaking over the wall](wall.jpg)\n"
        "\n"
        "## What changes\n"
        "\n"
        "- buses go via Mill Lane\n"
        "* parking moves to the old depot\n"
        "1. first phase in November\n"
        "\n"
        "> “It is the only safe option,” the engineer said.\n"
        "\n"
        "---\n"
        "\n"
        "[sea wall]: https://ledger.example/wall\n"
    )
    article = read(text)
    assert article.format == "md"
    assert article.title == "Harbour road to close for winter"
    assert article.text == (
        "The council voted 7-2 on Tuesday to close the harbour road for three months while "
        "engineers rebuild the sea wall.\n\n"
        "What changes\n\n"
        "- buses go via Mill Lane\n* parking moves to the old depot\n1. first phase in November"
        "\n\n“It is the only safe option,” the engineer said."
    )


def test_setext_heading_is_the_title():
    article = read("Harbour road to close\n=====================\n\nThe vote was 7-2 on Tuesday.")
    assert article.title == "Harbour road to close"
    assert article.text == "The vote was 7-2 on Tuesday."


def test_a_heading_after_text_is_not_the_title():
    article = read("The vote was 7-2 on Tuesday.\n\n# Reaction\n\nFishermen were angry.")
    assert article.title is None
    assert article.text == "The vote was 7-2 on Tuesday.\n\nReaction\n\nFishermen were angry."


def test_code_fences_keep_their_lines_as_text():
    text = (
        "# Data\n\nThe ministry published the figures:\n\n"
        "```\nregion    dead   injured\nKharkiv     12        40\n```\n\nMore to follow."
    )
    assert read(text).text == (
        "The ministry published the figures:\n\n"
        "region    dead   injured\nKharkiv     12        40\n\nMore to follow."
    )


def test_front_matter_and_heading_together():
    text = (
        "---\ntitle: From the front matter\ndate: 2024-10-22\nauthor: Jane Doe\n---\n\n"
        "# From the heading\n\nBy Omar Haddad\n\nThe vote was 7-2 on Tuesday."
    )
    article = read(text)
    assert article.title == "From the front matter"  # the first value found wins
    assert article.published == "2024-10-22"
    assert article.byline == "Jane Doe"
    # the heading leaves the text (it is Markdown's title); the byline line stays, as furniture
    assert article.text == "By Omar Haddad\n\nThe vote was 7-2 on Tuesday."
    assert story(article) == "The vote was 7-2 on Tuesday."


def test_byline_lines_under_the_heading_are_metadata():
    article = read("# Harbour road closes\n\nBy Jane Doe\n\nThe vote was 7-2 on Tuesday.")
    assert (article.title, article.byline) == ("Harbour road closes", "Jane Doe")
    assert story(article) == "The vote was 7-2 on Tuesday."


def test_inline_markup():
    assert inline("**bold** and __strong__ and *em* and _em_") == "bold and strong and em and em"
    assert inline("see [the report][1] and <https://ledger.example/r>") == (
        "see the report and https://ledger.example/r"
    )
    assert inline("a ~~wrong~~ figure, `x_y_z` and snake_case_name") == (
        "a wrong figure, x_y_z and snake_case_name"
    )
    assert inline(r"an escaped \*star\* and 2 * 3 * 4") == "an escaped *star* and 2 * 3 * 4"
    assert inline("![chart](c.png) Turnout rose") == "Turnout rose"


def test_a_markdown_file_that_is_an_html_document_is_read_as_html():
    page = (
        "<!DOCTYPE html><html><head><title>Road closes</title></head><body>"
        "<p>The council voted 7-2 on Tuesday to close the harbour road.</p>"
        "<p>Fishermen said the decision would cost them most of the season.</p></body></html>"
    )
    assert read(page).format == "html"
