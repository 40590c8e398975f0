"""The CSV report: one row per fact match, safe to open in a spreadsheet.

Quoting is the standard library's (RFC 4180: fields with commas, quotes or line breaks are
quoted, quotes doubled); rows end in "\\n" so that writing the string in text mode gives the
platform's line ending (a "\\r\\n" string would become "\\r\\r\\n" on Windows).

Formula injection: Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-`
or `@` (and some read a leading tab or carriage return the same way) as a formula, so such a cell
gets a leading apostrophe, which spreadsheets hide and which marks the cell as text. Plain numbers
("-3", "+12.5", "-1,500") are left alone: they cannot be formulas, and a number column stays a
number column. Every cell is guarded, article text and metadata alike.

Range values (low, high) are joined with an en dash and no spaces ("1500–2000",
"2024-10-14–2024-10-18"): numbers and ISO dates never contain an en dash, so a program can split
on it, and a person reads it as a range. Numbers are written plainly, without thousands separators.
Sentences are numbered from 1, as in the window and every report a person reads (only JSON keeps
the 0-based index).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from parallax.model import Comparison, Fact
from parallax.report.digest import sentence_number
from parallax.report.evidence_text import evidence_text

HEADER = (
    "status",
    "kind",
    "note",
    "a_text",
    "a_value",
    "a_start",
    "a_end",
    "a_sentence",
    "b_text",
    "b_value",
    "b_start",
    "b_end",
    "b_sentence",
    "a_article",
    "b_article",
    # Added after the first fifteen; new columns only ever go at the end.
    "a_unit",
    "a_qualifier",
    "b_unit",
    "b_qualifier",
    "evidence",  # why the two facts were paired, in plain words; empty for only_a / only_b
)
RANGE_JOINER = "–"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?")


def guard(cell: object) -> str:
    """The cell as text, with a leading apostrophe when a spreadsheet would run it as a formula."""
    text = "" if cell is None else str(cell)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_value(value: object) -> str:
    """A fact's value for a machine: plain numbers, ranges joined by an en dash, None as empty."""
    if isinstance(value, tuple | list):
        return RANGE_JOINER.join(csv_value(part) for part in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def table(rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text, every cell guarded."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([guard(cell) for cell in row] for row in rows)
    return out.getvalue()


def _fact_cells(fact: Fact | None) -> list[object]:
    if fact is None:
        return ["", "", "", "", ""]
    return [fact.text, csv_value(fact.value), fact.start, fact.end, sentence_number(fact)]


def _extra_cells(fact: Fact | None) -> list[object]:
    return [fact.unit, fact.qualifier] if fact else ["", ""]


def rows(comparison: Comparison) -> list[list[object]]:
    """One row per match, in the comparison's order, after the header."""
    body = [
        [
            *(match.status, match.kind, match.note),
            *_fact_cells(match.a),
            *_fact_cells(match.b),
            *(comparison.a.id, comparison.b.id),
            *_extra_cells(match.a),
            *_extra_cells(match.b),
            evidence_text(match.evidence),
        ]
        for match in comparison.matches
    ]
    return [list(HEADER), *body]


def render(comparison: Comparison) -> str:
    return table(rows(comparison))
