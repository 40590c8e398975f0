"""Details of a pasted page read from where its lines sit: headline, date and outlet."""

from __future__ import annotations

from parallax.ingest import read_text

BODY = [
    "The town council voted 7-2 on Tuesday to close the harbour road for three months while "
    "engineers rebuild the sea wall, a decision fishermen said would cost them the season.",
    "“We cannot wait another winter,” Mayor Ines Dalca told reporters after the vote, adding "
    "that the work would start on Monday.",
    "Engineers said the old wall, built in 1962, had cracked in four places during the storms "
    "of last March, and that a second survey was due in the spring.",
    "The harbour office said boats would be moored at the north quay until the work was done.",
]


def read(*lines: str):
    return read_text("\n\n".join(lines)).article


def test_a_date_labelled_published_beats_a_bare_date_near_the_headline():
    article = read(
        "Readers' letters: the sea wall, the ferry and the tolls",
        "Coastline Courier letters for Oct. 25, 2024",
        "Published: October 22, 2024 at 6:00 a.m.",
        *BODY,
    )
    assert article.published == "2024-10-22"


def test_a_bare_date_line_alone_is_still_the_date():
    article = read("Harbour road to close for three months", "October 25, 2024", *BODY)
    assert article.published == "2024-10-25"
