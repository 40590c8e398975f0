"""English number words and their values: parse_number ("two and a half million") and parse_ordinal.

Hand-written because no kept library parses spelled-out English numbers, fractions and news
scale abbreviations ("1.2bn", "13 lakh") offline: `word2number` and `text2num` are not
dependencies and cover neither fractions nor "bn"/"lakh"; dateparser and dateutil do dates only.
"""

from __future__ import annotations

import re
from fractions import Fraction

from parallax.text.vocabulary import ORDINALS, SCALES, TENS, UNITS

# Abbreviated scales written after digits in news copy: "10k", "$4.5m", "1.2bn", "3tn".
SCALE_ABBREVIATIONS = {
    "k": 10**3, "m": 10**6, "mn": 10**6, "mm": 10**6, "mil": 10**6, "mln": 10**6,
    "b": 10**9, "bn": 10**9, "bln": 10**9, "t": 10**12, "tn": 10**12, "tln": 10**12,
    "trn": 10**12,
}  # fmt: skip
# Denominators of common fractions: "a half", "two thirds", "three quarters", "one fifth".
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    f"{word}{plural}": value
    for word, value in ORDINALS.items()
    if 3 <= value <= 10
    for plural in ("", "s")
}
MULTIPLIERS = {"dozen": 12, "dozens": 12}

CARDINAL_WORDS = [*UNITS, *TENS, *SCALES]
ORDINAL_WORDS = list(ORDINALS)
_CARDINAL_RE = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
_ORDINAL_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_FRACTION_RE = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
VULGAR_FRACTIONS = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
    "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}  # fmt: skip

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-", "\u00a0": " ", "\u202f": " "})
_GROUPED_RE = re.compile(r"(?<=\d)[ \u2009](?=\d{3}(?!\d))")
_TOKEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|/")
_SIGN_RE = re.compile(r"^(?:minus|negative|-)\s*")
_ABBREVIATED_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?|\.\d+)\s*([a-z]+)$")
_NUMERAL_RE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+")
_SLASH_RE = re.compile(r"^(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)$")
# No amount a story reports has more digits than this (a US debt in cents has 17). Longer digit
# strings, or values beyond 10**MAX_DIGITS, are no number: Python refuses to turn an int of over
# 4,300 digits into text, so a fact holding one could not be stored as JSON.
MAX_DIGITS = 30
_LIMIT = 10**MAX_DIGITS


def to_number(value: Fraction) -> int | float:
    """An exact value as the JSON-ready number a fact carries: int when whole."""
    if value.denominator == 1:
        return int(value)
    try:
        return float(value)
    except OverflowError:  # beyond floats: keep the whole part
        return int(value)


def parse_number(s: str) -> int | float | None:
    """The value of a written number, or None: "1,500" -> 1500, "half a million" -> 500000."""
    value = parse_exact(s)
    return None if value is None else to_number(value)


def parse_exact(s: str) -> Fraction | None:
    """Like parse_number, but exact, so that scales and fractions do not pick up float error."""
    if sum(c.isdigit() for c in s) > MAX_DIGITS:
        return None
    text = _GROUPED_RE.sub("", s.strip().lower().translate(_DASHES))
    sign = 1
    if match := _SIGN_RE.match(text):
        sign, text = -1, text[match.end() :]
    try:
        value = _parse_unsigned(text.strip())
    except ValueError:  # a digit string past Python's int conversion limit is no amount
        return None
    if value is None or abs(value) >= _LIMIT:  # "a million million million ..."
        return None
    return sign * value


def _parse_unsigned(text: str) -> Fraction | None:
    if not text:
        return None
    if match := _SLASH_RE.match(text):
        whole, top, bottom = (int(g) if g else 0 for g in match.groups())
        return None if bottom == 0 else whole + Fraction(top, bottom)
    if match := _ABBREVIATED_RE.match(text):
        scale = SCALE_ABBREVIATIONS.get(match.group(2))
        if scale is not None:
            return _digits(match.group(1)) * scale
    tokens = [t for t in _TOKEN_RE.findall(text.replace("-", " ")) if t not in ("and", "of")]
    return _parse_tokens(tokens)


def _digits(token: str) -> Fraction:
    return Fraction(token.replace(",", "").replace(" ", "").replace("\u2009", ""))


def _parse_tokens(tokens: list[str]) -> Fraction | None:
    if not tokens:
        return None
    if "point" in tokens:
        return _parse_point(tokens)
    for index, token in enumerate(tokens):
        if token in DENOMINATORS or token in VULGAR_FRACTIONS:
            return _parse_fraction(tokens, index)
    return _compose(tokens)


