"""How often fact matching is right on real reports of one event by different outlets.

What it runs: the dev set of real pairs (`pairs()`): ECB+ topics 1-35 (in each sub-topic file,
documents 1+2, 3+4 and 5+6: different outlets' reports of one event) and MEANTIME (articles of
one topic published at most two days apart that share at least four cross-document entity
chains, at most 40 pairs). Each document is rebuilt from its CoNLL tokens, printed as the page
had them ("5.4 per cent", "170,000", "4:59 PM", "anti-piracy"); a MEANTIME article's first line
gives its title and its second (kept as the text's first line) its publication date, an ECB+
article's source URL its date when the URL holds one. Every document is analysed with the
installed model, every pair compared with `parallax.compare.comparison`, and each reported match
looked up in the hand labels of `realpairs_labels.jsonl`.

A label belongs to a pair of facts, not to a status, so it still applies when the matcher
changes its mind: `conflict` (both report one thing, with values that disagree), `same`
(one thing, compatible values), `different` (two different things), `unclear`; for a fact
reported only on one side, `absent` (the other article does not report it) or `present`.
Precision: conflicts labelled `conflict`; agree/variant labelled `same`; only-in labelled
`absent`; `unclear` is left out of the denominator and counted.

Prints JSON: per status and kind, reported / labelled / correct / precision, the number of true
conflicts found, and how many reported matches have no label yet. `--dump FILE` writes the
unlabelled ones (with both sentences, but not the tool's note) as JSONL, to be labelled by
reading the text; `--sample N` dumps a seeded random sample of that size per status group.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import corpus
from corpus import _NO_SPACE_AFTER, _NO_SPACE_BEFORE, SHARED_DATA, require
from parallax.compare.comparison import compare
from parallax.compare.match.kinds import family
from parallax.model import Article, Comparison, Fact, Match
from parallax.nlp import analyse_many, load_pipeline

LABELS = Path(__file__).with_name("realpairs_labels.jsonl")
ECB_PAIRS_PER_SUBTOPIC = 3
MEANTIME_SHARED_CHAINS = 4
MEANTIME_MAX_PAIRS = 40
MEANTIME_DAYS = 2
VALUE_FAMILIES = ("count", "ordinal", "money", "percent", "date", "time")
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?:/|[^\d])")
_TRAILING_DATE = re.compile(r"([A-Z][a-z]+ \d{1,2}, \d{4})\s*$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--dump", type=Path, help="write unlabelled reported matches here")
    parser.add_argument("--sample", type=int, default=0, help="dump N per group, seeded")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    require(args.data / "ecbplus-dev")
    results = run(args.data)
    labels = load_labels(args.labels)
    print(json.dumps(score(results, labels), indent=2))
    if args.dump:
        dump(results, labels, args.dump, sample=args.sample, seed=args.seed)


def run(data: Path = SHARED_DATA) -> list[tuple[str, Comparison]]:
    """(pair key, comparison) for every pair of the dev set."""
    docs = dict(articles(data))
    chosen = pairs(data, docs)
    needed = sorted({key for pair in chosen for key in pair})
    pipeline = load_pipeline()
    found = analyse_many([docs[k] for k in needed], pipeline=pipeline)
    analyses = dict(zip(needed, found, strict=True))
    return [
        (pair_key(x, y), compare(docs[x], docs[y], analyses[x], analyses[y])) for x, y in chosen
    ]


def pair_key(x: str, y: str) -> str:
    return f"{x}|{y}"


def articles(data: Path) -> Iterator[tuple[str, Article]]:
    """(doc key, Article) for every ECB+ and MEANTIME document."""
    for path in sorted((data / "ecbplus-dev" / "conll").glob("*.conll")):
        for key, sentences in _read_raw(path):
            url = " ".join(sentences[0]) if "ecbplus" in key else ""
            body = sentences[1:] if "ecbplus" in key else sentences
            yield key, _article(key, body, published=_url_date(url), url=url or None)
    for key, sentences in _read_raw(data / "meantime" / "meantime.conll"):
        title = _join(sentences[0])  # the headline; the next line is the date, kept as a dateline
        found = _TRAILING_DATE.search(_join(sentences[1])) if len(sentences) > 1 else None
        published = _parse_date(found.group(1)) if found else None
        yield key, _article(key, sentences[1:], published=published, title=title)


def _read_raw(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    """Sentences of each document, sentence 0 kept (an ECB+ document's source URL)."""
    return corpus._read(path, keep_url=True)


TOKEN_WORDS: dict[str, int] = {}


def _article(key: str, sentences: list[list[str]], **meta) -> Article:
    TOKEN_WORDS[key] = sum(len(corpus._join(s).split()) for s in sentences)
    text = "\n\n".join(
        " ".join(_join(s) for s in sentences[i : i + 3]) for i in range(0, len(sentences), 3)
    )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=key, sha256=digest, text=text, words=len(text.split()), **meta)


