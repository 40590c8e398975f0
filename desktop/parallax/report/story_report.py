"""Reports of a story's fact × article matrix: text, Markdown, CSV and JSON (HTML: story_html)."""

from __future__ import annotations

from typing import Any

from parallax.model import Article, Fact, StoryMatrix, StoryRow
from parallax.report import csv_report, digest, markdown_report
from parallax.report.json_report import dumps, generator

CELL_MARKS = {"agree": "✓", "conflict": "✗", "absent": "—"}
_LABEL_WIDTH = 36
_CELL_WIDTH = 22


def cell_mark(status: str) -> str:
    return CELL_MARKS.get(status, "?")


def cell_text(status: str, fact: Fact | None, *, width: int = _CELL_WIDTH) -> str:
    """The cell's mark and the fact's words on one line: ✓ 68, ✗ third, —."""
    if fact is None:
        return cell_mark(status)
    words = digest.plain(f"{fact.qualifier or ''} {fact.text}")
    return f"{cell_mark(status)} {digest.clip(words, width - 2)}"


def article_name(article: Article) -> str:
    """A short column name: the outlet, else the title."""
    return digest.plain(article.outlet) or digest.title_of(article)


def story_to_json(matrix: StoryMatrix) -> dict[str, Any]:
    """{"story", "articles", "rows": [{"kind", "label", "status", "cells": [...]}]}."""
    return {
        "story": matrix.story,
        "articles": [article.to_json() for article in matrix.articles],
        "rows": [_row_json(matrix.articles, row) for row in matrix.rows],
        "generator": generator(),
    }


def _row_json(articles: tuple[Article, ...], row: StoryRow) -> dict[str, Any]:
    cells = zip(articles, row.cells, row.facts, strict=True)
    return {
        "kind": row.kind,
        "label": row.label,
        "status": row.status,
        "cells": [
            {"article": article.id, "status": status, "fact": fact.to_json() if fact else None}
            for article, status, fact in cells
        ],
    }


def render_json(matrix: StoryMatrix) -> str:
    return dumps(story_to_json(matrix))


def render_text(matrix: StoryMatrix) -> str:
    lines = [f"Story: {digest.plain(matrix.story)} — {len(matrix.articles)} articles"]
    lines += [f"  [{i}] {_article_line(a)}" for i, a in enumerate(matrix.articles, 1)]
    header = ["FACT", "KIND", "STATUS", *(f"[{i}]" for i in range(1, len(matrix.articles) + 1))]
    body = [
        [digest.clip(digest.plain(row.label), _LABEL_WIDTH), row.kind, row.status]
        + [cell_text(s, f) for s, f in zip(row.cells, row.facts, strict=True)]
        for row in matrix.rows
    ]
    lines += ["", *_aligned([header, *body])] if body else ["", "No facts in this story yet."]
    return "\n".join(lines) + "\n"


def _article_line(article: Article) -> str:
    parts = [article_name(article), article.published or "", digest.title_of(article)]
    return " · ".join(part for part in parts if part) + f"  ({article.id})"


def _aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(map(str.ljust, row, widths)).rstrip() for row in rows]


def render_markdown(matrix: StoryMatrix) -> str:
    esc = markdown_report.escape
    lines = [f"# Story: {esc(matrix.story)}", ""]
    lines += [f"{i}. {esc(_article_line(a))}" for i, a in enumerate(matrix.articles, 1)]
    names = [f"{i}. {esc(article_name(a))}" for i, a in enumerate(matrix.articles, 1)]
    header = ["Fact", "Kind", "Status", *names]
    body = [
        [esc(row.label), esc(row.kind), esc(row.status)]
        + [esc(cell_text(s, f, width=60)) for s, f in zip(row.cells, row.facts, strict=True)]
        for row in matrix.rows
    ]
    lines += ["", *markdown_report.table(header, body)]
    return "\n".join(lines) + "\n"


def render_csv(matrix: StoryMatrix) -> str:
    """One row per fact: kind, label, status, then per article its fact text and cell status."""
    header = ["kind", "label", "status"]
    for article in matrix.articles:
        name = f"{article_name(article)} [{article.id}]"
        header += [name, f"{name} status"]
    body = [[row.kind, row.label, row.status, *_csv_cells(row)] for row in matrix.rows]
    return csv_report.table([header, *body])


def _csv_cells(row: StoryRow) -> list[str]:
    pairs = zip(row.cells, row.facts, strict=True)
    return [value for status, fact in pairs for value in (fact.text if fact else "", status)]
