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

MORE = [
    "Fishermen at the north quay said they would ask the council to pay for the lost season.",
    "The council said a fund for the harbour's traders would be discussed at its next meeting.",
    "Work on the first section of the wall is due to finish before the end of January.",
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


def test_a_list_of_sourced_links_is_furniture_and_the_story_after_it_stays():
    links = [
        "Why the harbour tolls went up (Ada Kern — Coastline Courier)",
        "The slow silting of the north quay (Bay Weekly)",
        "What a sea wall costs to keep (Rui Santos — Harbour Review)",
        "Ten years of storms in one chart (Ola Berg — Data Desk)",
        "The last ferry to Orsk (Pia Lund — Weekend Review)",
    ]
    section = [
        "4. Worth your time",
        "Illustration: Jo Marr/Coastline Courier",
        *links,
        "5. One last thing: the lighthouse",
        "The lighthouse at dusk. Photo: Coastline Courier",
        "The lamp will stay lit through the works, the keeper said.",
        "* Take the fog horn: it sounds at noon on Sundays only, he said.",
    ]
    text = "\n\n".join([*BODY, *MORE, *section])
    found = marked(text)
    assert all(link in found for link in links)
    assert section[-1] not in found and section[-2] not in found  # the story goes on after them


def test_one_title_with_a_source_in_brackets_between_paragraphs_stays():
    subheading = "The wall they built in 1962 (and why it cracked)"
    text = "\n\n".join([*BODY[:2], subheading, *BODY[2:]])
    assert marked(text) == []


NOTICE = (
    "We want to hear what you think about this story. Write a letter to the editor at "
    "letters@example.org."
)
NOTE = "Ines Dalca is the harbour correspondent and has covered the coast since 2019."


def test_a_notice_to_the_reader_just_inside_the_story_s_end_is_furniture():
    text = "\n\n".join([*BODY, NOTICE, NOTE])
    assert NOTICE in marked(text)
    assert all(line not in marked(text) for line in BODY)


def test_a_sentence_with_a_notice_s_words_in_the_middle_of_the_story_stays():
    middle = (
        "Residents can sign up for text alerts about the closure, and you can ask the harbour "
        "office for this form, the mayor said."
    )
    text = "\n\n".join([*BODY, middle, *MORE])
    assert marked(text) == []


def test_a_published_and_updated_line_that_reads_like_a_sentence_is_a_date_line():
    dated = "PUBLISHED: October 22, 2024 at 4:30 p.m. | UPDATED: October 23, 2024 at 9:10 a.m."
    article = read_text("\n\n".join([dated, *BODY])).article
    assert marked("\n\n".join([dated, *BODY])) == [dated]
    assert article.published == "2024-10-22"


def test_a_sentence_with_a_date_and_a_time_stays_story():
    sentence = "The vote was held on October 22, 2024 at 4:30 p.m., the clerk said."
    assert marked("\n\n".join([*BODY[:2], sentence, *BODY[2:]])) == []


SECOND_PIECE = [
    "The harbour master wrote to the council last week to say the quay could not take more boats.",
    "She said the moorings at the north quay were already full on most days of the summer.",
    "The council replied that a floating pontoon would be hired for the months of the works.",
    "Fishermen said the pontoon was too small for the larger trawlers that work the bay.",
    "The harbour master said she would meet the fishermen again before the work begins.",
]
TABLE = [
    f"Ward {n} Councillor {name} {name.lower()}@council.example"
    for n, name in enumerate(
        [
            "Adair",
            "Brook",
            "Calder",
            "Dunmore",
            "Ellery",
            "Fenwick",
            "Garth",
            "Hale",
            "Ives",
            "Jarrow",
            "Kestle",
            "Lorne",
            "Marsh",
            "Nairn",
            "Orme",
            "Penrose",
            "Quarry",
            "Rook",
        ]
    )
]


def test_a_big_part_of_the_story_after_a_table_stays_story_and_the_table_is_furniture():
    text = "\n\n".join([*BODY, *MORE, "Ward Councillor Email address", *TABLE, *SECOND_PIECE])
    found = marked(text)
    assert all(line not in found for line in [*BODY, *MORE, *SECOND_PIECE])
    assert all(row in found for row in TABLE)


def test_prose_after_a_footer_menu_and_other_headlines_is_not_the_story():
    menu = [
        f"* {word}"
        for word in ("Home", "Harbour", "Ferries", "Weather", "Tides", "Letters", "Jobs", "Archive")
    ]
    others = [f"Pictures of the week, part {n}: the bay in winter" for n in range(1, 17)]
    text = "\n\n".join([*BODY, *MORE, *menu, *others, *SECOND_PIECE])
    found = marked(text)
    assert all(line in found for line in SECOND_PIECE)
    assert all(line not in found for line in [*BODY, *MORE])