def _join(tokens: list[str]) -> str:
    """Tokens re-joined as they were printed: "5.4 per cent", "4:59 PM", "anti-piracy",
    "2013-09-26", "12/16/08", "p.m." (the CoNLL files split all of these)."""
    return "".join(text for _, text in _pieces(tokens))


def _pieces(tokens: list[str]) -> Iterator[tuple[int, str]]:
    """(token index, text) with the spaces the printed text had."""
    previous = ""
    for i, token in enumerate(tokens):
        token = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i and _spaced(previous, token, following, tokens[i - 2] if i > 1 else ""):
            yield -1, " "
        yield i, token
        previous = token


def _spaced(previous: str, token: str, following: str, before_previous: str) -> bool:
    if _NO_SPACE_BEFORE.match(token) and not _joins(token, previous, following):
        return False
    if previous in _NO_SPACE_AFTER:
        return False
    if _joins(previous, before_previous, token):  # the token after a joining mark
        return False
    return not (token[:1] in ".,:/-" and _joins(token, previous, following))


def _joins(mark: str, left: str, right: str) -> bool:
    """A mark printed without spaces: 5.4, 170,000, 4:59, 12/16/08, anti-piracy, 15-year."""
    if mark in (".", ":", "/") and left[-1:].isdigit() and right[:1].isdigit():
        return True
    if mark == "," and left[-1:].isdigit() and re.match(r"\d{3}(?!\d)", right):
        return True  # 170,000 (but "April 27, 2009" keeps its space)
    if mark == "-":
        x, y = left[-1:], right[:1]
        return (x.isdigit() or x.islower()) and (y.isdigit() or y.islower())
    return False


def _url_date(url: str) -> str | None:
    found = _URL_DATE.search(url.replace(" ", ""))
    if not found:
        return None
    try:
        return datetime(*map(int, found.groups())).date().isoformat()
    except ValueError:
        return None


