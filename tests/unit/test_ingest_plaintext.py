"""Plain text files: paragraphs kept, wrapped prose re-joined, metadata lines recovered."""

from __future__ import annotations

import pytest

from parallax.errors import InputError
from parallax.ingest import read_bytes

from support import story

LEDE = (
    "KYIV, Oct 22 (Reuters) - The defence minister arrived in the capital on Tuesday for his "
    "fourth visit since the war began, promising a further $400 million in military aid."
)
SECOND = "“We are here for as long as it takes,” he told reporters outside the ministry."


def read(text: str, name: str = "story.txt"):
    return read_bytes(text.encode("utf-8"), name=name).article


# Paragraphs -----------------------------------------------------------------------------------
def test_paragraphs_are_joined_by_one_blank_line():
    text = "First paragraph of copy.\n\n\n\nSecond paragraph of copy.  \n \n\tThird one.\n"
    assert read(text).text == "First paragraph of copy.\n\nSecond paragraph of copy.\n\nThird one."


def test_hard_wrapped_prose_is_unwrapped_into_one_line_per_paragraph():
    wrapped = (
        "The council voted on Tuesday to close the harbour road for three months while\n"
        "engineers rebuild the sea wall, a decision that fishermen said would cost them\n"
        "most of the winter season.\n"
        "\n"
        "The vote was 7-2."
    )
    assert read(wrapped).text == (
        "The council voted on Tuesday to close the harbour road for three months while "
        "engineers rebuild the sea wall, a decision that fishermen said would cost them "
        "most of the winter season.\n\nThe vote was 7-2."
    )


def test_a_word_hyphenated_at_a_line_break_is_joined_without_a_space():
    wrapped = (
        "Officials from the energy ministry and the Kyiv-\n"
        "based agency confirmed that the shipment of generators had cleared customs."
    )
    assert "Kyiv-based agency" in read(wrapped).text


def test_short_lines_and_list_items_stay_lines():
    text = (
        "The aid package announced on Tuesday includes the following items for the front:\n"
        "- air-defence interceptors\n"
        "- 155mm artillery rounds\n"
        "1. first tranche in November\n"
        "\n"
        "Contacts:\n"
        "Jane Doe\n"
        "Omar Haddad"
    )
    assert read(text).text == (
        "The aid package announced on Tuesday includes the following items for the front:\n"
        "- air-defence interceptors\n- 155mm artillery rounds\n1. first tranche in November"
        "\n\nContacts:\nJane Doe\nOmar Haddad"
    )


def test_only_whitespace_is_empty_input():
    with pytest.raises(InputError, match="the file is empty"):
        read(" \n\t\n  \n")


# Title ----------------------------------------------------------------------------------------
def test_a_short_first_line_standing_alone_is_the_title_and_furniture_of_the_text():
    text = f"Minister makes fourth visit to Kyiv\n\n{LEDE}\n\n{SECOND}"
    article = read(text)
    assert article.title == "Minister makes fourth visit to Kyiv"
    assert article.text == text
    assert story(article) == f"{LEDE}\n\n{SECOND}"


def test_a_headline_may_end_with_a_question_mark():
    assert read(f"Will the harbour road reopen by spring?\n\n{LEDE}").title == (
        "Will the harbour road reopen by spring?"
    )


@pytest.mark.parametrize(
    "first",
    [
        "The minister arrived in Kyiv on Tuesday.",  # a sentence
        "The minister arrived in Kyiv on Tuesday, officials said,",
        "As the talks resumed, officials said:",
        " ".join(["word"] * 40),  # too long for a headline (Daily Mail ones reach 30 words)
    ],
)
def test_a_first_line_that_is_prose_is_not_a_title(first: str):
    article = read(f"{first}\n\n{LEDE}")
    assert article.title is None
    assert article.text.startswith(first)


def test_the_first_line_of_a_wrapped_paragraph_is_not_a_title():
    text = (
        "The defence minister arrived in the capital on Tuesday for his fourth visit\n"
        "since the war began, promising a further $400 million in military aid."
    )
    article = read(text)
    assert article.title is None
    assert article.text == text.replace("\n", " ")


