"""Hostile text, full size: `parallax facts` time and peak memory per case; prints one JSON object.

    python bench/pathological.py [--scale 1.0] [--only NAME ...]

Each case is generated here and run as a user runs it: `python -m parallax --library <tmp>
facts <file> --json` in a child process, timed by wall clock, its peak RSS from os.wait4. Cases
(sizes at --scale 1): 1 MB of `[` and of `*` in a .md file, 1 MB of `"`, 1 MB of unmatched
quotes (`He said "yes ` repeated), 650 KB of `By Jane Doe and Jane Doe and ...`, 100,000 words
without punctuation, 1 MB of `a ` (one-letter words), lines of 10,000 `a`, a 1 MB `A-A-A-` line,
deeply nested Markdown (block quotes and indented lists), words between 5,000-space gaps, and
numbers of 4,301 and 4,300 digits (the latter followed by "million").

The same run measures two baselines on ordinary news of 1 MB (the seeded wire-story generator
of bench/extract.py): `parallax facts` on it as one file, and raw spaCy (`nlp.pipe` over the
stories, model already loaded) in a child process. Each case reports `seconds`, `seconds_per_mb`
(of its input), `max_rss_mb`, `exit` and, for an exit 1, the error line; `startup_seconds` is
`parallax facts` on a one-line file. Goals: <= 10 s per MB and <= 1 GB, or a one-line refusal.
The kernel counts this script's own size at the fork (~170 MB: it has spaCy loaded) into a
child's peak, so a `max_rss_mb` near that is a floor, not the command's own figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from extract import generated_texts

TIMEOUT = 900
MB = 1_000_000


def _words(n: int) -> str:
    rng = random.Random(12)
    vocabulary = "the council voted on a new plan for roads schools and water while officials said"
    return " ".join(rng.choice(vocabulary.split()) for _ in range(n))


def _item(depth: int) -> str:
    return " " * depth + "- item\n"


def cases(scale: float) -> dict[str, str]:
    """File name -> content of every hostile case."""
    mb = int(MB * scale)
    return {
        "brackets.md": "[" * mb,
        "stars.md": "*" * mb,
        "quotes.txt": '"' * mb,
        "open-quotes.txt": 'He said "yes ' * (mb // 13),
        "byline.txt": "By Jane Doe" + " and Jane Doe" * (int(650_000 * scale) // 13),
        "no-punctuation.txt": _words(int(100_000 * scale)),
        "one-letter-words.txt": "a " * (mb // 2),
        "long-lines.txt": ("a" * 10_000 + "\n\n") * (mb // 10_002),
        "hyphen-caps.txt": "A-" * (mb // 2),
        "nested.md": "> " * 5000 + "text\n" + "".join(_item(depth) for depth in range(0, 8000, 5)),
        "space-gaps.txt": ("He said 5 " + " " * 5000) * (mb // 5010),
        "digits-4301.txt": f"The total was {'7' * 4301} people.\n",
        "digits-4300-million.txt": f"The total was {'7' * 4300} million people on Monday.\n",
    }


def news(scale: float) -> list[str]:
    """Ordinary wire stories, about `scale` MB in all."""
    stories, size = [], 0
    for story in generated_texts(int(200_000 * scale)):
        stories.append(story)
        size += len(story) + 2
        if size >= MB * scale:
            break
    return stories


def run_child(command: list[str], folder: Path, *, timeout: float = TIMEOUT) -> dict:
    """Wall seconds, own peak RSS, exit status, stdout and stderr of one child process, killed
    after `timeout` seconds (tests/e2e/test_cli_pathological.py uses it too)."""
    out, err = folder / "stdout", folder / "stderr"
    with out.open("w") as stdout, err.open("w") as stderr:
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "seconds": round(time.monotonic() - start, 2),
        "max_rss_mb": round(usage.ru_maxrss / 1024),
        "exit": process.returncode,
        "stdout": out.read_text(encoding="utf-8", errors="replace"),
        "stderr": err.read_text(encoding="utf-8", errors="replace").strip(),
    }


def facts(path: Path, folder: Path) -> dict:
    """`parallax facts PATH --json` in a fresh library; offsets of every fact checked."""
    library = folder / f"{path.stem}.db"
    command = [sys.executable, "-m", "parallax", "--library", str(library), "facts", str(path)]
    result = run_child([*command, "--json"], folder)
    size = path.stat().st_size
    report = {
        "bytes": size,
        "seconds": result["seconds"],
        "seconds_per_mb": round(result["seconds"] / (size / MB), 2),
        "max_rss_mb": result["max_rss_mb"],
        "exit": result["exit"],
    }
    if result["exit"] == 0:
        out = json.loads(result["stdout"])
        text = out["article"]["text"]
        report["facts"] = len(out["facts"])
        exact = all(text[f["start"] : f["end"]] == f["text"] for f in out["facts"])
        report["offsets_exact"] = exact
    else:
        report["error"] = result["stderr"][-300:]
    return report


RAW_SPACY = """
import json, sys, time
from parallax.nlp import load_pipeline
stories = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = load_pipeline().nlp
start = time.perf_counter()
for doc in nlp.pipe(stories, batch_size=32):
    pass
print(time.perf_counter() - start)
"""


def raw_spacy(stories: list[str], folder: Path) -> dict:
    """Raw spaCy over `stories` in a child process (seconds exclude loading the model)."""
    path = folder / "stories.json"
    path.write_text(json.dumps(stories), encoding="utf-8")
    result = run_child([sys.executable, "-c", RAW_SPACY, str(path)], folder)
    size = sum(len(s.encode("utf-8")) for s in stories)
    seconds = float(result["stdout"].strip() or "nan")
    return {
        "bytes": size,
        "seconds": round(seconds, 2),
        "seconds_per_mb": round(seconds / (size / MB), 2),
        "max_rss_mb": result["max_rss_mb"],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="input sizes (1.0: full size)")
    parser.add_argument("--only", nargs="*", help="case file names to run (default: all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tiny = folder / "tiny.txt"
        tiny.write_text("The council voted 7 to 2 on Monday.\n", encoding="utf-8")
        report: dict = {"scale": args.scale, "startup_seconds": facts(tiny, folder)["seconds"]}
        stories = news(args.scale)
        news_file = folder / "news.txt"
        news_file.write_text("\n\n".join(stories), encoding="utf-8")
        report["baseline_facts_news"] = facts(news_file, folder)
        report["baseline_raw_spacy_news"] = raw_spacy(stories, folder)
        report["cases"] = {}
        for name, content in cases(args.scale).items():
            if args.only and name not in args.only:
                continue
            path = folder / name
            path.write_text(content, encoding="utf-8")
            report["cases"][name] = facts(path, folder)
            print(name, report["cases"][name], file=sys.stderr, flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
