"""Score the number and date finders against Microsoft Recognizers-Text's English specs.

    python bench/recognizers.py [--data DIR] [--failures FILE] [--speed]

Reads the spec JSON files from DIR (default ../shared/data/recognizers-text beside the repository),
runs parallax.nlp.numbers.finder.find_numbers (or find_dates, with the case's ReferenceDateTime as
the publication date) on each case's Input and prints ONE JSON object: per file the number of cases,
our pass rate on all of them and on the in-scope subset, the Python port's pass rate (a case whose
NotSupported or NotSupportedByDesign names "python" is one the port fails) on both, and how many
cases each out-of-scope rule removed. Rates are percentages.

A case passes when every expected result is matched by one of our mentions and none of our
mentions of the file's kind is left over (so empty-result cases test false positives):
- spans match when the texts are equal after lower-casing and collapsing white space;
- Number: a number mention with an equal value (relative difference < 1e-9), or a money,
  percent, quantity or range mention that contains the span and has that value (or bound):
  "$20" is our money mention, the spec's number is inside it. Left-overs: number mentions.
- Ordinal / Percent: an ordinal / percent mention with an equal value.
- Percent, Currency, Dimension: the spec has no ranges, so our range ("eight to 10 feet") matches
  an expected amount it contains ("10 feet") when one of its bounds equals it.
- NumberRange: our ranges ("between 20 and 30" -> (20, 30)) and hedged numbers read as
  intervals: "more than 30" (span "30", qualifier "more than") is (30, open) with the hedge
  words added to the span; whether an end point is included is not compared. Left-overs:
  ranges and numbers with a bounding hedge.
- Currency: a money mention with an equal amount (cents and pence in hundredths: "50 cents" is
  0.5) and a compatible currency: the ISO code when the spec gives one, else the currency family
  ("Dollar" accepts any dollar code).
- Dimension: a quantity mention with an equal value and the same unit (ton and tonne are one
  unit: news copy does not distinguish them).
- DateTimeModel: a date mention whose ISO value equals one of the spec's resolutions (the spec
  lists both the past and the future reading of an ambiguous date; either is accepted). Periods
  compare as ISO "YYYY", "YYYY-MM", "YYYY-Www".

Out of scope for news text (rules on the spec's own fields and text, never a list of cases):
- all files: nothing beyond the per-file rules below;
- Number: power/scientific notation; digits inside identifiers, phone numbers, IP addresses and
  dates; fractions beyond everyday use ("three twenty-firsts", "one hundred thirty fifths"); ratio
  phrasing ("1 over 3", "two out of five"); decimal commas ("1,3"); "G" as a scale; "dz"/"doz";
- Ordinal: relative ordinals ("last", "next", "penultimate"); ordinals of scale words
  ("trillionth"); a denominator read as an ordinal ("forty two and a third");
- Percent: "percent of 10" word order; a percent sign or word without a number;
- NumberRange: comparison symbols (<, >, =, ~); equality ("equal to 20"); compound conditions
  with two comparisons in one span; a comparison left dangling ("200 or greater than"); ratios;
- Currency: a currency name without an amount; codes with a scale prefix ("30 MUSD"); a scale
  after the code ("75 USD million"); a subunit without its word ("15 dollars 50"); a currency word
  before the amount ("dollar 22.5 million"); Chinese colloquial units (kuai, mao);
- Dimension: angles and temperatures (TemperatureModel's job); a unit name without a number;
  cooking measures (cup, teaspoon); compound measures ("5 ft 2 in"); non-standard rates
  ("50 km/ms");
- DateTimeModel: times of day, date-times and time zones; durations; recurring sets ("every
  Monday"); explicit date ranges ("from 4 to 23 of next month"); modified periods ("since
  August", "mid-November", "end of the week"); seasons, weekends, week-of-month, "the week of
  April 10th" and other non-ISO periods; anaphoric periods ("the day", "the week", "the day
  before"); holidays.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "desktop"))

from parallax.nlp.dates.finder import find_dates  # noqa: E402
from parallax.nlp.numbers.finder import Mention, find_numbers  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "recognizers-text"
FILES = {
    "Number": "Number/NumberModel.json",
    "Ordinal": "Number/OrdinalModel.json",
    "Percent": "Number/PercentModel.json",
    "NumberRange": "Number/NumberRangeModel.json",
    "Currency": "NumberWithUnit/CurrencyModel.json",
    "Dimension": "NumberWithUnit/DimensionModel.json",
    "DateTimeModel": "DateTime/DateTimeModel.json",
}
LOWER_BOUNDS = re.compile(
    r"(?:just |well )?(?:more|greater|larger|bigger|higher) than|(?:just |well )?over|above|"
    r"at least|no (?:less|fewer) than|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|in excess of|"
    r"upwards of|a minimum of|or (?:more|greater|higher|above|over)|and (?:more|above|over)"
)
UPPER_BOUNDS = re.compile(
    r"(?:just |well )?(?:less|fewer|lower|smaller) than|(?:just |well )?under|below|up to|"
    r"at most|no more than|not more than|as (?:many|much) as|a maximum of|or (?:less|fewer)"
)
CURRENCY_FAMILIES = {
    "dollar": {"USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD", "JMD", "ZWL", "NAD", "MXN"},
    "pound": {"GBP", "EGP", "LBP", "IEP", "SYP", "SDG"},
    "cent": {"USD", "EUR", "CAD", "AUD"},
    "pence": {"GBP"},
    "penny": {"GBP"},
    "franc": {"CHF", "FRF", "BEF", "franc"},
    "peso": {"MXN", "PHP", "ARS", "CLP", "COP", "CUP", "peso"},
    "rupee": {"INR", "PKR", "LKR", "NPR", "rupee"},
    "yuan": {"CNY"},
    "yen": {"JPY"},
    "euro": {"EUR"},
    "markka": {"FIM"},
    "guilder": {"NLG"},
    "peseta": {"ESP"},
    "bitcoin": {"BTC"},
    "satoshi": {"satoshi"},
    "lira": {"TRY", "ITL"},
    "mark": {"DEM"},
}
SUBUNITS = {"cent": 100, "pence": 100, "penny": 100}
DIMENSION_UNITS = {
    "meter": {"m"}, "kilometer": {"km"}, "centimeter": {"cm"}, "millimeter": {"mm"},
    "decimeter": {"dm"}, "mile": {"mi"}, "foot": {"ft"}, "inch": {"in"}, "yard": {"yd"},
    "square meter": {"m2"}, "square kilometer": {"km2"}, "square mile": {"mi2"},
    "square foot": {"ft2"}, "acre": {"acre"}, "hectare": {"ha"}, "liter": {"l"},
    "milliliter": {"ml"}, "gallon": {"gal"}, "barrel": {"bbl"}, "cubic meter": {"m3"},
    "cubic foot": {"ft3"}, "pound": {"lb"}, "ounce": {"oz"}, "ton": {"t", "ton"},
    "metric ton": {"t", "ton"}, "kilogram": {"kg"}, "gram": {"g"}, "milligram": {"mg"},
    "microgram": {"μg"}, "mile per hour": {"mph"}, "kilometer per hour": {"km/h"},
    "bit": {"bit"}, "megabit": {"Mb"}, "megabyte": {"MB"}, "gigabyte": {"GB"},
    "kilobyte": {"kB"}, "picometer": {"pm"},
}  # fmt: skip
SIMPLE_FRACTION = re.compile(
    r"(?:(?:minus|negative) )?(?:"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ -]+)?"
    r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
    r"tenths?)(?: (?:of )?(?:an? )?(?:dozen|hundred|thousand|million|billion))?"
    r"|[\w -]+ and (?:a|one) (?:half|quarter|third)(?: (?:thousand|million|billion))?"
    r"|\d+ +\d+/\d+|-?\d+/\d+|[½¼¾⅓⅔⅛⅙]|(?:a )?(?:half|quarter) (?:a )?(?:million|billion|dozen))"
)
HOLIDAYS = re.compile(
    r"christmas|easter|thanksgiving|halloween|independence|black friday|earth day|patrick|"
    r"labou?r day|new year|valentine|memorial day|veterans|mother'?s day|father'?s day|luther|"
    r"mlk|boxing day|good friday|yuandan|columbus|groundhog|inauguration|election day|"
    r"tax day|april fool|cinco|may day|canberra|lunar|ramadan|diwali|hanukkah|kwanzaa",
    re.IGNORECASE,
)
ISO_PERIOD = re.compile(r"(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?|\d{4}-W\d\d|XXXX-WXX-\d")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if not args.data.is_dir():
        sys.exit(f"recognizers: no spec data at {args.data} (pass --data DIR)")
    report, failures = {}, []
    for name, relative in FILES.items():
        cases = json.loads((args.data / relative).read_text(encoding="utf-8-sig"))
        report[name] = _score(name, cases, failures)
    if args.speed:
        report["speed"] = _speed(args.data)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.failures:
        lines = (json.dumps(f, ensure_ascii=False) for f in failures)
        Path(args.failures).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the spec folder")
    parser.add_argument("--failures", metavar="FILE", help="write failing cases as JSON lines")
    parser.add_argument("--speed", action="store_true", help="also time the finders")
    return parser.parse_args(argv)


def score(name: str, cases: list[dict]) -> dict:
    """The report entry of one spec file (also used by the regression test)."""
    return _score(name, cases, [])


def _score(name: str, cases: list[dict], failures: list[dict]) -> dict:
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for case in cases:
        reason = out_of_scope(name, case)
        ours, mentions = passes(name, case)
        python = "python" not in _not_supported(case)
        counts.update(all=1, ours=ours, python=python)
        if reason:
            reasons[reason] += 1
        else:
            counts.update(scope=1, ours_scope=ours, python_scope=python)
        if not ours:
            failures.append(_failure(name, case, mentions, reason))
    return {
        "cases": counts["all"],
        "ours_all": _rate(counts["ours"], counts["all"]),
        "ours_in_scope": _rate(counts["ours_scope"], counts["scope"]),
        "in_scope_cases": counts["scope"],
        "python_port": _rate(counts["python"], counts["all"]),
        "python_port_in_scope": _rate(counts["python_scope"], counts["scope"]),
        "out_of_scope_reasons": dict(reasons.most_common()),
    }


def _rate(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _not_supported(case: dict) -> str:
    return f"{case.get('NotSupported') or ''},{case.get('NotSupportedByDesign') or ''}".lower()


def _failure(name: str, case: dict, mentions: list[Mention], reason: str | None) -> dict:
    text = case["Input"]
    ours = [
        [text[m.start : m.end], m.kind, _jsonable(m.value), m.unit, m.qualifier] for m in mentions
    ]
    expected = [[r["Text"], r.get("Resolution")] for r in case["Results"]]
    return {"file": name, "out_of_scope": reason, "input": text, "expected": expected, "ours": ours}


def _jsonable(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


# --- matching ---------------------------------------------------------------------------


def passes(name: str, case: dict) -> tuple[bool, list[Mention]]:
    """Whether our finders pass one case, and the mentions they produced."""
    text = case["Input"]
    if name == "DateTimeModel":
        mentions = find_dates(text, published=_reference(case))
    else:
        mentions = find_numbers(text)
    matcher, leftover = MATCHERS[name]
    unused = list(mentions)
    for result in case["Results"]:
        found = next((m for m in unused if matcher(text, m, result)), None)
        if found is None:
            return False, mentions
        unused.remove(found)
    return not any(leftover(text, m) for m in unused), mentions


def _reference(case: dict) -> dt.date | None:
    stamp = (case.get("Context") or {}).get("ReferenceDateTime")
    return dt.date.fromisoformat(stamp[:10]) if stamp else None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _same_text(text: str, mention: Mention, result: dict) -> bool:
    return _norm(text[mention.start : mention.end]) == _norm(result["Text"])


def _equal(a: object, b: object) -> bool:
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _number(value: object) -> float | None:
    try:
        return float(str(value).rstrip("%"))
    except ValueError:
        return None


def _match_number(text: str, mention: Mention, result: dict) -> bool:
    expected = _number(result["Resolution"].get("value"))
    if mention.kind == "number" and not isinstance(mention.value, tuple):
        return _same_text(text, mention, result) and _equal(mention.value, expected)
    inside = mention.start <= result["Start"] and result["End"] < mention.end
    values = mention.value if isinstance(mention.value, tuple) else (mention.value,)
    return inside and any(_equal(v, expected) for v in values)


def _match_kind(kind: str):
    def match(text: str, mention: Mention, result: dict) -> bool:
        expected = _number(result["Resolution"].get("value"))
        if isinstance(mention.value, tuple):
            return mention.kind == kind and _range_holds(mention, result, expected)
        same = mention.kind == kind and _same_text(text, mention, result)
        return same and _equal(mention.value, expected)

    return match


def _range_holds(mention: Mention, result: dict, expected: float | None) -> bool:
    """Our range "eight to 10 feet" holds the spec's "10 feet": the span inside, a bound equal."""
    inside = mention.start <= result["Start"] and result["End"] < mention.end
    return inside and any(_equal(bound, expected) for bound in mention.value)


