"""Repairs of name spans the model gets slightly wrong, each a rule seen to fail on news text.

Every repair takes the article text and a `NameSpan` and returns the repaired span, or None to
drop it. They only move boundaries to other offsets of the same text, so the text of a fact is
still exactly `text[start:end]`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parallax.nlp.lexicon import (
    COMPASS_WORDS,
    HEADLINE_NOUNS,
    LEADING_JUNK,
    NOT_FIRST_NAMES,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_ROLES,
    PORTFOLIOS,
    TITLES,
)


class NameSpan(NamedTuple):
    """A name in the text: `[start, end)`, its spaCy label and where it came from."""

    start: int
    end: int
    label: str
    source: str = "ner"  # "ner" (the model) or "rules" (bylines, datelines, fallback)


_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?!\w)")
_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-Z]\.")
_CAP_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
_EDGE_JUNK = "\"'“”‘’«»()[]{}<>,;:|*#_•·-–—/"
_WHOLE_NAME_LABELS = frozenset(("PERSON", "GPE", "LOC", "NORP"))


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the whitespace-separated words of `text[start:end]`."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def word_before(text: str, start: int) -> tuple[int, int] | None:
    """The word that ends one space before `start`, or None."""
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace():
        return None
    begin = start - 1
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return begin, start - 1


def word_after(text: str, end: int) -> tuple[int, int] | None:
    """The word that starts one space after `end`, or None."""
    if end + 1 >= len(text) or text[end] != " " or text[end + 1].isspace():
        return None
    match = _WORD.match(text, end + 1)
    return (match.start(), match.end()) if match else None


def _bare(text: str, span: tuple[int, int] | None) -> str:
    """The word at `span`, lower case, without edge punctuation ("Minister," -> "minister")."""
    return "" if span is None else text[span[0] : span[1]].strip(".,;:").casefold()


# Boundaries -----------------------------------------------------------------------------------
def trim_edges(text: str, span: NameSpan) -> NameSpan | None:
    """No whitespace, quote marks, brackets or dashes at either end; one line only."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in _EDGE_JUNK):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_JUNK):
        end -= 1
    if "\n" in text[start:end]:
        start, end = max(_lines(text, start, end), key=lambda line: line[1] - line[0])
    return span._replace(start=start, end=end) if start < end else None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line.rstrip())))
        pos += len(line) + 1
    return lines


def drop_leading_junk(text: str, span: NameSpan) -> NameSpan | None:
    """Drop lower-case articles and quantifiers the model put first ("the", "an additional")."""
    spans = words(text, span.start, span.end)
    while len(spans) > 1 and text[spans[0][0] : spans[0][1]] in LEADING_JUNK:
        spans.pop(0)
    return span._replace(start=spans[0][0]) if spans else None


def cut_possessive(text: str, span: NameSpan) -> NameSpan | None:
    """A possessive is not part of a name: "Reyes's" -> "Reyes"; for people and places also
    what follows it ("Lloyd Austin's Visit" -> "Lloyd Austin"), while "Moody's Investors
    Service" and "St. Paul's Cathedral" keep theirs."""
    for match in _POSSESSIVE.finditer(text, span.start, span.end):
        at_end = match.end() == span.end
        if match.start() > span.start and (at_end or span.label in _WHOLE_NAME_LABELS):
            return span._replace(end=match.start())
    return span


def require_capital(text: str, span: NameSpan) -> NameSpan | None:
    """News text capitalises names; a span with no capital letter is a model slip."""
    return span if any(c.isupper() for c in text[span.start : span.end]) else None


# People ----------------------------------------------------------------------------------------
def drop_titles(text: str, span: NameSpan) -> NameSpan | None:
    """A person's role is not their name: "President Volodymyr Zelenskyy" -> the name only."""
    if span.label != "PERSON":
        return span
    spans = words(text, span.start, span.end)
    while len(spans) > 1 and _bare(text, spans[0]).rstrip(".") in TITLES:
        spans.pop(0)
    return span._replace(start=spans[0][0])


