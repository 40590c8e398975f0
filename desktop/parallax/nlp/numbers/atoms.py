"""Number expressions in raw text: digits, words and fractions joined into one amount each.

The scanner finds atoms ("2.5", "million", "twenty", "one", "half", "4th") with two regexes and
joins neighbours when English joins them ("twenty-one", "two and a half million", "3 hundred
and 21"), so every amount is read once, left to right, in linear time.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from fractions import Fraction

from parallax.nlp.numbers.units import ISO_CODES
from parallax.text import number_words as words

_SPACE = r"[ \t\u00a0]"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]\d)"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?"
)
# Digits right after an ISO code are an amount ("USD115"), after other letters a name ("G7").
_ISO_BEFORE = "|".join(sorted(code.lower() for code in ISO_CODES))
# Two scanners, merged in order: one regex with both is twice as slow.
DIGIT_ATOM_RE = re.compile(
    rf"(?P<ordinal>(?<![\w.,])\d+(?:st|nd|rd|th)(?![a-z]))"
    rf"|(?P<slash>(?<![\w.,/])\d{{1,2}}/\d{{1,2}}(?![\d/]))"
    rf"|(?P<digits>(?:(?<![\w.,/])|(?<={_ISO_BEFORE}))(?<!(?<!\d)[a-z]-)(?<![a-z]\d-)"
    rf"{_DIGITS}(?![\d/])|(?<![\w.,])\.\d+)"
    rf"|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
)
WORD_ATOM_RE = re.compile(
    rf"\b(?P<word>(?:{words.cardinal_pattern()}|{words.ordinal_pattern()}"
    rf"|{words.fraction_pattern()}|dozens?))\b(?!-(?:on-|off|sided|way\b|time\b))"
)
_GAPS = {
    "space": re.compile(rf"{_SPACE}+|{_SPACE}*-{_SPACE}*|"),
    "and": re.compile(rf"{_SPACE}+and{_SPACE}+"),
    "and_a": re.compile(rf"{_SPACE}+and{_SPACE}+(?:an?|one){_SPACE}+"),
    "a": re.compile(rf"{_SPACE}+an?{_SPACE}+"),
    "of_a": re.compile(rf"{_SPACE}+of{_SPACE}+an?{_SPACE}+"),
    "point": re.compile(rf"{_SPACE}+point{_SPACE}+"),
}
_ARTICLE_BEFORE_RE = re.compile(rf"\b(?:an?|one){_SPACE}+$", re.IGNORECASE)
_SIGN_BEFORE_RE = re.compile(rf"(?:\b(?:minus|negative){_SPACE}+|(?<![\w\-.,)])[-−])$", re.I)
_FRACTION_AFTER_RE = re.compile(r"\s+of\b|\s*(?:[.,;:!?)]|$)")
_SINGLE_DIGIT_WORDS = frozenset(w for w, v in words.UNITS.items() if 1 <= v <= 9)
_ORDINAL_DENOMINATORS = frozenset(w for w, v in words.ORDINALS.items() if 3 <= v <= 10)


@dataclass(slots=True)
class Atom:
    """One piece of a number: its span, its class and its lower-cased text."""

    start: int
    end: int
    kind: str  # digits, slash, vulgar, ordinal, unit, tens, scale, multiplier, fraction, ordword
    text: str


@dataclass(slots=True)
class Amount:
    """A joined number expression: span, exact value, and how it was written."""

    start: int
    end: int
    value: Fraction
    ordinal: bool = False
    scale: int = 1  # the trailing scale word's value, for "20 to 30 million"
    atoms: int = 1
    first_kind: str = "digits"
    spelled: bool = False


def scan(text: str) -> list[Atom]:
    """Every number atom of `text` (lower-cased: word atoms are matched in lower case)."""
    digits = map(_atom, DIGIT_ATOM_RE.finditer(text))
    spelled = map(_atom, WORD_ATOM_RE.finditer(text))
    return list(heapq.merge(digits, spelled, key=lambda atom: atom.start))


def _atom(match: re.Match[str]) -> Atom:
    kind = match.lastgroup or "digits"
    lowered = match.group().lower()
    if kind == "word":
        kind = _word_kind(lowered)
    return Atom(match.start(), match.end(), kind, lowered)


def _word_kind(word: str) -> str:
    if word in words.UNITS:
        return "unit"
    if word in words.TENS:
        return "tens"
    if word in words.SCALES:
        return "scale"
    if word in words.MULTIPLIERS:
        return "multiplier"
    if word in words.DENOMINATORS and word not in words.ORDINALS:
        return "fraction"
    return "ordword"


def group(text: str, atoms: list[Atom]) -> list[list[Atom]]:
    """Atoms joined into expressions where the gap between neighbours allows it."""
    groups: list[list[Atom]] = []
    decimal = False
    for index, atom in enumerate(atoms):
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        gap = _gap_kind(text, groups[-1][-1], atom) if groups else None
        if gap is not None and _allowed(groups[-1], gap, atom, following, decimal, text):
            groups[-1].append(atom)
            decimal = decimal or gap == "point"
        else:
            groups.append([atom])
            decimal = False
    return groups


def _gap_kind(text: str, last: Atom, atom: Atom) -> str | None:
    gap = text[last.end : atom.start]
    if len(gap) > 12 or "\n" in gap:
        return None
    lowered = gap.lower()
    return next((name for name, rx in _GAPS.items() if rx.fullmatch(lowered)), None)


def _allowed(run, gap, atom, following, decimal, text) -> bool:
    last = run[-1]
    if decimal or gap == "point":
        return _decimal_digit(last, gap, atom, decimal)
    if last.kind in ("ordinal", "vulgar") or atom.kind in ("ordinal", "vulgar"):
        return False
    if gap == "and" and not _and_fits(run, atom, following, text):
        return False
    if atom.kind == "ordword" and words.ORDINALS[atom.text] >= 100 and last.kind != "scale":
        return _scale_ordinal(run, last, gap, atom, following)
    rule = _RULES.get((last.kind, atom.kind))
    return rule is not None and rule(run, last, gap, atom, following)


def _decimal_digit(last: Atom, gap: str, atom: Atom, decimal: bool) -> bool:
    """ "two hundred point zero three": after "point", digits are read one by one."""
    if not decimal:
        return last.kind in ("unit", "tens", "scale") and atom.kind in ("unit", "tens")
    return (gap == "space" and atom.kind == "unit") or (last.kind == "tens" and atom.kind == "unit")


def _and_fits(run: list[Atom], atom: Atom, following: Atom | None, text: str) -> bool:
    """ "1 million and 2 million" is two amounts: what follows "and" must be smaller."""
    if following is None or following.kind != "scale":
        return True
    if _gap_kind(text, atom, following) != "space":
        return True
    scales = [words.SCALES[a.text] for a in run if a.kind == "scale"]
    if not scales:
        return True
    new = words.SCALES[following.text]
    return new < scales[-1] or (scales[-1] == 100 and new > 100)


def _tens_unit(run, last, gap, atom, following) -> bool:
    return gap == "space" and atom.text in _SINGLE_DIGIT_WORDS


def _to_scale(run, last, gap, atom, following) -> bool:
    return gap == "space" and _scale_fits(run, atom)


def _scale_fits(run: list[Atom], atom: Atom) -> bool:
    """ "two hundred and two thousand" joins; "1 million and 2 million" does not."""
    new = words.SCALES[atom.text]
    for earlier in reversed(run):
        if earlier.kind == "scale":
            old = words.SCALES[earlier.text]
            return new < old or old == 100 or run[-1] is earlier
    return True


def _after_scale(run, last, gap, atom, following) -> bool:
    if gap == "and":
        return atom.kind != "digits" or "." not in atom.text
    if gap != "space":
        return False
    # "4 thousand 3 hundred" joins, "2 million 300 people" does not.
    return atom.kind != "digits" or (following is not None and following.kind == "scale")


def _fraction_part(run, last, gap, atom, following) -> bool:
    if gap == "and_a":
        return atom.text in ("half", "quarter", "quarters", "thirds")
    return gap == "space" and last.kind in ("unit", "tens")


def _ordinal_denominator(run, last, gap, atom, following) -> bool:
    """ "one fifth", "one-eighth": a single-digit word before third..tenth is a fraction."""
    if gap == "and_a":
        return atom.text in ("third", "fourth", "fifth")
    single = last.text in _SINGLE_DIGIT_WORDS and len(run) == 1
    return gap == "space" and single and atom.text in _ORDINAL_DENOMINATORS


def _compound_ordinal(run, last, gap, atom, following) -> bool:
    """ "twenty-first", "one hundred and fifth"; not "$280 million first preferred notes"."""
    if last.kind == "tens":
        return gap == "space" and words.ORDINALS[atom.text] < 10
    if words.ORDINALS[atom.text] >= 100:
        return False
    return gap == "and" or (gap == "space" and last.text == "hundred")


def _scale_ordinal(run, last, gap, atom, following) -> bool:
    """ "two hundredth", "three millionth": a numeral times a scale ordinal."""
    return gap == "space" and words.ORDINALS[atom.text] >= 100


def _fraction_of(run, last, gap, atom, following) -> bool:
    return gap in ("a", "of_a", "space")


def _mixed_fraction(run, last, gap, atom, following) -> bool:
    return gap == "space" and len(run) == 1 and "." not in last.text and "," not in last.text


def _spaced(run, last, gap, atom, following) -> bool:
    return gap == "space"


_NUMERAL = ("digits", "unit", "tens")
_RULES = {
    ("tens", "unit"): _tens_unit,
    ("tens", "ordword"): _compound_ordinal,
    ("scale", "ordword"): _compound_ordinal,
    ("digits", "slash"): _mixed_fraction,
    ("scale", "scale"): _to_scale,
    ("fraction", "scale"): _fraction_of,
    ("fraction", "multiplier"): _fraction_of,
    **{(k, "scale"): _to_scale for k in _NUMERAL},
    **{(k, "multiplier"): _spaced for k in (*_NUMERAL, "scale")},
    **{("scale", k): _after_scale for k in _NUMERAL},
    **{(k, "fraction"): _fraction_part for k in (*_NUMERAL, "scale")},
    **{(k, "ordword"): _ordinal_denominator for k in ("unit", "digits")},
}


def amounts(text: str) -> list[Amount]:
    """Every number expression of lower-cased `text` with its exact value, in order."""
    found = []
    for run in group(text, scan(text)):
        amount = _amount(text, run)
        if amount is not None:
            found.append(amount)
    return found


def _amount(text: str, run: list[Atom]) -> Amount | None:
    start, end = run[0].start, run[-1].end
    article = _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start)
    if article and run[0].kind in ("scale", "multiplier", "fraction"):  # "a dozen", "a half"
        start = article.start()
    sign = _SIGN_BEFORE_RE.search(text, max(0, start - 10), start)
    if sign and not text[max(0, sign.start() - 6) : sign.start()].rstrip()[-1:].isdigit():
        start = sign.start()
    if _fraction_of_whole(text, run, end):  # "a third of the vote", "a trillionth"
        article = _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start)
        start = article.start() if article else start
        value = Fraction(1, words.ORDINALS[run[0].text])
        return Amount(start, end, value, first_kind="fraction", spelled=True)
    return _valued(text, run, start, end)


def _fraction_of_whole(text: str, run: list[Atom], end: int) -> bool:
    """ "a third of", "a fifth." (not "a fifth term"), "a millionth": one part of a whole."""
    token = run[0].text
    if len(run) != 1 or (token not in _ORDINAL_DENOMINATORS and words.ORDINALS.get(token, 0) < 100):
        return False
    before = _ARTICLE_BEFORE_RE.search(text, max(0, run[0].start - 5), run[0].start)
    if before is None or before.group().strip().lower() == "one":
        return False
    return words.ORDINALS[token] >= 100 or _FRACTION_AFTER_RE.match(text, end) is not None


def _valued(text: str, run: list[Atom], start: int, end: int) -> Amount | None:
    surface = text[start:end]
    last = run[-1]
    if len(run) == 1 and last.kind == "slash" and not _plain_fraction(last.text):
        return None  # "9/11", "24/7"
    ordinal = last.kind in ("ordinal", "ordword") and not _is_fraction(run)
    if ordinal:
        rank = words.parse_ordinal(surface)
        value = None if rank is None else Fraction(rank)
    else:
        value = words.parse_exact(surface)
    if value is None:
        return None
    scale = words.SCALES.get(last.text, 1) if last.kind == "scale" else 1
    spelled = run[0].kind not in ("digits", "slash", "ordinal", "vulgar")
    return Amount(start, end, value, ordinal, scale, len(run), run[0].kind, spelled)


def _plain_fraction(text: str) -> bool:
    top, bottom = (int(part) for part in text.split("/"))
    return 0 < top < bottom <= 10


def _is_fraction(run: list[Atom]) -> bool:
    if len(run) < 2 or run[-1].text not in _ORDINAL_DENOMINATORS:
        return False
    return run[-2].text in _SINGLE_DIGIT_WORDS or run[-2].kind == "digits"
