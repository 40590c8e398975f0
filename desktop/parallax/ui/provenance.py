"""The provenance of a fact match as escaped HTML: why paired, sentences, offsets, method."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from parallax.model import Analysis, Article, Comparison, Fact, Match
from parallax.report.digest import sentence_number
from parallax.report.evidence_text import paired_because
from parallax.titles import shown_title
from parallax.ui.fact_model import STATUS_LABELS


def fact_fields(fact: Fact) -> list[tuple[str, str]]:
    """The normalised fields of a fact worth showing, as (label, text) pairs."""
    fields = [("value", fact.value), ("unit", fact.unit), ("qualifier", fact.qualifier)]
    fields += [("canonical", fact.canonical), ("speaker", fact.speaker)]
    return [(label, _plain(value)) for label, value in fields if value not in (None, "")]


def _plain(value: object) -> str:
    if isinstance(value, tuple | list):
        return "–".join(str(part) for part in value)
    return str(value)


def sentence_html(article: Article, analysis: Analysis | None, fact: Fact) -> str:
    """The sentence holding `fact`, escaped, with the fact's characters in bold."""
    start, end = fact.start, fact.end
    sentence = _sentence(analysis, fact)
    if sentence is not None and sentence.start <= fact.start and fact.end <= sentence.end:
        start, end = sentence.start, sentence.end
    text = article.text
    return (
        escape(text[start : fact.start])
        + f"<b>{escape(text[fact.start : fact.end])}</b>"
        + escape(text[fact.end : end])
    )


def _sentence(analysis: Analysis | None, fact: Fact):
    if analysis is None:
        return None
    for sentence in analysis.sentences:
        if sentence.index == fact.sentence:
            return sentence
    return None


def side_html(side: str, article: Article, analysis: Analysis | None, fact: Fact | None) -> str:
    """One side of a match: which article, the sentence in context, offsets and fields."""
    source = ", ".join(escape(part) for part in (article.outlet, article.published) if part)
    title = escape(shown_title(article))
    head = f"<p><b>{side}</b> · <i>{title}</i>" + (f" — {source}" if source else "") + "</p>"
    if fact is None:
        return head + f"<p><i>Not in {side}.</i></p>"
    where = f"chars {fact.start}–{fact.end} · sentence {sentence_number(fact)}"
    if fact.page is not None:
        where = f"page {fact.page} · {where}"
    fields = "".join(
        f"<tr><td>{escape(label)}</td><td>{escape(value)}</td></tr>"
        for label, value in fact_fields(fact)
    )
    return (
        head
        + f"<blockquote>{sentence_html(article, analysis, fact)}</blockquote>"
        + f"<p>{where} · found by {escape(fact.method)}</p>"
        + (f"<table>{fields}</table>" if fields else "")
    )


def provenance_html(match: Match, comparison: Comparison) -> str:
    """Everything the detail area says about one match, every piece of article text escaped."""
    note = f" — {escape(match.note)}" if match.note else ""
    title = f"<h3>{STATUS_LABELS[match.status]} · {escape(match.kind)}{note}</h3>"
    because = paired_because(match)
    return (
        title
        + (f"<p>{escape(because)}</p>" if because else "")
        + side_html("A", comparison.a, comparison.a_analysis, match.a)
        + "<hr>"
        + side_html("B", comparison.b, comparison.b_analysis, match.b)
    )


class ProvenanceView(QTextBrowser):
    """Read-only detail area showing where a match's facts come from."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factDetail")
        self.setAccessibleName("factDetail")
        self.setOpenLinks(False)
        self._comparison: Comparison | None = None
        self.match: Match | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self.show_match(None)

    def show_match(self, match: Match | None) -> None:
        self.match = match
        if match is None or self._comparison is None:
            self.setHtml("<p><i>Select a fact to see where it comes from.</i></p>")
        else:
            self.setHtml(provenance_html(match, self._comparison))
