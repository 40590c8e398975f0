"""What kind of difference a word change is: style, hedge, quote, number, date, entity, wording.

Facts decide where they exist (a change overlapping a money fact is a number change); word lists
decide where no fact covers the change. Hand-written: it is a few rules over our own Fact types
and tokens, and no library classifies edits this way.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import InitVar, dataclass, field

from parallax.model import Fact
from parallax.text import hedges
from parallax.text.tokens import WORD_PATTERN, Token, normalise, tokenize
from parallax.text.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS

HEDGES = hedges.phrases()  # one table with the number finder and matching (text.hedges)
_AFTER_NUMBER = frozenset(tuple(hedge.split()) for hedge in hedges.AFTER)
_HEDGE_PHRASES = frozenset(tuple(hedge.split()) for hedge in HEDGES)
_HEDGE_STARTS = frozenset(phrase[0] for phrase in _HEDGE_PHRASES)

NUMBER_KINDS = frozenset({"number", "ordinal", "money", "percent", "quantity"})
DATE_KINDS = frozenset({"date", "time"})
ENTITY_KINDS = frozenset(
    {"person", "organization", "place", "group", "event", "work", "law", "product"}
)

# Number words, with the plural scales and fractions a change of amount may be written in.
_NUMBER_WORDS = NUMBER_WORDS | frozenset(
    "dozen dozens hundreds thousands millions billions half".split()  # noqa: SIM905
)
_CAPITALISED_DATE_WORDS = frozenset({"may", "march", "mar"})  # only as "May", "March", "Mar."
_DATE_WORDS = (
    (frozenset(MONTHS) - _CAPITALISED_DATE_WORDS)
    | frozenset(WEEKDAYS)
    | frozenset(
        "today yesterday tomorrow tonight a.m p.m noon midnight gmt utc".split()  # noqa: SIM905
    )
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WORD = re.compile(WORD_PATTERN)  # a word token, as tokens.tokenize finds them
_LAST_WORD = re.compile(rf"({_WORD.pattern})\W*\Z")
_MID_SENTENCE = re.compile(rf"(?<=[a-z,;] ){_WORD.pattern}")
_MARK_OR_BREAK = re.compile('["“”„«»\n]')
_PERCENT = re.compile(r"\s*\bper\s*cent\b")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_DIGIT_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col capt sgt prof jr sr no vs mt ft rev".split()  # noqa: SIM905
)
_SKIP_BACK = " \t\r\n\"'“”‘’„«»([{"


@dataclass(frozen=True, slots=True)
class Span:
    """One side of a change, `text[start:end]`, with the facts of that side near it."""

    text: str
    start: int
    end: int
    facts: Sequence[Fact] = ()
    known_words: InitVar[tuple[Token, ...] | None] = None  # the words in range, if known
    words: tuple[Token, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self, known_words: tuple[Token, ...] | None) -> None:
        if known_words is None:
            known_words = tuple(t for t in tokenize(self.text, self.start, self.end) if t.is_word)
        object.__setattr__(self, "words", known_words)

    def overlapping(self) -> list[Fact]:
        """Facts sharing a character with the range (for an empty range: around the point)."""
        if self.start == self.end:
            return [f for f in self.facts if f.start < self.start < f.end]
        return [f for f in self.facts if f.start < self.end and self.start < f.end]


def classify_change(
    a_text: str,
    a_start: int,
    a_end: int,
    b_text: str,
    b_start: int,
    b_end: int,
    *,
    a_facts: Sequence[Fact] = (),
    b_facts: Sequence[Fact] = (),
) -> str:
    """The category (one of model.CHANGE_CATEGORIES) of `a_text[a_start:a_end]` -> B's range."""
    a = Span(a_text, a_start, a_end, a_facts)
    b = Span(b_text, b_start, b_end, b_facts)
    return classify(a, b, with_facts=bool(a_facts or b_facts))


