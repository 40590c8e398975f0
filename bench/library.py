"""Library speed: import N generated news articles, then time FTS5 searches; prints one JSON object.

    python bench/library.py [--articles 10000] [--words 800] [--library PATH] [--queries 200]

--library names a new library file to keep (default: one in a temporary folder, deleted after).

The articles come from a seeded generator (topics, people, places, numbers, a Zipf-shaped
vocabulary), so runs are comparable. Two baselines are measured in the same run on the same rows:
raw `sqlite3` executemany into the articles table without the search index, and with it (our
schema and triggers), so the reader sees what the index costs and what our Python layer adds.
Targets: import <= 30 s, search p50 <= 30 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from parallax import resources
from parallax.library import open_library, store
from parallax.model import Article, Parsed

TARGETS = {"import_seconds": 30.0, "search_p50_ms": 30.0}


def _split(text: str) -> list[str]:
    return text.split()


COMMON = _split("""the of and to a in that is was he for it with as his on be at by i this had not
are but from or have an they which one you were her all she there would their we him been has when
who will more no if out so said what up its about into than them can only other new some could
time these two may then do first any my now such like our over man me even most made after also
did many before must through back years where much your way well down should because each just
those people how too little state good very make world still own see men work long get here
between both life being under never day same another know while last might us great old year off
come since against go came right used take three""")

NEWS = _split("""government minister president official officials police court report reports city
country election vote voters party campaign parliament council budget tax taxes economy market
markets bank banks inflation rates company companies workers union strike talks deal agreement
ceasefire troops army soldiers attack attacks border refugees aid crisis storm flood floods fire
hospital health doctors patients school schools students teachers prices energy oil gas power
climate summit visit visited leader leaders spokesman spokeswoman statement interview sources
investigation charges trial judge jury ruling law laws bill ministers announced confirmed denied
warned said told according reported killed injured dead missing rescued evacuated arrested
million billion percent dollars euros pounds week month today yesterday monday tuesday wednesday
thursday friday saturday sunday morning evening night capital region province district village
harbour port airport bridge road railway station plant factory mine farm farmers crops water""")

TOPICS = [
    "election ballot turnout candidate polls recount coalition opposition incumbent",
    "storm hurricane rainfall evacuation shelter landslide flood levee forecast",
    "ceasefire negotiation envoy hostages frontline artillery drone shelling truce",
    "inflation interest central bank bonds currency deficit recession growth",
    "vaccine outbreak hospital infection virus quarantine clinic epidemic nurses",
    "strike union wages pension walkout negotiators employers contract picket",
    "wildfire drought heatwave firefighters acres containment smoke blaze",
    "trial verdict prosecutor defendant testimony appeal sentence acquittal",
    "earthquake magnitude aftershock rubble survivors tremor epicentre collapse",
    "football championship coach transfer stadium league goal final season",
    "mining copper lithium exports concession royalties smelter ore",
    "shipping container freight canal tanker cargo vessel blockade",
]

OUTLETS = ["Wire Service", "Daily Ledger", "Morning Post", "Evening Standard", "Global Desk"]


class Corpus:
    """Seeded generator of news-like articles with realistic word statistics for FTS."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.tail = [self._pseudo_word() for _ in range(20000)]
        self.people = [f"{self._name()} {self._name()}" for _ in range(600)]
        self.places = [self._name() for _ in range(300)]
        self.topics = [t.split() + self.rng.sample(self.tail, 80) for t in TOPICS]
        words = COMMON + NEWS
        self.common = words
        self.common_weights = list(_cumulative([1 / (rank + 1) for rank in range(len(words))]))

    def _pseudo_word(self) -> str:
        syllables = ["ka", "lo", "ri", "mun", "tes", "va", "dor", "en", "qui", "bra", "sol", "te"]
        return "".join(self.rng.choices(syllables, k=self.rng.randint(2, 4)))

    def _name(self) -> str:
        return self._pseudo_word().capitalize()

    def sentence(self, topic: list[str]) -> str:
        rng = self.rng
        words = rng.choices(self.common, cum_weights=self.common_weights, k=rng.randint(10, 22))
        for _ in range(rng.randint(2, 5)):
            words.insert(rng.randrange(len(words)), rng.choice(topic))
        extra = (rng.choice(self.people), rng.choice(self.places), str(rng.randint(2, 90000)))
        words.insert(rng.randrange(len(words)), rng.choice(extra))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(self.tail))
        return " ".join(words).capitalize() + "."

    def article(self, n: int, words: int) -> Parsed:
        rng = self.rng
        topic = rng.choice(self.topics)
        sentences, count = [], 0
        while count < words:
            sentences.append(self.sentence(topic))
            count += sentences[-1].count(" ") + 1
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        text = "\n\n".join(paragraphs)
        subject = " ".join(rng.sample(topic, 3))
        title = f"{rng.choice(self.people)} on {subject} in {rng.choice(self.places)}"
        raw = f"{title}\n\n{text}\n".encode()
        sha256 = hashlib.sha256(raw).hexdigest()
        article = Article(
            id=sha256[:12],
            sha256=sha256,
            text=text,
            title=title,
            outlet=rng.choice(OUTLETS),
            byline=rng.choice(self.people),
            published=f"20{rng.randint(23, 24)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
            url=f"https://example.org/news/{n}",
            words=count,
            language="en",
            encoding="utf-8",
        )
        return Parsed(article, raw)

    def queries(self, items: list[Parsed], count: int) -> list[tuple[str, str]]:
        """(kind, query): single words, two-word AND, phrases from real text, prefixes."""
        rng, pool = self.rng, NEWS + [w for t in self.topics for w in t[:9]]
        out = []
        for i in range(count):
            kind = ("word", "and", "phrase", "prefix")[i % 4]
            if kind == "word":
                out.append((kind, rng.choice(pool + rng.sample(self.tail, 20))))
            elif kind == "and":
                out.append((kind, f"{rng.choice(pool)} {rng.choice(pool)}"))
            elif kind == "phrase":
                words = rng.choice(items).article.text.split()
                start = rng.randrange(len(words) - 3)
                phrase = " ".join(w.strip(".,").lower() for w in words[start : start + 2])
                out.append((kind, f'"{phrase}"'))
            else:
                out.append((kind, rng.choice(pool)[:4] + "*"))
        return out


