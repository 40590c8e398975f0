"""Perturbation benchmark: known edits to real news articles, and how many a comparison reports.

What it runs: the first `--docs` (120) documents of MEANTIME (Wikinews, CC BY 4.0), rebuilt from
their tokens (`corpus.py`) and analysed with the installed model. Each is compared
(`parallax.compare.comparison`) with copies that carry exactly one known edit (`edits.py`):

- fact-based edits (as before; random.Random(--seed)): a number, an ordinal, a date or a
  person's name changed where the extractor found that fact; a sentence dropped, inserted (from
  the next document), moved, or reworded without changing what it says;
- raw-text edits (random.Random(--seed + 1)): an integer, an ordinal or a date found by a plain
  regex over the text and changed in place, wherever the extractor found a fact or not. An
  integer inside a name ("Boeing 787", "FTSE 100": a capitalised word before it, not opening a
  sentence, or right after it) is reported apart as `name_number`: it names, not counts, so it
  is found when the comparison shows it as a word change. There is no raw-text person-name edit
  (a regex cannot tell a person's name from other capitalised words).

Recall: of the edits, how many the comparison reports as it should: a value edit as a
"conflict" match whose two facts lie at the changed characters of A and of B; the dropped or
inserted sentence unique to its side; a moved pair at the moved sentence. A value edit that is
only a "possible" conflict (the matcher's weaker tier) is not counted as found; it is counted
apart (`found_only_as_possible`, and `recall_counting_possible` counts it as found), and the
other missed value edits are split by what the reader still shows at them (`missed_shown_as`:
an only-in fact, a word change, or nothing). Precision: of everything it reports (conflicts,
possible conflicts, only-in facts, sentences unique to a side, moved pairs), how much lies at
the edit; in a reworded copy anything reported is false.

Prints one JSON object: `overall` and `by_edit` for the fact-based edits (all eight kinds);
`fact_based_values` for their number, ordinal and date edits; `raw_text` with `overall` (raw
number, ordinal and date edits plus the same drop, insert, move and reword copies), `values`
(the raw value edits alone) and `by_edit`. Goals: recall >= 0.97 with raw-text edits,
precision >= 0.95 with both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from collections import Counter
from pathlib import Path

from corpus import SHARED_DATA, documents, require  # bench/ is on the path of its scripts
from edits import EDITS, RAW_EDITS, RAW_KINDS, Edit, donor_sentence
from parallax.compare.comparison import compare
from parallax.model import Article, Comparison
from parallax.nlp import analyse_many, load_pipeline

FACT_EDITS = ("number", "ordinal", "date", "name")
RAW_VALUE_EDITS = RAW_KINDS
VALUE_EDITS = FACT_EDITS + RAW_VALUE_EDITS
SENTENCE_EDITS = ("drop", "insert", "move", "reword")
REPORTED = ("conflict", "possible", "only_a", "only_b")
GOALS = {"recall": 0.97, "precision": 0.95}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA / "meantime")
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--failures", type=Path, help="write missed and false reports here")
    args = parser.parse_args()
    texts = [text for _, text in documents(require(args.data))][: args.docs]
    print(json.dumps(run(texts, seed=args.seed, failures=args.failures), indent=2))


def run(texts: list[str], *, seed: int, failures: Path | None = None) -> dict:
    pipeline = load_pipeline()
    started = time.perf_counter()
    originals = [_article(text) for text in texts]
    a_analyses = list(analyse_many(originals, pipeline=pipeline))
    cases = _cases(originals, a_analyses, texts, seed=seed)
    b_articles = [_article(edited.text) for _, edited in cases]
    b_analyses = list(analyse_many(b_articles, pipeline=pipeline))
    tally: dict[str, Counter] = {kind: Counter() for kind in (*EDITS, *RAW_KINDS)}
    missed, false = [], []
    for (index, edited), b, b_analysis in zip(cases, b_articles, b_analyses, strict=True):
        comparison = compare(originals[index], b, a_analyses[index], b_analysis)
        shown, reports = score(comparison, edited.edit)
        counts = tally[edited.edit.kind]
        counts["cases"] += 1
        expected = edited.edit.kind != "reword"  # a rewording must simply not be reported
        counts["expected"] += int(expected)
        counts["detected"] += int(shown == "found" and expected)
        counts["found_only_as_possible"] += int(shown == "possible")
        if shown not in ("found", "possible", "not_expected"):
            counts[f"missed_as_{shown}"] += 1
        counts["reported"] += len(reports)
        counts["true"] += sum(ok for ok, _ in reports)
        if shown != "found" and expected:
            missed.append({**_describe(comparison, edited.edit), "shown_as": shown})
        false += [{"kind": edited.edit.kind, "report": what} for ok, what in reports if not ok]
    if failures:
        failures.write_text(json.dumps({"missed": missed, "false": false}, indent=2), "utf-8")
    return _summary(tally, len(texts), time.perf_counter() - started, pipeline.info.to_json())


def _cases(originals, a_analyses, texts: list[str], *, seed: int) -> list:
    """(document index, Edited) for every edit that applies; each family has its own rng."""
    rng, raw_rng = random.Random(seed), random.Random(seed + 1)
    cases = []
    for index, (article, analysis) in enumerate(zip(originals, a_analyses, strict=True)):
        donor = donor_sentence(texts[(index + 1) % len(texts)])
        for kind, make in EDITS.items():
            extra = {"donor": donor} if kind == "insert" else {}
            edited = make(article.text, analysis, rng, **extra)
            if edited is not None:
                cases.append((index, edited))
        for make in RAW_EDITS.values():
            edited = make(article.text, analysis, raw_rng)
            if edited is not None:
                cases.append((index, edited))
    return cases


def score(comparison: Comparison, edit: Edit) -> tuple[str, list[tuple[bool, str]]]:
    """(how the edit was shown, [(is this report at the edit, what it is)]).

    How it was shown: "found" (reported as it should be), "not_expected" (a rewording), and for
    a value edit not found: "possible" (a possible conflict at the edit), "only_in" (an only-in
    fact at the edit), "word_change" (only a word change at the edit) or "not_shown"; for a
    sentence edit not found: "not_shown".
    """
    reports = []
    for match in comparison.matches:
        if match.status in REPORTED:
            at_edit = _fact_at(match.a, edit.a_spans) or _fact_at(match.b, edit.b_spans)
            reports.append((at_edit, f"{match.status} {match.kind}: {_t(match.a)} / {_t(match.b)}"))
    a_unique, b_unique = _unique_sentences(comparison)
    for side, unique, spans in (("a", a_unique, edit.a_spans), ("b", b_unique, edit.b_spans)):
        for start, end in unique:
            reports.append((_overlaps((start, end), spans), f"unique to {side}: {start}-{end}"))
    for pair in (p for p in comparison.alignment if p.kind == "moved"):
        at_edit = _pair_at(comparison, pair, edit)
        reports.append((at_edit, f"moved {pair.a}->{pair.b}"))
    return _shown(comparison, edit, a_unique, b_unique), reports


def _shown(comparison: Comparison, edit: Edit, a_unique, b_unique) -> str:
    if edit.kind == "reword":
        return "not_expected"
    if edit.kind in VALUE_EDITS:
        return _value_shown(comparison, edit)
    if edit.kind == "drop":
        found = any(_overlaps(span, edit.a_spans) for span in a_unique)
    elif edit.kind == "insert":
        found = any(_overlaps(span, edit.b_spans) for span in b_unique)
    else:  # move
        found = any(
            p.kind == "moved" and _pair_at(comparison, p, edit) for p in comparison.alignment
        )
    return "found" if found else "not_shown"


def _value_shown(comparison: Comparison, edit: Edit) -> str:
    shown = _value_seen(comparison, edit)
    if edit.kind == "raw_name_number" and shown == "word_change":
        return "found"  # a name changed ("Boeing 787" -> "Boeing 868"): shown as a word change
    return shown


def _value_seen(comparison: Comparison, edit: Edit) -> str:
    def at_both(status: str) -> bool:
        return any(
            m.status == status and _fact_at(m.a, edit.a_spans) and _fact_at(m.b, edit.b_spans)
            for m in comparison.matches
        )

    if at_both("conflict"):
        return "found"
    if at_both("possible"):
        return "possible"
    if any(
        (m.status == "only_a" and _fact_at(m.a, edit.a_spans))
        or (m.status == "only_b" and _fact_at(m.b, edit.b_spans))
        for m in comparison.matches
    ):
        return "only_in"
    if any(
        _overlaps((c.a_start, max(c.a_end, c.a_start + 1)), edit.a_spans)
        and _overlaps((c.b_start, max(c.b_end, c.b_start + 1)), edit.b_spans)
        for c in comparison.changes
    ):
        return "word_change"
    return "not_shown"


def _unique_sentences(comparison: Comparison):
    paired_a = {i for pair in comparison.alignment for i in pair.a}
    paired_b = {j for pair in comparison.alignment for j in pair.b}
    a = [(s.start, s.end) for s in comparison.a_analysis.sentences if s.index not in paired_a]
    b = [(s.start, s.end) for s in comparison.b_analysis.sentences if s.index not in paired_b]
    return a, b


def _pair_at(comparison: Comparison, pair, edit: Edit) -> bool:
    a_sents, b_sents = comparison.a_analysis.sentences, comparison.b_analysis.sentences
    return any(_overlaps((a_sents[i].start, a_sents[i].end), edit.a_spans) for i in pair.a) or any(
        _overlaps((b_sents[j].start, b_sents[j].end), edit.b_spans) for j in pair.b
    )


def _fact_at(fact, spans) -> bool:
    return fact is not None and _overlaps((fact.start, fact.end), spans)


def _overlaps(span: tuple[int, int], spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _article(text: str) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=digest[:12], sha256=digest, text=text, words=len(text.split()))


def _t(fact) -> str | None:
    return fact.text if fact else None


def _describe(comparison: Comparison, edit: Edit) -> dict:
    a_text, b_text = comparison.a.text, comparison.b.text
    return {
        "kind": edit.kind,
        "a": [a_text[max(0, s - 40) : e + 40] for s, e in edit.a_spans[:1]],
        "b": [b_text[max(0, s - 40) : e + 40] for s, e in edit.b_spans[:1]],
    }


def _summary(tally: dict[str, Counter], docs: int, seconds: float, model: dict) -> dict:
    def total(kinds) -> Counter:
        return sum((tally[kind] for kind in kinds), Counter())

    fact_based = total(EDITS)
    raw = total((*RAW_VALUE_EDITS, *SENTENCE_EDITS))
    result = {
        "benchmark": "perturb",
        "documents": docs,
        "model": model,
        "seconds": round(seconds, 1),
        "overall": _rates(fact_based),
        "by_edit": {kind: _rates(tally[kind]) for kind in EDITS},
        "fact_based_values": _rates(total(("number", "ordinal", "date"))),
        "raw_text": {
            "overall": _rates(raw),
            "values": _rates(total(RAW_VALUE_EDITS)),
            "by_edit": {kind.removeprefix("raw_"): _rates(tally[kind]) for kind in RAW_KINDS},
        },
        "found_only_as_possible": {
            "fact_based": fact_based["found_only_as_possible"],
            "raw_text": raw["found_only_as_possible"],
        },
        "goals": GOALS,
    }
    result["meets_goals"] = {
        "raw_text_recall": _at_least(result["raw_text"]["overall"]["recall"], GOALS["recall"]),
        "fact_based_precision": _at_least(result["overall"]["precision"], GOALS["precision"]),
        "raw_text_precision": _at_least(
            result["raw_text"]["overall"]["precision"], GOALS["precision"]
        ),
    }
    return result


def _rates(counts: Counter) -> dict:
    recall = _ratio(counts["detected"], counts["expected"])
    precision = _ratio(counts["true"], counts["reported"])
    keys = ("cases", "expected", "detected", "reported", "true", "found_only_as_possible")
    return {
        **{key: counts[key] for key in keys},
        "recall": recall,
        "precision": precision,
        "recall_counting_possible": _ratio(
            counts["detected"] + counts["found_only_as_possible"], counts["expected"]
        ),
        "missed_shown_as": {
            shown: counts[f"missed_as_{shown}"] for shown in ("only_in", "word_change", "not_shown")
        },
    }


def _ratio(x: int, y: int) -> float | None:
    return round(x / y, 4) if y else None


def _at_least(value: float | None, goal: float) -> bool:
    return value is not None and value >= goal


if __name__ == "__main__":
    main()
