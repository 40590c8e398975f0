"""Names on text pasted from web pages: addresses, headline capitals, compass points, places.

The rules are tested with the model's entities given by hand (no model needed); the last tests,
marked `model`, run the trained pipeline on short stories written for this project.
"""

from __future__ import annotations

import pytest

from parallax.model import Article
from parallax.nlp.entities import name_spans
from parallax.nlp.headlines import headline_case
from parallax.nlp.places import is_place, is_well_known_place
from parallax.nlp.weblinks import web_addresses


def _names(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, label) of `name_spans` for model entities given as (surface, label)."""
    spans = [(text.index(s), text.index(s) + len(s), label) for s, label in entities]
    return [(text[n.start : n.end], n.label) for n in name_spans(text, spans)]


# Web addresses ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast shook the port pic.twitter.com/Qx81Lm— Ana Ruiz (@anaruiz_news) "
            "October 21, 2024",
            ["pic.twitter.com/Qx81Lm", "@anaruiz_news"],
        ),
        (
            "Read the full report at https://northline.example.org/floods/2024?page=2.",
            ["https://northline.example.org/floods/2024?page=2"],
        ),
        ("Send tips to desk@northline.example.org or www.northline.example.org.", None),
        ("Volunteers shared #CarrowFloods and #BrennerValley photos.", None),
        ("Maps are at carrow.gov/floods, the council said.", ["carrow.gov/floods"]),
        # Brand names written with their domain, numbers, initials and entities are no address.
        ("Amazon.com and Phys.org reported 3.5% growth in the U.S. at 4 a.m.", []),
        ("Tickets cost &#163;20 and C# is a language.", []),
    ],
)
def test_web_addresses(text, expected):
    found = [text[s:e] for s, e in web_addresses(text)]
    if expected is None:
        assert len(found) == 2 and all(f in text for f in found)
    else:
        assert found == expected


def test_a_name_never_keeps_a_web_address():
    text = (
        "Residents posted videos pic.twitter.com/Qx81Lm— Ana Ruiz (@anaruiz_news) October 21.\n"
        "Contact Tom Reyes tom.reyes@carrow.example.org for details.\n"
        "Follow #CarrowFloods for updates."
    )
    names = _names(
        text,
        [
            ("pic.twitter.com/Qx81Lm", "ORG"),
            ("Ana Ruiz", "PERSON"),
            ("@anaruiz_news", "ORG"),
            ("Tom Reyes tom.reyes@carrow.example.org", "PERSON"),
            ("CarrowFloods", "ORG"),
        ],
    )
    assert names == [("Ana Ruiz", "PERSON"), ("Tom Reyes", "PERSON")]


# Headline-case lines ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Biden Lands In Kyiv For Surprise Visit", True),
        ("Floods in Carrow Leave Hundreds Without Power", True),
        ("Asia Eastern Europe Politics USA", True),
        ("Floods hit Carrow as the river rises", False),
        ("Mayor Ines Dalca said the Valley Relief Council would meet.", False),
        ("Carrow Floods", False),  # two words are too few to tell
    ],
)
def test_headline_case(line, expected):
    assert headline_case(line) is expected


def test_capitals_of_a_headline_make_no_organisation():
    text = (
        "Biden Lands In Kyiv For Surprise Visit\n\n"
        "President Joe Biden arrived in Kyiv on Monday, his first visit since the war began."
    )
    names = _names(text, [("Surprise Visit", "ORG"), ("Kyiv", "GPE"), ("Joe Biden", "PERSON")])
    assert ("Surprise Visit", "ORG") not in names
    assert ("Kyiv", "GPE") in names and ("Joe Biden", "PERSON") in names


def test_a_headline_organisation_stays_when_it_has_a_shape_or_the_body_names_it():
    text = (
        "Northline Wire Buys Carrow Gazette As NATO Allies Meet Valley Relief Council\n\n"
        "The Carrow Gazette will keep its name, its editor said."
    )
    entities = [
        ("Northline Wire", "ORG"),
        ("Carrow Gazette", "ORG"),
        ("NATO", "ORG"),
        ("Valley Relief Council", "ORG"),
    ]
    names = _names(text, entities)
    assert ("Northline Wire", "ORG") not in names  # capitals only
    assert {("Carrow Gazette", "ORG"), ("NATO", "ORG"), ("Valley Relief Council", "ORG")} <= set(
        names
    )


def test_a_byline_outlet_is_not_a_headline_guess():
    text = "Floods Close Schools\n\nBy Helena Marsh | Northline Wire\n\nSchools shut on Monday."
    assert ("Northline Wire", "ORG") in _names(text, [])


# Compass points --------------------------------------------------------------------------------
def test_bare_compass_points_are_no_places():
    text = (
        "Storms moved across the South and the Midwest, while the West stayed dry. North East "
        "councils met. South Korea, the Middle East and the West Bank were spared."
    )
    entities = [
        ("South", "LOC"),
        ("Midwest", "LOC"),
        ("West", "LOC"),
        ("North East", "LOC"),
        ("South Korea", "GPE"),
        ("the Middle East", "LOC"),
        ("West Bank", "GPE"),
    ]
    assert _names(text, entities) == [
        ("South Korea", "GPE"),
        ("Middle East", "LOC"),
        ("West Bank", "GPE"),
    ]


def test_a_person_named_west_is_left_alone():
    text = "Kanye West said the tour would go on."
    assert _names(text, [("Kanye West", "PERSON")]) == [("Kanye West", "PERSON")]


# Places read as people -------------------------------------------------------------------------
def test_the_gazetteer_knows_countries_capitals_states_and_big_cities():
    assert all(map(is_well_known_place, ["Sri Lanka", "Nepal", "Kyiv", "Ohio", "Hyderabad"]))
    assert is_well_known_place("KYIV")  # a dateline's capitals
    assert not is_well_known_place("Aurora") and is_place("Aurora")  # 380,000 people
    assert not is_well_known_place("Reyes") and not is_place("Dalca")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Sri Lanka has reopened some of its schools.", "Sri Lanka", "GPE"),
        ("Nepal closed its border crossings on Monday.", "Nepal", "GPE"),
        ("Thousands marched through Hyderabad overnight.", "Hyderabad", "GPE"),
        # A person by context: a title, a speech verb, a first name, a full name elsewhere.
        ("Mr. Houston declined to comment.", "Houston", "PERSON"),
        ("Jordan said the talks had stalled.", "Jordan", "PERSON"),
        ("The talks had stalled, said Jordan.", "Jordan", "PERSON"),
        ("The squad of Ann Charlotte won the cup.", "Charlotte", "PERSON"),
        # Small towns are surnames unless the article calls them places too.
        ("Jackson told the court he was innocent.", "Jackson", "PERSON"),
        ("Lincoln will chair the panel.", "Lincoln", "PERSON"),
    ],
)
def test_known_places_read_as_people(text, surface, expected):
    assert _names(text, [(surface, "PERSON")]) == [(surface, expected)]


def test_a_surname_of_someone_named_in_full_stays_a_person():
    text = "Michael Jordan scored 30 points. Jordan then left the court."
    entities = [("Michael Jordan", "PERSON")]
    start = text.index("Jordan then")
    spans = [(0, 14, "PERSON"), (start, start + 6, "PERSON")]
    assert [n.label for n in name_spans(text, spans)] == ["PERSON", "PERSON"]
    assert _names(text, entities) == [("Michael Jordan", "PERSON")]


def test_a_town_the_article_names_as_a_place_is_a_place_everywhere():
    text = "Police in Aurora made 40 arrests. Aurora breaks crimes down into two groups."
    second = text.index("Aurora breaks")
    spans = [
        (text.index("Aurora"), text.index("Aurora") + 6, "GPE"),
        (second, second + 6, "PERSON"),
    ]
    assert [n.label for n in name_spans(text, spans)] == ["GPE", "GPE"]


# With the trained model ------------------------------------------------------------------------
PASTED = """\
x
Asia Eastern Europe Politics USA
Biden Lands In Kyiv For Surprise Visit
Biden Lands In Kyiv For Surprise Visit
Ana Ruiz / Northline Wire
• PublishedOctober 22, 2024
President Joe Biden arrived in Kyiv on Monday for talks on air defence, as Sri Lanka and \
Nepal sent messages of support. Voters in the South and the Midwest were told little.
"We are with you," Biden said. The visit was posted online pic.twitter.com/Qx81Lm— Ana Ruiz \
(@anaruiz_news) October 22, 2024. Follow #KyivVisit or write to desk@northline.example.org.
"""


@pytest.mark.model
def test_a_pasted_page_gives_no_web_organisations_or_headline_guesses():
    from parallax.nlp import analyse, load_pipeline

    article = Article(id="p1", sha256="", text=PASTED, published="2024-10-22")
    facts = [f for f in analyse(article, pipeline=load_pipeline()).facts]
    names = {(f.kind, f.text) for f in facts if f.kind not in ("quote", "date", "number")}
    assert not any("@" in text or "#" in text or "twitter" in text for _, text in names)
    assert not any(kind == "person" and text in ("Sri Lanka", "Nepal") for kind, text in names)
    assert ("place", "Kyiv") in names and ("person", "Joe Biden") in names
    assert not any(text in ("South", "Midwest", "Surprise Visit") for _, text in names)
