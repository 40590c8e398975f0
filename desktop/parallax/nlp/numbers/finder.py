"""Numbers, ordinals, money, percentages, quantities and ranges in English news text.

Hand-written because no kept library normalises English news amounts offline with exact offsets:
spaCy's NER gives CARDINAL/MONEY spans without values (and slips: "an additional $400 million").
Of what pip offers, word2number/text2num/number-parser convert number words without offsets
into the text, price-parser reads one price per string, quantulum3 finds quantities with spans
but has no hedges, counted nouns or ordinals and needs scikit-learn to tell pounds from pounds
sterling, and Microsoft's Python port of Recognizers-Text fails most of its own ordinal and
range specs (`bench/recognizers.py`). Everything here is linear regex work over the raw string.
"""

from __future__ import annotations

import re
from fractions import Fraction

from parallax.nlp.dates.finder import date_spans
from parallax.nlp.mention import Mention, lower_same_length, mask, non_overlapping
from parallax.nlp.numbers import units
from parallax.nlp.numbers.atoms import Amount, amounts
from parallax.nlp.numbers.context import counted_noun, hedged, is_amount
from parallax.nlp.numbers.ranges import Found, join_ranges
from parallax.text.number_words import parse_number, parse_ordinal, to_number

__all__ = ["Mention", "find_numbers", "parse_number", "parse_ordinal"]

_IDENTIFIER_RE = re.compile(r"\+?\d+(?:[-./]\d+){2,}|https?://\S+|www\.\S+")
_SCALE_SUFFIX_RE = re.compile(
    r"(?:(?P<attached>MM|mn|mln|mil|bn|Bn|BN|bln|tn|trn|tln|[kKMbBm])"
    r"|[ \t](?P<spaced>bn|mn|mln|bln|tn|trn|tln|MM|k))(?![A-Za-z])"
)
_SUFFIX_SCALES = {
    "k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "b": 10**9, "B": 10**9, "bn": 10**9, "Bn": 10**9, "BN": 10**9, "bln": 10**9,
    "tn": 10**12, "trn": 10**12, "tln": 10**12,
}  # fmt: skip
_PERCENT_RE = re.compile(
    r"[ \t]?(?P<sign>%|％)"
    r"|[ \t]+(?P<word>(?:per[ \t]?cent|percent|percentage)(?P<points>[ \t]+points?|[ \t]+pts?)?"
    r"|pct|pp|percents)\b",
    re.IGNORECASE,
)
_CENTS_RE = re.compile(
    r"[ \t]+(?:and[ \t]+)?(?P<n>\d{1,2}|[a-z]+(?:[ -][a-z]+)?)[ \t]+cents?\b", re.IGNORECASE
)
_METRE_RE = re.compile(r"[ \t]?m(?![\w²³/'’])")
_PLURAL_NOUN_RE = re.compile(
    r"[ \t]+(?!(?:does|goes|was|has|is|this|its|yes|thus|plus|less|across|unless|always|"
    r"perhaps|as|us)\b)(?:[a-z]+s|people|children|men|women|police)\b"
)


def find_numbers(text: str) -> list[Mention]:
    """Numbers, ordinals, money, percentages, quantities and ranges, sorted, non-overlapping.

    Dates and times of day are left to find_dates; the span of a count excludes its noun
    ("1,500" in "1,500 soldiers", unit "soldiers"), hedges go to `qualifier`.
    """
    blanked = mask(text, [*date_spans(text), *_identifier_spans(text)])
    read = amounts(lower_same_length(blanked))
    found = [f for f in (_classify(blanked, a) for a in read) if f is not None]
    joined = join_ranges(blanked, found)
    return non_overlapping(hedged(blanked, f.mention) for f in joined)


def _identifier_spans(text: str) -> list[tuple[int, int]]:
    """Phone numbers, IP addresses, version strings, links: digits that are not amounts."""
    return [m.span() for m in _IDENTIFIER_RE.finditer(text)]


def _classify(text: str, amount: Amount) -> Found | None:
    value, end, scale = amount.value, amount.end, amount.scale
    if not amount.spelled and not amount.ordinal:
        suffix = _SCALE_SUFFIX_RE.match(text, end)
        if suffix and _scale_applies(text, amount, suffix):
            scale = _SUFFIX_SCALES[suffix["attached"] or suffix["spaced"]]
            value, end = value * scale, suffix.end()
    if not amount.ordinal:
        for reader in (_money, _percent, _quantity):
            found = reader(text, amount, value, end, scale)
            if found is not None:
                return found
    if end < len(text) and text[end].isalpha():
        return None  # "3D", "5G", "737MAX": part of a name
    return _count(text, amount, value, end, scale)


