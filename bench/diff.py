"""Word-diff speed: rapidfuzz vs difflib on token ids, and word_changes; prints one JSON object.

    python bench/diff.py [--words 10000] [--document-words 20000] [--data DIR] [--generated]
                         [--repeats 3] [--seed 7]

Text: MSRP news sentences from ../shared/data/paraphrase-dev when present, else a seeded generator
of wire-style sentences (`text_source` says which). B is A edited by a seeded hand: about 3% of
words replaced, 0.5% deleted, 0.5% inserted, and for documents 2% of sentences dropped or added.
In one run, on the same token-id lists:
- `rapidfuzz_indel_ms`: `rapidfuzz.distance.Indel.opcodes` (what compare.diff uses);
- `difflib_ms`: `difflib.SequenceMatcher(autojunk=False).get_opcodes()` (the fallback);
- `*_kept_tokens`: tokens left unchanged by each (the larger, the closer to minimal);
- `diff_tokens_ms`: our `diff_tokens` over the same tokens (ids, style split and merging);
- `documents`: `word_changes` over two aligned documents of `--document-words` words (a revision:
  B is A edited as above), with classification, without facts (word lists) and with stand-in
  facts (one per number, name and quote, found by pattern);
- `rival_documents`: the same over MSRP pairs, A the first sentence of each, B the second (two
  outlets' wording: nearly every pair changed).
Each timing is the best of `--repeats` runs (difflib: one run).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

from rapidfuzz.distance import Indel

from parallax.compare.diff.changes import diff_tokens, word_changes
from parallax.model import Alignment, Fact, Sentence, count_words
from parallax.text.tokens import tokenize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GOAL_MS = 300  # the whole compare of two 20,000-word documents
RATES = {"replace": 0.03, "delete": 0.005, "insert": 0.005}


# Text ------------------------------------------------------------------------------------------
def msrp_pairs(folder: Path) -> list[tuple[str, str]]:
    """MSRP sentence pairs (two outlets reporting one thing), first sentences without repeats."""
    path = folder / "paraphrase-dev" / "msr-para-train.tsv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        pairs = {row["#1 String"].strip(): row["#2 String"].strip() for row in rows}
    return list(pairs.items())


def generated_sentences(*, seed: int, count: int = 4000) -> list[str]:
    """Wire-style sentences with names, numbers, dates and quotes."""
    rng = random.Random(seed)
    names = ["Tomas Reyes", "Ines Dalca", "Lloyd Austin", "the Red Cross", "NATO", "Ana Ruiz"]
    verbs = ["said", "announced", "told reporters", "warned", "confirmed"]
    things = ["people were killed", "homes were destroyed", "soldiers arrived", "schools closed"]
    days = ["Monday", "Tuesday", "October 21", "last week"]
    return [
        f"{rng.choice(names)} {rng.choice(verbs)} on {rng.choice(days)} that "
        f"{rng.randint(2, 900)} {rng.choice(things)}, and \u201cwe will stay\u201d in "
        f"{rng.choice(['Kyiv', 'Carrow', 'Lisbon'])}."
        for _ in range(count)
    ]


def take_words(sentences: list[str], words: int) -> list[str]:
    taken, total = [], 0
    for sentence in sentences:
        if total >= words:
            break
        taken.append(sentence)
        total += count_words(sentence)
    return taken


def edited(sentence: str, rng: random.Random, vocabulary: list[str]) -> str:
    """The sentence with a few words replaced, deleted or inserted."""
    out = []
    for word in sentence.split():
        roll = rng.random()
        if roll < RATES["replace"]:
            out.append(rng.choice(vocabulary))
        elif roll < RATES["replace"] + RATES["delete"]:
            continue
        else:
            out.append(word)
        if rng.random() < RATES["insert"]:
            out.append(rng.choice(vocabulary))
    return " ".join(out) or sentence


# Documents -------------------------------------------------------------------------------------
def rival_documents(pairs: list[tuple[str, str]], words: int) -> dict:
    """A from the first sentences of MSRP pairs, B from the second: each pair aligned."""
    firsts = take_words([first for first, _ in pairs], words)
    a_text, a_sentences = joined(firsts)
    b_text, b_sentences = joined([second for _, second in pairs[: len(firsts)]])
    alignment = [Alignment((i,), (i,), 0.7, "changed") for i in range(len(firsts))]
    return {"a_text": a_text, "b_text": b_text, "alignment": alignment,
            "a_sentences": a_sentences, "b_sentences": b_sentences}  # fmt: skip


def documents(sentences: list[str], rng: random.Random, vocabulary: list[str]) -> dict:
    """Two aligned documents: B's sentences edited, some dropped, some added; the alignment."""
    a_parts, b_parts, alignment = [], [], []
    for sentence in sentences:
        roll = rng.random()
        if roll < 0.01:  # only in A
            a_parts.append(sentence)
            continue
        if roll < 0.02:  # B adds one before it
            b_parts.append(rng.choice(sentences))
        b_sentence = edited(sentence, rng, vocabulary)
        kind = "same" if b_sentence == sentence else "changed"
        alignment.append(Alignment((len(a_parts),), (len(b_parts),), 1.0, kind))
        a_parts.append(sentence)
        b_parts.append(b_sentence)
    a_text, a_sentences = joined(a_parts)
    b_text, b_sentences = joined(b_parts)
    return {"a_text": a_text, "b_text": b_text, "alignment": alignment,
            "a_sentences": a_sentences, "b_sentences": b_sentences}  # fmt: skip


