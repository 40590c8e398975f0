"""The review marks of compared pairs as `parallax marks` prints them: a table, or JSON."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from parallax.model import Anchor, Article, Comparison, Fact, Mark, Match
from parallax.report import digest
from parallax.report.json_report import dumps

_WORDS_WIDTH = 24


def marked(comparison: Comparison) -> Iterator[tuple[Mark, Match | None]]:
    """Each mark of the comparison with its match (None: orphaned), placed ones first."""
    for match in comparison.matches:
        if match.mark is not None:
            yield match.mark, match
    for mark in comparison.orphaned_marks:
        yield mark, None


def marks_to_json(comparisons: Sequence[Comparison]) -> list[dict[str, Any]]:
    """One object per mark: its verdict, note and time, whether it is orphaned, and each side's
    article and fact (where the fact is now; as marked, for an orphaned mark)."""
    return [
        {
            **mark.to_json(),
            "orphaned": match is None,
            "kind": match.kind if match else mark.kind,
            "status": match.status if match else None,
            "a": _side(comparison.a, match.a if match else None, mark.a),
            "b": _side(comparison.b, match.b if match else None, mark.b),
        }
        for comparison in comparisons
        for mark, match in marked(comparison)
    ]


def _side(article: Article, fact: Fact | None, anchor: Anchor | None) -> dict[str, Any]:
    where = fact or anchor
    return {
        "article": article.id,
        "sha256": article.sha256,
        "fact": None
        if where is None
        else {"start": where.start, "end": where.end, "text": where.text},
    }


def render_json(comparisons: Sequence[Comparison]) -> str:
    return dumps(marks_to_json(comparisons))


def render_text(comparisons: Sequence[Comparison]) -> str:
    """A block per pair: a line per mark with its verdict, the two facts, the time and note."""
    if not any(True for comparison in comparisons for _ in marked(comparison)):
        return "No review marks (set one with `parallax mark A B --a S:E --as disputed`).\n"
    lines: list[str] = []
    for comparison in comparisons:
        lines += [
            f"{comparison.a.id}  {digest.clip(digest.title_of(comparison.a), 60)}",
            f"{comparison.b.id}  {digest.clip(digest.title_of(comparison.b), 60)}",
        ]
        for mark, match in marked(comparison):
            state = f"{mark.state} (orphaned)" if match is None else mark.state
            a = _words("A", match.a if match else mark.a)
            b = _words("B", match.b if match else mark.b)
            lines.append(f"  {state:<20} {a}  {b}  {mark.marked_at}")
            for n, line in enumerate(digest.note_lines(mark.note)):
                lines.append(f"  {'':<20} {'note:' if n == 0 else '':<5} {line}")
        lines.append("")
    return "\n".join(lines)


def _words(side: str, where: Fact | Anchor | None) -> str:
    if where is None:
        return f"{side} —".ljust(_WORDS_WIDTH + 16)
    words = digest.clip(digest.plain(where.text), _WORDS_WIDTH)
    return f"{side} {where.start}:{where.end} {words!s}".ljust(_WORDS_WIDTH + 16)