def _scale_applies(text: str, amount: Amount, suffix: re.Match[str]) -> bool:
    """ "$4.5m" and "12m people" are millions; "1.8m tall" is metres."""
    if suffix["attached"] != "m" or _money_prefix(text, amount.start) is not None:
        return True
    word = units.SUFFIX_RE.match(text, suffix.end())
    if word is not None and (word["word"] or word["code"]):
        return True
    return _PLURAL_NOUN_RE.match(text, suffix.end()) is not None


def _money_prefix(text: str, start: int) -> tuple[int, str] | None:
    """Where a currency sign or code before `start` begins, and the sign itself."""
    window_start = max(0, start - 8)
    match = units.PREFIX_RE.search(text[window_start:start])
    return None if match is None else (window_start + match.start(), match.group().strip())


def _money(text: str, amount: Amount, value: Fraction, end: int, scale: int) -> Found | None:
    """ "$400 million", "US$2bn", "€1.2bn", "Rs 500", "400 million dollars", "50 cents"."""
    prefix = _money_prefix(text, amount.start)
    if prefix is not None:
        mention = Mention(
            prefix[0], end, "money", to_number(value), units.currency_of_sign(prefix[1])
        )
        return Found(mention, scale, amount.spelled, False)
    suffix = units.SUFFIX_RE.match(text, end)
    if suffix is None or not _currency_suffix_ok(text, amount, suffix, scale):
        return None
    code, divisor = _suffix_currency(suffix)
    value, end = value / divisor, suffix.end()
    if divisor == 1 and (cents := _CENTS_RE.match(text, end)):
        value, end = _with_cents(value, cents, end)
    mention = Mention(amount.start, end, "money", to_number(value), code)
    return Found(mention, scale, amount.spelled, False)


def _with_cents(value: Fraction, cents: re.Match[str], end: int) -> tuple[Fraction, int]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents"."""
    number = parse_number(cents["n"])
    if not isinstance(number, int) or not 0 < number < 100:
        return value, end
    return value + Fraction(number, 100), cents.end()


def _currency_suffix_ok(text: str, amount: Amount, suffix: re.Match[str], scale: int) -> bool:
    """ "25 pounds" is a weight unless money is in the air; "won" needs a large amount."""
    word = (suffix["word"] or suffix["hyphen"] or "").lower()
    if suffix["adj"]:
        return True
    if word.startswith("pound") and "sterling" not in word:
        cue = units.MONEY_CUE_RE.search(text, max(0, amount.start - 30), amount.start)
        return scale > 1 or cue is not None
    if word == "won":
        return scale > 1 or amount.value >= 1000
    return word != "real"


def _suffix_currency(suffix: re.Match[str]) -> tuple[str, int]:
    """(code, divisor) of a currency written after the amount."""
    if suffix["sign"] or suffix["code"]:
        return units.currency_of_sign(suffix["sign"] or suffix["code"]), 1
    return units.currency_of_word(suffix["word"] or suffix["hyphen"], suffix["adj"])


def _percent(text: str, amount: Amount, value: Fraction, end: int, scale: int) -> Found | None:
    """ "12%", "12 per cent", "twelve percent", "2 percentage points" (unit "pp")."""
    match = _PERCENT_RE.match(text, end)
    if match is None:
        return None
    unit = "pp" if match["points"] or (match["word"] or "").lower() == "pp" else "%"
    mention = Mention(amount.start, match.end(), "percent", to_number(value), unit)
    return Found(mention, scale, amount.spelled, False)


def _quantity(text: str, amount: Amount, value: Fraction, end: int, scale: int) -> Found | None:
    """ "40 km", "3.5 metres", "10-tonne", "120mph", "1.8m" (a metre unless money is near)."""
    match = units.UNIT_RE.match(text, end)
    if match is not None:
        unit = units.unit_of(match)
        if unit == "lb" and units.MONEY_CUE_RE.search(
            text, max(0, amount.start - 30), amount.start
        ):
            return None
        mention = Mention(amount.start, match.end(), "quantity", to_number(value), unit)
        return Found(mention, scale, amount.spelled, False)
    metre = _METRE_RE.match(text, end)
    if metre is None or amount.spelled:
        return None
    mention = Mention(amount.start, metre.end(), "quantity", to_number(value), "m")
    return Found(mention, scale, False, False)


def _count(text: str, amount: Amount, value: Fraction, end: int, scale: int) -> Found | None:
    """A plain number or ordinal, with the noun it counts."""
    if not is_amount(text, amount, end):
        return None
    kind = "ordinal" if amount.ordinal else "number"
    number = int(value) if amount.ordinal else to_number(value)
    mention = Mention(amount.start, end, kind, number, counted_noun(text, end))
    bare = (kind == "number" and scale == 1) or scale > 1
    return Found(mention, scale, amount.spelled, bare)
