"""What a sentence says, as comparable terms: stemmed content words, numbers, names, dates.

Words, stems and stop words are the text layer's (`parallax.text`): alignment must run on stored
text in milliseconds, without a model, and identically whether or not the trained pipeline is
installed.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from parallax.model import Fact
from parallax.text.stems import stem
from parallax.text.stopwords import NEGATIONS, STOPWORDS
from parallax.text.tokens import Token, tokenize

NUMBER_PREFIX = "#"  # "#1500": a number, whatever digits or separators it was written with
NAME_PREFIX = "@"  # "@tomas reyes": a fact's canonical name
DATE_PREFIX = "d:"  # "d:2024-10-22": a resolved date ("Tuesday" and "October 22" agree)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMERIC_KINDS = frozenset({"number", "ordinal", "money", "percent", "quantity"})
_NAME_KINDS = frozenset(
    {"person", "organization", "place", "group", "event", "work", "law", "product"}
)


@dataclass(frozen=True, slots=True)
class Profile:
    """One sentence as sets of terms; `norms` is every token's norm, for identity checks."""

    terms: frozenset[str]  # content terms: stems, numbers, names and dates of facts
    function_words: frozenset[str]
    negated: bool
    norms: tuple[str, ...]


def number_term(text: str) -> str | None:
    """The number term of a digit string ("1,500" -> "#1500", "2.50" -> "#2.5"), else None."""
    if not _DIGITS.fullmatch(text):
        return None
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value_term(value)


def value_term(value: float) -> str:
    """The term for a numeric value, written the same way however it was parsed."""
    return NUMBER_PREFIX + (str(int(value)) if float(value).is_integer() else f"{value:g}")


def word_terms(tokens: Iterable[Token]) -> list[str]:
    """Content terms of word tokens, in order: stems of non-stopwords, and numbers."""
    terms: list[str] = []
    for token in tokens:
        if token.is_word:
            terms.extend(_terms_of(token.norm))
    return terms


@functools.lru_cache(maxsize=65536)
def _terms_of(norm: str) -> tuple[str, ...]:
    number = number_term(norm)
    if number is not None:
        return (number,)
    parts = norm.split("-") if "-" in norm and not any(c.isdigit() for c in norm) else [norm]
    return tuple(stem(part) for part in parts if part and part not in STOPWORDS)


def fact_terms(facts: Iterable[Fact]) -> set[str]:
    """Extra terms from a sentence's facts: canonical names, numeric values, resolved dates."""
    terms: set[str] = set()
    for fact in facts:
        term = _fact_term(fact)
        if term is not None:
            terms.add(term)
    return terms


def _fact_term(fact: Fact) -> str | None:
    if fact.kind in _NAME_KINDS and fact.canonical:
        return NAME_PREFIX + fact.canonical.casefold()
    if fact.kind in _NUMERIC_KINDS and _is_number(fact.value):
        return value_term(float(fact.value))
    if fact.kind == "date" and isinstance(fact.value, str) and fact.value:
        return DATE_PREFIX + fact.value
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def profile(
    text: str,
    start: int = 0,
    end: int | None = None,
    facts: Sequence[Fact] = (),
    *,
    tokens: Sequence[Token] | None = None,
) -> Profile:
    """The profile of `text[start:end]`, with the terms of `facts` that lie in it; `tokens`,
    when given, are that range's tokens (read from the article's one tokenized view)."""
    if tokens is None:
        tokens = tokenize(text, start, end)
    norms = tuple(token.norm for token in tokens)
    return Profile(
        terms=frozenset(word_terms(tokens)) | fact_terms(facts),
        function_words=frozenset(norm for norm in norms if norm in STOPWORDS),
        negated=any(norm in NEGATIONS for norm in norms),
        norms=norms,
    )


def with_facts(base: Profile, facts: Sequence[Fact]) -> Profile:
    """`base` with the terms of `facts` added (the same object when they add none)."""
    extra = fact_terms(facts) - base.terms
    return dataclasses.replace(base, terms=base.terms | extra) if extra else base


def joined(profiles: Sequence[Profile]) -> Profile:
    """Two or more consecutive sentences read as one (a split or a merge)."""
    return Profile(
        terms=frozenset().union(*(p.terms for p in profiles)),
        function_words=frozenset().union(*(p.function_words for p in profiles)),
        negated=any(p.negated for p in profiles),
        norms=tuple(norm for p in profiles for norm in p.norms),
    )


def is_number(term: str) -> bool:
    return term.startswith(NUMBER_PREFIX)
