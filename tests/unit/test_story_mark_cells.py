"""Placing review marks on story-matrix cells: by both facts, either side as A, the newest mark
on a cell, and the marks no cell shows kept apart."""

from __future__ import annotations

from parallax.compare.story_marks import place_marks, reference_column
from parallax.model import Anchor, Article, Fact, Mark, StoryMatrix, StoryRow

TEXTS = ("Police said 65 died on Monday.", "At least 72 died on Monday.", "72 died, police said.")


def _article(n: int) -> Article:
    return Article(id=f"id{n}", sha256=f"{n:064x}", text=TEXTS[n], outlet=f"Outlet {n}")


def _fact(n: int, words: str, kind: str = "number") -> Fact:
    start = TEXTS[n].index(words)
    return Fact(f"f{n}-{words}", kind, words, start, start + len(words), 0)


ARTICLES = tuple(_article(n) for n in range(3))
DEAD = (_fact(0, "65"), _fact(1, "72"), _fact(2, "72"))
# the dead: 1 and 2 agree (2 is not the reference: 1 is, the first of the majority)
MONDAY = (_fact(0, "Monday", "date"), _fact(1, "Monday", "date"), None)
ROWS = (
    StoryRow("number", "dead (number)", DEAD, ("conflict", "agree", "agree"), "disputed"),
    StoryRow("date", "Monday (date)", MONDAY, ("agree", "agree", "absent"), "partial"),
)


def _mark(a: int, fa: Fact | None, b: int, fb: Fact | None, state: str, at: str, id_: int) -> Mark:
    anchor = lambda f: None if f is None else Anchor(f.start, f.end, f.text)  # noqa: E731
    return Mark(ARTICLES[a].sha256, ARTICLES[b].sha256, anchor(fa), anchor(fb), state, "",
                at, kind="number", id=id_)  # fmt: skip


def test_the_reference_is_the_first_article_of_the_majority():
    assert [reference_column(row) for row in ROWS] == [1, 0]


def test_a_mark_lands_on_the_cell_that_is_not_the_reference_whichever_side_was_a():
    ref_first = _mark(1, DEAD[1], 0, DEAD[0], "disputed", "2026-12-07T08:00", 1)
    ref_second = _mark(2, DEAD[2], 1, DEAD[1], "confirmed", "2026-12-07T08:01", 2)
    placed = place_marks(StoryMatrix("s", ARTICLES, ROWS, (ref_first, ref_second)))
    assert placed.cells == {(0, 0): ref_first, (0, 2): ref_second}
    assert placed.unplaced == []
    assert placed.row_state(0, 3) == "disputed"  # the most urgent of the row
    assert placed.row_state(1, 3) is None


def test_the_newest_mark_on_a_cell_wins_and_the_rest_are_kept_apart():
    old = _mark(1, DEAD[1], 0, DEAD[0], "disputed", "2026-12-07T08:00", 1)
    new = _mark(0, DEAD[0], 1, DEAD[1], "dismissed", "2026-12-07T09:00", 2)
    not_the_reference = _mark(0, DEAD[0], 2, DEAD[2], "open", "2026-12-07T08:30", 3)
    only_in = _mark(0, DEAD[0], 1, None, "open", "2026-12-07T08:40", 4)
    gone = _mark(0, Fact("x", "number", "died", 6, 10, 0), 1, DEAD[1], "open", "2026-12-07", 5)
    marks = (old, new, not_the_reference, only_in, gone)
    placed = place_marks(StoryMatrix("s", ARTICLES, ROWS, marks))
    assert placed.cells == {(0, 0): new}
    assert placed.unplaced == [gone, old, not_the_reference, only_in]  # oldest first
    assert placed.all_dismissed(0, 3) and not placed.all_dismissed(1, 3)


def test_a_mark_finds_its_fact_again_after_a_re_analysis_moved_its_edges():
    wider = Fact("w", "number", "At least 72", 0, 11, 0, qualifier="at least")
    rows = (StoryRow("number", "dead", (DEAD[0], wider, DEAD[2]),
                     ("conflict", "agree", "agree"), "disputed"),)  # fmt: skip
    mark = _mark(1, DEAD[1], 0, DEAD[0], "disputed", "2026-12-07T08:00", 1)
    assert place_marks(StoryMatrix("s", ARTICLES, rows, (mark,))).cells == {(0, 0): mark}
