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


def test_a_row_of_links_copied_without_spaces_is_not_the_headline():
    article = read(
        "North ShoreHarbour TownOld QuayRiver DistrictHill Villages",
        "North ShoreHarbour TownOld QuayRiver DistrictHill Villages Sections",
        "harbour road closure",
        "Harbour road to close for three months while the sea wall is rebuilt",
        "By Jane Doe",
        *BODY,
    )
    assert article.title == "Harbour road to close for three months while the sea wall is rebuilt"


def test_a_headline_naming_brands_run_together_is_still_a_headline():
    headline = "PlayStation maker and SoftBank agree on harbour data centre"
    assert read(headline, "By Jane Doe", *BODY).title == headline


def test_a_date_right_above_the_headline_belongs_to_it_not_to_a_line_further_up():
    article = read(
        "A Journal of the Coast and its Towns",
        "Menu",
        "Subscribe",
        "22 October 2024",
        "Harbour road to close for three months",
        "Engineers will rebuild the sea wall that cracked in last winter's storms.",
        *BODY,
    )
    assert article.title == "Harbour road to close for three months"
    assert article.published == "2024-10-22"


def test_a_first_line_over_the_byline_and_date_is_the_headline_and_not_story():
    headline = "The harbour road will close. Fishermen say it will cost them the season."
    article = read(
        "Home",
        "A Coastline Courier motto shown at the top",
        "A Coastline Courier motto shown at the top",
        *["Weather", "Tides", "Ferries", "Harbour", "Letters", "Puzzles", "Archive"],
        headline,
        "By Jane Doe",
        "October 22, 2024 at 6:40 PM",
        *BODY,
    )
    assert article.title == headline
    start = article.text.index(headline)
    assert all(article.in_furniture(i, i + 1) for i in range(start, start + len(headline)))
    start = article.text.index(BODY[0])
    assert not article.in_furniture(start, start + len(BODY[0]))


def test_a_standfirst_under_its_headline_is_not_taken_for_the_headline():
    standfirst = "Engineers will rebuild the sea wall that cracked in last winter's storms."
    article = read(
        "Harbour road to close for three months",
        standfirst,
        "October 22, 2024",
        "Jane Doe",
        *BODY,
    )
    assert article.title == "Harbour road to close for three months"
    start = article.text.index(standfirst)
    assert not article.in_furniture(start, start + len(standfirst))


def test_a_lead_sentence_without_byline_or_date_under_it_is_never_a_headline():
    assert read(*BODY).title is None


FOOTER = ["* About us", "* Contact us", "* Privacy policy"]


def test_a_copyright_line_in_a_footer_list_names_the_outlet():
    article = read(
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        *FOOTER,
        "* © 2024 The Harbour Ledger Company",
    )
    assert article.outlet == "The Harbour Ledger"


def test_a_site_that_names_itself_with_the_is_the_outlet_not_a_line_s_first_word():
    article = read(
        "Skip to main content",
        "The Harbour Ledger",
        "Available to everyone, paid for by readers",
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        "Support The Harbour Ledger",
        "Available to everyone, paid for by readers",
        "* The Harbour Ledger app",
        *FOOTER,
    )
    assert article.outlet == "The Harbour Ledger"


def test_a_paper_s_masthead_above_the_headline_names_the_outlet_not_its_owner():
    article = read(
        "Sections",
        "* News",
        "* Sports",
        "* Obituaries",
        "* Classifieds",
        "* Homes",
        "* Advertise with The Coastline News",
        "The Coastline News",
        "Subscribe Now",
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        "* Advertise with The Coastline News",
        "© Harbour Media Group Inc. 2024. All rights reserved.",
        "* Harbour Media Group titles",
    )
    assert article.outlet == "The Coastline News"


def test_a_section_label_above_the_headline_is_not_the_outlet():
    article = read(
        "* Nation",
        "* World",
        "Nation",
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        "* Nation",
        "© 2024 Harbour Ledger",
    )
    assert article.outlet == "Harbour Ledger"


def test_the_copyright_line_s_the_form_of_the_site_s_name_is_kept():
    article = read(
        "Harbour Ledger",
        "* Harbour Ledger newsletters",
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        "* About Harbour Ledger",
        "© 2024 The Harbour Ledger Company",
        *FOOTER,
    )
    assert article.outlet == "The Harbour Ledger"


def carousel(title: str, n: int) -> list[str]:
    """A video carousel as a copy shows it: captions with credits, controls, a title twice."""
    lines = []
    for k in range(n):
        caption = (
            f"HARBOUR - OCTOBER {k + 1}: The sea wall at dawn. (Photo by Ola Berg/Getty Images)"
        )
        lines += [caption, caption, "Replay", "More Videos ..."]
    return [*lines[:6], title, *lines[6:], title]


def test_the_headline_and_its_details_are_found_above_a_long_video_carousel():
    article = read(
        "Follow the Courier",
        "Harbour road to close for three months, council says after vote",
        "By Jane Doe, Coastline Courier",
        "Updated 2010 GMT (0410 HKT) October 22, 2024",
        *carousel("Watch the storm break the sea wall", 12),
        *BODY,
    )
    assert article.title == "Harbour road to close for three months, council says after vote"
    assert article.published == "2024-10-22"
    assert article.byline == "Jane Doe"


def test_a_line_shown_twice_still_wins_over_a_line_with_only_a_date_above_it():
    article = read(
        "Harbour road to close for three months",
        "Menu",
        "Harbour road to close for three months",
        "22 October 2024",
        "Weather warning for the coast this weekend",
        *BODY,
    )
    assert article.title == "Harbour road to close for three months"


def test_a_name_slash_agency_line_after_the_writer_s_name_credits_a_photo():
    article = read(
        "Harbour road to close for three months",
        "August 23, 2024",
        "Jane Doe",
        "Harbour correspondent for the Coastline Courier",
        "Ola Berg / AP",
        *BODY,
    )
    assert (article.byline, article.outlet) == ("Jane Doe", None)


def test_a_name_slash_outlet_line_under_the_headline_is_the_byline():
    article = read("Harbour road to close for three months", "Jane Doe / Coastline Courier", *BODY)
    assert (article.byline, article.outlet) == ("Jane Doe", "Coastline Courier")


def test_a_site_name_signed_in_capitals_on_the_copyright_line_is_the_outlet():
    article = read(
        "Take the pledge to plant a tree",
        "For a greener coast",
        "Please check above checkbox.",
        "Thank you for taking the pledge",
        "Disclaimer:",
        "I agree to receive emails from Coast24",
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        "* Coast24 Live TV",
        "* Coast24 Podcasts",
        "© Copyright Harbour Media 2024. Use of the name on COAST24.com is by permission.",
    )
    assert article.outlet == "Coast24"


def test_a_word_of_the_menus_found_in_lower_case_in_the_footer_is_not_the_outlet():
    article = read(
        *["Skip to main content", "Menu", "Search", "Sign in", "Subscribe"],
        "* Site Index",
        "* Site Map",
        "Harbour road to close for three months",
        "By Jane Doe",
        *BODY,
        "* Site Index",
        "© 2024 The Harbour Ledger Company | Use of this site means you accept our terms",
        *FOOTER,
    )
    assert article.outlet == "The Harbour Ledger"
