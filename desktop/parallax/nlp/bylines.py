"""Names in byline and dateline lines, which follow conventions the model was not trained on.

"By Helena Marsh | Northline Wire" names a person and an outlet (the model read them the other
way round); "CARROW, Oct 22 (Northline) -" names a place and a wire service (the model read the
wire as a place). These lines have a fixed shape, so rules read them better than the model.
"""

from __future__ import annotations

import re

from parallax.nlp.lexicon import words
from parallax.nlp.repairs import NameSpan

_BYLINE = re.compile(r"^[ \t#*_>]*(?:By|BY)[ \t]+(?P<rest>[^\n]{3,120})$", re.M)
_PART = re.compile(r"[^|·•,/–—]+")
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|de|da|van|von|al|bin|di|le|la)"
_PERSON = re.compile(rf"[A-Z][\w'’-]*\.?(?:[ ]{_NAME_WORD}){{1,3}}")
_OUTLET_HEADS = words(
    """
    wire press news post times herald journal tribune gazette agency reuters telegraph guardian
    daily review mail chronicle observer express standard network media radio tv service
    """
)
_NOT_NAMES = frozenset(("staff", "staff reporter", "our correspondent", "staff writer"))

# A place word takes a hyphen only before a capital ("BADEN-BADEN"), and the runs are
# possessive: with "-" both in words and between them, a line like "A-A-A-..." had O(n^4) ways
# to split, and a 1,000-character one did not finish.
_PLACE_WORD = r"[A-Z](?:[A-Z'’.]|-(?=[A-Z]))++"
_DATELINE = re.compile(
    rf"^[ \t#*_>]*+(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})"
    r"(?:,[ ](?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?"
    r"(?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
    r"[ ]*+(?:\((?P<agency>[A-Z][^()\n]{1,40})\))?[ ]*+[-–—]+[ ]",
    re.M,
)
_NOT_PLACES = words(
    """
    breaking update updated exclusive watch live correction analysis opinion editorial note
    """
)


def header_names(text: str) -> list[NameSpan]:
    """People and outlets of byline lines, places and wire services of datelines."""
    return _bylines(text) + _datelines(text)


def _bylines(text: str) -> list[NameSpan]:
    found = []
    for line in _BYLINE.finditer(text):
        for part in _PART.finditer(text, line.start("rest"), line.end("rest")):
            found.extend(_byline_part(text, part.start(), part.end()))
    return found


def _byline_part(text: str, start: int, end: int) -> list[NameSpan]:
    """One part of a byline: people ("A and B"), or an outlet, or nothing (a date)."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    start, end = start + lead, start + len(piece.rstrip())
    piece = text[start:end]
    if not piece[:1].isupper() or any(c.isdigit() for c in piece):
        return []
    if piece.casefold() in _NOT_NAMES:
        return []
    if _is_outlet(piece):
        return [NameSpan(start, end, "ORG", "rules")]
    return [
        NameSpan(start + m.start(), start + m.end(), "PERSON", "rules")
        for m in _PERSON.finditer(piece)
    ]


def _is_outlet(piece: str) -> bool:
    words = piece.split()
    return words[0] == "The" or words[-1].casefold() in _OUTLET_HEADS or len(words) == 1


def _datelines(text: str) -> list[NameSpan]:
    found = []
    for line in _DATELINE.finditer(text):
        if line.group("place").casefold() in _NOT_PLACES:
            continue
        found.append(NameSpan(*line.span("place"), "GPE", "rules"))
        if line.group("region"):
            found.append(NameSpan(*line.span("region"), "GPE", "rules"))
        if line.group("agency"):
            found.append(NameSpan(*line.span("agency"), "ORG", "rules"))
    return found
