"""Storing review marks: rows of `review_marks`, one per marked match of two articles."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from parallax.model import Anchor, Mark

_COLUMNS = (
    "id, a_sha256, b_sha256, a_start, a_end, a_text, b_start, b_end, b_text, "
    "kind, state, note, marked_at"
)
_SELECT = f"SELECT {_COLUMNS} FROM review_marks"
_INSERT = (
    "INSERT INTO review_marks (a_sha256, b_sha256, a_start, a_end, a_text, "
    "b_start, b_end, b_text, kind, state, note, marked_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# The same match marked again, from either side: the older mark gives way.
_SAME_ANCHORS = (
    "DELETE FROM review_marks WHERE a_sha256 = ? AND b_sha256 = ? "
    "AND a_start IS ? AND a_end IS ? AND b_start IS ? AND b_end IS ?"
)


def _anchor(start: int | None, end: int | None, text: str | None) -> Anchor | None:
    """The side's anchor; None for a side not marked (its three columns are written together)."""
    if start is None or end is None or text is None:
        return None
    return Anchor(start, end, text)


def from_row(row: tuple) -> Mark:
    id_, a_sha, b_sha, a_s, a_e, a_t, b_s, b_e, b_t, kind, state, note, at = row
    return Mark(a_sha, b_sha, _anchor(a_s, a_e, a_t), _anchor(b_s, b_e, b_t), state, note, at,
                kind=kind, id=id_)  # fmt: skip


def _flat(anchor: Anchor | None) -> tuple:
    return (None, None, None) if anchor is None else tuple(anchor)


def put(conn: sqlite3.Connection, mark: Mark, *, replaces: Iterable[int] = ()) -> Mark:
    """Store `mark` in place of the marks `replaces` (the match's earlier marks, whose anchors
    may have moved since) and of any mark with the same anchors; returns it with its id."""
    for old in replaces:
        conn.execute("DELETE FROM review_marks WHERE id = ?", (old,))
    a, b = _flat(mark.a), _flat(mark.b)
    conn.execute(_SAME_ANCHORS, (mark.a_sha256, mark.b_sha256, a[0], a[1], b[0], b[1]))
    conn.execute(_SAME_ANCHORS, (mark.b_sha256, mark.a_sha256, b[0], b[1], a[0], a[1]))
    values = (mark.a_sha256, mark.b_sha256, *a, *b, mark.kind, mark.state, mark.note)
    cursor = conn.execute(_INSERT, (*values, mark.marked_at))
    return from_row(conn.execute(f"{_SELECT} WHERE id = ?", (cursor.lastrowid,)).fetchone())


def for_pair(conn: sqlite3.Connection, a_sha256: str, b_sha256: str) -> list[Mark]:
    """The marks on matches of A and B, oldest first, as seen from A and B (a mark set while
    comparing B with A comes back with its sides swapped)."""
    query = f"{_SELECT} WHERE a_sha256 = ? AND b_sha256 = ? OR a_sha256 = ? AND b_sha256 = ?"
    rows = conn.execute(f"{query} ORDER BY marked_at, id", (a_sha256, b_sha256, b_sha256, a_sha256))
    marks = [from_row(row) for row in rows]
    return [m if m.a_sha256 == a_sha256 else m.swapped() for m in marks]


def every(conn: sqlite3.Connection) -> list[Mark]:
    """Every mark in the library, oldest first, as stored."""
    return [from_row(row) for row in conn.execute(f"{_SELECT} ORDER BY marked_at, id")]