def _match_range(text: str, mention: Mention, result: dict) -> bool:
    interval = _interval(text, mention)
    if interval is None:
        return False
    span, low, high = interval
    expected = re.fullmatch(r"[\[(]([^,]*),([^\])]*)[\])]", result["Resolution"]["value"])
    if expected is None or _norm(span) != _norm(result["Text"]):
        return False
    bounds = [_number(g) if g else None for g in expected.groups()]
    return all(
        b == v if b is None or v is None else _equal(b, v)
        for b, v in zip(bounds, (low, high), strict=True)
    )


def _interval(text: str, mention: Mention) -> tuple[str, object, object] | None:
    """Our mention as (span with its bounding hedge, low, high), or None if it is no interval."""
    if isinstance(mention.value, tuple):
        low, high = sorted(mention.value)
        return text[mention.start : mention.end], low, high
    hedge = mention.qualifier or ""
    if LOWER_BOUNDS.fullmatch(hedge):
        bounds = (mention.value, None)
    elif UPPER_BOUNDS.fullmatch(hedge):
        bounds = (None, mention.value)
    else:
        return None
    return _with_hedge(text, mention, hedge), *bounds


def _with_hedge(text: str, mention: Mention, hedge: str) -> str:
    words = r"\s+".join(map(re.escape, hedge.split()))
    after = re.match(rf"\s+{words}\b", text[mention.end :], re.IGNORECASE)
    if hedge.startswith(("or ", "and ")) and after:
        return text[mention.start : mention.end + after.end()]
    before = re.search(rf"\b{words}\s+$", text[: mention.start], re.IGNORECASE)
    start = before.start() if before else mention.start
    return text[start : mention.end]


