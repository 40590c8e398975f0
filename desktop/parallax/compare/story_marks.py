"""Review marks in the story matrix: which cell each stored mark belongs to.

A cell other than its row's reference stands for the match of the reference article's fact
with that article's fact; a mark on that pair of articles whose two facts are found (as
`compare.marks` finds them after a re-analysis) in one row, one of them the reference's, lands
on the other's cell. A mark that lands on no cell (an only-in claim, a fact gone, a pairing the
matrix does not make) is kept in `unplaced`, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parallax.compare.marks import find_fact
from parallax.model import MARK_STATES, Anchor, Fact, Mark, StoryMatrix, StoryRow

CellKey = tuple[int, int]  # (index into matrix.rows, article column)


def reference_column(row: StoryRow) -> int:
    """The article the row's other cells are read against: the first that gives the majority
    value, else the first that gives any."""
    agreeing = [i for i, cell in enumerate(row.cells) if cell == "agree"]
    if agreeing:
        return agreeing[0]
    return next(i for i, fact in enumerate(row.facts) if fact is not None)


@dataclass(slots=True)
class StoryMarks:
    """The marks of a matrix by cell, and those that found no cell."""

    cells: dict[CellKey, Mark] = field(default_factory=dict)
    unplaced: list[Mark] = field(default_factory=list)

    def row_state(self, row: int, columns: int) -> str | None:
        """The most urgent mark of a row (disputed, open, confirmed, dismissed), or None."""
        states = {self.cells[(row, c)].state for c in range(columns) if (row, c) in self.cells}
        return next((state for state in MARK_STATES if state in states), None)

    def all_dismissed(self, row: int, columns: int) -> bool:
        """The row has marks and every one of them is dismissed."""
        return self.row_state(row, columns) == "dismissed"


def place_marks(matrix: StoryMatrix, marks: Iterable[Mark] | None = None) -> StoryMarks:
    """Each of `marks` (by default the matrix's own) on its cell; the newest wins a cell."""
    columns = {article.sha256: n for n, article in enumerate(matrix.articles)}
    facts: list[list[Fact]] = [[] for _ in matrix.articles]
    rows: list[dict[tuple[int, int], int]] = [{} for _ in matrix.articles]
    for number, row in enumerate(matrix.rows):
        for column, fact in enumerate(row.facts):
            if fact is not None:
                facts[column].append(fact)
                rows[column][(fact.start, fact.end)] = number
    placed = StoryMarks()
    chosen = matrix.marks if marks is None else tuple(marks)
    for mark in sorted(chosen, key=lambda m: (m.marked_at, m.id or 0), reverse=True):
        key = _cell_of(mark, matrix, columns, facts, rows)
        if key is None or key in placed.cells:
            placed.unplaced.append(mark)
        else:
            placed.cells[key] = mark
    placed.unplaced.reverse()
    return placed


def _cell_of(
    mark: Mark,
    matrix: StoryMatrix,
    columns: dict[str, int],
    facts: Sequence[list[Fact]],
    rows: Sequence[dict[tuple[int, int], int]],
) -> CellKey | None:
    i, j = columns.get(mark.a_sha256), columns.get(mark.b_sha256)
    if i is None or j is None or i == j:
        return None
    row_i = _row_of(mark.a, facts[i], rows[i])
    row_j = _row_of(mark.b, facts[j], rows[j])
    if row_i is None or row_i != row_j:
        return None
    reference = reference_column(matrix.rows[row_i])
    if reference == i:
        return row_i, j
    if reference == j:
        return row_i, i
    return None


def _row_of(anchor: Anchor | None, facts: list[Fact], rows: dict) -> int | None:
    if anchor is None:
        return None
    fact = find_fact(anchor, facts)
    return None if fact is None else rows[(fact.start, fact.end)]
