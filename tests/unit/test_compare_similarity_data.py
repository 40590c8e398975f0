"""`sentence_similarity` stays ahead of a TF-IDF cosine on real paraphrase data (MSRP, STS).

Reads ../shared/data/paraphrase-dev through bench/paraphrase.py (the benchmark that calibrated
it); skipped when the data is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from parallax.compare.align.similarity import PARAPHRASE_THRESHOLD

pytestmark = pytest.mark.data
BENCH = Path(__file__).resolve().parents[2] / "bench" / "paraphrase.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_paraphrase", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and NamedTuples look their module up
    spec.loader.exec_module(module)
    return module


def test_msrp_validation_f1_beats_tfidf(shared_data: Path, bench: ModuleType) -> None:
    data = bench.load(shared_data / "paraphrase-dev")
    labels = bench.gold(data.validation)
    f1, accuracy = bench.f1_accuracy(bench.ours(data.validation), labels, PARAPHRASE_THRESHOLD)
    baseline = bench.tfidf_cosine([*data.train, *data.validation])
    cut = bench.best_threshold(baseline[: len(data.train)], bench.gold(data.train))
    base_f1, base_accuracy = bench.f1_accuracy(baseline[len(data.train) :], labels, cut)
    assert f1 > base_f1
    assert accuracy > base_accuracy


@pytest.mark.parametrize("year", ["2013", "2014"])
def test_sts_headlines_pearson_beats_tfidf(shared_data: Path, bench: ModuleType, year) -> None:
    pairs = bench.load(shared_data / "paraphrase-dev").sts[year]
    labels = bench.gold(pairs)
    ours = bench.pearson(bench.ours(pairs), labels)
    assert ours > bench.pearson(bench.tfidf_cosine(pairs), labels)
