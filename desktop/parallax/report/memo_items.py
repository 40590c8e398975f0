"""Which matches the fact-check memo lists and in what order, for its Markdown and HTML forms."""

from __future__ import annotations

from collections.abc import Sequence

from parallax.model import MARK_STATES, Comparison, Match

SECTIONS = (
    ("disputed", "Disputed"),
    ("open", "Open"),
    ("confirmed", "Confirmed"),
)
OPEN_STATUSES = ("conflict", "possible")  # unmarked, these still need a call
NOTABLE_ONLY_IN = ("number", "money", "percent", "quantity", "ordinal", "date", "quote", "person")
MAX_ONLY_IN = 15
# What the memo says above its orphaned marks (in Markdown and HTML alike).
ORPHANS_NOTE = (
    "Marks the comparison of their two articles does not place now (their facts gone after a new "
    "model, pipeline or edited date, or a pairing it does not make); kept as they were marked:"
)
_STATUS_WORDS = {"only_a": "only in A", "only_b": "only in B", "possible": "possible conflict"}


def state(match: Match) -> str | None:
    """The review state of a match: its mark's, or "open" for an unmarked conflict."""
    if match.mark is not None:
        return match.mark.state
    return "open" if match.status in OPEN_STATUSES else None


def marked_by_state(marked: Sequence[Comparison]) -> dict[str, list[tuple[Comparison, Match]]]:
    """The marked matches of a story's pairs (`marked`), by their mark's state: every state of
    MARK_STATES a key, in the pairs' order."""
    found: dict[str, list[tuple[Comparison, Match]]] = {state: [] for state in MARK_STATES}
    for comparison in marked:
        for match in comparison.matches:
            if match.mark is not None:
                found[match.mark.state].append((comparison, match))
    return found


def summary(comparison: Comparison) -> str:
    """ "1 disputed · 1 open · 0 confirmed · 0 dismissed · 0 orphaned marks" (no article text)."""
    states = [state(match) for match in comparison.matches]
    parts = [f"{states.count(name)} {name}" for name in (*dict(SECTIONS), "dismissed")]
    orphans = len(comparison.orphaned_marks)
    return " · ".join([*parts, f"{orphans} orphaned mark{'' if orphans == 1 else 's'}"])


def pair_sections(comparison: Comparison) -> list[tuple[str, str, list[Match]]]:
    """(state, heading, matches) for disputed, open and confirmed, in the match order."""
    return [
        (name, heading, [match for match in comparison.matches if state(match) == name])
        for name, heading in SECTIONS
    ]


def notable_only_in(comparison: Comparison) -> list[Match]:
    """Unmarked claims only one side makes, of the kinds an editor checks (all; show the first
    MAX_ONLY_IN)."""
    return [
        match
        for match in comparison.matches
        if match.status in ("only_a", "only_b")
        and match.mark is None
        and match.kind in NOTABLE_ONLY_IN
    ]


def dismissed(comparison: Comparison) -> list[Match]:
    return [match for match in comparison.matches if state(match) == "dismissed"]


def status_words(match: Match) -> str:
    """How the comparison found the match, in words: "conflict", "only in A"."""
    return _STATUS_WORDS.get(match.status, match.status)