def test_nothing_is_invented_from_a_story_without_metadata():
    article = read(f"{LEDE[len('KYIV, Oct 22 (Reuters) - ') :]}\n\n{SECOND}")
    assert (article.title, article.byline, article.published, article.url) == (None,) * 4
    assert article.outlet is None


# Header metadata ------------------------------------------------------------------------------
def test_a_full_header_is_recovered_and_marked_as_furniture():
    text = (
        "Minister makes fourth visit to Kyiv\n"
        "By Jane Doe and Omar Haddad | Reuters\n"
        "Published October 22, 2024\n"
        "https://news.example.com/world/minister-kyiv\n"
        f"\n{LEDE}\n\n{SECOND}\n"
    )
    article = read(text)
    assert article.title == "Minister makes fourth visit to Kyiv"
    assert article.byline == "Jane Doe and Omar Haddad"
    assert article.outlet == "Reuters"
    assert article.published == "2024-10-22"
    assert article.url == "https://news.example.com/world/minister-kyiv"
    assert article.text == text.strip()
    assert story(article) == f"{LEDE}\n\n{SECOND}"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published October 22, 2024", "2024-10-22"),
        ("Updated Oct. 22, 2024 10:31 a.m. ET", "2024-10-22"),
        ("date 2024-10-21", "2024-10-21"),
        ("22 October 2024", "2024-10-22"),
        ("2024-10-21", "2024-10-21"),
        ("Tuesday, October 22, 2024", "2024-10-22"),
        ("Published: Tue 22 Oct 2024 10.31 BST", "2024-10-22"),
    ],
)
def test_date_lines(line: str, published: str):
    article = read(f"Harbour road to close for winter\n{line}\n\n{SECOND}")
    assert article.published == published
    assert line in article.text
    assert story(article) == SECOND


def test_an_ambiguous_numeric_date_is_not_guessed():
    article = read(f"03/04/2024\n\n{SECOND}")
    assert article.published is None
    assert article.text == f"03/04/2024\n\n{SECOND}"


@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("By Jane Doe", "Jane Doe", None),
        ("BY JANE DOE", "JANE DOE", None),
        ("Written By Jane Doe", "Jane Doe", None),
        ("By Jane Doe and Omar Haddad | Reuters", "Jane Doe and Omar Haddad", "Reuters"),
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("By Jane Doe, Senior Correspondent", "Jane Doe", None),
        ("By Jane Doe, Kyiv Bureau Chief, The Daily Ledger", "Jane Doe", "The Daily Ledger"),
        ("By Jane Doe, Omar Haddad and Li Wei", "Jane Doe, Omar Haddad and Li Wei", None),
        ("By Omar al-Haddad and Anna van der Berg", "Omar al-Haddad and Anna van der Berg", None),
        ("By Reuters", "Reuters", "Reuters"),
    ],
)
def test_byline_lines(line: str, byline: str, outlet: str | None):
    article = read(f"{line}\n\n{SECOND}")
    assert (article.byline, article.outlet) == (byline, outlet)
    assert article.text == f"{line}\n\n{SECOND}"
    assert story(article) == SECOND


def test_a_byline_with_a_date_after_a_bar():
    article = read(f"By Jane Doe | October 22, 2024\n\n{SECOND}")
    assert (article.byline, article.published) == ("Jane Doe", "2024-10-22")


@pytest.mark.parametrize(
    "line",
    [
        "By the time the convoy arrived, the bridge had collapsed.",
        "By Tuesday, officials said, the count had risen to 65.",
        "By then",
    ],
)
def test_prose_starting_with_by_is_not_a_byline(line: str):
    article = read(f"Bridge collapses under convoy\n\n{line}\n\n{SECOND}")
    assert article.byline is None
    assert story(article).startswith(line)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Reuters", "Reuters"),
        ("© 2024 Reuters", "Reuters"),
        ("Copyright 2024 The Associated Press", "The Associated Press"),
        ("Copyright © 2023-2024 The Daily Ledger. All rights reserved.", "The Daily Ledger"),
    ],
)
def test_outlet_lines(line: str, outlet: str):
    article = read(f"{line}\n\n{SECOND}")
    assert article.outlet == outlet
    assert story(article) == SECOND


