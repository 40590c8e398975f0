"""The false alarms seen on real cross-outlet pairs, one test per kind, on sentences written
for Parallax in the shapes those reports had: what must not be a conflict, and what still is.
"""

from __future__ import annotations

from test_compare_match import F, match, only, pairs

from parallax.compare.match.context import ArticleView
from parallax.compare.match.values import bounds, compatible, not_a_count
from parallax.model import Alignment, Analysis, Fact, ModelInfo, Sentence

ALIGNED = [Alignment((0,), (0,), 0.7, "changed")]


# 1. Dates of different events, dates that are one day, dates no one can resolve -----------------
def test_dates_of_two_different_events_are_not_paired():
    found = match(
        "The memo was typed on 1/6/17 by his aide.", [F("date", "1/6/17", "2017-01-06")],
        "The Feb. 8, 2017, encounter was described by the senator.",
        [F("date", "Feb. 8, 2017", "2017-02-08")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [] and pairs(found, "possible") == []


def test_an_unresolved_relative_date_never_conflicts():
    found = match(
        "The minister arrived in Kyiv on Monday for talks.", [F("date", "Monday", None)],
        "The minister arrived in Kyiv on October 21 for talks.",
        [F("date", "October 21", "2024-10-21")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")
    found = match(
        "The company was founded last year in Carrow.", [F("date", "last year", None)],
        "The company was founded on March 30 in Carrow.", [F("date", "March 30", "2024-03-30")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")


def test_a_weekday_and_the_date_it_falls_on_are_one_day():
    found = match(
        "The quake struck on Jan. 4, the agency said.", [F("date", "Jan. 4", "2009-01-04")],
        "The quake struck on Sunday, the agency said.", [F("date", "Sunday", None)],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [(m.status, m.note) for m in found] == [("variant", "Jan. 4 / Sunday")]
    assert [e.signal for e in found[0].evidence][-1] == "same_day"


def test_day_and_month_without_a_year_compare_on_what_both_state():
    found = match(
        "The festival opened on 13 July in the old town.", [F("date", "13 July", None)],
        "The festival opened on the 13th of July in the old town.",
        [F("date", "the 13th of July", None)],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [m.status for m in found] == ["variant"]
    found = match(
        "The festival opened on 13 July in the old town.", [F("date", "13 July", None)],
        "The festival opened on 15 July in the old town.", [F("date", "15 July", None)],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [m.status for m in found] == ["conflict"]


def test_identical_syndicated_sentences_agree_whatever_their_page_dates():
    sentence = "The council will vote on the plan today, officials said."
    found = match(
        sentence, [F("date", "today", "2024-10-21")],
        sentence, [F("date", "today", "2024-10-22")],
    )  # fmt: skip
    assert [(m.status, m.note) for m in found] == [
        ("agree", "same sentence; resolved against different dates")
    ]


def test_a_page_time_stamp_is_not_a_date_of_the_story():
    found = match(
        "Published: June 13, 2013 4:59 PM EDT The actress left the clinic.",
        [F("date", "June 13, 2013", "2013-06-13")],
        "Updated June 12, 2013 The actress left the clinic.",
        [F("date", "June 12, 2013", "2013-06-12")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict") and not only(found, "possible")


# 2. Quotes -------------------------------------------------------------------------------------
def test_a_quote_and_two_words_quoted_from_it_are_one_quote_trimmed():
    long = "We need clear data before anyone can say how many people are still missing"
    found = match(
        f'"{long}," the mayor said.', [F("quote", long, speaker="Ines Dalca")],
        'The mayor asked for "clear data" on the missing.',
        [F("quote", "clear data", speaker="Ines Dalca")],
    )  # fmt: skip
    assert [(m.status, m.note) for m in found] == [("variant", "trimmed")]


def test_an_edited_word_inside_one_quote_is_named():
    found = match(
        '"It is so good not to keep the secret any longer," he said.',
        [F("quote", "It is so good not to keep the secret any longer")],
        '"It is so good not to keep this secret any longer," he said.',
        [F("quote", "It is so good not to keep this secret any longer")],
    )  # fmt: skip
    assert pairs(found, "conflict")[0][2] == "quote differs: the → this"


# 3. Numbers that count nothing, or count different things ------------------------------------
def _view(text: str, *facts: Fact) -> ArticleView:
    analysis = Analysis("a", ModelInfo("t", "0", False), (Sentence(0, 0, len(text)),), facts)
    return ArticleView(text, analysis)


def _number(text: str, surface: str, value: float, kind: str = "number") -> Fact:
    start = text.index(surface)
    return Fact("n", kind, surface, start, start + len(surface), 0, value)


def test_numbers_inside_names_addresses_times_and_compounds_are_not_counts():
    cases = {
        "The laptop runs an Intel Core 2 Duo chip.": ("2", "part of a name"),
        "Protesters gathered outside 10 Downing Street on Friday.": ("10", "part of an address"),
        "The clock read 4:59 PM when the alarm rang.": ("59", "a time of day"),
        "They met one-on-one after the summit.": ("one", "part of a compound word"),
        "The act was passed in 1998 after a long debate.": ("1998", "a year"),
        "The Saints lost 27-24 in overtime.": ("24", "part of a score or record"),
    }
    for text, (surface, why) in cases.items():
        assert not_a_count(_number(text, surface, 1), _view(text)) == why, text
    text = "Officials said 26 Somali pirates were captured."
    assert not_a_count(_number(text, "26", 26), _view(text)) is None


def test_figures_of_different_scope_do_not_conflict():
    found = match(
        "The tsunami killed 230,000 people across Asia, officials said.",
        [F("number", "230,000", 230000, unit="people")],
        "The tsunami killed 170,000 people in Sumatra alone, officials said.",
        [F("number", "170,000", 170000, unit="people")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")


def test_a_rise_and_a_fall_are_two_different_moves():
    found = match(
        "The main index rose 8.04% on Monday, traders said.",
        [F("percent", "8.04%", 8.04, unit="%")],
        "The main index dropped 6.5% on Monday, traders said.",
        [F("percent", "6.5%", 6.5, unit="%")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")


# 4. Compatible values --------------------------------------------------------------------------
def test_hedges_that_admit_each_other_are_compatible():
    def fact(value, qualifier=None):
        return Fact("x", "number", str(value), 0, 1, 0, value, qualifier=qualifier)

    assert compatible(fact(8), fact(8, "up to"))
    assert compatible(fact(14000, "about"), fact(14000, "over"))
    assert compatible(fact(15), fact(25, "less than"))
    assert not compatible(fact(65), fact(72, "at least"))
    assert compatible(fact(14, "at least"), fact(19, "at least"))  # both hold at 19
    assert bounds(fact(72, "at least")) == (72.0, float("inf"))


# 7. Names --------------------------------------------------------------------------------------
def test_a_state_and_its_abbreviation_are_one_place():
    found = match(
        "He died in a prison in Springfield, Mo., a spokesman said.",
        [F("place", "Mo.", canonical="Mo.")],
        "He died in a prison in Springfield, Missouri, a spokesman said.",
        [F("place", "Missouri")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [(m.status, m.note) for m in found] == [("variant", "Mo. / Missouri")]


def test_a_name_inside_a_longer_name_is_not_a_rival_in_its_slot():
    found = match(
        "She was hit on 117th Street in South Richmond Hill on Friday.",
        [F("place", "South Richmond Hill")],
        "She was hit on 117th Street in Richmond Hill on Friday.", [F("place", "Richmond Hill")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")


# Revisions: one sentence, word for word, but for its figure ----------------------------------
def test_a_revised_figure_is_a_conflict_even_where_hedges_would_admit_both():
    found = match(
        "The jet can seat up to 150 people on short routes.",
        [F("number", "150", 150, unit="people", qualifier="up to")],
        "The jet can seat up to 168 people on short routes.",
        [F("number", "168", 168, unit="people", qualifier="up to")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("150", "168", "up to 150 vs up to 168 people")]
    signals = [e.signal for e in found[0].evidence]
    assert "same_sentence_but_the_value" in signals


def test_a_revised_weekday_is_a_conflict_though_neither_can_be_dated():
    found = match(
        "The talks resumed on Tuesday in Geneva.", [F("date", "Tuesday", None)],
        "The talks resumed on Thursday in Geneva.", [F("date", "Thursday", None)],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("Tuesday", "Thursday", "Tuesday vs Thursday")]
    found = match(
        "The talks resumed on Tuesday in Geneva.", [F("date", "Tuesday", None)],
        "Talks in Geneva are expected to resume on Thursday, an aide said.",
        [F("date", "Thursday", None)],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")


def test_like_figures_in_unaligned_sentences_about_different_places_do_not_conflict():
    found = match(
        "In April last year an 8.6-magnitude quake struck off Banda Aceh. Rescuers arrived.",
        [F("number", "8.6", 8.6, unit="magnitude"), F("place", "Banda Aceh")],
        "Last year, a 6.4-magnitude quake rocked the west coast of Sumatra. Rescuers came.",
        [F("number", "6.4", 6.4, unit="magnitude"), F("place", "Sumatra")],
        alignment=[Alignment((1,), (1,), 0.6, "changed")],
    )  # fmt: skip
    assert not only(found, "conflict")


def test_a_rate_and_a_total_do_not_conflict_but_a_list_is_no_rate():
    found = match(
        "He averaged eight rebounds a game this season, the coach said.",
        [F("number", "eight", 8, unit="rebounds")],
        "He grabbed seven rebounds in the final game, the coach said.",
        [F("number", "seven", 7, unit="rebounds")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "conflict")
    found = match(
        "Nine assault rifles, a grenade launcher and a GPS set were seized, the navy said.",
        [F("number", "Nine", 9, unit="assault")],
        "Seven AK-47 assault rifles, three machine guns and grenades were seized, the navy said.",
        [F("number", "Seven", 7)],
        alignment=ALIGNED,
    )  # fmt: skip
    assert pairs(found, "conflict") == [("Nine", "Seven", "9 vs 7")]


# 8. True conflicts the evidence used to miss ---------------------------------------------------
def test_the_same_words_next_to_two_values_tie_them():
    found = match(
        "Okoro's big day included a 71-yard touchdown run on the first play of the second half.",
        [F("quantity", "71-yard", 71, unit="yd")],
        "The Hawks trailed until Okoro broke away. He added a 74-yard scamper on the first play "
        "of the second half.",
        [F("quantity", "74-yard", 74, unit="yd")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("71-yard", "74-yard", "71 vs 74 yd")]
    assert "same_words_around" in [e.signal for e in found[0].evidence]


def test_a_year_next_to_the_same_title_is_one_date():
    found = match(
        "Vance was also celebrated in the 1998 TV movie, The Long Winter Road, starring her niece.",
        [F("date", "1998", "1998")],
        "Critics say her life inspired the 1997 film The Long Winter Road.",
        [F("date", "1997", "1997")],
    )  # fmt: skip
    assert [m.status for m in found] == ["conflict"]


def test_an_acronym_plural_and_its_possessive_spelling_count_one_thing():
    found = match(
        "Malenko (31-2, 24 KOs) stopped a tired Ruiz in Bremen on Saturday.",
        [F("number", "24", 24)],
        "Champion Malenko, 31-2, 25 KO's, easily stopped Ruiz in the seventh round.",
        [F("number", "25", 25)],
        alignment=[Alignment((0,), (0,), 0.3, "changed")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("24", "25", "24 vs 25")]


def test_people_and_a_person_are_one_unit_of_a_toll():
    found = match(
        "The quakes in Ralda on Sunday destroyed hundreds of buildings, killed one person and "
        "injured dozens.",
        [F("number", "one", 1, unit="person"), F("number", "hundreds", 100, unit="buildings")],
        "A series of quakes rocked Ralda on Sunday, killing four people, injuring dozens and "
        "destroying hundreds of buildings.",
        [F("number", "four", 4, unit="people"), F("number", "hundreds", 100, unit="buildings")],
        alignment=[Alignment((0,), (0,), 0.37, "changed")],
    )  # fmt: skip
    assert pairs(found, "conflict") == [("one", "four", "1 vs 4 person")]


def test_months_without_their_year_compare_on_the_month():
    found = match(
        "The frigate, which replaced the cutter Valka early December, may head south.",
        [F("date", "early December", None)],
        "The frigate, which replaced the cutter Valka in November-end, launched a helicopter.",
        [F("date", "November-end", None)],
        alignment=[Alignment((0,), (0,), 0.37, "changed")],
    )  # fmt: skip
    assert [m.status for m in found] == ["conflict"]
    found = match(
        "The frigate replaced the cutter Valka early December.", [F("date", "December", None)],
        "The frigate replaced the cutter Valka in December 2008.",
        [F("date", "December 2008", "2008-12")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [m.status for m in found] == ["variant"]


def test_a_date_printed_between_headline_and_lead_is_the_page_date():
    found = match(
        "Reyes in talks to direct the 'Night Harbour' sequel April 4, 2012 Despite the hit, "
        "the future of Reyes remains open.",
        [F("date", "April 4, 2012", "2012-04-04")],
        "Reyes back in talks to direct the 'Night Harbour' sequel April 9, 2012 Despite reports "
        "last week, Reyes is back at the table.",
        [F("date", "April 9, 2012", "2012-04-09")],
    )  # fmt: skip
    assert not only(found, "conflict") and not only(found, "possible")
    revised = "Reyes in talks to direct the 'Night Harbour' sequel April 9, 2012 Despite the hit, "
    revised += "the future of Reyes remains open."
    found = match(
        "Reyes in talks to direct the 'Night Harbour' sequel April 4, 2012 Despite the hit, "
        "the future of Reyes remains open.",
        [F("date", "April 4, 2012", "2012-04-04")],
        revised, [F("date", "April 9, 2012", "2012-04-09")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [m.status for m in found] == ["conflict"]  # one page's two versions: its date changed


def test_a_value_said_twice_is_not_only_in_one_article_when_both_say_it():
    found = match(
        "Police said the man was shot on Monday. He died of his wounds on Monday night.",
        [F("date", "Monday", None), F("date", "Monday", None, nth=1)],
        "The man was shot on Monday, police said.", [F("date", "Monday", None)],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [m.status for m in found] == ["agree"]
    found = match(
        "Two people were hurt. The siege lasted two hours.",
        [F("number", "Two", 2, unit="people"), F("number", "two", 2, unit="hours")],
        "Two people were hurt in the siege.", [F("number", "Two", 2, unit="people")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert sorted(m.status for m in found) == ["agree", "only_a"]  # two hours is no repeat


def test_a_date_with_a_clock_and_time_zone_is_the_page_date_even_without_a_year():
    found = match(
        "Hawks Beat Rams 20-13 To Clinch Playoff Berth 12/23/12 06:03 PM ET The win was late.",
        [F("date", "12/23/12", "2012-12-23")],
        "HAWKS BEAT RAMS 20-13 TO CLINCH PLAYOFF BERTH Dec. 24 4:33 AM EST Okoro smiled.",
        [F("date", "Dec. 24", None)],
    )  # fmt: skip
    assert not only(found, "conflict") and not only(found, "possible")


def test_a_run_of_words_broken_by_another_value_ties_nothing():
    text = "Officials 2024-10-21 officials 2024-10-21 officials 2024-10-21 officials the war ended."
    facts = [F("date", "2024-10-21", "2024-10-21", nth=n) for n in range(3)]
    found = match(text, facts, text, facts, alignment=ALIGNED)
    assert len(found) == 3 and all(m.a.start == m.b.start for m in found)  # each with itself


def test_people_and_spans_of_time_are_never_one_count():
    found = match(
        '"There might have been two people killed," the sheriff said.',
        [F("number", "two", 2, unit="people")],
        "He boasted of the killing two weeks after the sheriff's deputy died.",
        [F("number", "two", 2, unit="weeks")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "agree") and not only(found, "variant")


def test_a_score_and_a_count_of_the_same_figure_are_two_things():
    found = match(
        "He had nine rebounds for North Carolina (10-0), which pulled away late.",
        [F("number", "10", 10)],
        "Ellington added 10 points for North Carolina in the win.",
        [F("number", "10", 10, unit="points")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert not only(found, "agree") and not only(found, "variant")


def test_a_clock_and_zone_printed_before_a_date_make_it_the_page_date():
    found = match(
        "The swimmer and actress died on 6th June in her sleep, her family said.",
        [F("date", "6th June", "2013-06-06")],
        "Swimmer And Actress Dies At 91 10:10 AM PDT 6/6/2013 The swimmer starred in films.",
        [F("date", "6/6/2013", "2013-06-06")],
        alignment=ALIGNED,
    )  # fmt: skip
    assert [m.status for m in found] == ["only_a", "only_b"]
