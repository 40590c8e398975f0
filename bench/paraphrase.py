"""Calibrate and score `sentence_similarity` on MSRP and STS headlines, beside a TF-IDF baseline.

    python bench/paraphrase.py [--data DIR] [--fit] [--derive-idf]

Reads DIR (default ../shared/data/paraphrase-dev beside the repository). Prints ONE JSON object:
- msrp: F1 and accuracy on MSRP validation (and train) at similarity.PARAPHRASE_THRESHOLD, which
  was chosen on MSRP train; the TF-IDF cosine baseline with its own threshold chosen on train;
- sts: Pearson r of the score with the gold 0-5 similarity on STS headlines 2013 and 2014,
  beside the TF-IDF cosine;
- published: the reference numbers of the data's README (MSRP test, STS 2015 headlines).
`--fit` refits the logistic weights and the threshold on MSRP train and prints them as well
(paste them into similarity.py); `--fit-sts` fits them on STS headlines 2013 instead (a
permissive licence) and scores them on MSRP validation and STS 2014, beside the shipped ones;
`--derive-idf` rewrites compare/align_idf.py from MEANTIME (CC BY 4.0): MSRP is licensed for
research only, so no table derived from it ships.
The TF-IDF baseline is the textbook one, written here: lower-cased word tokens, raw counts,
IDF ln((N + 1) / (df + 1)) + 1 over the sentences of the data set being scored, cosine.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from corpus import documents
from corpus import require as require_folder
from parallax.compare.align import similarity
from parallax.compare.align.features import FEATURES, feature_matrices
from parallax.compare.align.terms import profile
from parallax.compare.align.variants import respelt, spelling_variants
from parallax.text.tokens import tokenize

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "paraphrase-dev"
IDF_MODULE = REPO / "desktop" / "parallax" / "compare" / "align_idf.py"
MIN_DF = 3  # rarer terms are not shipped: they get the table's highest IDF anyway
PUBLISHED = {
    "msrp_test_f1_tfidf": 0.812,
    "msrp_test_f1_always_yes": 0.799,
    "msrp_test_f1_ji_eisenstein_2013": 0.859,
    "sts2015_headlines_pearson_tfidf": 0.726,
    "sts2015_headlines_pearson_best": 0.825,
}
# The sign each weight must have: evidence for (+1) or against (-1) the same meaning.
SIGNS = {
    "coverage": 1,
    "numbers_conflict": -1,
    "unmatched": -1,
    "function_words": 1,
    "negation": -1,
}


class Pair(NamedTuple):
    """Two sentences and their gold label (MSRP: 0 or 1; STS: 0-5)."""

    a: str
    b: str
    gold: float


def require(folder: Path) -> Path:
    """`folder`, or exit 1 with one clear line when the data is not there."""
    if not (folder / "msr-para-train.tsv").is_file():
        sys.exit(f"{folder}: paraphrase data not found (expected ../shared/data/paraphrase-dev)")
    return folder


def msrp(path: Path) -> list[Pair]:
    """MSRP pairs: TSV with a header row and a UTF-8 BOM; quotes are part of the text."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Pair(row[3], row[4], float(row[0])) for row in rows[1:] if len(row) == 5]


def sts(path: Path) -> list[Pair]:
    """STS pairs with a score; a blank score is not scored."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        score, a, b = [*line.split("\t"), "", "", ""][:3]
        if score.strip():
            pairs.append(Pair(a, b, float(score)))
    return pairs


def document_frequencies(sentences: Iterable[str]) -> tuple[int, Counter[str]]:
    """(number of distinct sentences, in how many of them each content term occurs)."""
    distinct = set(sentences)
    counts: Counter[str] = Counter()
    for sentence in distinct:
        counts.update(profile(sentence).terms)
    return len(distinct), counts


def write_idf_module(sentences: list[str], *, path: Path = IDF_MODULE) -> None:
    """Write align_idf.py: our own counts over MEANTIME's Wikinews sentences (CC BY 4.0: MSRP's
    licence is for research only, so nothing derived from it ships), terms seen in >= MIN_DF
    sentences, grouped by rounded IDF (no sentence of the data is reproduced)."""
    total, counts = document_frequencies(sentences)
    levels: dict[float, list[str]] = {}
    for term, df in counts.items():
        if df >= MIN_DF:
            levels.setdefault(round(math.log((total + 1) / (df + 1)), 1), []).append(term)
    path.write_text(_idf_source(total, levels), encoding="utf-8")


def _idf_source(total: int, levels: dict[float, list[str]]) -> str:
    lines = [
        '"""Inverse document frequencies of common terms in news, counted by us over MEANTIME."""',
        "",
        "# Written by bench/paraphrase.py --derive-idf: ln((N + 1) / (df + 1)) over the",
        f"# {total} distinct sentences of the MEANTIME English Wikinews corpus (Minard et al.,",
        "# LREC 2016; CC BY 4.0), for the terms of align_terms.profile",
        f"# seen in at least {MIN_DF} of them, rounded to 0.1. Rarer and unseen terms get MAX_IDF.",
        "# fmt: off",
        f"MAX_IDF = {round(math.log((total + 1) / MIN_DF), 1)}",
        "LEVELS = {",
    ]
    for level in sorted(levels):
        lines.append(f"    {level}: (")
        lines.extend(f"        {chunk!r}" for chunk in _chunks(sorted(levels[level])))
        lines.append("    ),")
    return "\n".join([*lines, "}", "# fmt: on", ""])


def _chunks(terms: list[str], width: int = 86) -> Iterable[str]:
    line = ""
    for term in terms:
        if line and len(line) + len(term) + 1 > width:
            yield line + " "
            line = ""
        line = f"{line} {term}" if line else term
    if line:
        yield line


def meantime_sentences(folder: Path) -> list[str]:
    """The sentences of MEANTIME's 120 Wikinews articles, rebuilt from their tokens."""
    texts = [text for _, text in documents(require_folder(folder), min_words=0)]
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


