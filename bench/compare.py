"""Speed of comparing two versions of a story, beside difflib's word diff of the same texts.

What it runs (analyses are computed first and not timed, as when they come from the library's
cache; each timing is a median (p50) and p95 after one untimed warm-up call):
- `1000_words`, `20000_words`: A is ECB+ documents (`--data`, rebuilt from their CoNLL tokens by
  `corpus.py`) joined until at least that many words; B is A with these known edits applied one
  after another, each on the text the previous one left and a fresh analysis of it, each away
  from the earlier ones (`edits.py`): a number, an ordinal and a date changed, a sentence
  dropped, a sentence of the last ECB+ document inserted, and a sentence moved at least three
  sentences later. `edits_applied` names those that found a place. `compare` is timed `--runs`
  (1,000 words) or 5 (20,000 words) times, difflib's word diff (SequenceMatcher, autojunk off,
  on the same tokens) at most 5 times.
- `real_pair_ecbplus`: the real pair of the dev set of `realpairs.py` (documents 1+2, 3+4 or
  5+6 of one ECB+ sub-topic file: two outlets' reports of one event) with the most words in
  all, as `realpairs.articles()` builds them; `compare` timed `--runs` times, difflib 5 times.
- `align_500x500`: sentence alignment (`align_sentences`, with facts) of the first 500
  sentences of ~14,000 words of ECB+ text (analysed again as an article of their own) against a
  copy in which a fifth of those sentences (chosen with random.Random(3)) were taken out and put
  back at random places, one sentence a paragraph; the copy's sentences and facts are A's,
  carried to their new offsets rather than re-analysed, so both sides have the same sentences
  (a fact that runs past its sentence's end, such as a quote over two sentences, is left out
  of the copy: `facts` gives both counts).
  `moved_pairs` counts the pairs the alignment marks as moved. 10 runs.
Prints JSON; goals in `goals_ms`.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import statistics
import time
from dataclasses import replace
from pathlib import Path

import realpairs
from corpus import SHARED_DATA, documents, require
from edits import EDITS, donor_sentence
from parallax.compare.align.sentences import align_sentences
from parallax.compare.comparison import compare
from parallax.model import Analysis, Article, Sentence
from parallax.nlp import analyse, load_pipeline
from parallax.text.tokens import tokenize

PAIR_EDITS = ("number", "ordinal", "date", "drop", "insert", "move")
MOVED_FRACTION = 5  # one sentence in five


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA / "ecbplus-dev" / "conll")
    parser.add_argument("--real-data", type=Path, default=SHARED_DATA, help="for real pairs")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    corpus = [text for _, text in documents(require(args.data))]
    donor = donor_sentence(corpus[-1])
    pipeline = load_pipeline()
    result = {"benchmark": "compare", "model": pipeline.info.to_json()}
    for label, words, runs in (("1000_words", 1_000, args.runs), ("20000_words", 20_000, 5)):
        text = _text_of(corpus, words)
        result[label] = measure_edited(text, donor=donor, runs=runs, pipeline=pipeline)
    result["real_pair_ecbplus"] = measure_real_pair(
        require(args.real_data), runs=args.runs, pipeline=pipeline
    )
    result["align_500x500"] = measure_alignment(corpus, pipeline=pipeline)
    result["goals_ms"] = {"1000_words_p50": 30, "20000_words_p50": 300, "align_500x500": 200}
    print(json.dumps(result, indent=2))


def measure_edited(text: str, *, donor: str, runs: int, pipeline) -> dict:
    a = _article(text)
    a_analysis = analyse(a, pipeline=pipeline)
    b_text, applied = _edited(text, a_analysis, donor=donor, pipeline=pipeline)
    b = _article(b_text)
    return {
        **measure_pair(a, b, a_analysis, analyse(b, pipeline=pipeline), runs=runs),
        "edits_applied": applied,
    }


def measure_real_pair(data: Path, *, runs: int, pipeline) -> dict:
    docs = dict(realpairs.articles(data))
    ecb = [pair for pair in realpairs.pairs(data, docs) if not pair[0].startswith("corpus_")]
    x, y = max(ecb, key=lambda pair: docs[pair[0]].words + docs[pair[1]].words)
    a, b = docs[x], docs[y]
    analysed = [analyse(article, pipeline=pipeline) for article in (a, b)]
    return {"documents": [x, y], **measure_pair(a, b, *analysed, runs=runs)}


def measure_pair(a: Article, b: Article, a_analysis, b_analysis, *, runs: int) -> dict:
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
    whole = _text_of(corpus, 14_000)
    sentences = analyse(_article(whole), pipeline=pipeline).sentences[:500]
    a = _article(whole[: sentences[-1].end])
    a_analysis = analyse(a, pipeline=pipeline)
    order, moved = _move_a_fifth(len(a_analysis.sentences), random.Random(3))
    b, b_analysis = _reordered(a, a_analysis, order)

    def align():
        return align_sentences(
            a.text, a_analysis.sentences, b.text, b_analysis.sentences,
            a_facts=a_analysis.facts, b_facts=b_analysis.facts,
        )  # fmt: skip

    timings = _times(align, 10)
    return {
        "sentences": [len(a_analysis.sentences), len(b_analysis.sentences)],
        "facts": [len(a_analysis.facts), len(b_analysis.facts)],
        "sentences_moved": moved,
        "moved_pairs": sum(pair.kind == "moved" for pair in align()),
        "p50_ms": timings["p50"],
    }


def _reordered(a: Article, analysis: Analysis, order: list[int]) -> tuple[Article, Analysis]:
    """A's sentences in `order`, one paragraph each, with A's facts carried to their new places."""
    pieces, sentences, starts, at = [], [], {}, 0
    for new_index, old_index in enumerate(order):
        old = analysis.sentences[old_index]
        pieces.append(a.text[old.start : old.end])
        sentences.append(Sentence(new_index, at, at + old.end - old.start))
        starts[old_index] = (new_index, at - old.start)
        at += old.end - old.start + 2
    b = _article("\n\n".join(pieces))
    facts = []
    for fact in analysis.facts:
        sentence = analysis.sentences[fact.sentence]
        if fact.end > sentence.end:  # a quote running into the next sentence: no place in B
            continue
        index, shift = starts[fact.sentence]
        facts.append(replace(fact, start=fact.start + shift, end=fact.end + shift, sentence=index))
    facts.sort(key=lambda fact: fact.start)
    return b, replace(analysis, article_id=b.id, sentences=tuple(sentences), facts=tuple(facts))


def _move_a_fifth(count: int, rng: random.Random) -> tuple[list[int], int]:
    """A new order of `count` sentences: a fifth taken out and put back at random places."""
    moving = rng.sample(range(count), count // MOVED_FRACTION)
    staying = set(range(count)) - set(moving)
    order = sorted(staying)
    for i in moving:
        order.insert(rng.randrange(len(order) + 1), i)
    return order, len(moving)


def _edited(text: str, analysis, *, donor: str, pipeline) -> tuple[str, list[str]]:
    """`text` with every edit of PAIR_EDITS that finds a place, and the names of those applied.

    Each edit is placed on the text the previous ones left (analysed afresh) and, over up to 20
    draws, away from the characters the earlier edits wrote, so none undoes another."""
    rng = random.Random(11)
    applied: list[str] = []
    written: list[tuple[int, int]] = []  # spans of the earlier edits in the current text
    for kind in PAIR_EDITS:
        extra = {"donor": donor} if kind == "insert" else {}
        for _ in range(20):
            edited = EDITS[kind](text, analysis, rng, **extra)
            if edited is None or not _touches(edited.edit.a_spans, written):
                break
        if edited is None or _touches(edited.edit.a_spans, written):
            continue
        written = [_shifted(span, text, edited.text) for span in written]
        written += edited.edit.b_spans
        text = edited.text
        analysis = analyse(_article(text), pipeline=pipeline)
        applied.append(kind)
    return text, applied


def _touches(spans, written) -> bool:
    return any(s <= e2 and s2 <= e for s, e in spans for s2, e2 in written)


def _shifted(span: tuple[int, int], old: str, new: str) -> tuple[int, int]:
    """Where `span` of `old` is in `new`, when `new` differs from `old` in one stretch."""
    prefix = _common_prefix(old, new)
    suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    if span[1] <= prefix:
        return span
    delta = len(new) - len(old)
    if span[0] >= len(old) - suffix:
        return span[0] + delta, span[1] + delta
    return span  # inside the changed stretch: cannot happen for spans kept apart


def _common_prefix(x: str, y: str) -> int:
    pairs = enumerate(zip(x, y, strict=False))
    return next((i for i, (p, q) in pairs if p != q), min(len(x), len(y)))


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
