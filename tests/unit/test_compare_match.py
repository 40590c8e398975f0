"""Fact matching between two articles on hand-built facts: every status and every note.

`analysis(text, *facts)` builds an Analysis whose facts point at the first occurrence (or the
`nth`) of their text, so that each test reads as the two articles it compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parallax.compare.match.facts import match_facts
from parallax.compare.match.kinds import ENTITY_KINDS
from parallax.model import MATCH_STATUSES, Alignment, Analysis, Fact, Match, ModelInfo, Sentence

from support import aligned

MODEL = ModelInfo("test", "0", fallback=False)
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"”]?(?=\s|$)|$)", re.S)


@dataclass(frozen=True)
class F:
    """A fact to place in a test article: found by its text (the `nth` occurrence)."""

    kind: str
    text: str
    value: Any = None
    unit: str | None = None
    qualifier: str | None = None
    canonical: str | None = None
    speaker: str | None = None
    nth: int = 0


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences ending in . ! or ? (and a closing quote), one per match."""
    return tuple(Sentence(i, m.start(), m.end()) for i, m in enumerate(_SENTENCE.finditer(text)))


def analysis(text: str, *specs: F, article_id: str = "a") -> Analysis:
    """An Analysis of `text` with the facts `specs`, ids f1.. in text order."""
    sents = sentences(text)
    placed = sorted((_offset(text, spec), spec) for spec in specs)
    facts = tuple(
        _fact(f"f{n}", spec, start, sents) for n, (start, spec) in enumerate(placed, start=1)
    )
    return Analysis(article_id, MODEL, sents, facts)


def _offset(text: str, spec: F) -> int:
    start = -1
    for _ in range(spec.nth + 1):
        start = text.index(spec.text, start + 1)
    return start


def _fact(fact_id: str, spec: F, start: int, sents: tuple[Sentence, ...]) -> Fact:
    end = start + len(spec.text)
    sentence = next(s.index for s in sents if s.start <= start < s.end)
    value = spec.value
    canonical = spec.canonical
    if spec.kind in ENTITY_KINDS:
        canonical = canonical or spec.text
        value = canonical
    elif spec.kind == "quote" and value is None:
        value = spec.text
    return Fact(
        fact_id, spec.kind, spec.text, start, end, sentence, value, spec.unit,
        spec.qualifier, canonical, spec.speaker,
    )  # fmt: skip


def match(a_text: str, a_specs, b_text: str, b_specs, **options) -> tuple[Match, ...]:
    a = analysis(a_text, *a_specs, article_id="a")
    b = analysis(b_text, *b_specs, article_id="b")
    options.setdefault("alignment", aligned(a_text, a, b_text, b))
    return match_facts(a, b, a_text=a_text, b_text=b_text, **options)


def only(matches, status: str) -> list[Match]:
    return [m for m in matches if m.status == status]


def pairs(matches, status: str) -> list[tuple[str | None, str | None, str | None]]:
    """(A text, B text, note) of the matches with `status`."""
    return [(m.a and m.a.text, m.b and m.b.text, m.note) for m in only(matches, status)]


# Entities -------------------------------------------------------------------------------------
def test_same_canonical_name_agrees():
    found = match(
        "Mayor Ines Dalca of Carrow spoke.", [F("person", "Ines Dalca"), F("place", "Carrow")],
        "In CARROW, Ines Dalca spoke.", [F("place", "CARROW", canonical="Carrow"),
                                         F("person", "Ines Dalca")],
    )  # fmt: skip
    assert [m.status for m in found] == ["agree", "agree"]
    assert found[0].a.text == "Ines Dalca"  # ordered by position in A


def test_spelling_variant_is_a_variant_with_both_names():
    found = match(
        "President Zelenskyy thanked the allies.", [F("person", "Zelenskyy")],
        "President Zelensky thanked the allies.", [F("person", "Zelensky")],
    )  # fmt: skip
    assert pairs(found, "variant") == [("Zelenskyy", "Zelensky", "Zelenskyy / Zelensky")]


