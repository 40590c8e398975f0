"""Cross-article entity linking on ECB+: do our matches link the same person, place or
organisation across two articles? Prints one JSON object.

    python bench/linking.py [--data DIR] [--topics 1-35] [--n-process 1]

For every document of ECB+ topics 1–35 with at least one fully annotated sentence (listed in
ECBplus_coreference_sentences.csv), the text is rebuilt from the CoNLL tokens (every sentence,
one paragraph each; sentence 0 of an ecbplus document is its source URL and is left out) and
analysed with `parallax.nlp.analyse_many`. Gold mentions are the HUM, NON and LOC chains
(singletons included) in the listed sentences; ACT/NEG (events) and TIM (times) are not scored.
Each gold mention takes the entity fact that best overlaps its characters (overlap / union at
least 0.5, one fact per mention: "Obama" does not stand for "Obama administration").

Then for every pair of documents of one topic, `match_facts` on their entity facts: each
agree/variant match links every mention of A's entity to every mention of B's (the repeated
mentions the match stands for). A predicted link is right when both mentions are in one gold
chain. Pairwise precision, recall and F1 over cross-document mention pairs; recall counts every
gold link, including those of mentions we did not find (`ours_recall_between_found_mentions`
counts only links between mentions we found).

Baseline (same script, same mentions): link two mentions of different documents of a topic when
the lowercased last word of their gold span is equal (no lemmatiser runs in our NER-only
pipeline). `baseline_same_head` uses the mentions we found; `baseline_same_head_all_gold` every
gold mention.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from parallax.compare.align.sentences import align_sentences
from parallax.compare.match.facts import match_facts
from parallax.compare.match.groups import mention_groups
from parallax.compare.match.kinds import ENTITY_KINDS
from parallax.model import Analysis, Article, Fact
from parallax.nlp import analyse_many, load_pipeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus-dev"
SCORED = {"HUM": "HUM", "NON": "NON", "LOC": "LOC"}  # gold chain prefix -> type we score
LINKING = ("agree", "variant")
MIN_JACCARD = 0.5
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|''|'s|'re|'ve|'ll|'d|n't|'m|’s)$", re.I)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "``"}
_FILE = re.compile(r"^(\d+)(ecb(?:plus)?)$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A gold mention: its chain, type and characters in the rebuilt text."""

    doc: str
    chain: str
    type: str
    start: int
    end: int
    head: str  # lowercased last word


@dataclass
class Document:
    """One rebuilt ECB+ document and its scored gold mentions."""

    key: str
    topic: int
    text: str = ""
    mentions: list[Mention] = field(default_factory=list)


