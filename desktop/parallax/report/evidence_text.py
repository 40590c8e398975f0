"""Why two facts were paired, in plain words, for the reader's sidebar and every report."""

from __future__ import annotations

from collections.abc import Iterable

from parallax.model import Evidence, Match
from parallax.report import digest

# signal -> (its words, what follows them when it has a value; "{}" is the value).
_PHRASES = {
    "aligned_sentences": ("aligned sentences", " (score {})"),
    "identical_sentences": ("identical sentences", ""),
    "same_counted_thing": ("same counted thing", ": {}"),
    "shared_event_words": ("shared words", ": {}"),
    "same_position": ("same position in the sentence", ""),
    "same_sentence_but_the_value": ("the same sentence word for word but for the value", ""),
    "same_value": ("same value", ": {}"),
    "compatible_values": ("compatible values", ": {}"),
    "same_day": ("same day", ": {}"),
    "unresolved_date": ("a date that cannot be resolved without a publication date", ": {}"),
    "same_name": ("same name", ": {}"),
    "name_variant": ("one name written two ways", ": {}"),
    "same_words_around": ("same words around", ": {}"),
    "quote_similarity": ("quoted words alike", " (similarity {})"),
    "quote_trimmed": ("one quote is part of the other", ""),
    "same_speaker": ("same speaker", ": {}"),
    "different_speakers": ("different speakers", ": {}"),
}
# The signals whose value is a pair or a list of words, not one value.
_JOINERS = {"shared_event_words": ", ", "compatible_values": " / "}
# The signals whose value is a score from 0 to 1, always shown to two places ("1.00", not "1").
_SCORES = ("aligned_sentences", "quote_similarity")


def evidence_phrase(evidence: Evidence) -> str:
    """One signal in plain words: "same counted thing: visit", "aligned sentences (score 0.62)"."""
    value = _value_text(evidence)
    # a signal newer than this table still reads, by its name
    words, shown = _PHRASES.get(evidence.signal, (evidence.signal.replace("_", " "), ": {}"))
    return words + shown.format(value) if value and shown else words


def evidence_text(evidence: Iterable[Evidence]) -> str:
    """Every signal in plain words, in the matcher's order, joined by "; " ("" when none)."""
    return "; ".join(evidence_phrase(one) for one in evidence)


def paired_because(match: Match) -> str:
    """ "Paired because: …" for a match with evidence; "" for one without (only in A or B)."""
    text = evidence_text(match.evidence)
    return f"Paired because: {text}" if text else ""


def _value_text(evidence: Evidence) -> str:
    """The value as one line of text: scores to two places, words and pairs joined."""
    value = evidence.value
    if value is True or value is None or value is False:
        return ""
    if evidence.signal in _SCORES and isinstance(value, int | float):
        return f"{value:.2f}"
    if isinstance(value, tuple | list) and evidence.signal in _JOINERS:
        joiner = _JOINERS[evidence.signal]
        return digest.plain(joiner.join(digest.format_value(part) for part in value))
    return digest.plain(digest.format_value(value))