def drop_headline_nouns(text: str, span: NameSpan) -> NameSpan | None:
    """A capitalised common noun after a name in a headline ("Austin Visit") is cut."""
    if span.label != "PERSON":
        return span
    spans = words(text, span.start, span.end)
    while len(spans) > 1 and _bare(text, spans[-1]) in HEADLINE_NOUNS:
        spans.pop()
    return span._replace(end=spans[-1][1])


def extend_first_name(text: str, span: NameSpan) -> NameSpan | None:
    """Take in a first name the model left out: "Lloyd [J. Austin III]", "Minister Rustem
    [Umerov]" -- a capitalised word before the span that starts with an initial or that
    follows a title."""
    if span.label != "PERSON":
        return span
    before = word_before(text, span.start)
    if before is None or not _CAP_WORD.fullmatch(text[before[0] : before[1]]):
        return span
    if _bare(text, before) in NOT_FIRST_NAMES | TITLES:
        return span
    starts_with_initial = _INITIAL.match(text, span.start) is not None
    after_title = _bare(text, word_before(text, before[0])).rstrip(".") in TITLES
    return span._replace(start=before[0]) if starts_with_initial or after_title else span


def person_or_place(text: str, span: NameSpan) -> NameSpan | None:
    """One capitalised word right after "in"/"near" is a place, not a person ("in Kyiv");
    a "person" right after a number ("12 Patriot launchers") is not a name at all."""
    if span.label != "PERSON" or len(words(text, span.start, span.end)) != 1:
        return span
    before = _bare(text, word_before(text, span.start))
    if before.replace(",", "").replace(".", "").isdigit():
        return None
    possessive = _POSSESSIVE.search(text, span.start, min(len(text), span.end + 2))
    if before in PLACE_PREPOSITIONS and not possessive:
        return span._replace(label="GPE")
    return span


# Places ----------------------------------------------------------------------------------------
def bare_compass_points(text: str, span: NameSpan) -> NameSpan | None:
    """ "the South", "the Midwest", "North East" name no place on their own: dropped. "South
    Korea", "the Middle East" and "West Bank" have other words and stay."""
    if span.label not in PLACE_LABELS:
        return span
    names = [_bare(text, w) for w in words(text, span.start, span.end)]
    return None if all(name in COMPASS_WORDS for name in names) else span


# Organisations --------------------------------------------------------------------------------
def portfolio_titles(text: str, span: NameSpan) -> NameSpan | None:
    """Half a job title is no organisation: "Defense" in "Secretary of Defense" and "Interior"
    in "Interior Minister" are dropped; "Interior" in "Interior Ministry" or "Ministry of the
    Interior" becomes the whole ministry."""
    if span.label != "ORG" or not _all_portfolio(text, span):
        return span
    after = word_after(text, span.end)
    if _bare(text, after) in PORTFOLIO_ROLES:
        return None
    if after is not None and _bare(text, after) in _BODIES:
        return span._replace(end=after[0] + len(text[after[0] : after[1]].rstrip(".,;:")))
    role = _ROLE_BEFORE.search(text, max(0, span.start - 40), span.start)
    if role is None:
        return span
    return (
        span._replace(start=role.start()) if role.group(1) in ("Ministry", "Department") else None
    )


_BODIES = frozenset(("ministry", "department", "office"))
_ROLE_BEFORE = re.compile(r"\b(Secretary|Minister|Ministry|Department)\s+(?:of\s+)?(?:the\s+)?$")


def _all_portfolio(text: str, span: NameSpan) -> bool:
    return all(_bare(text, w) in PORTFOLIOS for w in words(text, span.start, span.end))


REPAIRS = (
    trim_edges,
    person_or_place,
    drop_leading_junk,
    cut_possessive,
    drop_titles,
    drop_headline_nouns,
    extend_first_name,
    portfolio_titles,
    bare_compass_points,
    trim_edges,
    require_capital,
)


def repair(text: str, span: NameSpan) -> NameSpan | None:
    """`span` after every repair in turn, or None when one of them drops it."""
    for step in REPAIRS:
        repaired = step(text, span)
        if repaired is None:
            return None
        span = repaired
    return span
