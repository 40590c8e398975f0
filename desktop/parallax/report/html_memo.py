"""The fact-check memo as a section of the HTML reports (and so of the PDF printed from them).

The same items in the same order as the Markdown memo (picked by memo_items): disputed, open
and confirmed matches with both sentences quoted and the fact in bold, the notable claims only
one side makes, the dismissed ones, the orphaned marks. For a story: the marked matches of every
pair of its articles by verdict, then the claims its articles disagree on, the dismissed, the
orphaned. Plain headings, lists, paragraphs and blockquotes only: the PDF is printed by Qt's
rich text, which ignores CSS classes.
"""

from __future__ import annotations

from collections.abc import Sequence

from parallax.model import Article, Comparison, Fact, Mark, Match, StoryMatrix
from parallax.report import digest
from parallax.report.html_marks import esc
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
HEADING = "Fact-check memo"


def memo_section(comparison: Comparison) -> str:
    """The memo of one pair of articles as a <section> with an <h2> heading."""
    parts = [
        f'<section class="memo" id="memo"><h2>{HEADING}</h2>',
        f"<p><b>Summary:</b> {esc(summary(comparison))}. Offsets are character positions in "
        "each article's stored text; SHA-256 is of the original bytes as imported.</p>",
    ]
    for _, heading, matches in pair_sections(comparison):
        parts.append(f"<h3>{heading} ({len(matches)})</h3>")
        parts.append(_list([_item(comparison, match) for match in matches]))
    parts += _only_in(comparison)
    parts += _dismissed(comparison)
    parts += _orphans(comparison.orphaned_marks)
    parts.append("</section>")
    return "".join(parts)


def story_memo_section(matrix: StoryMatrix, marked: Sequence[Comparison]) -> str:
    """The memo of a story (`marked`: comparisons of pairs of its articles, marks attached) as
    a <section> with an <h2> heading."""
    by_state = marked_by_state(marked)
    parts = [
        f'<section class="memo" id="memo"><h2>{HEADING}</h2>',
        f"<p>{_story_summary(by_state)}",
    ]
    parts.append(
        " Offsets are character positions in each article's stored text; SHA-256 is of the "
        "original bytes as imported.</p>"
    )
    for state, heading in SECTIONS:
        items = by_state[state]
        parts.append(f"<h3>{heading} ({len(items)})</h3>")
        parts.append(_list([_item(c, m, pair=True) for c, m in items]))
    disputed = [row for row in matrix.rows if row.status == "disputed"]
    parts.append(f"<h3>Claims the sources disagree on ({len(disputed)})</h3>")
    rows = [_story_row(matrix.articles, row) for row in disputed]
    parts.append(_list(rows) if rows else "<p>None: no two articles give different values.</p>")
    parts += _dismissed_items(by_state["dismissed"])
    parts += _orphans([mark for c in marked for mark in c.orphaned_marks])
    parts.append("</section>")
    return "".join(parts)


def _story_summary(by_state: dict[str, list[tuple[Comparison, Match]]]) -> str:
    if not any(by_state.values()):
        return "<b>Summary:</b> no match of these articles has a review mark yet."
    states = [state for state, _ in SECTIONS] + ["dismissed"]
    counts = " · ".join(f"{len(by_state[state])} {state}" for state in states)
    return "<b>Summary:</b> " + esc(counts) + "."


def _story_row(articles: Sequence[Article], row) -> str:
    kind = "" if row.kind in row.label else f" ({esc(row.kind)})"
    lines = []
    for article, status, fact in zip(articles, row.cells, row.facts, strict=True):
        where = f"{esc(article.outlet or digest.title_of(article))}, "
        where += esc(article.published or "undated")
        if fact is None:
            lines.append(f"<li>{where}: says nothing on this</li>")
        else:
            lines.append(
                f"<li>{where} (characters {fact.start}–{fact.end}, {esc(status)}): "
                f"“<b>{esc(fact.text)}</b>”</li>"
            )
    return f"<li><p><b>{esc(row.label)}</b>{kind}</p><ul>{''.join(lines)}</ul></li>"


def _list(items: list[str]) -> str:
    return f"<ol>{''.join(items)}</ol>" if items else "<p>None.</p>"


