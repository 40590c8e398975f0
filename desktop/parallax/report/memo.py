"""The fact-check memo: a Markdown note for an editor about what was checked and what was not.

For two articles: the disputed, open and confirmed matches (an unmarked conflict is open), then
the notable claims only one side makes, the dismissed ones in a line each, and any orphaned mark
(a mark the comparison no longer places) with its words and note as marked. Each item
quotes both sentences with the fact in bold, and gives the offsets into each stored text; the
sources give title, outlet, date, id and SHA-256. For a story: its sources, the marks of every
pair of its articles, and the claims its articles disagree on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import parallax
from parallax.model import Article, Comparison, Fact, Mark, Match, StoryMatrix, StoryRow
from parallax.report import digest
from parallax.report.markdown_report import escape
from parallax.report.memo_items import (
    MAX_ONLY_IN,
    ORPHANS_NOTE,
    SECTIONS,
    dismissed,
    marked_by_state,
    notable_only_in,
    pair_sections,
    status_words,
    summary,
)

QUOTE_WIDTH = 320


def render(comparison: Comparison) -> str:
    """The memo for one pair of articles."""
    a, b = comparison.a, comparison.b
    lines = [f"# Fact-check memo: {escape(digest.title_of(a))} — {escape(digest.title_of(b))}"]
    lines += ["", *_preamble(), "", "## Sources", "", _source("A", a), _source("B", b)]
    lines += ["", f"**Summary:** {summary(comparison)}"]
    lines += _pair_sections(comparison)
    lines += _only_in(comparison)
    lines += _dismissed([(comparison, match) for match in dismissed(comparison)])
    lines += _orphans([(comparison, mark) for mark in comparison.orphaned_marks])
    return "\n".join(lines) + "\n"


def render_story(matrix: StoryMatrix, marked: Sequence[Comparison] = ()) -> str:
    """The memo for a story: its sources, the marks on pairs of its articles, its disputes."""
    lines = [f"# Fact-check memo: story {escape(matrix.story)}", "", *_preamble(), ""]
    lines += ["## Sources", ""]
    lines += [_source(str(n), article) for n, article in enumerate(matrix.articles, 1)]
    by_state = marked_by_state(marked)
    if not any(by_state.values()):
        lines += ["", "No match of these articles has a review mark yet (`parallax mark`)."]
    for state, heading in SECTIONS:
        items = by_state[state]
        if items:
            lines += ["", f"## {heading} ({len(items)})"]
            for number, (comparison, match) in enumerate(items, 1):
                lines += _item(comparison, match, number, pair=True)
    disputed = [row for row in matrix.rows if row.status == "disputed"]
    lines += ["", f"## Claims the sources disagree on ({len(disputed)})"]
    if not disputed:
        lines += ["", "None: no two articles give different values for one claim."]
    for number, row in enumerate(disputed, 1):
        lines += _story_row(matrix.articles, row, number)
    lines += _dismissed(by_state["dismissed"])
    lines += _orphans([(c, mark) for c in marked for mark in c.orphaned_marks])
    return "\n".join(lines) + "\n"


def _preamble() -> list[str]:
    return [
        f"Written by Parallax {escape(parallax.__version__)}. Offsets are character positions "
        "in each article's stored text; SHA-256 is of the original bytes as imported."
    ]


def _source(label: str, article: Article) -> str:
    details = ", ".join(
        escape(value) for value in (article.outlet, article.published or "undated") if value
    )
    return (
        f"- **{label}:** {escape(digest.title_of(article))} — {details} · id `{article.id}` · "
        f"SHA-256 `{article.sha256}`"
    )


def _pair_sections(comparison: Comparison) -> list[str]:
    lines = []
    for _, heading, matches in pair_sections(comparison):
        lines += ["", f"## {heading} ({len(matches)})"]
        if not matches:
            lines += ["", "None."]
        for number, match in enumerate(matches, 1):
            lines += _item(comparison, match, number, pair=False)
    return lines


def _item(comparison: Comparison, match: Match, number: int, *, pair: bool) -> list[str]:
    a_words = escape(match.a.text) if match.a else "—"
    b_words = escape(match.b.text) if match.b else "—"
    heading = f"### {number}. {escape(match.kind)}: “{a_words}” (A) vs “{b_words}” (B)"
    lines = ["", heading, ""]
    if pair:
        lines += [f"- Pair: A {_pair_name(comparison.a)} · B {_pair_name(comparison.b)}"]
    note = f" — {escape(match.note)}" if match.note else ""
    lines += [f"- Found: {status_words(match)}{note}"]
    lines += _quote("A", comparison.a, match.a, comparison.a_analysis)
    lines += _quote("B", comparison.b, match.b, comparison.b_analysis)
    lines += [_mark_line(match.mark)]
    return lines


def _pair_name(article: Article) -> str:
    return f"{escape(digest.clip(digest.title_of(article), 60))} (`{article.id}`)"


def _quote(side: str, article: Article, fact: Fact | None, analysis) -> list[str]:
    where = (
        f"{escape(article.outlet or digest.title_of(article))}, {article.published or 'undated'}"
    )
    if fact is None:
        return [f"- {side} ({where}): says nothing on this"]
    before, words, after = digest.context(article, analysis, fact, width=QUOTE_WIDTH)
    quoted = f"{_inline(before)}**{escape(words)}**{_inline(after)}"
    return [
        f"- {side} ({where}; characters {fact.start}–{fact.end}, "
        f"SHA-256 `{digest.short_sha(article.sha256)}`):",
        f"  > {quoted}",
    ]


def _mark_line(mark: Mark | None) -> str:
    if mark is None:
        return "- Mark: none yet (open)"
    note = f" — note: {note_text(mark.note)}" if mark.note else " — no note"
    return f"- Mark: **{mark.state}**, {escape(mark.marked_at)}{note}"


def _only_in(comparison: Comparison) -> list[str]:
    notable = notable_only_in(comparison)
    lines = ["", f"## Only one source says ({len(notable)})"]
    if not notable:
        return [*lines, "", "None of note (numbers, dates, quotes, people)."]
    for match in notable[:MAX_ONLY_IN]:
        side, article, fact = (
            ("A", comparison.a, match.a) if match.a else ("B", comparison.b, match.b)
        )
        analysis = comparison.a_analysis if match.a else comparison.b_analysis
        assert fact is not None  # every match has a fact on one side at least
        before, words, after = digest.context(article, analysis, fact, width=160)
        lines += [
            "",
            f"- Only {side}, {escape(match.kind)}, characters {fact.start}–{fact.end}: "
            f"{_inline(before)}**{escape(words)}**{_inline(after)}",
        ]
    if len(notable) > MAX_ONLY_IN:
        lines += ["", f"- … and {len(notable) - MAX_ONLY_IN} more (see the full report)"]
    return lines


def _dismissed(items: Iterable[tuple[Comparison, Match]]) -> list[str]:
    items = list(items)
    lines = ["", f"## Dismissed ({len(items)})"]
    if not items:
        return [*lines, "", "None."]
    lines.append("")
    for comparison, match in items:
        a = f"“{escape(match.a.text)}” at A {match.a.start}–{match.a.end}" if match.a else "—"
        b = f"“{escape(match.b.text)}” at B {match.b.start}–{match.b.end}" if match.b else "—"
        note = f" — {note_text(match.mark.note)}" if match.mark and match.mark.note else ""
        lines.append(f"- {escape(match.kind)}: {a} vs {b} ({_pair_ids(comparison)}){note}")
    return lines


def _pair_ids(comparison: Comparison) -> str:
    return f"`{comparison.a.id}` / `{comparison.b.id}`"


def _orphans(items: Iterable[tuple[Comparison, Mark]]) -> list[str]:
    items = list(items)
    if not items:
        return []
    lines = ["", f"## Orphaned marks ({len(items)})", ""]
    lines += [ORPHANS_NOTE, ""]
    for comparison, mark in items:
        a = _anchor_text("A", mark.a)
        b = _anchor_text("B", mark.b)
        note = f" — note: {note_text(mark.note)}" if mark.note else ""
        lines.append(
            f"- **{mark.state}** {escape(mark.kind)}: {a} vs {b} ({_pair_ids(comparison)}), "
            f"marked {escape(mark.marked_at)}{note}"
        )
    return lines


def _anchor_text(side: str, anchor) -> str:
    if anchor is None:
        return "—"
    return f"“{escape(anchor.text)}” at {side} {anchor.start}–{anchor.end}"


def _story_row(articles: Sequence[Article], row: StoryRow, number: int) -> list[str]:
    kind = "" if row.kind in row.label else f" ({escape(row.kind)})"
    lines = ["", f"### {number}. {escape(row.label)}{kind}", ""]
    for article, status, fact in zip(articles, row.cells, row.facts, strict=True):
        where = _where(article)
        if fact is None:
            lines.append(f"- {where} (`{article.id}`): says nothing on this")
            continue
        lines.append(
            f"- {where} (`{article.id}`, characters {fact.start}–{fact.end}, {status}): "
            f"{_around(article, fact)}"
        )
    return lines


def _around(article: Article, fact: Fact) -> str:
    """The fact in bold inside the words around it, to the sentence's ends as far as they can
    be told without the analysis (a story matrix carries facts, not sentences)."""
    text = article.text
    starts = [text.rfind(". ", 0, fact.start) + 2, text.rfind("\n", 0, fact.start) + 1]
    low = max(start for start in (*starts, 0) if start <= fact.start)
    ends = [i + 1 for i in (text.find(". ", fact.end), text.find("\n", fact.end)) if i >= 0]
    high = min([*ends, len(text)])
    before = _flat(text[low : fact.start]).lstrip()
    before = before if len(before) <= 150 else "…" + before[-150:]
    after = digest.clip(_flat(text[fact.end : high]).rstrip(), 150)
    return f"{_inline(before)}**{escape(fact.text)}**{_inline(after)}"


def note_text(note: str) -> str:
    """A note inside a list item: its lines escaped, the later ones indented to stay in the
    item, none able to start a list, a heading or a rule of its own."""
    lines = [escape(line) for line in digest.note_lines(note)]
    later = (_BULLET.sub(r"\\\1", _ORDERED.sub(r"\1\\\2", line)) for line in lines[1:])
    return "\n  ".join([lines[0], *later])


_ORDERED = re.compile(r"^(\d+)([.)])")  # "2. Called Y" would start a numbered list
_BULLET = re.compile(r"^([-+=])")  # "- Y", "+ Y" a list; "===" or "---" a heading's underline


def _flat(text: str) -> str:
    return " ".join(text.split(" ")).replace("\n", " ")


def _inline(text: str) -> str:
    """Escaped words that keep a space at either edge, to sit beside the bold fact."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    return lead + escape(text) + (" " if text[-1].isspace() else "")


def _where(article: Article) -> str:
    """Who published it and when: "Northline Wire, 2024-10-22"."""
    outlet = escape(article.outlet or digest.title_of(article))
    return f"{outlet}, {escape(article.published or 'undated')}"
