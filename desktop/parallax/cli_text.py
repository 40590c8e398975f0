"""Plain-text renderings of articles and search results for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from parallax.model import Article, SearchHit

_TITLE_WIDTH = 60


def article_table(articles: Sequence[Article]) -> str:
    """One line per article: id, date, words, outlet, title; aligned columns."""
    if not articles:
        return "The library has no articles yet. Add some with: parallax import PATH"
    rows = [("ID", "PUBLISHED", "WORDS", "OUTLET", "TITLE")]
    rows += [
        (a.id, a.published or "-", str(a.words), a.outlet or "-", _clip(a.title or "(untitled)"))
        for a in articles
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)) + "  " + row[4]
        for row in rows
    )


def search_results(hits: Sequence[SearchHit]) -> str:
    """Each hit as a heading line and its snippet, indented, best first."""
    if not hits:
        return "No articles match."
    blocks = []
    for hit in hits:
        a = hit.article
        heading = f"{a.id}  {a.published or '-'}  {a.outlet or '-'}  {a.title or '(untitled)'}"
        blocks.append(f"{heading}\n    {' '.join(hit.snippet.split())}")
    return "\n".join(blocks)


def article_header(article: Article) -> str:
    """The metadata block printed above an article's text by `parallax show`."""
    fields = [
        ("Title", article.title),
        ("Outlet", article.outlet),
        ("Byline", article.byline),
        ("Published", article.published),
        ("URL", article.url),
        ("Source", article.source_path),
        ("SHA-256", article.sha256),
        ("Imported", article.imported_at),
        ("Words", str(article.words)),
        ("Language", article.language),
        ("Encoding", article.encoding),
        ("ID", article.id),
    ]
    width = max(len(name) for name, _ in fields)
    return "\n".join(f"{name + ':':<{width + 1}} {value}" for name, value in fields if value)


def _clip(text: str) -> str:
    return text if len(text) <= _TITLE_WIDTH else text[: _TITLE_WIDTH - 1] + "…"
