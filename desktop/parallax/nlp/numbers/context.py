"""The words around an amount: its hedge, its counted noun, and whether it is an amount at all."""

from __future__ import annotations

import re
from dataclasses import replace

from parallax.nlp.mention import Mention
from parallax.nlp.numbers.atoms import Amount
from parallax.text import hedges
from parallax.text.stopwords import STOPWORDS

_QUALIFIER_RE = re.compile(rf"\b(?P<q>{hedges.before_pattern()})\s+$", re.IGNORECASE)
_POST_QUALIFIER_RE = re.compile(
    rf"(?:\s+(?P<q>{hedges.after_pattern()})|(?P<plus>\+|-plus))\b(?!\s+than)", re.IGNORECASE
)
_NOUN_RE = re.compile(
    r"(?:[ \t]+|-)(?P<w1>[A-Za-z][a-z]*(?:-[a-z]+)*)(?![\w])"
    r"(?:[ \t]+(?P<w2>[a-z]+(?:-[a-z]+)*)(?![\w]))?"
)
_PRONOUN_BEFORE_RE = re.compile(
    r"\b(?:the|this|that|which|each|every|any|no|another|such|a|whichever|(?:the|his|her|their|"
    r"its|our|my|your)\s+(?:only|last|same|other|right|wrong|big|new|old|little|young|loved|"
    r"first|next))\s+$",
    re.IGNORECASE,
)
_PRONOUN_AFTER_RE = re.compile(
    r"\s+(?:of|another|who|that|which|may|must|can|could|should|might|ought|does|doesn't)\b"
    r"|'s\b|[ \t]*,[ \t]*(?:two|three)\b",
    re.IGNORECASE,
)
_AT_ONE_BEFORE_RE = re.compile(r"\bat\s+$", re.IGNORECASE)
_AT_ONE_AFTER_RE = re.compile(r"\s+(?:point|time|stage)\b", re.IGNORECASE)
_ONE_THING_RE = re.compile(r"\s+thing\b[^.!?]{0,80}?\banother\b", re.IGNORECASE)
_NAME_BEFORE_RE = re.compile(r"(?P<name>\b[A-Z][\w&.'’-]*)[ \t]+$")
_NUMBER_SIGN_BEFORE_RE = re.compile(r"(?:\bNo\.|\bNos\.|#|\bnumber)[ \t]*$", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:;\"“(\n])\s*$")
_LONE_WORD_NEEDS = {"half": re.compile(r"\s+(?:of|the|an?)\b"), "quarter": re.compile(r"\s+of\b")}
_SECOND_AS_TIME_RE = re.compile(r"\s*(?:[.,;:!?)]|$|later|ago|or|earlier|and|of|before|after)")
_SECOND_AFTER_RE = re.compile(r"\b(?:a|per|split|one)\s+$", re.IGNORECASE)
_FIRST_AS_ADVERB_RE = re.compile(r"\bat\s+$", re.IGNORECASE)
_FIRST_AFTER_RE = re.compile(r"[ \t]*,|[ \t]+of[ \t]+all\b", re.IGNORECASE)
_PLURAL_S_RE = re.compile(r"s\b")
_MODIFIERS = frozenset(
    """
    more additional other new extra further fewer young small large big major armed unarmed
    foreign local separate different such
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
# What a count never counts: the one stop-word list, and the words after a number in news
# copy that are no thing counted: time words ("72 yesterday"), past verbs without "-ed" ("72
# rose", "won 3 ... went"), percent words, quantifiers and prepositions, the "s" of "1990 s".
# "other" and "more" stay a unit when no lower-case noun follows ("Eleven other FLDS men"):
# without it such a count paired with "the two men accused" on the real pairs (one false
# agreement more, agree/variant precision 0.953 -> 0.949).
_NOT_COUNTED = (STOPWORDS - {"other", "more"}) | frozenset(
    """
    across ago almost among around came cent earlier even every fell gave got grew including
    later least left like lost made many may much near nearly percent percentage pm point
    points ran rose s saw today tomorrow took via went won yesterday
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def is_amount(text: str, amount: Amount, end: int) -> bool:
    """Drop pronoun "one", names like "Boeing 737", and lone words that are not amounts."""
    surface = text[amount.start : end].lower()
    if surface == "one":
        return not _pronoun_one(text, amount.start, end)
    if amount.atoms == 1 and amount.first_kind in ("scale", "multiplier", "fraction"):
        return _lone_word_ok(text, amount, surface, end)
    if amount.ordinal and amount.atoms == 1 and amount.first_kind == "ordword":
        return _ordinal_word_ok(text, amount.start, surface, end)
    if amount.first_kind == "digits" and amount.atoms == 1:
        return not _is_name_number(text, amount.start, surface)
    return True


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """ "the one who", "one of", and the idioms "at one point" / "at one time", "X is one
    thing, Y (is) another": "one" that counts nothing."""
    before = _PRONOUN_BEFORE_RE.search(text, max(0, start - 12), start)
    if before is not None or _PRONOUN_AFTER_RE.match(text, end) is not None:
        return True
    if _AT_ONE_BEFORE_RE.search(text, max(0, start - 4), start) and _AT_ONE_AFTER_RE.match(
        text, end
    ):
        return True
    return _ONE_THING_RE.match(text, end) is not None


def _lone_word_ok(text: str, amount: Amount, surface: str, end: int) -> bool:
    if surface.startswith(("a ", "an ")):
        return True
    needs = _LONE_WORD_NEEDS.get(surface)
    if needs is not None and needs.match(text, end):
        return True
    before = _QUALIFIER_RE.search(text, max(0, amount.start - 30), amount.start)
    return surface == "half" and before is not None


def _ordinal_word_ok(text: str, start: int, surface: str, end: int) -> bool:
    """ "second" is also a unit of time ("a second later"), "first" an adverb ("at first")."""
    if surface == "second":
        if _SECOND_AFTER_RE.search(text, max(0, start - 7), start):
            return _SECOND_AS_TIME_RE.match(text, end) is None
        return _PLURAL_S_RE.match(text, end) is None
    if surface == "first":
        if _FIRST_AS_ADVERB_RE.search(text, max(0, start - 4), start):
            return False
        return _FIRST_AFTER_RE.match(text, end) is None
    return True


def _is_name_number(text: str, start: int, surface: str) -> bool:
    """ "Boeing 737", "Article 5", "No. 10": a number right after a capitalised name."""
    if "," in surface or "." in surface or surface.startswith("-"):
        return False
    window = max(0, start - 40)
    if _NUMBER_SIGN_BEFORE_RE.search(text, window, start):
        return True
    name = _NAME_BEFORE_RE.search(text, window, start)
    if name is None:
        return False
    return not _SENTENCE_END_RE.search(text, max(0, name.start() - 4), name.start())


def counted_noun(text: str, end: int) -> str | None:
    """The noun after a count: "1,500 soldiers" -> "soldiers", "1,500 more troops" -> "troops"."""
    match = _NOUN_RE.match(text, end)
    if match is None:
        return None
    first, second = match["w1"], match["w2"]
    if second and (first.lower() in _MODIFIERS or (first[0].isupper() and second.endswith("s"))):
        first = second
    word = first.lower()
    if word in _NOT_COUNTED or word.split("-")[0] in _NOT_COUNTED or word.endswith("ed"):
        return None  # function words and past-tense verbs ("72 killed") are not what is counted
    return word


def hedged(text: str, mention: Mention) -> Mention:
    """The hedge before ("at least 72") or, taking precedence, after ("500 or more")."""
    after = _POST_QUALIFIER_RE.match(text, mention.end)
    if after is not None:
        qualifier = "or more" if after["plus"] else " ".join(after["q"].lower().split())
        return replace(mention, qualifier=qualifier)
    before = _QUALIFIER_RE.search(text, max(0, mention.start - 30), mention.start)
    if before is not None:
        return replace(mention, qualifier=" ".join(before["q"].lower().split()))
    return mention
