"""In-article name resolution: short and variant mentions get the fullest form."""

from __future__ import annotations

from parallax.nlp.canonical import display_form, resolve_names
from parallax.nlp.repairs import NameSpan


def _resolve(text: str, mentions: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(surface, kind, canonical) for mentions given as (surface, label), found left to right."""
    spans, at = [], 0
    for surface, label in mentions:
        start = text.index(surface, at)
        spans.append(NameSpan(start, start + len(surface), label))
        at = start + len(surface)
    return [(text[n.start : n.end], n.kind, n.canonical) for n in resolve_names(text, spans)]


def test_short_mentions_take_the_full_name():
    text = "Interior Minister Tomas Reyes visited. Reyes said so. Later Tomas spoke."
    names = _resolve(text, [("Tomas Reyes", "PERSON"), ("Reyes", "PERSON"), ("Tomas", "PERSON")])
    assert [c for _, _, c in names] == ["Tomas Reyes"] * 3


def test_a_short_mention_before_the_full_one_resolves_too():
    text = "Austin visits Kyiv. Lloyd Austin arrived on Monday."
    names = _resolve(text, [("Austin", "PERSON"), ("Lloyd Austin", "PERSON")])
    assert [c for _, _, c in names] == ["Lloyd Austin", "Lloyd Austin"]


def test_initials_and_suffixes_do_not_split_a_person():
    text = "Lloyd J. Austin III came. Lloyd Austin spoke. L. Austin left. Austin's aide."
    mentions = [("Lloyd J. Austin III", "PERSON"), ("Lloyd Austin", "PERSON")]
    mentions += [("L. Austin", "PERSON"), ("Austin", "PERSON")]
    assert {c for _, _, c in _resolve(text, mentions)} == {"Lloyd J. Austin III"}


def test_a_wrong_initial_is_another_person():
    text = "Lloyd Austin came. K. Austin left."
    names = _resolve(text, [("Lloyd Austin", "PERSON"), ("K. Austin", "PERSON")])
    assert [c for _, _, c in names] == ["Lloyd Austin", "K. Austin"]


def test_two_people_sharing_a_surname_resolve_to_the_nearest_before():
    text = "Ann Lee met Bo Lee. Ann Lee spoke first. Lee said no. Then Bo Lee left. Lee waved."
    mentions = [("Ann Lee", "PERSON"), ("Bo Lee", "PERSON"), ("Ann Lee", "PERSON")]
    mentions += [("Lee", "PERSON"), ("Bo Lee", "PERSON"), ("Lee", "PERSON")]
    names = _resolve(text, mentions)
    assert [c for _, _, c in names][3:] == ["Ann Lee", "Bo Lee", "Bo Lee"]


def test_a_surname_tagged_as_organisation_is_the_person():
    text = "Tomas Reyes came. Reyes announced aid. Reyes told reporters."
    names = _resolve(text, [("Tomas Reyes", "PERSON"), ("Reyes", "ORG"), ("Reyes", "PRODUCT")])
    assert [(k, c) for _, k, c in names] == [("person", "Tomas Reyes")] * 3


def test_places_and_organisations_match_exactly_or_by_case():
    text = "CARROW, Oct 22 - Rain. In Carrow the Brenner Valley flooded. Brenner Valley folk."
    mentions = [("CARROW", "GPE"), ("Carrow", "GPE"), ("the Brenner Valley", "LOC")]
    mentions += [("Brenner Valley", "LOC")]
    names = _resolve(text, mentions)
    assert [c for _, _, c in names] == ["Carrow", "Carrow", "Brenner Valley", "Brenner Valley"]


def test_an_all_capital_place_alone_is_title_cased_but_acronyms_are_not():
    text = "WASHINGTON (Reuters) - The USA and NATO"
    names = _resolve(text, [("WASHINGTON", "GPE"), ("USA", "GPE"), ("NATO", "ORG")])
    assert [c for _, _, c in names] == ["Washington", "USA", "NATO"]


def test_organisation_acronyms_and_distinctive_parts():
    text = "The National Weather Office (NWO) said. NWO staff. Northline Wire, from Northline."
    mentions = [("National Weather Office", "ORG"), ("NWO", "ORG"), ("NWO", "ORG")]
    mentions += [("Northline Wire", "ORG"), ("Northline", "ORG")]
    names = _resolve(text, mentions)
    assert [c for _, _, c in names] == ["National Weather Office"] * 3 + ["Northline Wire"] * 2


def test_a_generic_part_is_not_enough():
    text = "The Valley Relief Council met the Finance Council. The Council agreed."
    mentions = [("Valley Relief Council", "ORG"), ("Finance Council", "ORG"), ("Council", "ORG")]
    assert [c for _, _, c in _resolve(text, mentions)][-1] == "Council"


def test_kinds_do_not_mix():
    text = "Jordan Peele visited Jordan."
    names = _resolve(text, [("Jordan Peele", "PERSON"), ("Jordan", "GPE")])
    assert names[1] == ("Jordan", "place", "Jordan")


def test_display_form():
    assert display_form("the  Brenner\nValley") == "Brenner Valley"
    assert display_form("The Hague") == "Hague"
    assert display_form("The") == "The"


def test_a_name_is_not_merged_into_a_longer_name_of_another_body():
    from parallax.nlp.canonical import _abbreviates

    assert _abbreviates("Northline", "Northline Wire")
    assert _abbreviates("Boeing", "Boeing Co.")
    assert _abbreviates("Harbour Post", "The Harbour Post Media Group")
    assert not _abbreviates("Microsoft", "Microsoft Security Response Alliance")
    assert not _abbreviates("Reuters", "Thomson Reuters")
