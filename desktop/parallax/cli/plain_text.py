"""Plain-text renderings of articles and search results for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from parallax.model import FACT_KINDS, PAGE_FEED, Analysis, Article, Fact, ModelInfo, SearchHit
from parallax.report.digest import sentence_number
from parallax.titles import shown_title

_TITLE_WIDTH = 60


def article_table(articles: Sequence[Article]) -> str:
    """One line per article: id, date, words, outlet, title; aligned columns."""
    if not articles:
        return "The library has no articles yet. Add some with: parallax import PATH"
    rows = [("ID", "PUBLISHED", "WORDS", "OUTLET", "TITLE")]
    rows += [
        (
            a.id,
            a.published or "-",
            str(a.words),
            a.outlet or "-",
            _clip(shown_title(a, width=_TITLE_WIDTH)),
        )
        for a in articles
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        for row in rows
    )


def search_results(hits: Sequence[SearchHit]) -> str:
    """Each hit as a heading line and its snippet, indented, best first."""
    if not hits:
        return "No articles match."
    blocks = []
    for hit in hits:
        a = hit.article
        heading = f"{a.id}  {a.published or '-'}  {a.outlet or '-'}  {shown_title(a)}"
        blocks.append(f"{heading}\n    {' '.join(hit.snippet.split())}")
    return "\n".join(blocks)


def article_header(article: Article) -> str:
    """The metadata block printed above an article's text by `parallax show`."""
    fields = [
        ("Title", shown_title(article)),
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


def numbered_text(article: Article) -> str:
    """The article's text with its lines numbered from 1 and page furniture marked ▌ (a line
    partly furniture ▖), for `parallax show --lines` and `parallax edit --furniture/--story N`."""
    from parallax.application.editing import numbered_lines

    lines = numbered_lines(article.text)
    width = len(str(len(lines)))
    out = []
    for number, start, end in lines:
        if start < end and article.all_furniture(start, end):
            mark = "▌"
        elif start < end and article.in_furniture(start, end):
            mark = "▖"
        else:
            mark = " "
        line = article.text[start:end]
        if line == PAGE_FEED:  # between two pages of a PDF
            line = f"── page {article.page_at(end)} ──"
        out.append(f"{number:>{width}} {mark} {line}")
    return "\n".join(out)


def _clip(text: str) -> str:
    return text if len(text) <= _TITLE_WIDTH else text[: _TITLE_WIDTH - 1] + "…"


def fact_table(analysis: Analysis, article: Article) -> str:
    """Facts grouped by kind, each with its value, hedge, unit, speaker and character offsets."""
    lines = [f"{shown_title(article)}  [{article.id}]", _model_line(analysis.model), ""]
    if not analysis.facts:
        return "\n".join([*lines, "No facts found."])
    by_kind: dict[str, list[Fact]] = {}
    for fact in analysis.facts:
        by_kind.setdefault(fact.kind, []).append(fact)
    for kind in FACT_KINDS:
        if kind in by_kind:
            lines.append(f"{kind.upper()} ({len(by_kind[kind])})")
            lines += [f"  {_fact_line(fact)}" for fact in by_kind[kind]]
    return "\n".join(lines)


def _model_line(model: ModelInfo) -> str:
    line = f"Model: {model.name} {model.version}"
    if model.fallback:
        line += "  (WARNING: no trained model found; rule-based fallback, entities are unreliable)"
    return line


def _fact_line(fact: Fact) -> str:
    shown = fact.text if len(fact.text) <= 60 else fact.text[:59] + "…"
    extras = [
        f"= {_value(fact.value)}" if fact.value not in (None, fact.text) else "",
        f"({fact.qualifier})" if fact.qualifier else "",
        f"[{fact.unit}]" if fact.unit else "",
        f"— {fact.speaker}" if fact.speaker else "",
    ]
    detail = " ".join(part for part in extras if part)
    page = f"p{fact.page:<3} " if fact.page is not None else ""
    number = sentence_number(fact)
    return f"{fact.start:>6}-{fact.end:<6} {page}s{number:<3} {shown}  {detail}".rstrip()


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return "–".join(_value(part) for part in value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
