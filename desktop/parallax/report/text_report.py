"""The terminal report: what a journalist reads in ten seconds, conflicts first."""

from __future__ import annotations

import textwrap

from parallax.model import Analysis, Article, Comparison, Fact, Match
from parallax.report import digest
from parallax.report.evidence_text import paired_because

_KIND_WIDTH = 12
_INDENT = " " * (2 + _KIND_WIDTH + 1)
_FACT_WIDTH = 60
_AGREED_WIDTH = 30
_CONTEXT_WIDTH = 80
_LINE_WIDTH = 100
# Groups whose facts were paired on evidence a reader may want to weigh; agreed facts are one
# compact line, and one-sided facts have no pair.
_WITH_EVIDENCE = ("conflict", "possible", "variant")


def render(comparison: Comparison) -> str:
    lines = [
        *_article_lines("A", comparison.a),
        *_article_lines("B", comparison.b),
        "",
        *_model_lines(comparison),
        f"Summary: {digest.summary_line(comparison)}",
    ]
    for status, title, matches in digest.grouped(comparison.matches):
        if matches and status != "agree":
            lines += ["", f"{title.upper()} ({len(matches)})"]
            lines += [line for match in matches for line in _match_lines(comparison, match)]
    lines += ["", _agreed_line(comparison.matches), ""]
    lines += [f"Sentences: {digest.alignment_line(comparison)}"]
    lines += [digest.changes_line(comparison)]
    return "\n".join(lines) + "\n"


def _article_lines(side: str, article: Article) -> list[str]:
    facts = [
        digest.plain(article.outlet),
        article.published or "",
        f"{article.words:,} words",
        f"sha256 {digest.short_sha(article.sha256)}",
    ]
    return [f"{side}  {digest.title_of(article)}", "   " + " · ".join(f for f in facts if f)]


def _model_lines(comparison: Comparison) -> list[str]:
    lines = [f"Model: {digest.models_line(comparison)}"]
    warning = digest.fallback_warning(comparison)
    return [*lines, f"WARNING: {warning}"] if warning else lines


def _quoted(fact: Fact) -> str:
    """The fact's words in quotes, after the text's hedge: at least "72"."""
    words = f'"{digest.clip(digest.plain(fact.text), _FACT_WIDTH)}"'
    return f"{digest.plain(fact.qualifier)} {words}" if fact.qualifier else words


def _match_lines(comparison: Comparison, match: Match) -> list[str]:
    a, b = match.a, match.b
    if a and b:
        head = f"{_quoted(a)} vs {_quoted(b)}"
    else:
        fact = a or b
        assert fact is not None  # every match has a fact on one side at least
        head = " ".join(filter(None, [_quoted(fact), digest.fact_detail(fact)]))
    if match.note:
        head += f"  ({digest.plain(match.note)})"
    lines = [f"  {match.kind:<{_KIND_WIDTH}} {head}"]
    if a:
        lines.append(_INDENT + _context_line("A", comparison.a, comparison.a_analysis, a))
    if b:
        lines.append(_INDENT + _context_line("B", comparison.b, comparison.b_analysis, b))
    return lines + _evidence_lines(match)


def _evidence_lines(match: Match) -> list[str]:
    """ "Paired because: …", wrapped rather than cut: every signal counts when weighing a pair."""
    because = paired_because(match) if match.status in _WITH_EVIDENCE else ""
    if not because:
        return []
    return textwrap.wrap(
        because,
        _LINE_WIDTH,
        initial_indent=_INDENT,
        subsequent_indent=_INDENT + "  ",
        break_on_hyphens=False,
    )


def _context_line(side: str, article: Article, analysis: Analysis, fact: Fact) -> str:
    before, words, after = digest.context(article, analysis, fact, width=_CONTEXT_WIDTH)
    return f"{side} s{digest.sentence_number(fact)}: {before}[{words}]{after}"


def _agreed_line(matches: tuple[Match, ...]) -> str:
    agreed = [m for m in matches if m.status == "agree"]
    if not agreed:
        return "AGREED: none"
    facts = [fact for m in agreed if (fact := m.a or m.b) is not None]  # agreed: both sides
    names = [digest.clip(digest.plain(fact.text), _AGREED_WIDTH) for fact in facts]
    return f"AGREED ({len(agreed)}): " + "; ".join(names)