def _item(comparison: Comparison, match: Match, *, pair: bool = False) -> str:
    a_words = esc(match.a.text) if match.a else "—"
    b_words = esc(match.b.text) if match.b else "—"
    note = f" — {esc(match.note)}" if match.note else ""
    names = ""
    if pair:
        a, b = (esc(digest.clip(digest.title_of(x), 60)) for x in (comparison.a, comparison.b))
        names = f"Pair: A {a} (<code>{comparison.a.id}</code>) · B {b} "
        names += f"(<code>{comparison.b.id}</code>)<br>"
    return (
        f"<li><p><b>{esc(match.kind)}: “{a_words}” (A) vs “{b_words}” (B)</b><br>{names}"
        f"Found: {esc(status_words(match))}{note}</p>"
        f"{_quote('A', comparison.a, match.a, comparison.a_analysis)}"
        f"{_quote('B', comparison.b, match.b, comparison.b_analysis)}"
        f"<p>{_mark_line(match.mark)}</p></li>"
    )


def _quote(side: str, article: Article, fact: Fact | None, analysis) -> str:
    outlet = esc(article.outlet or digest.title_of(article))
    where = f"{outlet}, {esc(article.published or 'undated')}"
    if fact is None:
        return f"<p>{side} ({where}): says nothing on this</p>"
    before, words, after = digest.context(article, analysis, fact, width=QUOTE_WIDTH)
    return (
        f"<p>{side} ({where}; characters {fact.start}–{fact.end}, "
        f"SHA-256 <code>{esc(digest.short_sha(article.sha256))}</code>):</p>"
        f"<blockquote>{esc(before)}<b>{esc(words)}</b>{esc(after)}</blockquote>"
    )


def _mark_line(mark: Mark | None) -> str:
    if mark is None:
        return "Mark: none yet (open)"
    note = f" — note: {_note(mark.note)}" if mark.note else " — no note"
    return f"Mark: <b>{esc(mark.state)}</b>, {esc(mark.marked_at)}{note}"


def _only_in(comparison: Comparison) -> list[str]:
    notable = notable_only_in(comparison)
    parts = [f"<h3>Only one source says ({len(notable)})</h3>"]
    if not notable:
        return [*parts, "<p>None of note (numbers, dates, quotes, people).</p>"]
    items = []
    for match in notable[:MAX_ONLY_IN]:
        side, article, fact = (
            ("A", comparison.a, match.a) if match.a else ("B", comparison.b, match.b)
        )
        analysis = comparison.a_analysis if match.a else comparison.b_analysis
        assert fact is not None  # every match has a fact on one side at least
        before, words, after = digest.context(article, analysis, fact, width=160)
        items.append(
            f"<li>Only {side}, {esc(match.kind)}, characters {fact.start}–{fact.end}: "
            f"{esc(before)}<b>{esc(words)}</b>{esc(after)}</li>"
        )
    if len(notable) > MAX_ONLY_IN:
        items.append(f"<li>… and {len(notable) - MAX_ONLY_IN} more (see the fact table)</li>")
    return [*parts, f"<ul>{''.join(items)}</ul>"]


def _dismissed(comparison: Comparison) -> list[str]:
    return _dismissed_items([(comparison, match) for match in dismissed(comparison)])


def _dismissed_items(pairs: list[tuple[Comparison, Match]]) -> list[str]:
    parts = [f"<h3>Dismissed ({len(pairs)})</h3>"]
    if not pairs:
        return [*parts, "<p>None.</p>"]
    items = []
    for _, match in pairs:
        a = f"“{esc(match.a.text)}” at A {match.a.start}–{match.a.end}" if match.a else "—"
        b = f"“{esc(match.b.text)}” at B {match.b.start}–{match.b.end}" if match.b else "—"
        note = f" — {_note(match.mark.note)}" if match.mark and match.mark.note else ""
        items.append(f"<li>{esc(match.kind)}: {a} vs {b}{note}</li>")
    return [*parts, f"<ul>{''.join(items)}</ul>"]


def _orphans(marks: tuple[Mark, ...] | list[Mark]) -> list[str]:
    if not marks:
        return []
    items = []
    for mark in marks:
        note = f" — note: {_note(mark.note)}" if mark.note else ""
        items.append(
            f"<li><b>{esc(mark.state)}</b> {esc(mark.kind)}: {_anchor('A', mark.a)} vs "
            f"{_anchor('B', mark.b)}, marked {esc(mark.marked_at)}{note}</li>"
        )
    return [
        f"<h3>Orphaned marks ({len(marks)})</h3>",
        f"<p>{esc(ORPHANS_NOTE)}</p>",
        f"<ul>{''.join(items)}</ul>",
    ]


def _note(note: str) -> str:
    """A note's lines, escaped, with its line breaks kept."""
    return "<br>".join(esc(line) for line in digest.note_lines(note))


def _anchor(side: str, anchor) -> str:
    if anchor is None:
        return "—"
    return f"“{esc(anchor.text)}” at {side} {anchor.start}–{anchor.end}"