def classify(a: Span, b: Span, *, with_facts: bool) -> str:
    """As `classify_change`; `with_facts` says whether the articles' facts were given at all."""
    if style_key(a.text[a.start : a.end]) == style_key(b.text[b.start : b.end]):
        return "style"
    if _hedged(a) or _hedged(b):
        return "hedge"
    if _in_quote(a, with_facts=with_facts) or _in_quote(b, with_facts=with_facts):
        return "quote"
    kinds = {f.kind for f in a.overlapping()} | {f.kind for f in b.overlapping()}
    by_facts = _category_of_kinds(kinds)
    return by_facts or _category_of_words(a, b, with_facts=with_facts) or "wording"


def style_key(text: str) -> str:
    """The text without case, punctuation, quote marks or whitespace ("1,500" == "1500",
    "12%" == "12 percent")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DIGIT_COMMA.sub("", _PERCENT.sub("%", text))
    text = _DIGIT_POINT.sub("\0", text)  # "1.5" and "15" stay different
    return text.translate(_unstyled())


@functools.cache
def _unstyled() -> dict[int, None]:
    """Whitespace and punctuation (but not % and ‰) of every script below U+3040 (NFKC has made
    full-width marks ASCII), for str.translate to delete."""
    return {
        code: None
        for code in range(0x3040)
        if chr(code).isspace() or unicodedata.category(chr(code)).startswith("P")
        if chr(code) not in "%‰"
    }


# Hedges ----------------------------------------------------------------------------------------
def _hedged(side: Span) -> bool:
    """A hedge phrase among the changed words, next to a number (inside the change or not)."""
    norms = [t.norm for t in side.words]
    extra = _qualifiers(side.facts)
    if _HEDGE_STARTS.isdisjoint(norms) and not extra:
        return False
    present = set(norms)
    return any(
        _hedges_a_number(side, k, phrase)
        for phrase in _HEDGE_PHRASES | extra
        if phrase[0] in present
        for k in _occurrences(norms, phrase)
    )


def _hedges_a_number(side: Span, k: int, phrase: tuple[str, ...]) -> bool:
    """Whether the word after the phrase at words[k] ("at least 72"), or before ("72 or more"),
    is a number."""
    words = side.words
    if phrase in _AFTER_NUMBER:
        neighbour = words[k - 1] if k > 0 else _word_before(side.text, side.start)
    else:
        after = k + len(phrase)
        neighbour = words[after] if after < len(words) else _word_after(side.text, side.end)
    return neighbour is not None and _is_number(side, neighbour)


def _qualifiers(facts: Sequence[Fact]) -> set[tuple[str, ...]]:
    """The extractor's hedges ("an estimated") of the numbers near the change."""
    return {
        tuple(normalise(f.qualifier).split())
        for f in facts
        if f.kind in NUMBER_KINDS and f.qualifier
    }


