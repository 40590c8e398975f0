"""Name spans of an article: the model's entities mapped to fact kinds, repaired and de-duplicated.

Only name labels are used (lexicon.LABEL_KINDS). The model's CARDINAL, MONEY, PERCENT,
QUANTITY, ORDINAL, DATE and TIME spans are ignored, not even used as hints: numbers and dates
come from the rule-based finders, whose spans and values do not depend on which model is
installed.
"""

from __future__ import annotations

from collections.abc import Iterable

from parallax.nlp.bylines import header_names
from parallax.nlp.fallback import speaking_names, titled_names
from parallax.nlp.headlines import drop_headline_guesses
from parallax.nlp.lexicon import LABEL_KINDS
from parallax.nlp.overlaps import longest_first
from parallax.nlp.people_places import places_read_as_people
from parallax.nlp.repairs import NameSpan, repair, require_capital, trim_edges
from parallax.nlp.weblinks import cut_at_addresses, web_addresses


def name_spans(text: str, entities: Iterable[tuple[int, int, str]]) -> list[NameSpan]:
    """Repaired, non-overlapping names in text order, from the model's (start, end, label)s.

    Byline and dateline rules win over the model where they overlap; names after a title or
    next to a speech verb ("Mayor Ines Dalca", "Zelenskyy said", which the small model misses)
    fill in where the model found nothing.
    Of two model names that overlap after repair, the longer is kept.
    Then the article as a whole is consulted: no name holds a web address (weblinks.py), a
    headline-case line's organisations need more than capitals (headlines.py), and a known
    place the model read as a person is a place (people_places.py).
    """
    spans = [NameSpan(s, e, label) for s, e, label in entities if label in LABEL_KINDS]
    hints = titled_names(text) + speaking_names(text)
    spans += [NameSpan(s, e, "PERSON", "hint") for s, e in hints]
    repaired = [r for r in (repair(text, span) for span in spans) if r is not None]
    kept = longest_first(_without_addresses(text, header_names(text) + repaired), rank=_source_rank)
    return places_read_as_people(text, drop_headline_guesses(text, kept))


def _without_addresses(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    addresses = web_addresses(text)
    if not addresses:
        return spans
    kept = []
    for span in spans:
        cut = cut_at_addresses(text, span, addresses)
        if cut is not span and cut is not None:
            cut = trim_edges(text, cut)
            cut = cut and require_capital(text, cut)
        if cut is not None:
            kept.append(cut)
    return kept


def _source_rank(span: NameSpan) -> int:
    return _SOURCE_RANK[span.source]


_SOURCE_RANK = {"rules": 0, "ner": 1, "hint": 2}


def kind_of(span: NameSpan) -> str:
    return LABEL_KINDS[span.label]
