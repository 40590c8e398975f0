"""The Markdown report: the text report as headings and tables, article text escaped.

Article text is untrusted: every piece of it is flattened to one line and backslash-escaped
(CommonMark lets any ASCII punctuation be escaped), so a `|` cannot break a table, `*` or `_`
cannot start emphasis, `<` cannot open raw HTML and `[` cannot start a link. No untrusted
text ever starts a line (each line opens with `#`, `|`, `>`, `-` or a label), so block syntax
such as a leading `-` or `1.` needs no escaping.
"""

from __future__ import annotations

import re

from parallax.model import Analysis, Article, Comparison, Fact, Match
from parallax.report import digest
from parallax.report.evidence_text import evidence_text
from parallax.report.json_report import generator

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_CODE_SAFE = re.compile(r"[\w.:-]+")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_CONTEXT_WIDTH = 90
_UNPAIRED = ("only_a", "only_b")  # one fact each: nothing paired them, so no evidence column


def escape(text: str | None) -> str:
    """One line of untrusted text, safe anywhere inline in Markdown, tables included."""
    return _escape_inline(digest.plain(text))


def _escape_inline(flat: str) -> str:
    """Backslash-escape a one-line piece of text (its edges kept, for joining to others)."""
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", flat))


def _code(text: str) -> str:
    """An identifier in a code span when it is a plain token; escaped text otherwise."""
    return f"`{text}`" if _CODE_SAFE.fullmatch(text) else escape(text)


def row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def table(header: list[str], body: list[list[str]]) -> list[str]:
    return [row(header), row(["---"] * len(header)), *(row(cells) for cells in body)]


def render(comparison: Comparison) -> str:
    a, b = comparison.a, comparison.b
    lines = [f"# {escape(digest.title_of(a))} — {escape(digest.title_of(b))}", ""]
    lines += [*_articles_table(a, b), "", *_model_lines(comparison), ""]
    lines += [f"**Summary:** {digest.summary_line(comparison)}"]
    for status, title, matches in digest.grouped(comparison.matches):
        if matches:
            lines += ["", f"## {title} ({len(matches)})", ""]
            lines += _matches_table(comparison, matches, evidence=status not in _UNPAIRED)
    lines += ["", "## Sentences and words", "", f"- Sentences: {digest.alignment_line(comparison)}"]
    lines += [f"- {digest.changes_line(comparison)}", "", _footer()]
    return "\n".join(lines) + "\n"


def _articles_table(a: Article, b: Article) -> list[str]:
    fields = [
        ("Title", lambda x: escape(digest.title_of(x))),
        ("Outlet", lambda x: escape(x.outlet)),
        ("Byline", lambda x: escape(x.byline)),
        ("Published", lambda x: escape(x.published)),
        ("URL", lambda x: escape(x.url)),
        ("Words", lambda x: f"{x.words:,}"),
        ("SHA-256", lambda x: _code(x.sha256)),
        ("ID", lambda x: _code(x.id)),
    ]
    return table(["", "A", "B"], [[f"**{name}**", get(a), get(b)] for name, get in fields])


def _model_lines(comparison: Comparison) -> list[str]:
    lines = [f"Model: {escape(digest.models_line(comparison))}"]
    warning = digest.fallback_warning(comparison)
    return [*lines, "", f"> **Warning:** {escape(warning)}"] if warning else lines


def _matches_table(comparison: Comparison, matches: list[Match], *, evidence: bool) -> list[str]:
    """One row per match; a table of paired facts says why each pair was made (a column, as a
    line under a table row would end the table)."""
    because = ["Paired because"] if evidence else []
    header = ["Kind", "A", "B", "Note", *because, "A in context", "B in context"]
    body = [
        [
            escape(match.kind),
            _fact_cell(match.a),
            _fact_cell(match.b),
            escape(match.note),
            *([escape(evidence_text(match.evidence))] if evidence else []),
            _context_cell(comparison.a, comparison.a_analysis, match.a),
            _context_cell(comparison.b, comparison.b_analysis, match.b),
        ]
        for match in matches
    ]
    return table(header, body)


def _fact_cell(fact: Fact | None) -> str:
    if fact is None:
        return "—"
    detail = digest.fact_detail(fact)
    return f"**{escape(fact.text)}**" + (f" {escape(detail)}" if detail else "")


def _context_cell(article: Article, analysis: Analysis, fact: Fact | None) -> str:
    if fact is None:
        return ""
    before, words, after = digest.context(article, analysis, fact, width=_CONTEXT_WIDTH)
    where = f"s{digest.sentence_number(fact)}, {fact.start}–{fact.end}"
    where = f"p. {fact.page}, {where}" if fact.page is not None else where
    return f"“{_escape_inline(before)}**{escape(words)}**{_escape_inline(after)}” ({where})"


def _footer() -> str:
    info = generator()
    return f"*Made by {info['name']} {info['version']}.*"