def joined(parts: list[str]) -> tuple[str, list[Sentence]]:
    """Sentences joined by spaces, a paragraph break every five."""
    pieces, sentences, at = [], [], 0
    for index, part in enumerate(parts):
        separator = "" if index == 0 else ("\n\n" if index % 5 == 0 else " ")
        at += len(separator)
        sentences.append(Sentence(index, at, at + len(part)))
        pieces += [separator, part]
        at += len(part)
    return "".join(pieces), sentences


_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_NUMBER = re.compile(r"\$?\d[\d,.]*(?: (?:million|billion))?")
_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]+)[\"\u201d]")


def rough_facts(text: str) -> list[Fact]:
    """Stand-in facts by pattern: numbers, mid-sentence capitalised names, quoted words."""
    kinds = (("number", _NUMBER, 0), ("person", _NAME, 0), ("quote", _QUOTE, 1))
    return [
        Fact(f"f{m.start(g)}", kind, m[g], m.start(g), m.end(g), 0)
        for kind, pattern, g in kinds
        for m in pattern.finditer(text)
    ]


# Timing ----------------------------------------------------------------------------------------
def best_ms(run: Callable[[], object], repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return round(min(times) * 1000, 2), result


def token_diff_report(a_text: str, b_text: str, repeats: int) -> dict:
    a_tokens, b_tokens = tokenize(a_text), tokenize(b_text)
    vocabulary: dict[str, int] = {}
    a_ids = [vocabulary.setdefault(t.norm, len(vocabulary)) for t in a_tokens]
    b_ids = [vocabulary.setdefault(t.norm, len(vocabulary)) for t in b_tokens]
    fast_ms, fast = best_ms(lambda: Indel.opcodes(a_ids, b_ids).as_list(), repeats)
    matcher = SequenceMatcher(None, a_ids, b_ids, autojunk=False)
    slow_ms, slow = best_ms(matcher.get_opcodes, 1)
    ours_ms, _ = best_ms(lambda: diff_tokens(a_text, a_tokens, b_text, b_tokens), repeats)
    return {
        "words": [count_words(a_text), count_words(b_text)],
        "tokens": [len(a_tokens), len(b_tokens)],
        "rapidfuzz_indel_ms": fast_ms,
        "difflib_ms": slow_ms,
        "speedup": round(slow_ms / fast_ms, 1),
        "rapidfuzz_kept_tokens": _kept(fast),
        "difflib_kept_tokens": _kept(slow),
        "diff_tokens_ms": ours_ms,
    }


def _kept(opcodes) -> int:
    return sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")


def word_changes_report(docs: dict, repeats: int) -> dict:
    facts = {"a_facts": rough_facts(docs["a_text"]), "b_facts": rough_facts(docs["b_text"])}
    plain_ms, plain = best_ms(lambda: word_changes(**docs), repeats)
    with_ms, with_facts = best_ms(lambda: word_changes(**docs, **facts), repeats)
    return {
        "words": [count_words(docs["a_text"]), count_words(docs["b_text"])],
        "sentences": [len(docs["a_sentences"]), len(docs["b_sentences"])],
        "pairs": len(docs["alignment"]),
        "facts": [len(facts["a_facts"]), len(facts["b_facts"])],
        "changes": len(plain),
        "word_changes_ms": plain_ms,
        "word_changes_with_facts_ms": with_ms,
        "categories": dict(Counter(c.category for c in plain).most_common()),
        "categories_with_facts": dict(Counter(c.category for c in with_facts).most_common()),
        "goal_whole_compare_ms": GOAL_MS,
    }


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    real = (args.data / "paraphrase-dev").is_dir() and not args.generated
    pairs = msrp_pairs(args.data) if real else []
    pool = [first for first, _ in pairs] or generated_sentences(seed=args.seed)
    rng = random.Random(args.seed)
    vocabulary = [word for sentence in pool[:500] for word in sentence.split()]
    a_text = " ".join(take_words(pool, args.words))
    b_text = edited(a_text, rng, vocabulary)
    docs = documents(take_words(pool, args.document_words), rng, vocabulary)
    report = {
        "benchmark": "diff",
        "text_source": "MSRP news sentences" if real else "generated",
        "edit_rates": RATES,
        "token_diff": token_diff_report(a_text, b_text, args.repeats),
        "documents": word_changes_report(docs, args.repeats),
        "rival_documents": (
            word_changes_report(rival_documents(pairs, args.document_words), args.repeats)
            if pairs
            else None
        ),
        "repeats": args.repeats,
    }
    print(json.dumps(report, indent=2))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--document-words", type=int, default=20_000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--generated", action="store_true", help="use generated text")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    return parser


if __name__ == "__main__":
    main()
