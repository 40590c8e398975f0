"""Speed of comparing two versions of a story, beside difflib's word diff of the same texts.

Real news (ECB+ documents rebuilt from their tokens, or MEANTIME) is cut to the sizes the issue
names; B is A with known edits (numbers, a dropped, an inserted and a moved sentence). Analyses
are computed first and not timed, as when they come from the library's cache. Prints JSON.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import statistics
import time
from pathlib import Path

from corpus import SHARED_DATA, documents, require
from edits import EDITS
from parallax.compare.align import align_sentences
from parallax.compare.compare import compare
from parallax.compare.tokens import tokenize
from parallax.model import Article
from parallax.nlp import analyse, load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA / "ecbplus-dev" / "conll")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    corpus = [text for _, text in documents(require(args.data))]
    pipeline = load_pipeline()
    result = {"benchmark": "compare", "model": pipeline.info.to_json()}
    for label, words, runs in (("1000_words", 1_000, args.runs), ("20000_words", 20_000, 5)):
        result[label] = measure_pair(_text_of(corpus, words), runs=runs, pipeline=pipeline)
    result["align_500x500"] = measure_alignment(corpus, pipeline=pipeline)
    result["goals_ms"] = {"1000_words_p50": 30, "20000_words_p50": 300, "align_500x500": 200}
    print(json.dumps(result, indent=2))


def measure_pair(text: str, *, runs: int, pipeline) -> dict:
    a = _article(text)
    a_analysis = analyse(a, pipeline=pipeline)
    b = _article(_edited(text, a_analysis))
    b_analysis = analyse(b, pipeline=pipeline)
    ours = _times(lambda: compare(a, b, a_analysis, b_analysis), runs)
    a_tokens = [t.norm for t in tokenize(a.text)]
    b_tokens = [t.norm for t in tokenize(b.text)]

    def word_diff_with_difflib():
        return difflib.SequenceMatcher(None, a_tokens, b_tokens, autojunk=False).get_opcodes()

    baseline = _times(word_diff_with_difflib, max(1, min(runs, 5)))
    comparison = compare(a, b, a_analysis, b_analysis)
    return {
        "words_a": len(a.text.split()),
        "words_b": len(b.text.split()),
        "sentences": [len(a_analysis.sentences), len(b_analysis.sentences)],
        "compare_p50_ms": ours["p50"],
        "compare_p95_ms": ours["p95"],
        "difflib_word_diff_p50_ms": baseline["p50"],
        "summary": comparison.summary(),
    }


def measure_alignment(corpus: list[str], *, pipeline) -> dict:
    a = _article(_text_of(corpus, 14_000))
    a_analysis = analyse(a, pipeline=pipeline)
    sentences = a_analysis.sentences[:500]
    shuffled = list(sentences)
    random.Random(3).shuffle(shuffled[: len(shuffled) // 5])
    timings = _times(
        lambda: align_sentences(a.text, sentences, a.text, shuffled, a_facts=a_analysis.facts,
                                b_facts=a_analysis.facts),
        10,
    )  # fmt: skip
    return {"sentences": [len(sentences), len(shuffled)], "p50_ms": timings["p50"]}


def _edited(text: str, analysis) -> str:
    rng = random.Random(11)
    for kind in ("number", "ordinal", "date", "drop", "move"):
        edited = EDITS[kind](text, analysis, rng)
        if edited is not None:
            return edited.text
    return text


def _text_of(corpus: list[str], words: int) -> str:
    out, count = [], 0
    for text in corpus:
        out.append(text)
        count += len(text.split())
        if count >= words:
            break
    return "\n\n".join(out)


def _times(call, runs: int) -> dict:
    call()  # warm caches
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50": round(statistics.median(samples), 2),
        "p95": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 2),
    }


def _article(text: str) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=digest[:12], sha256=digest, text=text, words=len(text.split()))


if __name__ == "__main__":
    main()
