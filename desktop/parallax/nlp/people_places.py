"""Places the model read as people: "Sri Lanka has reopened schools", "Aurora's crime rate".

Many surnames are also towns (Austin, Jackson, Lincoln), so a "person" becomes a place only
when its whole name is a known place (places.py) and nothing in the article says person:
- a well-known place (country, capital, US state, big city), or any gazetteer place that the
  article also names as a place elsewhere ("in Aurora", then "Aurora breaks crimes down");
- and not after a title ("Mr. Houston", "President Jordan"), not next to a speech verb
  ("Jordan said", "said Jordan"), not right after a capitalised word that could be a first name
  ("Michael Jordan"), and not a word of a person the article names in full ("Michael Jordan
  ... Jordan scored").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parallax.nlp.lexicon import NOT_FIRST_NAMES, PLACE_LABELS, SPEECH_VERBS, TITLES
from parallax.nlp.places import is_place, is_well_known_place
from parallax.nlp.repairs import NameSpan, word_after, word_before

_CAP_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")


def places_read_as_people(text: str, spans: Sequence[NameSpan]) -> list[NameSpan]:
    """`spans` with the model's people that are places relabelled GPE."""
    people = [_surface(text, s) for s in spans if s.label == "PERSON"]
    name_words = {word for name in people if len(name.split()) > 1 for word in name.split()}
    named_places = {_surface(text, s) for s in spans if s.label in PLACE_LABELS}
    return [
        span._replace(label="GPE") if _is_place(text, span, name_words, named_places) else span
        for span in spans
    ]


def _surface(text: str, span: NameSpan) -> str:
    return " ".join(text[span.start : span.end].split())


def _is_place(text: str, span: NameSpan, name_words: set[str], named_places: set[str]) -> bool:
    if span.label != "PERSON" or span.source != "ner":
        return False
    name = _surface(text, span)
    if not (is_well_known_place(name) or (name in named_places and is_place(name))):
        return False
    if len(name.split()) == 1 and name in name_words:
        return False
    return not _person_context(text, span)


def _person_context(text: str, span: NameSpan) -> bool:
    before = _bare(text, word_before(text, span.start))
    after = _bare(text, word_after(text, span.end))
    if before.rstrip(".") in TITLES or before in SPEECH_VERBS or after in SPEECH_VERBS:
        return True
    first = word_before(text, span.start)
    return (
        first is not None
        and _CAP_WORD.fullmatch(text[first[0] : first[1]]) is not None
        and before not in NOT_FIRST_NAMES
    )


def _bare(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else text[span[0] : span[1]].strip(",;:").casefold()
