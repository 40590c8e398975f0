"""A citation of a fact match, for the clipboard: where each side's words are, exactly."""

from __future__ import annotations

from parallax.model import Article, Fact, Match
from parallax.report.digest import plain, sentence_number
from parallax.titles import shown_title


def fact_citation(article: Article, fact: Fact) -> str:
    """One line: the words, the article (title, outlet, date), its SHA-256 and where in it."""
    source = ", ".join(
        part
        for part in (plain(shown_title(article)), plain(article.outlet), article.published)
        if part
    )
    return (
        f"“{plain(fact.text)}” — {source}. SHA-256 {article.sha256}, "
        f"characters {fact.start}–{fact.end}, sentence {sentence_number(fact)}."
    )


def match_citation(match: Match, a: Article, b: Article) -> str:
    """The citation of each side the match has, A first, with its status and note."""
    lines = [
        f"{match.status.replace('_', ' ')} ({match.kind}){': ' + match.note if match.note else ''}"
    ]
    for side, article, fact in (("A", a, match.a), ("B", b, match.b)):
        if fact is not None:
            lines.append(f"{side}: {fact_citation(article, fact)}")
    return "\n".join(lines)