def _match_currency(text: str, mention: Mention, result: dict) -> bool:
    resolution = result["Resolution"]
    family = resolution.get("unit", "").lower().split()[-1] if resolution.get("unit") else ""
    expected = _number(resolution.get("value"))
    if expected is not None and family in SUBUNITS:
        expected /= SUBUNITS[family]
    iso = resolution.get("isoCurrency")
    unit_ok = (
        mention.unit == iso
        if iso
        else mention.unit in CURRENCY_FAMILIES.get(family, set()) | {family}
    )
    if mention.kind != "money" or not unit_ok:
        return False
    if isinstance(mention.value, tuple):
        return _range_holds(mention, result, expected)
    return _same_text(text, mention, result) and _equal(mention.value, expected)


def _match_dimension(text: str, mention: Mention, result: dict) -> bool:
    resolution = result["Resolution"]
    units = DIMENSION_UNITS.get(resolution.get("unit", "").lower(), set())
    if mention.kind != "quantity" or mention.unit not in units:
        return False
    if isinstance(mention.value, tuple):
        return _range_holds(mention, result, _number(resolution["value"]))
    return _same_text(text, mention, result) and _equal(mention.value, _number(resolution["value"]))


def _match_date(text: str, mention: Mention, result: dict) -> bool:
    if mention.kind != "date" or not _same_text(text, mention, result):
        return False
    return mention.value in _date_values(result)


