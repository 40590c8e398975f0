"""Time and check `align_sentences` on real news sentences (MSRP), as revisions and as rewrites.

    python bench/align.py [--data DIR] [--sentences N] [--repeat R]

Reads MSRP from DIR (default ../shared/data/paraphrase-dev beside the repository) and prints ONE
JSON object:
- revision: N sentences vs a revision of them (10% edited, 5% deleted, 5% inserted, 5% moved
  far, the longest sentence split at a comma): milliseconds, and how many known pairs came
  out right;
- rewrite: the first sentences of N MSRP paraphrase pairs vs the second ones, shuffled: every
  sentence has a counterpart and none is identical (the worst case for scoring): milliseconds,
  how many gold pairs were found and how many pairs were made that are not gold;
  milliseconds are the best of R runs (the first run of a process is slower: caches are cold);
- article: two ~1,000-word articles (50 sentences) in both settings, milliseconds;
- floor: scores of sentences from unrelated stories (random MSRP cross pairs), the percentiles
  that STORY_FLOOR in compare/align.py must sit above.
Sentences are laid end to end as one text, and Sentence spans point into it (no spaCy here).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from parallax.compare.align.sentences import STORY_FLOOR, align_sentences
from parallax.compare.align.similarity import sentence_similarity
from parallax.model import Alignment, Sentence
from paraphrase import DEFAULT_DATA, msrp, require


def laid_out(sentences: Sequence[str]) -> tuple[str, list[Sentence]]:
    """One text holding `sentences` separated by a space, and their spans."""
    spans, start = [], 0
    for index, sentence in enumerate(sentences):
        spans.append(Sentence(index, start, start + len(sentence)))
        start += len(sentence) + 1
    return " ".join(sentences), spans


def revision(
    sentences: list[str], extra: list[str], rng: random.Random
) -> tuple[list[str], dict[int, tuple[int, ...]]]:
    """An edited copy of `sentences` and, for each kept one, where it went (B positions)."""
    out: list[tuple[tuple[int, ...], str]] = [((i,), s) for i, s in enumerate(sentences)]
    for k in rng.sample(range(len(out)), len(out) // 10):
        out[k] = (out[k][0], _edited(out[k][1], rng))
    for k in sorted(rng.sample(range(len(out)), len(out) // 20), reverse=True):
        del out[k]
    for _ in range(len(out) // 20):
        out.insert(rng.randrange(len(out)), ((), extra.pop()))
    for _ in range(len(out) // 20):
        out.insert(rng.randrange(len(out)), out.pop(rng.randrange(len(out))))
    out = _split_one(out) if len(out) > 2 else out
    texts, where = [text for _, text in out], {}
    for position, (origin, _) in enumerate(out):
        for i in origin:
            where[i] = (*where.get(i, ()), position)
    return texts, where


def _edited(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    k = rng.randrange(len(words))
    words[k] = words[k][::-1] if not words[k][0].isdigit() else str(rng.randrange(1000))
    return " ".join(words)


def _split_one(out):
    """The longest sentence with a comma, cut in two at it."""
    k = max(range(len(out)), key=lambda n: len(out[n][1]) if "," in out[n][1] else 0)
    origin, text = out[k]
    head, tail = text.split(",", 1)
    return [*out[:k], (origin, head + "."), (origin, tail.strip().capitalize()), *out[k + 1 :]]


def timed(run: Callable[[], tuple[Alignment, ...]], repeat: int) -> tuple[float, tuple]:
    best, result = float("inf"), ()
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 2), result


def _align(a: Sequence[str], b: Sequence[str]) -> Callable[[], tuple[Alignment, ...]]:
    (a_text, a_spans), (b_text, b_spans) = laid_out(a), laid_out(b)
    return lambda: align_sentences(a_text, a_spans, b_text, b_spans)


def revision_case(sentences, extra, rng: random.Random, repeat: int) -> dict[str, object]:
    b, where = revision(sentences, list(extra), rng)
    ms, pairs = timed(_align(sentences, b), repeat)
    found = {i: pair.b for pair in pairs for i in pair.a}
    right = sum(1 for i, positions in where.items() if found.get(i) == tuple(sorted(positions)))
    kinds = {kind: sum(p.kind == kind for p in pairs) for kind in ("same", "changed", "moved")}
    return {"a": len(sentences), "b": len(b), "ms": ms, "kept": len(where), "right": right, **kinds}


def rewrite_case(pairs, rng: random.Random, repeat: int) -> dict[str, object]:
    order = list(range(len(pairs)))
    rng.shuffle(order)
    a = [pairs[i].a for i in range(len(pairs))]
    b = [pairs[i].b for i in order]
    gold = {(i, order.index(i)) for i in range(len(pairs))}
    ms, found = timed(_align(a, b), repeat)
    made = {(p.a[0], p.b[0]) for p in found if len(p.a) == len(p.b) == 1}
    return {
        "pairs": len(pairs),
        "ms": ms,
        "found": len(made & gold),
        "not_gold": len(found) - len(made & gold),
    }


def floor_case(pairs, rng: random.Random, count: int = 1000) -> dict[str, object]:
    scores = []
    while len(scores) < count:
        x, y = rng.sample(pairs, 2)
        scores.append(sentence_similarity(x.a, y.b))
    percentiles = np.percentile(scores, [50, 99, 99.9, 100])
    return {
        "pairs": count,
        "p50_p99_p999_max": [round(float(v), 3) for v in percentiles],
        "story_floor": STORY_FLOOR,
    }


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    pairs = msrp(require(args.data) / "msr-para-train.tsv")
    rng = random.Random(7)
    sentences = list(dict.fromkeys(p.a for p in pairs))
    positives = [p for p in pairs if p.gold == 1]
    n = args.sentences
    report = {
        "revision": revision_case(sentences[:n], sentences[-n:], rng, args.repeat),
        "rewrite": rewrite_case(positives[:n], rng, args.repeat),
        "article": {
            "revision": revision_case(sentences[n : n + 50], sentences[-n:], rng, args.repeat),
            "rewrite": rewrite_case(positives[n : n + 50], rng, args.repeat),
        },
        "floor": floor_case(pairs, rng),
    }
    print(json.dumps(report, indent=2))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the paraphrase-dev folder")
    parser.add_argument("--sentences", type=int, default=500, help="sentences per side")
    parser.add_argument("--repeat", type=int, default=5, help="runs per case; the best counts")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
