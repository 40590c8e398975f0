"""Entity facts against gold entity mentions of real news (ECB+, MEANTIME); prints one JSON object.

    python bench/entities.py [--data DIR]

Texts are rebuilt from the CoNLL tokens as in bench/linking.py and analysed with
`parallax.nlp.analyse_many`; each gold mention takes the entity fact that best overlaps it
(characters, overlap / union at least 0.5, one to one). Per corpus and gold type:
- `recall`: share of gold mentions some entity fact stands for;
- `typed_recall`: share whose fact has the kind of the gold type (people are `person`, places
  `place`, organisations `organization`; ECB+'s NON mixes things and organisations and is not
  typed);
- `precision`: share of entity facts (in scored sentences) that stand for a gold mention. Gold
  marks only some entities (ECB+: those taking part in the annotated events; MEANTIME: those of
  its types), so this is a lower bound, for comparing runs, not systems;
- `typed_precision`: of those, share whose kind agrees with the gold type (typed types only);
- `person_as_place` / `place_as_person`: gold people whose fact is a place, and the reverse.
Gold types: ECB+ HUM, LOC, NON (sentences listed in ECBplus_coreference_sentences.csv);
MEANTIME PER, LOC, ORG (every sentence; its PRO, FIN, OTH chains are not scored).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import linking
from linking import Document, build_document, entity_only, fact_of_mention
from parallax.model import Article
from parallax.nlp import analyse_many, load_pipeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
KIND_OF = {"HUM": "person", "PER": "person", "LOC": "place", "ORG": "organization"}
MEANTIME_TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}


def ecb_documents(data: Path) -> list[Document]:
    folder = data / "ecbplus-dev"
    return linking.read_documents(folder, set(range(1, 36)), linking.annotated_sentences(folder))


def meantime_documents(data: Path) -> list[Document]:
    """MEANTIME documents with their PER, LOC and ORG mentions (chain prefixes after
    `cross_`/`intra_`)."""
    rows: dict[str, dict[int, list[tuple[str, str]]]] = defaultdict(dict)
    for line in (data / "meantime" / "meantime.conll").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, sentence, _token, word, coref = line.split("\t")[:5]
            coref = "|".join(_typed(item.strip()) for item in coref.split("|"))
            rows[key].setdefault(int(sentence), []).append((word, coref))
    every = {(key, n) for key, sentences in rows.items() for n in sentences}
    saved = linking.SCORED
    linking.SCORED = MEANTIME_TYPES  # build_document keeps the chains of these types
    try:
        return [build_document(key, 0, sentences, every) for key, sentences in rows.items()]
    finally:
        linking.SCORED = saved


def _typed(item: str) -> str:
    """ "(cross_intra_ORG371" -> "(ORG371": the type first, as build_document reads it."""
    if item == "-":
        return item
    core = item.strip("()")
    for prefix in ("cross_intra_", "cross_", "intra_"):
        core = core.removeprefix(prefix)
    return ("(" if item.startswith("(") else "") + core + (")" if item.endswith(")") else "")


def score(docs: list[Document], pipeline) -> dict:
    articles = [Article(id=d.key, sha256="", text=d.text) for d in docs]
    found: Counter = Counter()
    typed: Counter = Counter()
    gold: Counter = Counter()
    confusion: Counter = Counter()
    facts = matched = agreeing = typed_matched = 0
    for doc, analysis in zip(docs, analyse_many(articles, pipeline=pipeline), strict=True):
        analysis = entity_only(analysis)
        cover = fact_of_mention(doc, analysis)
        kinds = {f.id: f.kind for f in analysis.facts}
        gold.update(m.type for m in doc.mentions)
        scored = _paragraphs_with_mentions(doc)
        facts += sum(any(s <= f.start < e for s, e in scored) for f in analysis.facts)
        for fact_id, mention in cover.items():
            kind = kinds[fact_id]
            found[mention.type] += 1
            matched += 1
            if mention.type in KIND_OF:
                typed_matched += 1
                agreeing += kind == KIND_OF[mention.type]
                typed[mention.type] += kind == KIND_OF[mention.type]
            if KIND_OF.get(mention.type) == "person" and kind == "place":
                confusion["person_as_place"] += 1
            if KIND_OF.get(mention.type) == "place" and kind == "person":
                confusion["place_as_person"] += 1
    by_type = {
        t: {
            "gold": gold[t],
            "recall": round(found[t] / gold[t], 4),
            **({"typed_recall": round(typed[t] / gold[t], 4)} if t in KIND_OF else {}),
        }
        for t in sorted(gold)
    }
    return {
        "documents": len(docs),
        "by_type": by_type,
        "entity_facts": facts,
        "precision": round(matched / facts, 4) if facts else None,
        "typed_precision": round(agreeing / typed_matched, 4) if typed_matched else None,
        "person_as_place": confusion["person_as_place"],
        "place_as_person": confusion["place_as_person"],
    }


def _paragraphs_with_mentions(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the sentences (one paragraph each) holding a gold mention: where facts
    are counted for precision."""
    spans, start = [], 0
    for part in doc.text.split("\n\n"):
        end = start + len(part)
        if any(start <= m.start < end for m in doc.mentions):
            spans.append((start, end))
        start = end + 2
    return spans


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if not (args.data / "ecbplus-dev").is_dir() or not (args.data / "meantime").is_dir():
        sys.exit(f"bench/entities.py: ECB+ or MEANTIME not found in {args.data} (use --data DIR)")
    pipeline = load_pipeline()
    report = {
        "benchmark": "entities",
        "model": pipeline.info.to_json(),
        "ecbplus": score(ecb_documents(args.data), pipeline),
        "meantime": score(meantime_documents(args.data), pipeline),
    }
    print(json.dumps(report, indent=2))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    return parser


if __name__ == "__main__":
    main()
