"""The story matrix: rows of one fact across N articles, cells against the majority, order."""

from __future__ import annotations

import pytest
from test_compare_match import F, analysis

from parallax.compare.story import ROW_STATUSES, story_matrix
from parallax.model import FACT_KINDS, Article, StoryMatrix

STORY = [
    (
        "Floods have killed 65 people. Interior Minister Tomas Reyes made his third visit. "
        "Mayor Ines Dalca said 40 schools were shut.",
        [F("number", "65", 65, "people"), F("person", "Tomas Reyes"),
         F("ordinal", "third", 3, "visit"), F("person", "Ines Dalca"),
         F("number", "40", 40, "schools")],
    ),
    (
        "Floods have killed 65 people. Interior Minister Tomas Reyes made his fourth visit. "
        "Opposition leader Mara Vell said the response was too slow.",
        [F("number", "65", 65, "people"), F("person", "Tomas Reyes"),
         F("ordinal", "fourth", 4, "visit"), F("person", "Mara Vell")],
    ),
    (
        "Floods have killed 72 people. Interior Minister Reyes made his fourth visit. "
        "Mayor Ines Dalca said 40 schools were shut.",
        [F("number", "72", 72, "people"), F("person", "Reyes", canonical="Tomas Reyes"),
         F("ordinal", "fourth", 4, "visit"), F("person", "Ines Dalca"),
         F("number", "40", 40, "schools")],
    ),
]  # fmt: skip


def build(stories=STORY, name: str = "floods") -> StoryMatrix:
    articles, analyses = [], []
    for i, (text, specs) in enumerate(stories):
        articles.append(Article(id=f"a{i}", sha256=f"{i}", text=text))
        analyses.append(analysis(text, *specs, article_id=f"a{i}"))
    return story_matrix(name, articles, analyses)


def row(matrix: StoryMatrix, label: str):
    return next(r for r in matrix.rows if r.label == label)


def test_rows_hold_one_fact_per_article_or_none():
    matrix = build()
    assert matrix.story == "floods"
    assert [a.id for a in matrix.articles] == ["a0", "a1", "a2"]
    visit = row(matrix, "visit (ordinal)")
    assert [f.text for f in visit.facts] == ["third", "fourth", "fourth"]
    vell = row(matrix, "Mara Vell")
    assert [f and f.text for f in vell.facts] == [None, "Mara Vell", None]


def test_cells_compare_with_the_majority():
    matrix = build()
    assert row(matrix, "visit (ordinal)").cells == ("conflict", "agree", "agree")
    assert row(matrix, "people (number)").cells == ("agree", "agree", "conflict")


def test_row_statuses():
    matrix = build()
    assert row(matrix, "visit (ordinal)").status == "disputed"
    assert row(matrix, "Mara Vell").status == "single"
    assert row(matrix, "Ines Dalca").status == "partial"
    assert row(matrix, "schools (number)").cells == ("agree", "absent", "agree")
    assert row(matrix, "Tomas Reyes").status == "agreed"  # "Reyes" in the third is the same man


def test_rows_are_ordered_by_status_then_kind_then_appearance():
    keys = [(ROW_STATUSES.index(r.status), FACT_KINDS.index(r.kind)) for r in build().rows]
    assert keys == sorted(keys)
    assert [r.label for r in build().rows if r.status == "disputed"] == [
        "people (number)", "visit (ordinal)",
    ]  # fmt: skip


def test_a_tie_has_no_majority():
    two = build(STORY[:2])
    assert row(two, "visit (ordinal)").cells == ("conflict", "conflict")
    assert row(two, "people (number)").status == "agreed"


def test_variants_agree_in_a_row():
    stories = [
        ("President Zelenskyy thanked the allies.", [F("person", "Zelenskyy")]),
        ("President Zelensky thanked the allies.", [F("person", "Zelensky")]),
    ]
    (only_row,) = build(stories).rows
    assert only_row.cells == ("agree", "agree")
    assert only_row.status == "agreed"


def test_quote_rows_are_labelled_by_their_first_words():
    words = "We will not leave a single village behind"
    stories = [(f'"{words}," Reyes said.', [F("quote", words, speaker="Tomas Reyes")])]
    (only_row,) = build(stories).rows
    assert only_row.label == "We will not leave a single…"
    assert only_row.status == "single"


def test_one_article_and_no_article():
    one = build(STORY[:1])
    assert {r.status for r in one.rows} == {"single"}
    assert len(one.rows) == 5
    assert build([]).rows == ()


def test_articles_and_analyses_must_pair_up():
    text, specs = STORY[0]
    with pytest.raises(ValueError, match="2 articles but 1 analyses"):
        story_matrix("x", [Article("a", "0", text)] * 2, [analysis(text, *specs)])
