"""Perturbation benchmark: known edits to real news articles, and how many a comparison reports.

Each document of MEANTIME (Wikinews, CC BY 4.0), rebuilt from its tokens, is compared with copies
that carry exactly one known edit: a number, an ordinal, a date or a person's name changed; a
sentence dropped, inserted (from another document), moved, or reworded without changing what
it says. Recall: of the edits, how many the comparison reports as it should (a conflict at the
changed fact; the dropped or inserted sentence unique to its side; a moved pair at the moved
sentence). Precision: of everything it reports (conflicts, only-in facts, sentences unique to a
side, moved pairs), how much lies at an edit; in a reworded copy anything reported is false.
Prints one JSON object.
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
from edits import EDITS, Edit
from parallax.compare.compare import compare
from parallax.model import Article, Comparison
from parallax.nlp import analyse_many, load_pipeline

FACT_EDITS = ("number", "ordinal", "date", "name")


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
    rng = random.Random(seed)
    pipeline = load_pipeline()
    started = time.perf_counter()
    originals = [_article(text) for text in texts]
    a_analyses = list(analyse_many(originals, pipeline=pipeline))
    cases = []
    for index, (article, analysis) in enumerate(zip(originals, a_analyses, strict=True)):
        donor = _donor_sentence(texts[(index + 1) % len(texts)])
        for kind, make in EDITS.items():
            extra = {"donor": donor} if kind == "insert" else {}
            edited = make(article.text, analysis, rng, **extra)
            if edited is not None:
                cases.append((index, edited))
    b_articles = [_article(edited.text) for _, edited in cases]
    b_analyses = list(analyse_many(b_articles, pipeline=pipeline))
    tally: dict[str, Counter] = {kind: Counter() for kind in EDITS}
    missed, false = [], []
    for (index, edited), b, b_analysis in zip(cases, b_articles, b_analyses, strict=True):
        comparison = compare(originals[index], b, a_analyses[index], b_analysis)
        found, reports = score(comparison, edited.edit)
        counts = tally[edited.edit.kind]
        counts["cases"] += 1
        expected = edited.edit.kind != "reword"  # a rewording must simply not be reported
        counts["expected"] += int(expected)
        counts["detected"] += int(found and expected)
        counts["reported"] += len(reports)
        counts["true"] += sum(ok for ok, _ in reports)
        if not found and edited.edit.kind != "reword":
            missed.append(_describe(comparison, edited.edit))
        false += [{"kind": edited.edit.kind, "report": what} for ok, what in reports if not ok]
    if failures:
        failures.write_text(json.dumps({"missed": missed, "false": false}, indent=2), "utf-8")
    return _summary(tally, len(texts), time.perf_counter() - started, pipeline.info.to_json())


def score(comparison: Comparison, edit: Edit) -> tuple[bool, list[tuple[bool, str]]]:
    """(was the edit reported as it should be, [(is this report at the edit, what it is)])."""
    reports = []
    for match in comparison.matches:
        if match.status in ("conflict", "only_a", "only_b"):
            at_edit = _fact_at(match.a, edit.a_spans) or _fact_at(match.b, edit.b_spans)
            reports.append((at_edit, f"{match.status} {match.kind}: {_t(match.a)} / {_t(match.b)}"))
    a_unique, b_unique = _unique_sentences(comparison)
    for side, unique, spans in (("a", a_unique, edit.a_spans), ("b", b_unique, edit.b_spans)):
        for start, end in unique:
            reports.append((_overlaps((start, end), spans), f"unique to {side}: {start}-{end}"))
    for pair in (p for p in comparison.alignment if p.kind == "moved"):
        at_edit = _pair_at(comparison, pair, edit)
        reports.append((at_edit, f"moved {pair.a}->{pair.b}"))
    return _detected(comparison, edit, a_unique, b_unique), reports


def _detected(comparison: Comparison, edit: Edit, a_unique, b_unique) -> bool:
    if edit.kind in FACT_EDITS:
        return any(
            m.status == "conflict" and _fact_at(m.a, edit.a_spans) and _fact_at(m.b, edit.b_spans)
            for m in comparison.matches
        )
    if edit.kind == "drop":
        return any(_overlaps(span, edit.a_spans) for span in a_unique)
    if edit.kind == "insert":
        return any(_overlaps(span, edit.b_spans) for span in b_unique)
    if edit.kind == "move":
        return any(
            p.kind == "moved" and _pair_at(comparison, p, edit) for p in comparison.alignment
        )
    return True


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


def _donor_sentence(text: str) -> str:
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.split()) > 8]
    return (sentences[len(sentences) // 2] if sentences else "A new sentence was added here") + "."


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
    total = sum(tally.values(), Counter())
    per_kind = {kind: _rates(counts) for kind, counts in tally.items()}
    return {
        "benchmark": "perturb",
        "documents": docs,
        "model": model,
        "seconds": round(seconds, 1),
        "overall": _rates(total),
        "by_edit": per_kind,
        "goals": {"recall": 0.97, "precision": 0.95},
    }


def _rates(counts: Counter) -> dict:
    recall = counts["detected"] / counts["expected"] if counts["expected"] else None
    precision = counts["true"] / counts["reported"] if counts["reported"] else None
    return {
        **{key: counts[key] for key in ("cases", "expected", "detected", "reported", "true")},
        "recall": None if recall is None else round(recall, 4),
        "precision": None if precision is None else round(precision, 4),
    }


if __name__ == "__main__":
    main()
