"""Extraction speed: raw spaCy vs the whole Article -> Analysis; prints one JSON object.

    python bench/extract.py [--words 50000] [--data DIR] [--generated] [--repeats 2]

Text: ECB+ news articles (real text, CoNLL tokens re-joined) from ../shared/data/ecbplus-dev when
present, else a seeded generator of wire-style stories (names, places, numbers, dates, quotes).
`text_source` says which. In one run, on the same texts and with the same loaded pipeline:
- `raw_nlp_pipe`: `nlp.pipe` alone (the model's components plus our paragraph-break component);
- `analyse_many`: the whole extraction (finders, repairs, names, quotes, overlaps, Fact objects);
- `analyse_many_n_process_2`: the same with two worker processes (batches of 8 articles);
- `ratio` = analyse_many / raw words per second (goal >= 0.85), `finders_seconds` and
  `our_rules_seconds` split the extra time between the number/date finders and the rest;
- `model_load_seconds`: `load_pipeline()` from cold (spaCy already imported).
Each timing is the best of `--repeats` runs after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from parallax.model import Article, count_words
from parallax.nlp import analyse_many, load_pipeline
from parallax.nlp.values import find_mentions

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

GOAL = 0.85
TWO = {"n_process": 2, "batch_size": 8}  # small batches keep both workers busy


# Text ------------------------------------------------------------------------------------------
def ecb_texts(folder: Path, words: int) -> list[str]:
    """ECB+ documents as plain text, in file order, until `words` words."""
    texts, total = [], 0
    for path in sorted(folder.glob("*.conll")):
        for text in _conll_documents(path):
            texts.append(text)
            total += count_words(text)
            if total >= words:
                return texts
    return texts


def _conll_documents(path: Path) -> Iterator[str]:
    docs: dict[str, dict[int, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 4 or ("plus" in cols[0] and cols[1] == "0"):  # ECB+ sentence 0: the URL
            continue
        docs.setdefault(cols[0], {}).setdefault(int(cols[1]), []).append(cols[3])
    for sentences in docs.values():
        yield "\n\n".join(_detokenise(tokens) for tokens in sentences.values())


def _detokenise(tokens: list[str]) -> str:
    text = " ".join("\u0000" if t in ('"', "``", "''") else t for t in tokens)
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r" ('s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    parts = text.split("\u0000")  # straight quotes alternate: opening, closing
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        out = (out + ' "' + part.lstrip()) if i % 2 == 0 else (out.rstrip() + '"' + part)
    return out.replace('  "', ' "')


PEOPLE = ["Tomas Reyes", "Ines Dalca", "Mara Vell", "Lloyd Austin", "Helena Marsh", "Ana Ruiz"]
PLACES = ["Carrow", "the Brenner Valley", "Kyiv", "Lisbon", "Odesa", "the Orsa River"]
ORGS = ["the Valley Relief Council", "the National Weather Office", "NATO", "the Red Cross"]
TEMPLATES = [
    "{place_caps}, {month} {day} (Northline) - {n} people were killed in {place} on {weekday}, "
    "{org} said, as {person} made a {ordinal} visit to the area.",
    '"We will not leave a single village behind," {surname} told reporters in {place}.',
    "{person} announced ${n} million in aid and said {n2:,} soldiers would arrive by {weekday}.",
    "The level of the river had fallen {pct}% since {weekday}, {org} said.",
    'Mayor {person} said about {n} schools remained closed. "It came fast," she said.',
    "The floods began on {month} {day} after {small} days of rain, the worst since {year}.",
]


def generated_texts(words: int, *, seed: int = 7) -> list[str]:
    """Wire-style stories of 8-14 paragraphs from TEMPLATES, until `words` words."""
    rng = random.Random(seed)
    texts, total = [], 0
    while total < words:
        text = "\n\n".join(_paragraph(rng) for _ in range(rng.randint(8, 14)))
        texts.append(text)
        total += count_words(text)
    return texts


def _paragraph(rng: random.Random) -> str:
    person, place = rng.choice(PEOPLE), rng.choice(PLACES)
    return rng.choice(TEMPLATES).format(
        person=person, surname=person.split()[-1], place=place, org=rng.choice(ORGS),
        place_caps=place.removeprefix("the ").upper(), month=rng.choice(["October", "March"]),
        day=rng.randint(1, 28), weekday=rng.choice(["Monday", "Tuesday", "Sunday"]),
        n=rng.randint(2, 400), n2=rng.randint(100, 5000), pct=rng.randint(1, 60),
        ordinal=rng.choice(["third", "fourth", "fifth"]), small=rng.choice(["four", "six"]),
        year=rng.randint(1950, 2020),
    )  # fmt: skip


# Timing ----------------------------------------------------------------------------------------
def best_seconds(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    folder = args.data / "ecbplus-dev" / "conll"
    real = folder.is_dir() and not args.generated
    texts = ecb_texts(folder, args.words) if real else generated_texts(args.words)
    articles = [Article(id=f"b{i}", sha256="", text=t) for i, t in enumerate(texts)]
    words = sum(count_words(t) for t in texts)

    import spacy  # noqa: F401 -- imported before timing the model load

    start = time.perf_counter()
    pipeline = load_pipeline()
    load_seconds = time.perf_counter() - start
    nlp = pipeline.nlp
    list(analyse_many(articles[:5], pipeline=pipeline))  # warm-up

    raw = best_seconds(lambda: list(nlp.pipe(texts, batch_size=32)), args.repeats)
    whole = best_seconds(lambda: list(analyse_many(articles, pipeline=pipeline)), args.repeats)
    two = best_seconds(lambda: list(analyse_many(articles, pipeline=pipeline, **TWO)), 1)
    finders = best_seconds(lambda: [find_mentions(t, published=None) for t in texts], 1)
    print(json.dumps(_report(args, real, texts, words, pipeline, load_seconds, raw, whole, two,
                             finders), indent=2))  # fmt: skip


def _report(args, real, texts, words, pipeline, load_seconds, raw, whole, two, finders) -> dict:
    ratio = raw / whole
    return {
        "benchmark": "extract",
        "text_source": "ECB+ (real news, CoNLL tokens re-joined)" if real else "generated",
        "articles": len(texts),
        "words": words,
        "model": pipeline.info.to_json(),
        "components": pipeline.nlp.pipe_names,
        "model_load_seconds": round(load_seconds, 3),
        "raw_nlp_pipe": {"seconds": round(raw, 3), "words_per_second": round(words / raw)},
        "analyse_many": {"seconds": round(whole, 3), "words_per_second": round(words / whole)},
        "analyse_many_n_process_2": {
            "seconds": round(two, 3),
            "words_per_second": round(words / two),
            **TWO,
        },
        "ratio": round(ratio, 3),
        "goal_ratio": GOAL,
        "meets_goal": ratio >= GOAL,
        "finders_seconds": round(finders, 3),
        "our_rules_seconds": round(max(0.0, whole - raw - finders), 3),
        "repeats": args.repeats,
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--generated", action="store_true", help="use generated text")
    parser.add_argument("--repeats", type=int, default=2)
    return parser


if __name__ == "__main__":
    main()