@pytest.mark.parametrize(
    "line", ["https://news.example.com/a/1", "Source: https://news.example.com/a/1"]
)
def test_url_lines(line: str):
    article = read(f"{SECOND}\n\n{line}")
    assert (article.url, article.outlet) == ("https://news.example.com/a/1", None)
    assert story(article) == SECOND


def test_a_wire_dateline_names_the_outlet_and_stays_in_the_text():
    article = read(f"{LEDE}\n\n{SECOND}")
    assert article.outlet == "Reuters"
    assert article.text == f"{LEDE}\n\n{SECOND}"


def test_an_ap_dateline():
    lede = "WASHINGTON (AP) — The Senate passed the spending bill 52-48 late on Tuesday."
    assert read(lede).outlet == "AP"


# Footer and precedence ------------------------------------------------------------------------
def test_footer_lines_are_recovered_and_marked_as_furniture():
    text = f"{LEDE}\n\n{SECOND}\n\nWritten by Jane Doe\nPublished 22 October 2024\n© 2024 Reuters\n"
    article = read(text)
    assert (article.byline, article.published, article.outlet) == (
        "Jane Doe",
        "2024-10-22",
        "Reuters",
    )
    assert "Written by Jane Doe" in article.text
    assert story(article) == f"{LEDE}\n\n{SECOND}"


def test_when_a_field_is_given_twice_the_first_wins():
    text = (
        "Published October 21, 2024\n"
        "Updated October 22, 2024\n"
        "Source: The Daily Ledger\n"
        f"\n{LEDE}\n\n© 2024 Reuters"
    )
    article = read(text)
    assert article.published == "2024-10-21"
    assert article.outlet == "The Daily Ledger"


def test_a_byline_between_the_first_paragraphs_is_furniture_and_the_paragraphs_stay():
    middle = "By Jane Doe"
    article = read(f"{LEDE}\n\n{middle}\n\n{SECOND}")
    assert article.byline == "Jane Doe"
    assert article.text == f"{LEDE}\n\n{middle}\n\n{SECOND}"
    assert story(article) == f"{LEDE}\n\n{SECOND}"


def test_metadata_lines_deep_inside_the_story_are_not_its_metadata():
    middle = "Published October 22, 2024"
    lede = f"{LEDE}\n\n{SECOND}\n\n{LEDE.replace('fourth', 'fifth')}"
    article = read(f"{lede}\n\n{middle}\n\n{SECOND}")
    assert article.published is None
    assert middle in article.text


def test_a_file_of_only_metadata_keeps_its_text():
    article = read("Minister visits Kyiv\n\nBy Jane Doe")
    assert article.title == "Minister visits Kyiv"
    assert article.text == "Minister visits Kyiv\n\nBy Jane Doe"


# Front matter ---------------------------------------------------------------------------------
def test_front_matter_in_a_text_file():
    text = (
        "---\n"
        'title: "Harbour road to close for winter"\n'
        "date: 2024-10-22T09:15:00Z\n"
        "author:\n"
        "  - Jane Doe\n"
        "  - Omar Haddad\n"
        "source: The Daily Ledger\n"
        "url: https://ledger.example/harbour\n"
        "---\n"
        f"{SECOND}\n"
    )
    article = read(text)
    assert article.title == "Harbour road to close for winter"
    assert article.published == "2024-10-22"
    assert article.byline == "Jane Doe, Omar Haddad"
    assert article.outlet == "The Daily Ledger"
    assert article.url == "https://ledger.example/harbour"
    assert article.text == SECOND


@pytest.mark.parametrize(
    "block", ["The vote was close, officials said.", "Note: the figures are provisional"]
)
def test_a_dashed_block_that_is_not_front_matter_stays(block: str):
    assert read(f"---\n{block}\n---\n\n{SECOND}").text.startswith(f"---\n{block}")