class DataSets(NamedTuple):
    train: list[Pair]
    validation: list[Pair]
    sts: dict[str, list[Pair]]


def load(folder: Path) -> DataSets:
    folder = require(folder)
    return DataSets(
        train=msrp(folder / "msr-para-train.tsv"),
        validation=msrp(folder / "msr-para-val.tsv"),
        sts={year: sts(folder / f"sts-headlines-{year}.tsv") for year in ("2013", "2014")},
    )


# -- scores -------------------------------------------------------------------------------


def ours(pairs: Sequence[Pair]) -> np.ndarray:
    return np.array([similarity.sentence_similarity(p.a, p.b) for p in pairs])


def tfidf_cosine(pairs: Sequence[Pair]) -> np.ndarray:
    """The baseline: TF-IDF cosine, IDF over the distinct sentences of `pairs`."""
    sentences = {s for p in pairs for s in (p.a, p.b)}
    df: Counter[str] = Counter()
    for sentence in sentences:
        df.update(set(_words(sentence)))
    n = len(sentences)

    def vector(sentence: str) -> dict[str, float]:
        counts = Counter(_words(sentence))
        return {w: c * (math.log((n + 1) / (df[w] + 1)) + 1) for w, c in counts.items()}

    return np.array([_cosine(vector(p.a), vector(p.b)) for p in pairs])


def _words(sentence: str) -> list[str]:
    return [token.norm for token in tokenize(sentence) if token.is_word]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norms = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norms if norms else 0.0


def f1_accuracy(scores: np.ndarray, gold: np.ndarray, threshold: float) -> tuple[float, float]:
    said = scores >= threshold
    true = gold >= 0.5
    hits = int((said & true).sum())
    f1 = 2 * hits / (int(said.sum()) + int(true.sum()))
    return f1, float((said == true).mean())


def best_threshold(scores: np.ndarray, gold: np.ndarray) -> float:
    """The threshold with the best F1 (midway between two neighbouring scores)."""
    values = np.unique(scores)
    cuts = np.concatenate([values[:1], (values[1:] + values[:-1]) / 2])
    return float(max(cuts, key=lambda cut: f1_accuracy(scores, gold, cut)[0]))


def pearson(scores: np.ndarray, gold: np.ndarray) -> float:
    return float(np.corrcoef(scores, gold)[0, 1])


def gold(pairs: Sequence[Pair]) -> np.ndarray:
    return np.array([p.gold for p in pairs])


# -- fitting ------------------------------------------------------------------------------


def features(pairs: Sequence[Pair]) -> np.ndarray:
    """(len(pairs), len(FEATURES)) evidence of each pair, as similarity.py computes it."""
    rows = []
    for pair in pairs:
        a, b = sorted((pair.a, pair.b))
        a_profiles, b_profiles = [profile(a)], [profile(b)]
        variants = spelling_variants(a_profiles, b_profiles, is_rare=similarity.is_rare)
        b_profiles = respelt(b_profiles, variants)
        matrix = feature_matrices(
            a_profiles, b_profiles, similarity.prior_idf, max_idf=similarity.MAX_IDF
        )
        rows.append(matrix[:, 0, 0])
    return np.array(rows)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[dict[str, float], float]:
    """Logistic regression (Newton's method), each weight kept to its SIGNS: a weight that
    comes out with the wrong sign is dropped (set to 0) and the rest refitted."""
    signs = np.array([SIGNS[name] for name in FEATURES])
    active = list(range(len(FEATURES)))
    while True:
        w = _newton(x[:, active] * signs[active], y)
        wrong = [k for k, weight in zip(active, w[:-1], strict=True) if weight < 0]
        if not wrong:
            break
        active.remove(active[int(np.argmin(w[:-1]))])
    weights = dict.fromkeys(FEATURES, 0.0)
    for k, weight in zip(active, w[:-1], strict=True):
        weights[FEATURES[k]] = round(float(weight * signs[k]), 2)
    return weights, round(float(w[-1]), 2)


def _newton(x: np.ndarray, y: np.ndarray, *, ridge: float = 1e-3, steps: int = 30) -> np.ndarray:
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x1 @ w))
        gradient = x1.T @ (p - y) + ridge * w
        hessian = (x1 * (p * (1 - p))[:, None]).T @ x1 + ridge * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    return w