def _occurrences(norms: list[str], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [k for k in range(len(norms) - n + 1) if tuple(norms[k : k + n]) == phrase]


def _is_number(side: Span, token: Token) -> bool:
    if is_number_word(token.norm):
        return True
    return any(
        f.kind in NUMBER_KINDS and f.start < token.end and token.start < f.end for f in side.facts
    )


@functools.lru_cache(maxsize=8192)
def is_number_word(norm: str) -> bool:
    """Digits, a number word ("seven", "twenty-five") or an ordinal ("fourth", "21st")."""
    if _DIGIT.search(norm):
        return True
    return norm in _NUMBER_WORDS or all(part in _NUMBER_WORDS for part in norm.split("-"))


def _word_before(text: str, position: int) -> Token | None:
    found = _LAST_WORD.search(text, max(0, position - 40), position)
    return Token(found.start(1), found.end(1), normalise(found[1])) if found else None


def _word_after(text: str, position: int) -> Token | None:
    found = _WORD.search(text, position, position + 40)
    return Token(found.start(), found.end(), normalise(found[0])) if found else None


# Quotes ----------------------------------------------------------------------------------------
def _in_quote(side: Span, *, with_facts: bool) -> bool:
    """Inside a quote fact, or (no facts given) between quotation marks of one paragraph."""
    if with_facts:
        return any(
            f.kind == "quote" and f.start <= side.start and side.end <= f.end for f in side.facts
        )
    return _between_marks(side.text, side.start, side.end)


def _between_marks(text: str, start: int, end: int) -> bool:
    starts, ends = _quoted(text)
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= ends[k]


@functools.lru_cache(maxsize=4)
def _quoted(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the words between double quotation marks paired within a line."""
    starts, ends, opened_at = [], [], None
    for found in _MARK_OR_BREAK.finditer(text):
        mark = found.group()
        if mark == "\n":
            opened_at = None
        elif mark in "“„«" or (mark == '"' and opened_at is None):
            opened_at = found.end()
        elif opened_at is not None:
            starts.append(opened_at)
            ends.append(found.start())
            opened_at = None
    return starts, ends


# Numbers, dates, entities ----------------------------------------------------------------------
def _category_of_kinds(kinds: set[str]) -> str | None:
    if kinds & NUMBER_KINDS:
        return "number"
    if kinds & DATE_KINDS:
        return "date"
    return "entity" if kinds & ENTITY_KINDS else None


def _category_of_words(a: Span, b: Span, *, with_facts: bool) -> str | None:
    """Number and date by word lists; entity by capitals only when no facts were given."""
    if _has_date(a) or _has_date(b):
        return "date"
    if any(is_number_word(t.norm) for side in (a, b) for t in side.words):
        return "number"
    if not with_facts and (_has_name(a) or _has_name(b)):
        return "entity"
    return None


def _has_date(side: Span) -> bool:
    """A month, weekday or year, or a number right beside a month ("Oct. 21", "21 October")."""
    words = side.words
    if any(_is_date_word(side.text, t) for t in words):
        return True
    if not any(is_number_word(t.norm) for t in words):
        return False
    beside = (_word_before(side.text, side.start), _word_after(side.text, side.end))
    return any(t is not None and _is_date_word(side.text, t) for t in beside)


def _is_date_word(text: str, token: Token) -> bool:
    norm = token.norm
    if norm in _DATE_WORDS or (len(norm) == 4 and _YEAR.fullmatch(norm)):
        return True
    return norm in _CAPITALISED_DATE_WORDS and text[token.start].isupper()


def _has_name(side: Span) -> bool:
    return any(_looks_like_name(side.text, token) for token in side.words)


def _looks_like_name(text: str, token: Token) -> bool:
    """Capitalised and not a number, and an acronym, mid-sentence, or capitalised elsewhere too."""
    surface = text[token.start : token.end]
    if not surface[0].isupper() or is_number_word(token.norm):
        return False
    if len(surface) > 1 and surface.isupper():
        return True
    return not _at_sentence_start(text, token.start) or _named_elsewhere(text, surface)


def _at_sentence_start(text: str, position: int) -> bool:
    i = position
    while i > 0 and text[i - 1] in _SKIP_BACK:
        i -= 1
    if i == 0 or "\n" in text[i:position] or text[i - 1] in "!?":
        return True
    if text[i - 1] != ".":
        return False
    found = re.search(r"[\w.]*$", text[max(0, i - 12) : i - 1])
    assert found is not None  # the pattern matches the empty string at the end of any text
    word = found.group()
    return len(word) > 1 and "." not in word and word.lower() not in _ABBREVIATIONS


def _named_elsewhere(text: str, surface: str) -> bool:
    return surface in _mid_sentence_words(text)


@functools.lru_cache(maxsize=4)
def _mid_sentence_words(text: str) -> frozenset[str]:
    """Words of `text` that follow a lower-case word or a comma: not sentence starts."""
    return frozenset(_MID_SENTENCE.findall(text))
