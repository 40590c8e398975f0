"""Hostile text through the real `parallax` command: bounded time and memory, exact offsets.

Each input is generated here (no stored files), about 100 KB, the shapes that once hung or blew
up memory: runs of one character, unmatched quotes, repeated bylines, prose without punctuation,
deep Markdown, a 4,300-digit number. Before the fix 20 KB of `[` took 98 s and 200 KB of quoted
text 1.2 GB; the full-size runs are in bench/pathological.py.
"""

from __future__ import annotations

import json
import random
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pathological import run_child

from support import assert_one_error_line, snapshot

pytestmark = pytest.mark.model

SIZE = 60_000
TIMEOUT = 60  # seconds; generous for a loaded 2-core machine (it was minutes before the fix)
MAX_RSS_MB = 400  # the model alone takes ~160 MB; before the fix 60 KB went to spaCy at once


def _words(n: int) -> str:
    rng = random.Random(12)
    vocabulary = "the council voted on a new plan for roads schools and water while officials said"
    return " ".join(rng.choice(vocabulary.split()) for _ in range(n))


CASES = {
    "brackets.md": "[" * SIZE,
    "stars.md": "*" * SIZE,
    "quotes.txt": '"' * SIZE,
    "open-quotes.txt": 'He said "yes ' * (SIZE // 13),
    "byline.txt": "By Jane Doe" + " and Jane Doe" * (SIZE // 13),
    "no-punctuation.txt": _words(SIZE // 6),
    "one-letter-line.txt": "a" * SIZE,
    "hyphen-caps.txt": "A-" * (SIZE // 2),
    "nested.md": "> " * 2000 + "text\n" + "".join(" " * i + "- item\n" for i in range(0, 3000, 7)),
    "space-gaps.txt": ("He said 5 " + " " * 5000) * (SIZE // 5010),
    "long-number.txt": f"The total was {'7' * 4300} million people on Monday.\n",
}


@dataclass
class Measured:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float


def _measured(parallax_command: Path, library: Path, *args, tmp_path: Path) -> Measured:
    """Run parallax; its wall time and its peak memory (os.wait4 gives the child's rusage, which
    also counts this test process's size at the fork: an upper bound)."""
    command = [str(parallax_command), "--library", str(library), *map(str, args)]
    child = run_child(command, tmp_path, timeout=TIMEOUT)
    assert child["seconds"] < TIMEOUT, f"{args} was killed after {TIMEOUT} s"
    return Measured(
        child["exit"], child["stdout"], child["stderr"], child["seconds"], child["max_rss_mb"]
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_facts_on_hostile_text_finish_in_bounded_time_and_memory(
    name, parallax_command, library_path, tmp_path
):
    path = tmp_path / name
    path.write_text(CASES[name], encoding="utf-8")
    result = _measured(parallax_command, library_path, "facts", path, "--json", tmp_path=tmp_path)
    print(f"{name}: {result.seconds:.1f} s, {result.max_rss_mb:.0f} MB")
    assert result.max_rss_mb < MAX_RSS_MB
    if result.returncode != 0:  # refused: one clear line ("*" * n is a Markdown rule, no text)
        assert_one_error_line(subprocess.CompletedProcess([], 1, "", result.stderr), path.name)
        return
    out = json.loads(result.stdout)
    text = out["article"]["text"]
    for fact in out["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]


def test_a_huge_number_is_no_number_fact_and_the_analysis_is_stored(run, tmp_path):
    path = tmp_path / "long-number.txt"
    path.write_text(CASES["long-number.txt"], encoding="utf-8")
    result = run("facts", path, "--json")
    assert result.returncode == 0, result.stderr  # was "Exceeds the limit (4300 digits)"
    facts = json.loads(result.stdout)["facts"]
    assert [f["text"] for f in facts if f["kind"] == "date"] == ["Monday"]
    assert not [f for f in facts if f["kind"] in ("number", "money", "quantity")]
    again = run("facts", path, "--json")  # now read from the library's cache
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["facts"] == facts


BLANK = "\u200b\ufeff\u00a0\u2003\u3000\u200c\u200d\u2060\n\u200b \u202f\u2009\u3000\n"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("command", ["import", "facts"])
def test_a_file_of_only_invisible_spaces_is_refused_as_empty(
    run, library_path, tmp_path, command, suffix
):
    assert run("import", *_one_article(tmp_path)).returncode == 0
    before = snapshot(library_path.parent)
    path = tmp_path / f"blank{suffix}"
    path.write_text(BLANK, encoding="utf-8")
    assert_one_error_line(run(command, path), path.name, "empty")
    assert snapshot(library_path.parent) == before


def _one_article(tmp_path: Path) -> list[Path]:
    path = tmp_path / "story.txt"
    path.write_text("Council votes on roads\n\nThe council voted 7 to 2 on Monday.\n")
    return [path]


def test_a_text_too_long_to_analyse_is_refused_at_import(run, library_path, tmp_path):
    assert run("import", *_one_article(tmp_path)).returncode == 0
    before = snapshot(library_path.parent)
    path = tmp_path / "long.txt"
    path.write_text(("The council voted on a new plan for roads. " * 20 + "\n\n") * 5_900)
    assert_one_error_line(run("import", path), path.name, "too long to analyse", "5,000,000")
    assert snapshot(library_path.parent) == before
