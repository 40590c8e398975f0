"""What every report says, whatever its format: match groups, sentence context, counts, values."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from parallax.model import Analysis, Article, Comparison, Fact, Match, Sentence
from parallax.titles import shown_title

# The order a reader meets the groups in: what to check first, what to trust last.
GROUPS = (
    ("conflict", "Conflicts"),
    ("possible", "Possible conflicts"),  # weaker evidence of one slot: never counted as conflicts
    ("only_a", "Only in A"),
    ("only_b", "Only in B"),
    ("variant", "Variants"),
    ("agree", "Agreed"),
)
SUMMARY_LABELS = {  # (one, many)
    "conflict": ("conflict", "conflicts"),
    "possible": ("possible conflict", "possible conflicts"),
    "only_a": ("only in A", "only in A"),
    "only_b": ("only in B", "only in B"),
    "variant": ("variant", "variants"),
    "agree": ("agreed", "agreed"),
}
CONTEXT_WIDTH = 100
ALIGNMENT_KINDS = ("same", "changed", "moved")

_SPACE = re.compile(r"\s+")
# C0/C1 controls (ESC starts terminal control sequences) and bidi overrides never reach a report.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def grouped(matches: Iterable[Match]) -> list[tuple[str, str, list[Match]]]:
    """(status, heading, matches) for every status in reading order, keeping the given order."""
    matches = list(matches)
    return [(status, title, [m for m in matches if m.status == status]) for status, title in GROUPS]


def summary_line(comparison: Comparison) -> str:
    """The match counts in reading order: 2 conflicts · 1 possible conflict · 1 only in A · …"""
    counts = comparison.summary()
    return " · ".join(count_label(status, counts[status]) for status, _ in GROUPS)


def count_label(status: str, count: int) -> str:
    """A count with its words: 1 conflict, 3 variants, 2 only in B."""
    one, many = SUMMARY_LABELS[status]
    return f"{count} {one if count == 1 else many}"


def plain(text: str | None) -> str:
    """One line of text, safe to print: whitespace collapsed, control characters dropped."""
    return _CONTROL.sub("", _SPACE.sub(" ", text or "")).strip()


def note_lines(text: str | None) -> list[str]:
    """A review note's lines (a note keeps the line breaks its writer typed), each made safe
    to print as `plain` makes one; blank lines dropped."""
    return [line for line in (plain(line) for line in (text or "").splitlines()) if line]


def clip(text: str, width: int) -> str:
    """`text` cut to `width` characters at most, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def short_sha(sha256: str) -> str:
    return sha256[:12]


def title_of(article: Article) -> str:
    """The headline, or `[no headline] First words…` (a title is never made up)."""
    return plain(shown_title(article))


def format_value(value: object) -> str:
    """A fact's normalised value as a reader writes it: 400,000,000; 1,500–2,000; 2024-10-21."""
    if isinstance(value, tuple | list):
        return "–".join(format_value(part) for part in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


def fact_detail(fact: Fact) -> str:
    """What a fact says beyond its words: "= 400,000,000 USD", "(at least)", "— Tomas Reyes"."""
    value = format_value(fact.value)
    parts = [
        f"({fact.qualifier})" if fact.qualifier else "",
        f"= {value}" if value and value not in fact.text else "",
        fact.unit if fact.unit and fact.unit not in fact.text else "",
        f"— {fact.speaker}" if fact.speaker else "",
    ]
    return plain(" ".join(part for part in parts if part))


def sentence_number(fact: Fact) -> int:
    """The fact's sentence as people count it, from 1: every report a person reads and the window
    say "sentence 1" for the first; only JSON keeps the 0-based `sentence` index."""
    return fact.sentence + 1


def sentence_of(analysis: Analysis, fact: Fact) -> Sentence | None:
    """The sentence a fact points to, or None when the analysis does not have it."""
    for sentence in analysis.sentences:
        if sentence.index == fact.sentence:
            return sentence
    return None


def context(
    article: Article, analysis: Analysis, fact: Fact, *, width: int = CONTEXT_WIDTH
) -> tuple[str, str, str]:
    """The fact's sentence around it as (before, fact, after), one line, about `width` long."""
    sentence = sentence_of(analysis, fact)
    low, high = (sentence.start, sentence.end) if sentence else (fact.start, fact.end)
    low, high = min(low, fact.start), max(high, fact.end)
    words = clip(plain(article.text[fact.start : fact.end]), width)
    room = max(width - len(words), 20) // 2
    before = _tail(_flat(article.text[low : fact.start]), room)
    after = _head(_flat(article.text[fact.end : high]), room)
    return before, words, after


def _flat(text: str) -> str:
    return _CONTROL.sub("", _SPACE.sub(" ", text))


def _tail(text: str, room: int) -> str:
    if len(text) <= room:
        return text.lstrip()
    cut = text[-room:]
    return "…" + (cut.split(" ", 1)[1] if " " in cut[:-1] else cut)


def _head(text: str, room: int) -> str:
    if len(text) <= room:
        return text.rstrip()
    cut = text[:room]
    return (cut.rsplit(" ", 1)[0] if " " in cut[1:] else cut) + "…"


def alignment_stats(comparison: Comparison) -> dict[str, int]:
    """Sentence pairs by kind, and the story sentences of each side that no pair covers (a
    sentence made only of page furniture is neither paired nor counted)."""
    kinds = Counter(pair.kind for pair in comparison.alignment)
    paired_a = {i for pair in comparison.alignment for i in pair.a}
    paired_b = {i for pair in comparison.alignment for i in pair.b}
    return {
        "pairs": len(comparison.alignment),
        **{kind: kinds[kind] for kind in ALIGNMENT_KINDS},
        "only_a": sum(
            s.index not in paired_a
            for s in comparison.a.story_sentences(comparison.a_analysis.sentences)
        ),
        "only_b": sum(
            s.index not in paired_b
            for s in comparison.b.story_sentences(comparison.b_analysis.sentences)
        ),
    }


def alignment_line(comparison: Comparison) -> str:
    """Sentence alignment in one line: 4 pairs (1 same, 2 changed, 1 moved) · 1 only in A · …"""
    stats = alignment_stats(comparison)
    kinds = ", ".join(f"{stats[kind]} {kind}" for kind in ALIGNMENT_KINDS)
    return (
        f"{stats['pairs']} {'pair' if stats['pairs'] == 1 else 'pairs'} ({kinds}) · "
        f"{stats['only_a']} only in A · {stats['only_b']} only in B"
    )


def changes_line(comparison: Comparison) -> str:
    """Word changes in one line, commonest category first: 6 word changes: 3 number, 1 date, …"""
    counts = Counter(change.category for change in comparison.changes)
    if not counts:
        return "No word changes."
    parts = ", ".join(f"{n} {category}" for category, n in counts.most_common())
    total = len(comparison.changes)
    return f"{total} word {'change' if total == 1 else 'changes'}: {parts}"


def models_line(comparison: Comparison) -> str:
    """Which pipeline found the facts: one name, or one per side when they differ."""
    a, b = comparison.a_analysis.model, comparison.b_analysis.model
    if (a.name, a.version) == (b.name, b.version):
        return f"{a.name} {a.version}"
    return f"A: {a.name} {a.version}; B: {b.name} {b.version}"


def fallback_warning(comparison: Comparison) -> str | None:
    """The warning to show when either side was analysed without a trained model."""
    if not (comparison.a_analysis.model.fallback or comparison.b_analysis.model.fallback):
        return None
    return (
        "No trained language model was found: people, places and organisations were found by "
        "rules only and may be missing or wrong."
    )