def _date_values(result: dict) -> set[str | None]:
    values = set()
    for value in result["Resolution"].get("values", []):
        timex = value.get("timex", "")
        if "value" in value and re.fullmatch(r"\d{4}-\d\d-\d\d", str(value["value"])):
            values.add(value["value"])
        if value.get("value") == "not resolved" and re.search(r"\d\d-\d\d$", timex):
            values.add(None)  # "Feb 30": a date that does not exist
        if re.fullmatch(r"\d{4}(?:-\d\d)?|\d{4}-W\d\d", timex):
            values.add(timex)
        start = value.get("start", "")
        if re.fullmatch(r"XXXX-\d\d", timex) and start:
            values.add(start[:7])
        if timex == "XXXX" and start:
            values.add(start[:4])
    return values


MATCHERS = {
    "Number": (_match_number, lambda t, m: m.kind == "number"),
    "Ordinal": (_match_kind("ordinal"), lambda t, m: m.kind == "ordinal"),
    "Percent": (_match_kind("percent"), lambda t, m: m.kind == "percent"),
    "NumberRange": (_match_range, lambda t, m: _interval(t, m) is not None),
    "Currency": (_match_currency, lambda t, m: m.kind == "money"),
    "Dimension": (_match_dimension, lambda t, m: m.kind == "quantity"),
    "DateTimeModel": (_match_date, lambda t, m: m.kind == "date"),
}


