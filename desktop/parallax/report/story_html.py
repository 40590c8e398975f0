"""The HTML story report: the fact-check memo of the story's marks, then the matrix as one
self-contained table, each cell coloured and marked ✓ ✗ —."""

from __future__ import annotations

from collections.abc import Sequence

from parallax.model import Article, Comparison, Fact, StoryMatrix, StoryRow
from parallax.report import digest
from parallax.report.html_marks import esc
from parallax.report.html_memo import story_memo_section
from parallax.report.html_page import article_meta, element, page
from parallax.report.story_report import CELL_MARKS, article_name, cell_mark

_CELL_WORDS = {"agree": "agrees", "conflict": "conflicts", "absent": "does not say"}


def render(matrix: StoryMatrix, marked: Sequence[Comparison] = ()) -> str:
    """The report; `marked`: comparisons of pairs of the story's articles, their review marks
    attached, for the memo section that opens it (the calls first, for the editor)."""
    title = f"Story: {digest.plain(matrix.story)}"
    body = [
        f"<header><h1>{esc(title)}</h1>",
        f'<p class="stats">{len(matrix.articles)} articles, {len(matrix.rows)} facts; '
        "disputed facts first.</p></header>",
        f"<main>{story_memo_section(matrix, marked)}{_legend()}{_matrix(matrix)}"
        f"{_articles(matrix.articles)}</main>",
    ]
    return page(f"Parallax: {title}", "\n".join(body))


def _legend() -> str:
    items = "".join(
        f'<li><span class="cell {status}">{mark}</span> {_CELL_WORDS[status]}</li>'
        for status, mark in CELL_MARKS.items()
    )
    return f'<ul class="legend">{items}</ul>'


def _matrix(matrix: StoryMatrix) -> str:
    if not matrix.rows:
        return "<p>No facts in this story yet.</p>"
    names = "".join(
        f'<th><a href="#art{i}">{i}. {esc(article_name(a))}</a></th>'
        for i, a in enumerate(matrix.articles, 1)
    )
    header = f"<thead><tr><th>Fact</th><th>Kind</th><th>Status</th>{names}</tr></thead>"
    rows = "".join(_row(matrix.articles, row) for row in matrix.rows)
    return f"<table>{header}<tbody>{rows}</tbody></table>"


def _row(articles: tuple[Article, ...], row: StoryRow) -> str:
    cells = "".join(
        _cell(article, status, fact)
        for article, status, fact in zip(articles, row.cells, row.facts, strict=True)
    )
    lead = f"<td>{esc(row.label)}</td><td>{esc(row.kind)}</td><td>{esc(row.status)}</td>"
    return element("tr", lead + cells, class_=row.status)


def _cell(article: Article, status: str, fact: Fact | None) -> str:
    """The mark, then the fact's words; the tooltip gives its provenance."""
    words = f" {esc(digest.clip(digest.plain(fact.text), 80))}" if fact else ""
    where = None
    if fact:
        detail = digest.fact_detail(fact)
        page = f"page {fact.page}, " if fact.page is not None else ""
        number = digest.sentence_number(fact)
        where = f"{article_name(article)}: {page}sentence {number}, "
        where += f"chars {fact.start}–{fact.end}"
        where += f" · {detail}" if detail else ""
    return element("td", esc(cell_mark(status)) + words, class_=f"cell {status}", title=where)


def _articles(articles: tuple[Article, ...]) -> str:
    items = "".join(
        element("section", f"<h2>{i}. {esc(article_name(a))}</h2>{article_meta(a)}", id=f"art{i}")
        for i, a in enumerate(articles, 1)
    )
    return f"<h2>Articles</h2>{items}"
