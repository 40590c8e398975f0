"""Review marks for the CLI and the reader alike: marking one match, and the marked pairs.

A match is named by its facts' offsets (as `compare --format json` gives them); the mark is
stored anchored to both articles' SHA-256 and to the facts' offsets and words, and found again
by `compare.marks` after any re-analysis. Marking the same match again replaces its mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from parallax import errors
from parallax.application.analyses import compare_articles
from parallax.compare.marks import find_match, mark_for
from parallax.library import Library, open_library
from parallax.model import MARK_STATES, Article, Comparison, Fact, Mark, Match

Span = tuple[int, int]


def mark_match(
    db: Library, a: Article, b: Article, *, a_span: Span | None, b_span: Span | None,
    state: str, note: str = "",
) -> Mark:  # fmt: skip
    """Mark the match of A and B whose facts span `a_span` in A and/or `b_span` in B;
    errors.no_fact_of_a_match (nothing written) when no match has a fact there."""
    if state not in MARK_STATES:
        raise ValueError(f"not a mark: {state!r}")
    if a_span is None and b_span is None:
        raise errors.no_fact_span()
    comparison = compare_articles(db, a, b)
    match = find_match(comparison, a=a_span, b=b_span)
    if match is None:
        raise errors.no_fact_of_a_match(describe_spans(a_span, b_span))
    return save_mark(db, comparison, match, state=state, note=note)


def save_mark(db: Library, comparison: Comparison, match: Match, *, state: str, note: str) -> Mark:
    """Store a mark on `match` of `comparison`, in place of the mark it had."""
    replaces = [match.mark.id] if match.mark is not None and match.mark.id is not None else []
    mark = mark_for(match, comparison, state=state, note=clean_note(note))
    return db.set_mark(mark, replaces=replaces)


def clean_note(note: str) -> str:
    """A note as it is kept: its line breaks ("Called X at 14:00.\nConfirmed by Y."), each
    line's spaces collapsed, blank lines at either end dropped."""
    return "\n".join(" ".join(line.split()) for line in note.splitlines()).strip("\n")


def mark_in_library(
    library: Path | None, comparison: Comparison, match: Match, *, state: str, note: str
) -> Mark:
    """For the reader: store a mark on `match` through a connection of its own."""
    with open_library(library) as db:
        return save_mark(db, comparison, match, state=state, note=note)


def mark_facts_in_library(
    library: Path | None, a_id: str, a_fact: Fact, b_id: str, b_fact: Fact, *, state: str,
    note: str,
) -> Mark:  # fmt: skip
    """For the story view: mark the match of article `a_id`'s fact with `b_id`'s, through a
    connection of its own (as `parallax mark A B --a S:E --b S:E` does). The story may pair two
    facts through a third article where the two alone are not paired: the mark is stored on the
    two facts all the same (the story view shows it; the pair's comparison lists it apart, as a
    mark whose pairing it does not make)."""
    with open_library(library) as db:
        a, b = db.get(a_id), db.get(b_id)
        comparison = compare_articles(db, a, b)
        spans = (a_fact.start, a_fact.end), (b_fact.start, b_fact.end)
        match = find_match(comparison, a=spans[0], b=spans[1])
        if match is None:
            match = Match("conflict", a_fact.kind, a_fact, b_fact)
        return save_mark(db, comparison, match, state=state, note=note)


def describe_spans(a_span: Span | None, b_span: Span | None) -> str:
    parts = [
        f"--{side} {span[0]}:{span[1]}" for side, span in (("a", a_span), ("b", b_span)) if span
    ]
    return " ".join(parts)


def marked_pairs(db: Library, articles: Iterable[Article] | None = None) -> list[Comparison]:
    """A comparison, marks attached, of every pair of articles with marks on it (of the
    given articles only, if any), in the order they were first marked."""
    allowed = None if articles is None else {article.sha256 for article in articles}
    pairs: dict[frozenset[str], tuple[str, str]] = {}
    for mark in db.marks():
        key = frozenset((mark.a_sha256, mark.b_sha256))
        if allowed is None or key <= allowed:
            pairs.setdefault(key, (mark.a_sha256, mark.b_sha256))
    found = []
    for a_sha256, b_sha256 in pairs.values():
        a, b = db.find_sha256(a_sha256), db.find_sha256(b_sha256)
        if a is not None and b is not None:  # removing an article removes its marks
            found.append(compare_articles(db, a, b))
    return found