def _parse_point(tokens: list[str]) -> Fraction | None:
    """ "two hundred point zero three" -> 200.03: digits after "point" are read one by one."""
    at = tokens.index("point")
    whole = _compose(tokens[:at]) if at else Fraction(0)
    rest = tokens[at + 1 :]
    if whole is None or not rest:
        return None
    if (len(rest) == 1 and rest[0] in TENS) or (len(rest) == 2 and rest[0] in TENS):
        digits = str(_compose(rest))
    else:
        digits = "".join(str(UNITS.get(t, "x")) if not t.isdigit() else t for t in rest)
    if not digits.isdigit():
        return None
    return whole + Fraction(int(digits), 10 ** len(digits))


def _parse_fraction(tokens: list[str], at: int) -> Fraction | None:
    """ "two thirds", "one and a half", "three quarters of a million", "half a dozen"."""
    token = tokens[at]
    part = VULGAR_FRACTIONS.get(token) or Fraction(1, DENOMINATORS[token])
    head, tail = tokens[:at], [t for t in tokens[at + 1 :] if t not in ("a", "an")]
    whole, numerator = _whole_and_numerator(head, vulgar=token in VULGAR_FRACTIONS)
    scale = _compose(tail) if tail else _trailing_scale(head)
    if whole is None or numerator is None or scale is None:
        return None
    part *= numerator
    if whole >= scale > 1:  # "one billion and a half million", "3 million and a quarter"
        return whole + part * scale
    return (whole + part) * scale if tail else whole + part


def _whole_and_numerator(head: list[str], *, vulgar: bool) -> tuple:
    """ "two and a [half]" -> (2, 1); "three [quarters]" -> (0, 3); "2 [½]" -> (2, 1)."""
    if len(head) >= 2 and head[-1] in ("a", "an", "one"):
        return _compose(head[:-1]), Fraction(1)
    if not head or head[-1] in ("a", "an"):
        return Fraction(0), Fraction(1)
    numerator = _compose(head)
    return (numerator, Fraction(1)) if vulgar else (Fraction(0), numerator)


def _trailing_scale(head: list[str]) -> Fraction:
    words = [t for t in head if t not in ("a", "an", "one")]
    if words and words[-1] in SCALES and SCALES[words[-1]] >= 1000:
        return Fraction(SCALES[words[-1]])
    return Fraction(1)


def _compose(tokens: list[str]) -> Fraction | None:
    """Left-to-right composition: "two hundred and two thousand" -> 202000."""
    total, current, seen, last_scale, last = Fraction(0), Fraction(0), False, 0, Fraction(0)
    for token in tokens:
        if token in ("a", "an"):
            current, seen, last = current or Fraction(1), True, Fraction(1)
            continue
        value = _atom(token)
        if value is not None:
            current, seen, last_scale, last = current + value, True, 0, value
        elif token in MULTIPLIERS:  # "three hundred and two dozen": the dozen is of the two
            factor = MULTIPLIERS[token]
            current = current - last + last * factor if last else (current or Fraction(1)) * factor
            seen = True
        elif token in SCALES:
            total, current, last_scale = _apply_scale(total, current, SCALES[token], last_scale)
            seen, last = True, Fraction(0)
        else:
            return None
    return total + current if seen else None


def _apply_scale(total: Fraction, current: Fraction, scale: int, last: int) -> tuple:
    if scale == 100:
        return total, (current or 1) * 100, scale
    if not current and last:  # "three lakh crore": a scale of a scale
        return total * scale, Fraction(0), scale
    return total + (current or 1) * scale, Fraction(0), scale


def _atom(token: str) -> Fraction | None:
    if _NUMERAL_RE.fullmatch(token):
        return _digits(token)
    if token in UNITS:
        return Fraction(UNITS[token])
    if token in TENS:
        return Fraction(TENS[token])
    return None


def parse_ordinal(s: str) -> int | None:
    """The rank an ordinal names: "fourth" -> 4, "4th" -> 4, "twenty-first" -> 21."""
    text = s.strip().lower().translate(_DASHES)
    if match := re.fullmatch(r"([0-9][0-9,]{0,20})\s*(?:st|nd|rd|th)", text):
        return int(match.group(1).replace(",", ""))
    words = text.replace("-", " ").split()
    if not words or words[-1] not in ORDINALS:
        return None
    last = ORDINALS[words[-1]]
    head = [w for w in words[:-1] if w != "and"]
    if not head:
        return last
    if last >= 100:  # "two hundredth": the ordinal word is the scale
        value = _compose([*head, _scale_word(last)])
    else:
        prefix = _compose(head)
        value = None if prefix is None else prefix + last
    if value is None or value.denominator != 1 or value >= _LIMIT:
        return None
    return int(value)


def _scale_word(value: int) -> str:
    return next(word for word, scale in SCALES.items() if scale == value)


def cardinal_pattern() -> str:
    """Regex alternation of cardinal number words, longest first."""
    return _CARDINAL_RE


def ordinal_pattern() -> str:
    """Regex alternation of ordinal number words, longest first."""
    return _ORDINAL_RE


def fraction_pattern() -> str:
    """Regex alternation of fraction denominators ("half", "thirds", "quarter" ...)."""
    return _FRACTION_RE
