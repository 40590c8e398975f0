"""Page furniture in pasted text: marked by shape and position, never cut out, never a sentence."""

from __future__ import annotations

import itertools

import pytest

from parallax.ingest import read_text
from parallax.ingest.furniture import detect, with_flips
from parallax.model import FurnitureSpan

from support import story

BODY = [
    "The town council voted 7-2 on Tuesday to close the harbour road for three months while "
    "engineers rebuild the sea wall, a decision fishermen said would cost them the season.",
    "“We cannot wait another winter,” Mayor Ines Dalca told reporters after the vote, adding "
    "that the work would start on Monday.",
    "Engineers said the old wall, built in 1962, had cracked in four places during the storms "
    "of last March, and that a second survey was due in the spring.",
    "The harbour office said boats would be moored at the north quay until the work was done.",
]


def marked(text: str) -> list[str]:
    """The lines of `read_text(text)` that are furniture (wholly covered by its spans)."""
    article = read_text(text).article
    lines = []
    offset = 0
    for line in article.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip() and all(
            article.in_furniture(i, i + 1)
            for i in range(start, end)
            if not line[i - start].isspace()
        ):
            lines.append(line.strip())
    return lines


def page(*around: str, after: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*around, *BODY, *after])


@pytest.mark.parametrize(
    "line",
    [
        "x",
        "(BUTTON) Menu",
        "Subscribe",
        "Sign in",
        "Share this article",
        "Advertisement",
        "* Politics",
        "Asia Eastern Europe Politics USA",
        "Updated 3:45 PM EDT, Mon October 21, 2024",
        "By Jane Doe and Omar Haddad, CNN",
        "Photo: AP",
    ],
)
def test_lines_above_the_story_are_furniture(line: str):
    assert marked(page(line)) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Harbour fishermen count the cost of the storms",
        "With input from Reuters and the Associated Press",
        "Sign up for our newsletter and never miss a story.",
        "We use cookies to improve your experience on our site.",
        "© 2024 The Coastline Courier. All rights reserved.",
        "Jane Doe",
    ],
)
def test_lines_below_the_story_are_furniture(line: str):
    assert marked(page(after=(line,))) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The old sea wall in 1962. Photo: Harbour Archive / Getty Images",
        "Advertisement",
        "Share this article",
        "(BUTTON) Close",
    ],
)
def test_captions_and_controls_inside_the_story_are_furniture(line: str):
    text = "\n\n".join([*BODY[:2], line, *BODY[2:]])
    assert marked(text) == [line]


def test_a_related_teaser_inside_the_story_is_furniture():
    teaser = ["Related Coverage", "Storm damage along the coast in pictures"]
    text = "\n\n".join([*BODY[:2], *teaser, *BODY[2:]])
    assert marked(text) == teaser


def test_no_sentence_of_the_story_is_furniture():
    subheading = "Work starts on Monday"
    quoted = "“Look at the photo: the wall is cracked in four places,” the engineer said."
    listed = "* Boats will be moored at the north quay, the harbour office said on Tuesday."
    text = "\n\n".join([BODY[0], subheading, BODY[1], quoted, listed, *BODY[2:]])
    assert marked(text) == []


def test_the_headline_shown_twice_and_the_details_are_furniture_and_the_text_stays_whole():
    header = [
        "x",
        "Harbour road to close for three months",
        "Harbour road to close for three months",
        "Jane Doe / Coastline Courier",
        "• PublishedOctober 22, 2024",
    ]
    text = "\n".join(header) + "\n" + "\n".join(BODY)
    article = read_text(text).article
    assert article.text == text  # nothing is cut out
    assert marked(text) == header
    assert story(article) == "\n\n".join(BODY)


def test_the_tail_of_a_copied_post_is_furniture_and_its_words_stay():
    post = (
        "The wall will be ready by spring. pic.twitter.com/Ab12Cd34Ef— Ines Dalca "
        "(@InesDalca) October 22, 2024"
    )
    article = read_text("\n\n".join([*BODY[:2], post, *BODY[2:]])).article
    start = article.text.index(post)
    tail = article.text.index("pic.twitter.com")
    assert not article.in_furniture(start, tail - 1)
    assert article.in_furniture(tail, start + len(post))
    assert "The wall will be ready by spring." in story(article)


def test_a_feed_date_before_the_dateline_is_furniture_and_the_dateline_is_not():
    lede = "date 2024-10-21 Kyiv [Ukraine], October 21 : " + BODY[0]
    article = read_text("\n\n".join([lede, *BODY[1:]])).article
    assert article.in_furniture(0, len("date 2024-10-21"))
    assert not article.in_furniture(len("date 2024-10-21 "), len(lede))


def test_spans_are_ordered_apart_and_inside_the_text():
    text = page("x", "Subscribe", "By Jane Doe", after=("Jane Doe", "© 2024 Coastline Courier"))
    spans = detect(read_text(text).article.text)
    assert spans == tuple(sorted(spans))
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(0 <= span.start < span.end for span in spans)


def test_flips_make_characters_story_or_furniture_in_order():
    spans = (FurnitureSpan(0, 10, "control"), FurnitureSpan(20, 30, "menu"))
    assert with_flips(spans, [(5, 25, False)]) == (
        FurnitureSpan(0, 5, "control"),
        FurnitureSpan(25, 30, "menu"),
    )
    flipped = with_flips(spans, [(40, 50, True), (0, 10, False)])
    assert [(span.start, span.end) for span in flipped] == [(20, 30), (40, 50)]
    assert with_flips(spans, []) == spans