# --- scope ------------------------------------------------------------------------------


def out_of_scope(name: str, case: dict) -> str | None:
    """Why a case is outside news text, or None when it is in scope (rules in the docstring)."""
    rule = SCOPES[name]
    if name == "Dimension" and re.search(r"degree|°", case["Input"], re.IGNORECASE):
        return "angles and temperatures"
    for result in case["Results"]:
        reason = rule(case["Input"], result)
        if reason:
            return reason
    return None


def _number_scope(text: str, result: dict) -> str | None:
    span = _norm(result["Text"])
    subtype = result["Resolution"].get("subtype")
    if subtype == "power":
        return "power or scientific notation"
    if re.search(r"\d[-./:]\d+[-./:]\d|[A-Za-z]-\d|\+\d+-", text):
        return "digits inside identifiers, phone numbers, addresses or dates"
    if re.search(r"\bover\b|\bout of\b|\d in\b|\bin \d", span):
        return "ratio phrasing"
    if subtype == "fraction" and not SIMPLE_FRACTION.fullmatch(span):
        return "fractions beyond everyday use"
    if re.search(r"\d,\d{1,2}(?!\d)|\d\.\d{3},", span):
        return "decimal comma"
    if re.search(r"\d\s*g$", span) or re.search(r"\b(?:dzs?|dozs?)\b", span):
        return "scale letters or abbreviations not used in news"
    return None


def _ordinal_scope(text: str, result: dict) -> str | None:
    if result.get("TypeName", "").endswith("relative"):
        return "relative ordinals (last, next, previous)"
    if re.search(r"(?:thousand|million|billion|trillion)th", text, re.IGNORECASE):
        return "ordinals of scale words"
    if re.search(rf"\band an? {re.escape(result['Text'])}\b", text, re.IGNORECASE):
        return "fraction denominator read as an ordinal"
    return None


def _percent_scope(text: str, result: dict) -> str | None:
    if _norm(result["Text"]).startswith(("percent", "per cent")):
        return "'percent of N' word order"
    if result["Resolution"].get("value") in (None, "null"):
        return "percent without a number"
    return None


def _range_scope(text: str, result: dict) -> str | None:
    span = _norm(result["Text"])
    if re.search(r"[<>=~]", text):
        return "comparison symbols"
    if "equal" in span:
        return "equality phrasing"
    comparisons = re.findall(
        r"\b(?:than|at least|at most|above|below|over|under|exceed\w*|up to)\b", span
    )
    if len(comparisons) >= 2:
        return "compound conditions"
    if span.endswith(("than", "equal", "equal to")):
        return "dangling comparison"
    if re.search(r"\d in \d", span):
        return "ratio phrasing"
    return None