def test_country_alias_and_surname_are_variants():
    found = match(
        "Lloyd Austin flew from the United States.",
        [F("person", "Lloyd Austin"), F("place", "United States")],
        "Austin flew from the U.S. on Monday.", [F("person", "Austin"), F("place", "U.S.")],
    )  # fmt: skip
    notes = {m.note for m in found}
    assert notes == {"Lloyd Austin / Austin", "United States / U.S."}


def test_repeated_mentions_collapse_to_the_first():
    a_text = "Tomas Reyes arrived. Reyes spoke. Later Reyes left."
    a_specs = [
        F("person", "Tomas Reyes"),
        F("person", "Reyes", canonical="Tomas Reyes", nth=1),
        F("person", "Reyes", canonical="Tomas Reyes", nth=2),
    ]
    found = match(a_text, a_specs, "Reyes spoke.", [F("person", "Reyes", canonical="Tomas Reyes")])
    assert len(found) == 1
    assert found[0].status == "agree"
    assert (found[0].a.start, found[0].b.start) == (0, 0)


def test_different_name_in_the_same_slot_is_a_conflict():
    found = match(
        "Interior Minister Tomas Reyes said the army would help.", [F("person", "Tomas Reyes")],
        "Interior Minister Ana Ruiz said the army would help.", [F("person", "Ana Ruiz")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("Tomas Reyes", "Ana Ruiz", "Tomas Reyes vs Ana Ruiz")]


def test_different_names_in_unrelated_sentences_are_not_a_conflict():
    found = match(
        "Interior Minister Tomas Reyes visited Carrow.", [F("person", "Tomas Reyes")],
        "Rain fell all week. Opposition leader Mara Vell called for an inquiry.",
        [F("person", "Mara Vell")],
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]


def test_a_town_is_not_a_person_with_its_name_as_surname():
    found = match(
        "Lloyd Austin arrived.", [F("person", "Lloyd Austin")],
        "Storms hit Austin.", [F("place", "Austin")],
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]


# Numbers --------------------------------------------------------------------------------------
def test_ordinal_conflict_note_gives_both_values():
    found = match(
        "The minister made his fourth visit to the valley.",
        [F("ordinal", "fourth", 4, unit="visit")],
        "The minister made his third visit to the valley.",
        [F("ordinal", "third", 3, unit="visit")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("fourth", "third", "4 vs 3")]


def test_count_conflict_note_names_the_unit():
    found = match(
        "He said 1,500 soldiers would join rescue teams.",
        [F("number", "1,500", 1500, unit="soldiers")],
        "He promised that 3,000 soldiers would be sent to help.",
        [F("number", "3,000", 3000, unit="soldiers")],
        alignment=[Alignment((0,), (0,), 0.4, "changed")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("1,500", "3,000", "1,500 vs 3,000 soldiers")]
    evidence = {e.signal: e.value for e in only(found, "conflict")[0].evidence}
    assert evidence["aligned_sentences"] == 0.4
    assert evidence["same_counted_thing"] == "soldiers"


def test_the_same_counted_thing_in_unaligned_sentences_is_no_conflict():
    found = match(
        "He said 1,500 soldiers would join rescue teams.",
        [F("number", "1,500", 1500, unit="soldiers")],
        "Separately, 3,000 soldiers were sent abroad last year.",
        [F("number", "3,000", 3000, unit="soldiers")],
        alignment=[Alignment((0,), (1,), 0.4, "changed")],
    )  # fmt: skip
    assert pairs(found, "conflict") == []
    assert [m.status for m in found] == ["only_a", "only_b"]


def test_money_conflict():
    found = match(
        "Reyes announced $400 million in aid.", [F("money", "$400 million", 4e8, "USD")],
        "Reyes announced $425 million in aid.", [F("money", "$425 million", 4.25e8, "USD")],
    )  # fmt: skip
    assert pairs(found, "conflict")[0][2] == "$400 million vs $425 million"


def test_hedged_toll_is_a_conflict_marked_hedged():
    found = match(
        "Floods have killed 65 people in the valley.", [F("number", "65", 65, unit="people")],
        "At least 72 people have died in the floods.",
        [F("number", "72", 72, unit="people", qualifier="at least")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("65", "72", "hedged: 65 vs at least 72 people")]


def test_same_value_different_hedge_is_a_variant_with_a_note():
    found = match(
        "Floods have killed 65 people.", [F("number", "65", 65, unit="people")],
        "Floods have killed about 65 people.",
        [F("number", "65", 65, unit="people", qualifier="about")],
    )  # fmt: skip
    assert pairs(found, "variant") == [("65", "65", "hedged: 65 / about 65")]
    assert pairs(found, "conflict") == []


def test_a_bound_that_admits_the_other_value_is_a_variant():
    found = match(
        "The storm cut power for eight hours, officials said.",
        [F("number", "eight", 8, unit="hours")],
        "The storm cut power for up to eight hours, officials said.",
        [F("number", "eight", 8, unit="hours", qualifier="up to")],
    )  # fmt: skip
    assert pairs(found, "variant") == [("eight", "eight", "hedged: 8 / up to 8")]
    found = match(
        "The epicentre was less than 25 km from the town.",
        [F("quantity", "25 km", 25, unit="km", qualifier="less than")],
        "The epicentre was 15 km from the town.", [F("quantity", "15 km", 15, unit="km")],
    )  # fmt: skip
    assert pairs(found, "variant") == [("25 km", "15 km", "compatible: less than 25 / 15")]


def test_percent_conflict():
    found = match(
        "The Orsa River had fallen 12% since Sunday.", [F("percent", "12%", 12, unit="%")],
        "The Orsa River had dropped 15% since Sunday.", [F("percent", "15%", 15, unit="%")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("12%", "15%", "12% vs 15%")]


def test_count_without_unit_matches_by_its_context():
    found = match(
        "Floods killed 65 people and forced 12,000 from their homes.",
        [F("number", "65", 65, unit="people"), F("number", "12,000", 12000)],
        "Officials said on Tuesday. More than 10,000 people have been forced from their homes.",
        [F("number", "10,000", 10000, unit="people", qualifier="more than")],
    )  # fmt: skip
    # 12,000 is more than 10,000: the two reports are compatible, not in conflict
    assert pairs(found, "variant") == [
        ("12,000", "10,000", "compatible: 12,000 / more than 10,000")
    ]
    assert pairs(found, "only_a") == [("65", None, None)]


def test_counts_of_different_things_do_not_conflict():
    found = match(
        "About 40 schools remained closed.", [F("number", "40", 40, "schools", "about")],
        "At least 72 people have died.", [F("number", "72", 72, "people", "at least")],
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]


def test_same_value_written_differently_is_a_variant():
    found = match(
        "He said 1,500 soldiers would come for the fourth time.",
        [F("number", "1,500", 1500, unit="soldiers"), F("ordinal", "fourth", 4, unit="time")],
        "He said 1500 soldiers would come for the 4th time.",
        [F("number", "1500", 1500, unit="soldiers"), F("ordinal", "4th", 4, unit="time")],
    )  # fmt: skip
    assert {m.note for m in only(found, "variant")} == {"1,500 / 1500", "fourth / 4th"}


def test_same_number_and_words_agree():
    found = match(
        "The floods began after four days of rain.", [F("number", "four", 4, unit="days")],
        "Four days of rain came first.", [F("number", "Four", 4, unit="days")],
    )  # fmt: skip
    assert [m.status for m in found] == ["agree"]


def test_alignment_decides_between_look_alike_sentences():
    a_text = "Police said 30 people were hurt in Carrow. Police said 40 people were hurt in Orsa."
    a_specs = [F("number", "30", 30, "people"), F("number", "40", 40, "people")]
    b_text = "Police said 35 people were hurt."
    b_specs = [F("number", "35", 35, "people")]
    second = [Alignment((1,), (0,), 0.8, "changed")]
    found = match(a_text, a_specs, b_text, b_specs, alignment=second)
    assert pairs(found, "conflict") == [("40", "35", "40 vs 35 people")]
    first = [Alignment((0,), (0,), 0.8, "changed")]
    found = match(a_text, a_specs, b_text, b_specs, alignment=first)
    assert pairs(found, "conflict") == [("30", "35", "30 vs 35 people")]


# Dates ----------------------------------------------------------------------------------------
def test_same_day_written_differently_is_a_variant():
    found = match(
        "Austin arrived in Kyiv on October 21.", [F("date", "October 21", "2024-10-21")],
        "Austin arrived in Kyiv on Monday.", [F("date", "Monday", "2024-10-21")],
    )  # fmt: skip
    assert pairs(found, "variant") == [("October 21", "Monday", "October 21 / Monday")]


def test_different_day_for_the_same_event_is_a_conflict():
    found = match(
        "Austin arrived in Kyiv on Monday.", [F("date", "Monday", "2024-10-21")],
        "Austin arrived in Kyiv on Tuesday.", [F("date", "Tuesday", "2024-10-22")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("Monday", "Tuesday", "2024-10-21 vs 2024-10-22")]


def test_unrelated_dates_do_not_conflict():
    found = match(
        "The floods began on October 14.", [F("date", "October 14", "2024-10-14")],
        "Warnings issued on October 12 were ignored.", [F("date", "October 12", "2024-10-12")],
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]


def test_dates_without_values_compare_their_text():
    found = match(
        "The worst flooding since the war began.", [F("date", "the war", None)],
        "It is the worst flooding since the war.", [F("date", "the war", None)],
    )  # fmt: skip
    assert [m.status for m in found] == ["agree"]


# Quotes ---------------------------------------------------------------------------------------
REYES_A = '"We will not leave a single village behind," Reyes said.'
REYES_B = '"We will not leave one village behind," Reyes said.'


def test_identical_quote_agrees():
    quote = F("quote", "We will not leave a single village behind", speaker="Tomas Reyes")
    assert [m.status for m in match(REYES_A, [quote], REYES_A, [quote])] == ["agree"]


def test_quote_drift_is_a_conflict():
    found = match(
        REYES_A, [F("quote", "We will not leave a single village behind", speaker="Tomas Reyes")],
        REYES_B, [F("quote", "We will not leave one village behind", speaker="Reyes")],
    )  # fmt: skip
    assert [(m.status, m.note) for m in found] == [("conflict", "quote differs: a single → one")]


AUSTIN = "Lloyd Austin"


def test_same_words_from_another_speaker_is_a_misattribution():
    words = "We will stand with Ukraine for as long as it takes"
    found = match(
        f'"{words}," Austin said.',
        [F("quote", words, speaker="Lloyd Austin"), F("person", "Austin", canonical=AUSTIN)],
        f'"{words}," Zelensky said.',
        [F("quote", words, speaker="Zelensky"), F("person", "Zelensky")],
    )  # fmt: skip
    quotes = [m for m in found if m.kind == "quote"]
    assert pairs(quotes, "conflict") == [(words, words, "attributed to Lloyd Austin vs Zelensky")]


def test_a_speaker_guessed_from_a_pronoun_or_a_platform_is_no_misattribution():
    words = "We will stand with Ukraine for as long as it takes"
    found = match(
        f'Austin spoke. "{words}," he said.',
        [F("person", "Austin", canonical=AUSTIN), F("quote", words, speaker=AUSTIN)],
        f'"{words}," Zelensky posted on Twitter.',
        [F("quote", words, speaker="Twitter"), F("organization", "Twitter")],
    )  # fmt: skip
    assert [m.status for m in found if m.kind == "quote"] == ["agree"]


def test_a_trimmed_quote_is_a_variant_and_a_different_quote_stays_apart():
    long = "We need clear data on who is still missing before we can plan the next step"
    found = match(
        f'"{long}," Reyes said.', [F("quote", long, speaker="Reyes")],
        'Reyes asked for "clear data" on the missing.', [F("quote", "clear data", speaker="Reyes")],
    )  # fmt: skip
    assert pairs(found, "variant") == [(long, "clear data", "trimmed")]
    found = match(
        '"We will rebuild every bridge," Reyes said.',
        [F("quote", "We will rebuild every bridge", speaker="Reyes")],
        '"Every family will have a roof before winter," Reyes said.',
        [F("quote", "Every family will have a roof before winter", speaker="Reyes")],
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]


def test_quotes_differing_only_in_punctuation_and_marks_agree():
    found = match(
        '"We saw water, mud, and fear," she said.',
        [F("quote", "We saw water, mud, and fear", speaker="Ana Ruiz")],
        "“We saw water, mud and fear…” she said.",
        [F("quote", "We saw water, mud and fear…", speaker="Ana Ruiz")],
    )  # fmt: skip
    assert [m.status for m in found] == ["agree"]


def test_different_quotes_do_not_match():
    found = match(
        '"Every family will have a roof before winter," he said.',
        [F("quote", "Every family will have a roof before winter")],
        'She said it was "too slow and too late".', [F("quote", "too slow and too late")],
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]


# Order ----------------------------------------------------------------------------------------
def test_matches_are_ordered_by_status_then_position():
    found = match(
        "Reyes made his fourth visit. Dalca spoke. Vell was absent.",
        [F("person", "Reyes"), F("ordinal", "fourth", 4, "visit"), F("person", "Dalca"),
         F("person", "Vell")],
        "Ruiz spoke. Reyes made his third visit. Dalca spoke.",
        [F("person", "Ruiz"), F("person", "Reyes"), F("ordinal", "third", 3, "visit"),
         F("person", "Dalca")],
    )  # fmt: skip
    statuses = [m.status for m in found]
    assert statuses == sorted(statuses, key=MATCH_STATUSES.index)
    assert [(m.status, (m.a or m.b).text) for m in found] == [
        ("conflict", "fourth"), ("only_a", "Vell"), ("only_b", "Ruiz"), ("agree", "Reyes"),
        ("agree", "Dalca"),
    ]  # fmt: skip


# One source of truth for aligned sentences ---------------------------------------------------
VISIT_A = "The minister made his third visit to Kyiv on Monday, officials said."
VISIT_B = "The minister made his fourth visit to Kyiv on Monday, officials said."
VISITS = ([F("ordinal", "third", 3)], [F("ordinal", "fourth", 4)])


def _tied_by_sentence(matches) -> list[Match]:
    return [m for m in matches if any(e.signal == "aligned_sentences" for e in m.evidence)]


def test_facts_are_tied_by_their_sentences_only_where_the_alignment_pairs_them():
    a_specs, b_specs = VISITS
    a, b = analysis(VISIT_A, *a_specs), analysis(VISIT_B, *b_specs, article_id="b")
    alignment = aligned(VISIT_A, a, VISIT_B, b)
    shown = {(i, j) for pair in alignment for i in pair.a for j in pair.b}
    found = match(VISIT_A, a_specs, VISIT_B, b_specs, alignment=alignment)
    tied = _tied_by_sentence(found)
    assert [(m.a.text, m.b.text) for m in tied] == [("third", "fourth")]
    assert all((m.a.sentence, m.b.sentence) in shown for m in tied)


def test_with_no_aligned_sentences_the_matcher_makes_up_none():
    """The reader shows the alignment it is given: with none, no fact may claim an aligned
    sentence (the matcher used to pair similar sentences of its own)."""
    found = match(VISIT_A, VISITS[0], VISIT_B, VISITS[1], alignment=())
    assert _tied_by_sentence(found) == []
