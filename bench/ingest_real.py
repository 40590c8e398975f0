"""Importing real news pages, as HTML files and as pasted text; prints one JSON object.

    python bench/ingest_real.py [--data DIR] [--no-facts] [--pages]

For each of the 29 pages of ../shared/data/webpages (pages.json), two imports through the real
readers: the saved HTML file (`ingest.read_path`, trafilatura) and a pasted copy of it
(`ingest.read_text`), the copy made at run time with `lynx -dump -nolist -display_charset=utf-8`
(Debian's lynx; the pasted half is skipped when lynx is absent). Reported for each:
- `headline`, `date`, `outlet`, `byline`: the share of pages where the field is right, among the
  pages whose pasted text shows it, against bench/webpages_labels.json (labelled by reading the
  pasted copies: headline by the SHA-256 of its normalised words, outlet as the names that count,
  date as the page shows it). `date_vs_gold`: against htmldate's gold date where pages.json has it.
- `furniture`: lines of the stored text holding a body_lacks snippet are furniture, lines holding
  a body_has snippet are story (pages.json, trafilatura's evaluation set); a line counts as marked
  when furniture spans cover all of it. `recall` = furniture lines marked / furniture lines;
  `precision` = furniture lines marked / labelled lines marked; `body_kept` = story lines not
  marked / story lines (the goal's "never lose a body sentence").
- `facts_in_furniture_per_page` (unless --no-facts): the facts still shown after furniture is
  skipped (`parallax.application.analyses.skip_furniture`, as the CLI and the reader do) that lie on
  a furniture line, per labelled page; `facts_lost_from_body` counts the facts removed from story
  lines. Facts come from the real spaCy pipeline (`nlp.analyse_many`).
`--pages` adds what was found on each page. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from parallax import ingest
from parallax.application.analyses import skip_furniture
from parallax.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = Path(__file__).resolve().parent / "webpages_labels.json"
FIELDS = ("headline", "date", "outlet", "byline")


def norm(text: str) -> str:
    """Words only, case folded, quotes straightened: how labels and findings are compared."""
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    text = text.replace("&#39;", "'")
    return " ".join(re.findall(r"\w+", text.casefold()))


def digest(text: str) -> str:
    return hashlib.sha256(norm(text).encode()).hexdigest()[:16]


def lynx(path: Path) -> str:
    """The page as a text-mode browser shows it (what select-all and copy gives)."""
    done = subprocess.run(
        ["lynx", "-dump", "-nolist", "-display_charset=utf-8", str(path)],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8", errors="replace")


# Metadata -------------------------------------------------------------------------------------
def right(field: str, article: Article, label) -> bool:
    if field == "headline":
        return bool(article.title) and digest(article.title) == label["sha256"]
    if field == "date":
        return article.published == label
    if field == "outlet":
        found = norm(article.outlet or "")
        return bool(found) and any(found.startswith(norm(name)) for name in label)
    found = norm(re.sub(r"^\s*by\s+", "", article.byline or "", flags=re.I))
    return bool(found) and found == norm(label)


def metadata_scores(results: list[dict]) -> dict:
    scores = {}
    for field in FIELDS:
        visible = [r for r in results if r["labels"][field] is not None]
        hits = sum(r["right"][field] for r in visible)
        scores[field] = {"right": hits, "visible": len(visible), "share": _share(hits, visible)}
    gold = [r for r in results if r["gold_date"]]
    hits = sum(r["article"].published == r["gold_date"] for r in gold)
    scores["date_vs_gold"] = {"right": hits, "pages": len(gold), "share": _share(hits, gold)}
    return scores


def _share(hits: int, of: list) -> float | None:
    return round(hits / len(of), 3) if of else None


# Furniture ------------------------------------------------------------------------------------
def labelled_lines(article: Article, page: dict) -> list[tuple[int, int, str]]:
    """(start, end, "furniture" | "story") for each line holding a snippet of pages.json."""
    found, offset = [], 0
    for line in article.text.split("\n"):
        key = norm(line)
        kind = None
        if any(norm(s) and norm(s) in key for s in page.get("body_lacks", [])):
            kind = "furniture"
        elif any(norm(s) and norm(s) in key for s in page.get("body_has", [])):
            kind = "story"
        if kind and line.strip():
            found.append((offset, offset + len(line), kind))
        offset += len(line) + 1
    return found


def marked(article: Article, start: int, end: int) -> bool:
    """Whether furniture spans cover every non-blank character of text[start:end]."""
    covered = set()
    for span in article.furniture:
        covered.update(range(max(start, span.start), min(end, span.end)))
    return all(i in covered for i in range(start, end) if not article.text[i].isspace())


def furniture_scores(results: list[dict]) -> dict:
    lines = [(r, line) for r in results for line in r["lines"]]
    furniture = [(r, s, e) for r, (s, e, kind) in lines if kind == "furniture"]
    story = [(r, s, e) for r, (s, e, kind) in lines if kind == "story"]
    caught = sum(marked(r["article"], s, e) for r, s, e in furniture)
    lost = [r["article"].text[s:e][:80] for r, s, e in story if marked(r["article"], s, e)]
    wrong = len(lost)
    return {
        "furniture_lines": len(furniture),
        "story_lines": len(story),
        "recall": _share(caught, furniture),
        "precision": round(caught / (caught + wrong), 3) if caught + wrong else None,
        "body_kept": _share(len(story) - wrong, story),
        "story_lines_marked": lost,
    }


# Facts ----------------------------------------------------------------------------------------
def fact_scores(results: list[dict]) -> dict:
    from parallax import nlp

    labelled = [r for r in results if r["lines"]]
    pipeline = nlp.load_pipeline()
    articles = [r["article"] for r in labelled]
    shown_in_furniture, lost_from_story, total = 0, 0, 0
    for r, analysis in zip(labelled, nlp.analyse_many(articles, pipeline=pipeline), strict=True):
        shown = skip_furniture(analysis, r["article"]).facts
        total += len(shown)
        for start, end, kind in r["lines"]:
            inside = [f for f in analysis.facts if start <= f.start and f.end <= end]
            kept = [f for f in shown if start <= f.start and f.end <= end]
            if kind == "furniture":
                shown_in_furniture += len(kept)
            else:
                lost_from_story += len(inside) - len(kept)
    return {
        "pages": len(labelled),
        "facts_shown": total,
        "facts_in_furniture_per_page": round(shown_in_furniture / len(labelled), 3),
        "facts_lost_from_body": lost_from_story,
    }


# Runs -----------------------------------------------------------------------------------------
def run(kind: str, pages: list[dict], labels: dict, folder: Path) -> list[dict]:
    results = []
    for page in pages:
        path = folder / page["file"]
        name = Path(page["file"]).name
        if kind == "html":
            article = ingest.read_path(path).article
        else:
            article = ingest.read_text(lynx(path), name="pasted text").article
        label = labels[name]
        results.append(
            {
                "name": name,
                "article": article,
                "labels": label,
                "gold_date": page.get("date"),
                "right": {
                    field: right(field, article, label[field])
                    for field in FIELDS
                    if label[field] is not None
                },
                "lines": labelled_lines(article, page),
            }
        )
    return results


def report(results: list[dict], *, facts: bool, per_page: bool) -> dict:
    out = {"pages": len(results), "metadata": metadata_scores(results)}
    out["furniture"] = furniture_scores(results)
    if facts:
        out["facts"] = fact_scores(results)
    if per_page:
        out["per_page"] = {
            r["name"]: {
                "title": r["article"].title,
                "outlet": r["article"].outlet,
                "byline": r["article"].byline,
                "published": r["article"].published,
                "wrong": [field for field, ok in r["right"].items() if not ok],
            }
            for r in results
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-facts", action="store_true")
    parser.add_argument("--pages", action="store_true")
    args = parser.parse_args()
    folder = args.data / "webpages"
    if not (folder / "pages.json").is_file():
        sys.exit(f"{folder}: evaluation data not found (expected ../shared/data beside the repo)")
    pages = json.loads((folder / "pages.json").read_text(encoding="utf-8"))
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["pages"]
    out = {
        "html": report(
            run("html", pages, labels, folder), facts=not args.no_facts, per_page=args.pages
        )
    }
    if shutil.which("lynx"):
        pasted = run("pasted", pages, labels, folder)
        out["pasted"] = report(pasted, facts=not args.no_facts, per_page=args.pages)
    else:
        out["pasted"] = "lynx not installed"
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
