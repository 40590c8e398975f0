"""The HTML report: the fact-check memo, the fact table, a legend, both texts highlighted."""

from __future__ import annotations

from parallax.compare import navigate
from parallax.compare.navigate import Difference
from parallax.model import Analysis, Article, Comparison, Fact, Match
from parallax.report import digest
from parallax.report.evidence_text import evidence_text
from parallax.report.html_highlights import anchor, pane_marks, status_class, status_label
from parallax.report.html_marks import esc, marked_html
from parallax.report.html_memo import memo_section
from parallax.report.html_page import article_meta, element, page

LEGEND = (
    ('<span class="fact conflict mark">65</span>', "conflict: both report it, differently"),
    (
        '<span class="fact possible mark">12,000</span>',
        "possible conflict: different values, weaker evidence they report the same thing",
    ),
    ('<span class="fact only mark">$400 million</span>', "only in this article"),
    ('<span class="unique">The port reopened.</span>', "a sentence only this article has"),
    ('<span class="fact variant mark">Monday</span>', "variant: the same, written differently"),
    ('<span class="fact agree">Tomas Reyes</span>', "agreed (quiet)"),
    ('<span class="chg sub replace">third</span>', "changed number, date, name, quote or hedge"),
    ('<span class="chg wording replace">area</span>', "changed wording"),
    ('<span class="chg style replace">Minister</span>', "style only: case, punctuation"),
    ('<span class="chg wording gone">officials said</span>', "in A, not in B"),
    ('<span class="chg wording added">level of the</span>', "in B, not in A"),
    ('<span class="chg wording pt"></span>', "the other has words here"),
)


def render(comparison: Comparison) -> str:
    a, b = comparison.a, comparison.b
    title = f"{digest.title_of(a)} — {digest.title_of(b)}"
    diffs = navigate.differences(comparison)  # the unique sentences of both panes
    body = [
        f"<header><h1>{esc(title)}</h1>{_model(comparison)}{_summary(comparison)}</header>",
        "<main>",
        memo_section(comparison),  # the calls first, for the editor; the evidence after
        _fact_table(comparison),
        _legend(),
        '<section class="articles">',
        _pane("a", a, comparison, diffs),
        _pane("b", b, comparison, diffs),
        "</section>",
        _sentences(comparison),
        "</main>",
    ]
    return page(f"Parallax: {title}", "\n".join(body))


def _model(comparison: Comparison) -> str:
    line = f'<p class="stats">Facts found by {esc(digest.models_line(comparison))}.</p>'
    warning = digest.fallback_warning(comparison)
    return line + (f'<p class="banner" role="alert">{esc(warning)}</p>' if warning else "")


def _summary(comparison: Comparison) -> str:
    counts = comparison.summary()
    items = "".join(
        f'<li class="mark {status_class(status)}">{digest.count_label(status, counts[status])}</li>'
        for status, _ in digest.GROUPS
    )
    return f'<ul class="summary">{items}</ul>'


def _legend() -> str:
    items = "".join(f"<li>{sample} {esc(words)}</li>" for sample, words in LEGEND)
    return f'<h2>Legend</h2><ul class="legend">{items}</ul>'


def _pane(
    side: str, article: Article, comparison: Comparison, diffs: tuple[Difference, ...]
) -> str:
    text = element(
        "div",
        marked_html(article.text, pane_marks(comparison, side, diffs)),
        class_="text",
        id=f"{side}-text",
        lang=article.language,
        dir="auto",
    )
    heading = f"<h2>{side.upper()} · {esc(digest.plain(article.outlet) or 'Article')}</h2>"
    left_out = _furniture_note(article)
    return element("article", heading + article_meta(article) + left_out + text, id=side)


def _furniture_note(article: Article) -> str:
    if not article.furniture:
        return ""
    lines = len(article.furniture)
    return (
        f'<p class="furniture-note">{lines} line{"s" if lines != 1 else ""} of page furniture '
        "(menus, captions, credit lines) left out; they are kept in the library's text.</p>"
    )


def _fact_table(comparison: Comparison) -> str:
    header = "".join(
        f"<th>{name}</th>"
        for name in ("Status", "Kind", "A", "B", "Note", "Paired because", "A where", "B where")
    )
    rows = [
        _fact_row(comparison, match)
        for _, _, matches in digest.grouped(comparison.matches)
        for match in matches
    ]
    table = f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return f"<h2>Facts</h2>{table}" if rows else "<h2>Facts</h2><p>No facts to compare.</p>"


def _fact_row(comparison: Comparison, match: Match) -> str:
    cells = [
        f'<td class="status">{esc(status_label(match.status))}</td>',
        f"<td>{esc(match.kind)}</td>",
        f"<td>{_fact_link('a', match.a)}</td>",
        f"<td>{_fact_link('b', match.b)}</td>",
        f"<td>{esc(match.note or '')}</td>",
        f'<td class="evidence">{esc(evidence_text(match.evidence))}</td>',
        f'<td class="where">{_where(comparison.a_analysis, match.a)}</td>',
        f'<td class="where">{_where(comparison.b_analysis, match.b)}</td>',
    ]
    return f'<tr class="{esc(match.status)}">{"".join(cells)}</tr>'


def _fact_link(side: str, fact: Fact | None) -> str:
    if fact is None:
        return "—"
    words = esc(digest.clip(digest.plain(fact.text), 120))
    link = element("a", words, href=f"#{anchor(side, fact)}")
    detail = digest.fact_detail(fact)
    return link + (f" <small>{esc(detail)}</small>" if detail else "")


def _where(analysis: Analysis, fact: Fact | None) -> str:
    """Sentence number and character offsets, the fact's provenance in the stored text."""
    if fact is None:
        return ""
    known = "" if digest.sentence_of(analysis, fact) else " (unknown sentence)"
    page = f"page {fact.page}, " if fact.page is not None else ""
    number = digest.sentence_number(fact)
    return f"{page}sentence {number}{known}<br>chars {fact.start}–{fact.end}"


def _sentences(comparison: Comparison) -> str:
    return (
        '<section class="stats"><h2>Sentences and words</h2>'
        f"<p>Sentences: {esc(digest.alignment_line(comparison))}</p>"
        f"<p>{esc(digest.changes_line(comparison))}</p></section>"
    )
