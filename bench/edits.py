"""Known edits applied to real article text, for measuring what a comparison reports.

Two families. Fact-based edits (`EDITS`) are placed using the article's analysis: a number,
ordinal, date or name is changed only where the extractor found a fact, and a sentence is
dropped, inserted, moved or reworded using the analysis's sentences. Raw-text edits
(`RAW_EDITS`) change a value found by a plain regex over the text, in place, without looking at
the facts: an integer (not a year, a day of a month, a decimal, a time or a range), an ordinal
("third", "21st") or a date (the day in "March 3" / "3 March", or a weekday), so a value the
extractor misses is still edited.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from parallax.model import Analysis

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NEW_SURNAMES = ["Halvorsen", "Okonkwo", "Brandauer", "Castellanos", "Lindqvist", "Moravec"]
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# An integer standing alone: not part of a decimal, time, range or code ("5.4", "4:59", "10-12",
# "12/16/08", "COVID-19"); "1,500", "$400" and "15-year-old" are kept.
_RAW_NUMBER = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,:/-]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+$")
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTHS})\b")
_RAW_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(ORDINALS)})\b", re.I)
_RAW_ORDINAL_NUMBER = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_RAW_MONTH_DAY = re.compile(rf"\b(?:{MONTHS})\.?\s+(\d{{1,2}})\b(?![.:/-]\d)")
_RAW_DAY_MONTH = re.compile(rf"(?<![\w.,:/-])(\d{{1,2}})\s+(?:{MONTHS})\b")
_RAW_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
REWORDS = [
    (r"\bsaid\b", "stated"), (r"\bhowever\b", "but"), (r"\bbecause\b", "since"),
    (r"\balso\b", "as well"), (r"\bbegan\b", "started"), (r"\bbig\b", "large"),
    (r"\bquickly\b", "rapidly"), (r"\bhelp\b", "assist"), (r"\bshowed\b", "indicated"),
    (r"\btold\b", "informed"), (r"\bbuy\b", "purchase"), (r"\bend\b", "finish"),
]  # fmt: skip


@dataclass(frozen=True)
class Edit:
    """One edit: where it sits in A's text and in B's text (empty range where nothing is)."""

    kind: str  # number | ordinal | date | name | drop | insert | move | reword | raw_<value>
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Edited:
    text: str
    edit: Edit


def number(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    facts = [f for f in analysis.facts if f.kind == "number" and re.fullmatch(r"\d[\d,]*", f.text)]
    facts = [f for f in facts if isinstance(f.value, int) and f.value >= 2]
    if not facts:
        return None
    fact = rng.choice(facts)
    new = fact.value + max(1, fact.value // 10) + rng.randint(1, 3)
    shown = f"{new:,}" if "," in fact.text else str(new)
    return _replace(text, fact.start, fact.end, shown, "number")


def ordinal(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    facts = [f for f in analysis.facts if f.kind == "ordinal" and f.text.lower() in ORDINALS]
    if not facts:
        return None
    fact = rng.choice(facts)
    index = ORDINALS.index(fact.text.lower())
    new = ORDINALS[index + 1 if index + 1 < len(ORDINALS) else index - 1]
    return _replace(text, fact.start, fact.end, _same_case(fact.text, new), "ordinal")


def date(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    choices = []
    for fact in (f for f in analysis.facts if f.kind == "date" and f.value):
        day = re.search(r"\b([1-9]|1\d|2[0-7])\b", fact.text)
        if day and re.search(r"[A-Za-z]", fact.text):
            choices.append(
                (fact.start + day.start(), fact.start + day.end(), str(int(day.group()) + 1))
            )
        elif fact.text in WEEKDAYS:
            choices.append((fact.start, fact.end, WEEKDAYS[(WEEKDAYS.index(fact.text) + 2) % 7]))
    if not choices:
        return None
    start, end, new = rng.choice(choices)
    return _replace(text, start, end, new, "date")


def name(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    people = {f.canonical for f in analysis.facts if f.kind == "person" and f.canonical}
    people = sorted(p for p in people if len(p.split()) >= 2 and p.split()[-1][:1].isupper())
    if not people:
        return None
    surname = rng.choice(people).split()[-1]
    new = rng.choice([n for n in NEW_SURNAMES if n not in text])
    spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
    out, b_spans, shift = text, [], 0
    for start, end in spans:
        out = out[: start + shift] + new + out[end + shift :]
        b_spans.append((start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
    return Edited(out, Edit("name", tuple(spans), tuple(b_spans)))


def drop(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    sentence = _pick_sentence(analysis, rng)
    if sentence is None:
        return None
    start, end = _with_trailing_space(text, sentence.start, sentence.end)
    return Edited(text[:start] + text[end:], Edit("drop", ((sentence.start, sentence.end),), ()))


def insert(text: str, analysis: Analysis, rng: random.Random, *, donor: str) -> Edited | None:
    sentence = _pick_sentence(analysis, rng)
    if sentence is None:
        return None
    at = sentence.end
    new = " " + donor.strip()
    out = text[:at] + new + text[at:]
    return Edited(out, Edit("insert", (), ((at + 1, at + len(new)),)))


def move(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    sentences = analysis.sentences
    if len(sentences) < 6:
        return None
    i = rng.randrange(1, len(sentences) - 3)
    j = rng.randrange(i + 3, len(sentences))
    moving = sentences[i]
    start, end = _with_trailing_space(text, moving.start, moving.end)
    body = text[moving.start : moving.end]
    without = text[:start] + text[end:]
    target = sentences[j].end - (end - start)
    out = without[:target] + " " + body + without[target:]
    return Edited(
        out, Edit("move", ((moving.start, moving.end),), ((target + 1, target + 1 + len(body)),))
    )


def reword(text: str, analysis: Analysis, rng: random.Random) -> Edited | None:
    fact_spans = [(f.start, f.end) for f in analysis.facts]
    for sentence in rng.sample(list(analysis.sentences), len(analysis.sentences)):
        body = text[sentence.start : sentence.end]
        for pattern, new in REWORDS:
            match = re.search(pattern, body)
            if match is None:
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s < end and start < e for s, e in fact_spans):
                continue
            edited = _replace(text, start, end, new, "reword")
            return Edited(
                edited.text,
                Edit(
                    "reword",
                    ((sentence.start, sentence.end),),
                    ((sentence.start, sentence.end + len(new) - (end - start)),),
                ),
            )
    return None


def raw_number(text: str, _analysis: Analysis, rng: random.Random) -> Edited | None:
    """An integer found by regex (see _RAW_NUMBER), raised as `number` raises a fact's value."""
    choices = []
    for match in _RAW_NUMBER.finditer(text):
        digits = match.group(1)
        value = int(digits.replace(",", ""))
        if value < 2 or _YEAR.fullmatch(digits) or _is_day_of_month(text, match):
            continue
        new = value + max(1, value // 10) + rng.randint(1, 3)
        choices.append((match.start(1), match.end(1), f"{new:,}" if "," in digits else str(new)))
    edited = _raw_pick(text, rng, choices, "raw_number")
    if edited is not None and _in_name(text, *edited.edit.a_spans[0]):
        return replace(edited, edit=replace(edited.edit, kind="raw_name_number"))
    return edited


_NAME_BEFORE = re.compile(r"(?:^|[^.!?\n]\s)[\w&'.-]*[A-Z][\w&'.-]*\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _in_name(text: str, start: int, end: int) -> bool:
    """A number inside a name, which names something rather than counting it: "Boeing 787",
    "FTSE 100", "iPhone 4", "Flight 200", "787 Dreamliner" (a capitalised word before it, not
    opening a sentence, or one right after it)."""
    before = text[max(0, start - 30) : start]
    return bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(text, end))


def raw_ordinal(text: str, _analysis: Analysis, rng: random.Random) -> Edited | None:
    """An ordinal word ("third" -> "fourth") or number ("21st" -> "22nd") found by regex."""
    choices = []
    for match in _RAW_ORDINAL_WORD.finditer(text):
        index = ORDINALS.index(match.group().lower())
        new = ORDINALS[index + 1 if index + 1 < len(ORDINALS) else index - 1]
        choices.append((match.start(), match.end(), _same_case(match.group(), new)))
    for match in _RAW_ORDINAL_NUMBER.finditer(text):
        choices.append((match.start(), match.end(), _ordinal_number(int(match.group(1)) + 1)))
    return _raw_pick(text, rng, choices, "raw_ordinal")


def raw_date(text: str, _analysis: Analysis, rng: random.Random) -> Edited | None:
    """The day of "March 3" / "3 March" (days 1-27) plus one, or a weekday plus two, by regex."""
    choices = []
    for pattern in (_RAW_MONTH_DAY, _RAW_DAY_MONTH):
        for match in pattern.finditer(text):
            day = int(match.group(1))
            if 1 <= day <= 27:
                new = str(day + 1).zfill(len(match.group(1)))
                choices.append((match.start(1), match.end(1), new))
    for match in _RAW_WEEKDAY.finditer(text):
        new = WEEKDAYS[(WEEKDAYS.index(match.group()) + 2) % 7]
        choices.append((match.start(), match.end(), new))
    return _raw_pick(text, rng, choices, "raw_date")


def donor_sentence(text: str) -> str:
    """A sentence of more than eight words from `text` (its middle one), to insert elsewhere."""
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.split()) > 8]
    return (sentences[len(sentences) // 2] if sentences else "A new sentence was added here") + "."


EDITS: dict[str, Callable[..., Edited | None]] = {
    "number": number, "ordinal": ordinal, "date": date, "name": name,
    "drop": drop, "insert": insert, "move": move, "reword": reword,
}  # fmt: skip
RAW_EDITS: dict[str, Callable[..., Edited | None]] = {
    "raw_number": raw_number, "raw_ordinal": raw_ordinal, "raw_date": raw_date,
}  # fmt: skip
# The kinds raw edits report: raw_number gives raw_name_number for a number inside a name
# ("Boeing 787"), which names rather than counts: it is expected as a word change, not a conflict.
RAW_KINDS = (*RAW_EDITS, "raw_name_number")


def _raw_pick(text: str, rng: random.Random, choices: list, kind: str) -> Edited | None:
    if not choices:
        return None
    start, end, new = rng.choice(sorted(choices))
    return _replace(text, start, end, new, kind)


def _is_day_of_month(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 12) : match.start()]
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, match.end()))


def _ordinal_number(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _replace(text: str, start: int, end: int, new: str, kind: str) -> Edited:
    out = text[:start] + new + text[end:]
    return Edited(out, Edit(kind, ((start, end),), ((start, start + len(new)),)))


def _pick_sentence(analysis: Analysis, rng: random.Random):
    sentences: Sequence = analysis.sentences
    if len(sentences) < 3:
        return None
    return sentences[rng.randrange(1, len(sentences) - 1)]


def _with_trailing_space(text: str, start: int, end: int) -> tuple[int, int]:
    while end < len(text) and text[end] == " ":
        end += 1
    return start, end


def _same_case(original: str, new: str) -> str:
    return new.capitalize() if original[:1].isupper() else new