def _currency_scope(text: str, result: dict) -> str | None:
    span = _norm(result["Text"])
    if result["Resolution"].get("value") in (None, "null"):
        return "currency name without an amount"
    if re.search(r"\b[mk](?:usd|eur|gbp|aud)\b", span):
        return "scale-prefixed currency codes"
    if re.search(r"\d\s*(?:usd|\$)\s*(?:million|billion)", span):
        return "scale after the currency code"
    if re.search(r"[\w.]\s+(?:dollars?|usd)\s+(?:and\s+)?[\w -]+$", span) and "cent" not in span:
        return "subunit without its word"
    words = span.split()
    word_first = len(words) > 1 and re.fullmatch(r"[a-z]+", words[0]) and words[1][0].isdigit()
    if word_first and words[0].upper() not in _ISO_CODES:
        return "currency word before the amount"
    if re.search(r"\b(?:kuai|mao)\b", span):
        return "Chinese colloquial units"
    return None


_ISO_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "US"}


def _dimension_scope(text: str, result: dict) -> str | None:
    resolution = result["Resolution"]
    unit = resolution.get("unit", "")
    if resolution.get("subtype") == "Angle":
        return "angles and temperatures"
    if resolution.get("value") in (None, "null"):
        return "unit name without a number"
    if unit in ("Cup", "Teaspoon", "Tablespoon"):
        return "cooking measures"
    if re.search(r"\d\s*[a-z]+\s+(?:and\s+)?\d", result["Text"]):
        return "compound measures"
    if "millisecond" in unit.lower():
        return "non-standard rates"
    return None


def _date_scope(text: str, result: dict) -> str | None:
    kind = (result.get("TypeName") or result.get("Typename") or "").rsplit(".", 1)[-1]
    values = result["Resolution"].get("values", [])
    if kind in ("time", "timerange", "datetime", "datetimerange", "timezone"):
        return "times of day and date-times"
    if kind in ("duration", "set"):
        return "durations" if kind == "duration" else "recurring sets"
    timex = values[0].get("timex", "") if values else ""
    if timex.startswith("("):
        return "explicit date ranges"
    if any("Mod" in v for v in values):
        return "modified periods (since, before, early, mid, end of)"
    if HOLIDAYS.search(result["Text"]):
        return "holidays"
    if re.fullmatch(
        r"(?:the|that|same) (?:day|week|month|year)(?: before| after)?", _norm(result["Text"])
    ):
        return "anaphoric periods"
    if not ISO_PERIOD.fullmatch(timex) or (
        kind == "daterange" and re.search(r"-\d\d-\d\d$", timex)
    ):
        return "seasons, weekends, week-of-month and other non-ISO periods"
    return None


SCOPES = {
    "Number": _number_scope,
    "Ordinal": _ordinal_scope,
    "Percent": _percent_scope,
    "NumberRange": _range_scope,
    "Currency": _currency_scope,
    "Dimension": _dimension_scope,
    "DateTimeModel": _date_scope,
}


def _speed(data: Path) -> dict:
    """Seconds for all finders over ~50,000 words of the specs' inputs, and dateparser's time."""
    inputs = []
    for relative in FILES.values():
        cases = json.loads((data / relative).read_text(encoding="utf-8-sig"))
        inputs.extend(c["Input"] for c in cases)
    corpus = " ".join(inputs)
    text = " ".join([corpus] * (50_000 // len(corpus.split()) + 1))
    started = time.perf_counter()
    find_numbers(text)
    middle = time.perf_counter()
    find_dates(text, published=dt.date(2024, 10, 22))
    done = time.perf_counter()
    return {
        "words": len(text.split()),
        "find_numbers_s": round(middle - started, 3),
        "find_dates_s": round(done - middle, 3),
        "dateparser_search_dates_5000_words_s": _dateparser_seconds(text),
    }


def _dateparser_seconds(text: str) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    sample = " ".join(text.split()[:5000])
    started = time.perf_counter()
    search_dates(sample, languages=["en"])
    return round(time.perf_counter() - started, 3)


if __name__ == "__main__":
    raise SystemExit(main())
