"""Headline-case lines, where capital letters say nothing about which words are names.

A headline ("Biden Lands In Kyiv For Surprise Visit") or a row of section links ("Asia Eastern
Europe Politics USA") capitalises every word, and the model then reads any run of them as an
organisation, event, work or product. On such a line those guesses are kept only when the
name has a shape of its own: an acronym ("NATO"), a head word ("Carrow Police Department"), or
the same name written elsewhere in the article, outside headline-case lines.
People, places and groups are left alone: the model knows most of them by the words themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parallax.nlp.lexicon import HEADLINE_SMALL_WORDS, ORG_HEAD_WORDS
from parallax.nlp.repairs import NameSpan

GUESSED_LABELS = frozenset(("ORG", "EVENT", "WORK_OF_ART", "PRODUCT"))
MIN_CAPITALISED = 3
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def headline_case(line: str) -> bool:
    """At least MIN_CAPITALISED capitalised words and no lower-case word but short function
    words ("of", "in", "for"): "Biden Lands In Kyiv For Surprise Visit", "Floods hit Carrow"
    is not."""
    capitalised = 0
    for match in _WORD.finditer(line):
        word = match.group()
        if word[0].isupper():
            capitalised += 1
        elif word.casefold() not in HEADLINE_SMALL_WORDS:
            return False
    return capitalised >= MIN_CAPITALISED


class HeadlineLines:
    """Which lines of one text are headline-case, judged once per line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._judged: dict[int, bool] = {}

    def line_start(self, at: int) -> int:
        return self.text.rfind("\n", 0, at) + 1

    def at(self, position: int) -> bool:
        """Whether the line holding `position` is headline-case."""
        start = self.line_start(position)
        if start not in self._judged:
            end = self.text.find("\n", start)
            self._judged[start] = headline_case(self.text[start : end if end >= 0 else None])
        return self._judged[start]


def drop_headline_guesses(text: str, spans: Sequence[NameSpan]) -> list[NameSpan]:
    """`spans` without the model's organisation, event, work and product guesses on
    headline-case lines that nothing but their capitals supports."""
    lines = HeadlineLines(text)
    supported: dict[str, bool] = {}  # by surface: a menu repeats its words on every page row
    return [span for span in spans if not _unsupported(text, span, lines, supported)]


def _unsupported(
    text: str, span: NameSpan, lines: HeadlineLines, supported: dict[str, bool]
) -> bool:
    if span.source == "rules" or span.label not in GUESSED_LABELS or not lines.at(span.start):
        return False
    surface = text[span.start : span.end]
    if surface not in supported:
        supported[surface] = _shaped(surface) or _written_elsewhere(text, surface, lines)
    return not supported[surface]


def _shaped(surface: str) -> bool:
    """An acronym ("NATO", "WABC-TV") or a name ending in a head word ("... Council")."""
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 8:
        return True
    return surface.split()[-1].casefold().strip(".,") in ORG_HEAD_WORDS


def _written_elsewhere(text: str, surface: str, lines: HeadlineLines) -> bool:
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        whole = (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole and not lines.at(at):
            return True
        at = text.find(surface, at + 1)
    return False