# Reading ECB+ ---------------------------------------------------------------------------------
def annotated_sentences(folder: Path) -> set[tuple[str, int]]:
    """(doc key, sentence number) of every fully annotated sentence."""
    found = set()
    with (folder / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            number, kind = _FILE.match(row["File"].strip()).groups()
            topic = row["Topic"].strip()
            found.add((f"{topic}/{topic}{kind}/{number}", int(row["Sentence Number"])))
    return found


def read_documents(folder: Path, topics: set[int], scored: set[tuple[str, int]]) -> list[Document]:
    """The documents of `topics` that have at least one annotated sentence."""
    docs: dict[str, Document] = {}
    # A file holds several topics, and some documents are in two files (identical copies).
    for path in sorted((folder / "conll").glob("*.conll")):
        for key, rows in _conll(path):
            topic = int(key.split("/")[0])
            if key not in docs and topic in topics and any((key, s) in scored for s in rows):
                docs[key] = build_document(key, topic, rows, scored)
    return sorted(docs.values(), key=lambda d: d.key)


def _conll(path: Path) -> Iterator[tuple[str, dict[int, list[tuple[str, str]]]]]:
    docs: dict[str, dict[int, list[tuple[str, str]]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, sentence, _token, word, coref = line.split("\t")[:5]
            docs.setdefault(key, {}).setdefault(int(sentence), []).append((word, coref))
    yield from docs.items()


def build_document(key: str, topic: int, rows: dict, scored: set[tuple[str, int]]) -> Document:
    doc = Document(key, topic)
    parts: list[str] = []
    offset = 0
    for number in sorted(rows):
        if "ecbplus" in key and number == 0:
            continue  # the source URL
        text, spans = join_tokens([word for word, _ in rows[number]])
        if (key, number) in scored:
            coref = [c for _, c in rows[number]]
            doc.mentions += gold_mentions(key, coref, spans, text, offset)
        parts.append(text)
        offset += len(text) + 2
    doc.text = "\n\n".join(parts)
    return doc


def join_tokens(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as printed, and each token's (start, end) in it."""
    out, spans, length = [], [], 0
    for token in tokens:
        token = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        if out and not _NO_SPACE_BEFORE.match(token) and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
            length += 1
        spans.append((length, length + len(token)))
        out.append(token)
        length += len(token)
    return "".join(out), spans


def gold_mentions(key, coref: list[str], spans, text: str, offset: int) -> list[Mention]:
    """The scored mentions of one sentence from its bracketed chain column."""
    found, open_at = [], defaultdict(list)
    for i, cell in enumerate(coref):
        for item in cell.split("|") if cell != "-" else []:
            chain = item.strip("()")
            if item.startswith("("):
                open_at[chain].append(i)
            if item.endswith(")") and open_at[chain]:
                start = spans[open_at[chain].pop()][0]
                found.append(_mention(key, chain, start, spans[i][1], text, offset))
    return [m for m in found if m is not None]


def _mention(key, chain, start, end, text, offset) -> Mention | None:
    kind = chain.removeprefix("Singleton_")[:3]
    if kind not in SCORED:
        return None
    head = text[start:end].split()[-1].casefold()
    return Mention(key, chain, SCORED[kind], offset + start, offset + end, head)


# Our links ------------------------------------------------------------------------------------
def entity_only(analysis: Analysis) -> Analysis:
    return replace(analysis, facts=tuple(f for f in analysis.facts if f.kind in ENTITY_KINDS))


def fact_of_mention(doc: Document, analysis: Analysis) -> dict[str, Mention]:
    """Fact id -> the gold mention it stands for: character overlap over union (Jaccard) at
    least MIN_JACCARD, best first, one to one. "Obama" is not the mention "Obama
    administration"; "Queens" is the mention "in Queens"."""
    overlaps = []
    for fact in analysis.facts:
        for mention in doc.mentions:
            size = min(fact.end, mention.end) - max(fact.start, mention.start)
            union = max(fact.end, mention.end) - min(fact.start, mention.start)
            if size > 0 and size / union >= MIN_JACCARD:
                overlaps.append((size / union, fact.id, mention))
    taken: dict[str, Mention] = {}
    used: set[Mention] = set()
    for _, fact_id, mention in sorted(overlaps, key=lambda o: -o[0]):
        if fact_id not in taken and mention not in used:
            taken[fact_id] = mention
            used.add(mention)
    return taken


def predicted_links(docs, analyses, covered) -> set[tuple[Mention, Mention]]:
    """Pairs of gold mentions of two documents that our agree/variant matches link."""
    links: set[tuple[Mention, Mention]] = set()
    groups = [mention_groups(a.facts) for a in analyses]
    by_topic = defaultdict(list)
    for i, doc in enumerate(docs):
        by_topic[doc.topic].append(i)
    for members in by_topic.values():
        for i, j in itertools.combinations(members, 2):
            x, y = analyses[i], analyses[j]
            alignment = align_sentences(
                docs[i].text,
                x.sentences,
                docs[j].text,
                y.sentences,
                a_facts=x.facts,
                b_facts=y.facts,
            )
            for m in match_facts(
                x, y, a_text=docs[i].text, b_text=docs[j].text, alignment=alignment
            ):
                if m.status in LINKING:
                    links |= _expand(groups[i][m.a.id], groups[j][m.b.id], covered[i], covered[j])
    return links


def _expand(xs: Iterable[Fact], ys: Iterable[Fact], cover_x, cover_y) -> set:
    left = [cover_x[f.id] for f in xs if f.id in cover_x]
    right = [cover_y[f.id] for f in ys if f.id in cover_y]
    return {(x, y) for x in left for y in right}


# Scores ---------------------------------------------------------------------------------------
def cross_pairs(counts: Counter) -> int:
    """Pairs of items from different documents, given a count per document."""
    total = sum(counts.values())
    return (total * total - sum(n * n for n in counts.values())) // 2


def gold_links(mentions: Iterable[Mention]) -> int:
    by_chain: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for m in mentions:
        by_chain[_topic(m), m.chain][m.doc] += 1
    return sum(cross_pairs(c) for c in by_chain.values())


def same_head_links(mentions: list[Mention]) -> tuple[int, int]:
    """(predicted, correct) links of the same-head baseline."""
    by_head: dict[tuple, Counter] = defaultdict(Counter)
    by_head_chain: dict[tuple, Counter] = defaultdict(Counter)
    for m in mentions:
        by_head[_topic(m), m.head][m.doc] += 1
        by_head_chain[_topic(m), m.head, m.chain][m.doc] += 1
    predicted = sum(cross_pairs(c) for c in by_head.values())
    return predicted, sum(cross_pairs(c) for c in by_head_chain.values())


def _topic(mention: Mention) -> int:
    return int(mention.doc.split("/")[0])


def scores(predicted: int, correct: int, gold: int) -> dict:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "predicted_links": predicted, "correct_links": correct}  # fmt: skip


# Run ------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if not (args.data / "conll").is_dir():
        sys.exit(f"bench/linking.py: ECB+ data not found in {args.data} (use --data DIR)")
    started = time.perf_counter()
    docs = read_documents(args.data, _topic_range(args.topics), annotated_sentences(args.data))
    pipeline = load_pipeline()
    articles = [Article(id=d.key, sha256="", text=d.text) for d in docs]
    analysed = time.perf_counter()
    analyses = [entity_only(a) for a in analyse_many(articles, pipeline=pipeline,
                                                     n_process=args.n_process)]  # fmt: skip
    analysed = time.perf_counter() - analysed
    covered = [fact_of_mention(d, a) for d, a in zip(docs, analyses, strict=True)]
    matching = time.perf_counter()
    links = predicted_links(docs, analyses, covered)
    matching = time.perf_counter() - matching
    report = _report(args, docs, covered, links, pipeline)
    report["seconds"] = {"analyse": round(analysed, 1), "match": round(matching, 1),
                         "total": round(time.perf_counter() - started, 1)}  # fmt: skip
    print(json.dumps(report, indent=2))


def _report(args, docs: list[Document], covered, links, pipeline) -> dict:
    mentions = [m for d in docs for m in d.mentions]
    found = [m for cover in covered for m in cover.values()]
    gold = gold_links(mentions)
    correct = sum(a.chain == b.chain for a, b in links)
    return {
        "benchmark": "linking",
        "data": "ECB+ (Cybulska & Vossen 2014), CoNLL conversion; topics " + args.topics,
        "scored": "HUM, NON, LOC chains incl. singletons, in annotated sentences only; "
        "ACT/NEG (events) and TIM (times) not scored",
        "model": pipeline.info.to_json(),
        "documents": len(docs),
        "document_pairs": sum(n * (n - 1) // 2 for n in Counter(d.topic for d in docs).values()),
        "gold_mentions": dict(Counter(m.type for m in mentions), total=len(mentions)),
        "mentions_found": dict(Counter(m.type for m in found), total=len(found)),
        "gold_links": gold,
        "gold_links_between_found_mentions": gold_links(found),
        "ours": scores(len(links), correct, gold),
        "ours_recall_between_found_mentions": round(correct / gold_links(found), 4),
        "ours_recall_by_type": _recall_by_type(links, mentions),
        "baseline_same_head": scores(*same_head_links(found), gold),
        "baseline_same_head_all_gold": scores(*same_head_links(mentions), gold),
        "baseline_head": "lowercased last word of the gold mention span",
    }


def _recall_by_type(links, mentions: list[Mention]) -> dict:
    result = {}
    for kind in SCORED.values():
        gold = gold_links(m for m in mentions if m.type == kind)
        right = sum(a.chain == b.chain and a.type == kind for a, b in links)
        result[kind] = round(right / gold, 4) if gold else None
    return result


def _topic_range(text: str) -> set[int]:
    low, _, high = text.partition("-")
    return set(range(int(low), int(high or low) + 1))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the ecbplus-dev folder")
    parser.add_argument("--topics", default="1-35", help="a topic or a range: 3, 1-35")
    parser.add_argument("--n-process", type=int, default=1, help="spaCy worker processes")
    return parser


if __name__ == "__main__":
    main()
