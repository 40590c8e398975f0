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
from parallax.nlp.lexicon import LABEL_KINDS
from parallax.nlp.overlaps import longest_first
from parallax.nlp.repairs import NameSpan, repair


def name_spans(text: str, entities: Iterable[tuple[int, int, str]]) -> list[NameSpan]:
    """Repaired, non-overlapping names in text order, from the model's (start, end, label)s.

    Byline and dateline rules win over the model where they overlap; names after a title or
    next to a speech verb ("Mayor Ines Dalca", "Zelenskyy said", which the small model misses)
    fill in where the model found nothing.
    Of two model names that overlap after repair, the longer is kept.
    """
    spans = [NameSpan(s, e, label) for s, e, label in entities if label in LABEL_KINDS]
    hints = titled_names(text) + speaking_names(text)
    spans += [NameSpan(s, e, "PERSON", "hint") for s, e in hints]
    repaired = [r for r in (repair(text, span) for span in spans) if r is not None]
    return longest_first(header_names(text) + repaired, rank=_source_rank)


def _source_rank(span: NameSpan) -> int:
    return _SOURCE_RANK[span.source]


_SOURCE_RANK = {"rules": 0, "ner": 1, "hint": 2}


def kind_of(span: NameSpan) -> str:
    return LABEL_KINDS[span.label]