def _parse_date(text: str) -> str | None:
    try:
        return datetime.strptime(text, "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def pairs(data: Path, docs: dict[str, Article]) -> list[tuple[str, str]]:
    """The dev set: ECB+ neighbours within a sub-topic, MEANTIME articles sharing entities."""
    chosen = []
    by_subtopic: dict[str, list[str]] = defaultdict(list)
    for key in docs:
        if "/" in key and not key.startswith("corpus_"):
            by_subtopic[key.rsplit("/", 1)[0]].append(key)
    for _subtopic, keys in sorted(by_subtopic.items()):
        keys = sorted((k for k in keys if _long_enough(docs[k])), key=_doc_number)
        for i in range(0, min(len(keys) - 1, 2 * ECB_PAIRS_PER_SUBTOPIC), 2):
            chosen.append((keys[i], keys[i + 1]))
    return chosen + meantime_pairs(data, docs)


def _long_enough(article: Article) -> bool:
    """80 words or more, counted as the benchmarks' corpus counts them (tokens apart)."""
    return TOKEN_WORDS[article.id] >= 80


def _doc_number(key: str) -> int:
    tail = key.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def meantime_pairs(data: Path, docs: dict[str, Article]) -> list[tuple[str, str]]:
    """Pairs of one MEANTIME topic sharing the most cross-document entity chains, published
    at most MEANTIME_DAYS apart: reports of one event, not the same index on another day."""
    chains: dict[str, set[str]] = defaultdict(set)
    for line in (data / "meantime" / "meantime.conll").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _s, _t, _w, coref, *_ = line.split("\t")
        for part in coref.split("|"):
            chain = part.strip("()")
            if chain.startswith("cross_"):
                chains[key].add(chain)
    scored = []
    for x, y in itertools.combinations(sorted(chains), 2):
        if x.split("/")[0] == y.split("/")[0] and _days_apart(docs[x], docs[y]) <= MEANTIME_DAYS:
            shared = len(chains[x] & chains[y])
            if shared >= MEANTIME_SHARED_CHAINS:
                scored.append((-shared, x, y))
    used: set[str] = set()
    chosen = []
    for _, x, y in sorted(scored):
        if x not in used and y not in used and len(chosen) < MEANTIME_MAX_PAIRS:
            used.update((x, y))
            chosen.append((x, y))
    return chosen


def _days_apart(x: Article, y: Article) -> float:
    if not x.published or not y.published:
        return float("inf")
    return abs((datetime.fromisoformat(x.published) - datetime.fromisoformat(y.published)).days)


def span(fact: Fact | None) -> list | None:
    return [fact.start, fact.end, fact.text] if fact else None


def label_key(pair: str, match: Match) -> str:
    return json.dumps([pair, span(match.a), span(match.b)])


def load_labels(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[json.dumps([row["pair"], row["a"], row["b"]])] = row
    return labels


def group(match: Match) -> str | None:
    """The precision group a match is scored in, or None when it is not scored."""
    if match.status in ("conflict", "possible"):
        return match.status
    if match.status in ("agree", "variant"):
        return "agree_variant"
    fact = match.a or match.b
    if fact is not None and family(fact.kind) in VALUE_FAMILIES:
        return "only"
    return None


CORRECT = {
    "conflict": "conflict",
    "possible": "conflict",
    "agree_variant": "same",
    "only": "absent",
}


def score(results: list[tuple[str, Comparison]], labels: dict[str, dict]) -> dict:
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for pair, comparison in results:
        for match in comparison.matches:
            name = group(match)
            if name is None:
                continue
            row = labels.get(label_key(pair, match))
            for kind in ("all", family(match.kind)):
                counts = table[name][kind]
                counts["reported"] += 1
                if row is None:
                    continue
                if row["label"] == "unclear":
                    counts["unclear"] += 1
                else:
                    counts["labelled"] += 1
                    counts["correct"] += row["label"] == CORRECT[name]
    out = {
        "benchmark": "realpairs",
        "pairs": len(results),
        "ecbplus_pairs": sum(not p.startswith("corpus_") for p, _ in results),
        "meantime_pairs": sum(p.startswith("corpus_") for p, _ in results),
        "labels": len(labels),
    }
    for name, kinds in sorted(table.items()):
        out[name] = {
            kind: {**counts, "precision": _ratio(counts["correct"], counts["labelled"])}
            for kind, counts in sorted(kinds.items())
        }
    conflicts = table["conflict"]["all"]
    out["true_conflicts_found"] = conflicts["correct"]
    out["unlabelled"] = {
        name: kinds["all"]["reported"] - kinds["all"]["labelled"] - kinds["all"]["unclear"]
        for name, kinds in table.items()
    }
    return out


def _ratio(x: int, y: int) -> float | None:
    return round(x / y, 3) if y else None


def dump(results, labels, path: Path, *, sample: int, seed: int) -> None:
    """Unlabelled reported matches with both sentences, for labelling by reading."""
    todo: dict[str, list[dict]] = defaultdict(list)
    for pair, comparison in results:
        for match in comparison.matches:
            name = group(match)
            if name is None or label_key(pair, match) in labels:
                continue
            todo[name].append(_item(pair, comparison, match))
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for name, items in sorted(todo.items()):
            if sample and len(items) > sample:
                items = rng.sample(items, sample)
            for item in items:
                out.write(json.dumps({"group": name, **item}, ensure_ascii=False) + "\n")
    print(f"wrote {sum(1 for _ in path.open())} items to {path}", file=sys.stderr)


def _item(pair: str, comparison: Comparison, match: Match) -> dict:
    item = {"pair": pair, "kind": match.kind, "a": span(match.a), "b": span(match.b)}
    item["published"] = [comparison.a.published, comparison.b.published]
    for side, fact, article, analysis in (
        ("a", match.a, comparison.a, comparison.a_analysis),
        ("b", match.b, comparison.b, comparison.b_analysis),
    ):
        if fact is not None:
            sentence = analysis.sentences[fact.sentence]
            item[f"{side}_sentence"] = article.text[sentence.start : sentence.end]
        elif match.status in ("only_a", "only_b"):
            item[f"{side}_text"] = article.text
    return item


if __name__ == "__main__":
    main()