def _cumulative(weights: list[float]):
    total = 0.0
    for weight in weights:
        total += weight
        yield total


def baseline(items: list[Parsed], path: Path, *, with_index: bool) -> float:
    """Seconds for one raw executemany of the same rows (compressed beforehand)."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema = resources.migrations()[0][2]
    if not with_index:
        schema = schema.split("-- External-content FTS5 index")[0]
    conn.executescript(schema)
    rows = []
    for item in items:
        row = dataclasses.asdict(item.article) | {"imported_at": "2024-01-01T00:00:00+00:00"}
        rows.append(row | {"original": zlib.compress(item.original), "size": len(item.original)})
    names = store.COLUMNS
    sql = (
        f"INSERT INTO articles ({', '.join(names)}, original, original_size) "
        f"VALUES ({', '.join(':' + n for n in names)}, :original, :size)"
    )
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(sql, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def run(args: argparse.Namespace, path: Path) -> dict:
    corpus = Corpus(args.seed)
    generate_seconds, items = timed(
        lambda: [corpus.article(n, args.words) for n in range(args.articles)]
    )
    with open_library(path) as library:
        import_seconds, _ = timed(lambda: library.add_many(items))
    reopen_seconds, library = timed(lambda: open_library(path))
    with library:
        latencies: dict[str, list[float]] = {}
        hits = []
        for kind, query in corpus.queries(items, args.queries):
            seconds, found = timed(lambda q=query: library.search(q, limit=20))
            latencies.setdefault(kind, []).append(seconds * 1000)
            hits.append(len(found))
        remove_seconds, _ = timed(lambda: library.remove(items[len(items) // 2].article.id))
    every = [ms for values in latencies.values() for ms in values]
    with tempfile.TemporaryDirectory(prefix="parallax-bench-", dir=path.parent) as scratch:
        raw = baseline(items, Path(scratch) / "plain.db", with_index=False)
        raw_fts = baseline(items, Path(scratch) / "fts.db", with_index=True)
    result = {
        "articles": args.articles,
        "words_per_article": args.words,
        "generate_seconds": round(generate_seconds, 2),
        "import_seconds": round(import_seconds, 2),
        "articles_per_second": round(args.articles / import_seconds, 1),
        "baseline_insert_seconds": round(raw, 2),
        "baseline_insert_with_fts_seconds": round(raw_fts, 2),
        "library_mb": round(path.stat().st_size / 1e6, 1),
        "reopen_ms": round(reopen_seconds * 1000, 1),
        "search_queries": len(every),
        "search_mean_hits": round(statistics.mean(hits), 1),
        "search_p50_ms": round(statistics.median(every), 2),
        "search_p95_ms": round(percentile(every, 95), 2),
        "search_max_ms": round(max(every), 2),
        "search_p50_ms_by_kind": {k: round(statistics.median(v), 2) for k, v in latencies.items()},
        "remove_seconds": round(remove_seconds, 2),
        "sqlite_version": sqlite3.sqlite_version,
        "targets": TARGETS,
    }
    result["meets_targets"] = all(result[key] <= limit for key, limit in TARGETS.items())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20241022)
    parser.add_argument("--library", type=Path, help="new library file to keep")
    args = parser.parse_args(argv)
    if args.library:
        if args.library.exists():
            parser.error(f"{args.library} exists; the benchmark imports into a new library")
        result = run(args, args.library)
    else:
        with tempfile.TemporaryDirectory(prefix="parallax-bench-") as folder:
            result = run(args, Path(folder) / "library.db")
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