def fitted(train: Sequence[Pair]) -> dict[str, object]:
    """Weights, bias and threshold fitted on MSRP train, ready to paste into similarity.py."""
    x, y = features(train), gold(train)
    weights, bias = fit(x, y)
    z = x @ np.array([weights[name] for name in FEATURES]) + bias
    threshold = best_threshold(1 / (1 + np.exp(-z)), y)
    return {"WEIGHTS": weights, "BIAS": bias, "PARAPHRASE_THRESHOLD": round(threshold, 3)}


STS_SAME = 2.5  # STS 0-5: from "roughly equivalent, some details differ" up, one report


def fitted_on_sts(data: DataSets) -> dict[str, object]:
    """The permissively licensed alternative to MSRP: weights fitted on STS headlines 2013
    (acknowledge Europe Media Monitor), as binary labels (gold >= STS_SAME) and as soft ones
    (gold / 5), each with its threshold for the best F1 on 2013; scored on MSRP validation and
    on STS 2014, which neither fit saw. The shipped weights' figures are beside them."""
    fit_on, held_out = data.sts["2013"], data.sts["2014"]
    x, g = features(fit_on), gold(fit_on)
    x_val, x_held = features(data.validation), features(held_out)
    shipped = (similarity.WEIGHTS, similarity.BIAS, similarity.PARAPHRASE_THRESHOLD)
    found: dict[str, object] = {"shipped_msrp_fit": _fit_figures(data, *shipped, x_val, x_held)}
    for name, labels in (("binary", (g >= STS_SAME).astype(float)), ("soft", g / 5)):
        weights, bias = fit(x, labels)
        threshold = best_threshold(_logistic(x, weights, bias), (g >= STS_SAME).astype(float))
        found[name] = _fit_figures(data, weights, bias, round(threshold, 3), x_val, x_held)
    return found


def _logistic(x: np.ndarray, weights: dict[str, float], bias: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ np.array([weights[name] for name in FEATURES]) + bias)))


def _fit_figures(data, weights, bias, threshold, x_val, x_held) -> dict[str, object]:
    validation = _logistic(x_val, weights, bias)
    return {
        "WEIGHTS": dict(weights),
        "BIAS": bias,
        "PARAPHRASE_THRESHOLD": threshold,
        "msrp_validation": _scored(validation, gold(data.validation), threshold),
        "sts_2014_pearson": round(
            pearson(_logistic(x_held, weights, bias), gold(data.sts["2014"])), 4
        ),
    }


# -- report -------------------------------------------------------------------------------


def report(data: DataSets) -> dict[str, object]:
    """The JSON report: ours beside the TF-IDF baseline on the same pairs."""
    started = time.perf_counter()
    result = {
        "msrp": _msrp(data.train, data.validation),
        "sts": {year: _sts(pairs) for year, pairs in data.sts.items()},
        "published": PUBLISHED,
    }
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def _msrp(train: Sequence[Pair], validation: Sequence[Pair]) -> dict[str, object]:
    threshold = similarity.PARAPHRASE_THRESHOLD
    every = [*train, *validation]
    baseline = tfidf_cosine(every)
    baseline_threshold = best_threshold(baseline[: len(train)], gold(train))
    return {
        "pairs": {"train": len(train), "validation": len(validation)},
        "threshold": threshold,
        "validation": _scored(ours(validation), gold(validation), threshold),
        "train": _scored(ours(train), gold(train), threshold),
        "tfidf": {
            "threshold": round(baseline_threshold, 3),
            "validation": _scored(baseline[len(train) :], gold(validation), baseline_threshold),
            "train": _scored(baseline[: len(train)], gold(train), baseline_threshold),
        },
        "always_yes_validation_f1": round(
            f1_accuracy(np.ones(len(validation)), gold(validation), 0.5)[0], 4
        ),
    }


def _scored(scores: np.ndarray, labels: np.ndarray, threshold: float) -> dict[str, float]:
    f1, accuracy = f1_accuracy(scores, labels, threshold)
    return {"f1": round(f1, 4), "accuracy": round(accuracy, 4)}


def _sts(pairs: Sequence[Pair]) -> dict[str, object]:
    labels = gold(pairs)
    return {
        "pairs": len(pairs),
        "pearson": round(pearson(ours(pairs), labels), 4),
        "tfidf_pearson": round(pearson(tfidf_cosine(pairs), labels), 4),
    }


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    data = load(args.data)
    if args.derive_idf:
        write_idf_module(meantime_sentences(args.data.parent / "meantime"))
        return 0
    result = report(data)
    if args.fit:
        result["fitted_on_msrp_train"] = fitted(data.train)
    if args.fit_sts:
        result["fitted_on_sts_2013"] = fitted_on_sts(data)
    print(json.dumps(result, indent=2))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the paraphrase-dev folder")
    parser.add_argument("--fit", action="store_true", help="refit weights on MSRP train, print")
    parser.add_argument(
        "--fit-sts", action="store_true", help="refit on STS 2013 (permissive), score, print"
    )
    parser.add_argument("--derive-idf", action="store_true", help="rewrite compare/align_idf.py")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
