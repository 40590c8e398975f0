"""`parallax mark`, `parallax marks` and the memo, as a fact-checker runs them on the samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import SAMPLES, assert_one_error_line, snapshot

pytestmark = pytest.mark.model

WIRE = SAMPLES / "1-northline-wire.txt"
RIVAL = SAMPLES / "2-harbour-post.html"
STORY = "Brenner floods"


@pytest.fixture
def conflicts(run) -> dict[str, dict]:
    """The sample story imported; the wire-vs-rival conflicts by kind (first of each)."""
    assert run("import", SAMPLES, "--story", STORY).returncode == 0
    result = run("compare", WIRE, RIVAL, "--format", "json")
    assert result.returncode == 0, result.stderr
    found: dict[str, dict] = {}
    for match in json.loads(result.stdout)["matches"]:
        if match["status"] == "conflict":
            found.setdefault(match["kind"], match)
    assert {"number", "ordinal"} <= set(found)
    return found


def span(fact: dict) -> str:
    return f"{fact['start']}:{fact['end']}"


def marks_json(run, *args: str) -> list[dict]:
    result = run("marks", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_mark_shows_in_marks_compare_json_and_the_memo(run, conflicts):
    dead, visit = conflicts["number"], conflicts["ordinal"]
    note = "Hospital confirms 65; the rival counts a later day"
    marked = run(
        "mark", WIRE, RIVAL, "--a", span(dead["a"]), "--b", span(dead["b"]),
        "--as", "disputed", "--note", note,
    )  # fmt: skip
    assert marked.returncode == 0, marked.stderr
    assert marked.stdout.startswith("disputed: A ")
    # One side is enough to name a match; marked from B's side, it still shows from A's.
    assert run("mark", RIVAL, WIRE, "--a", span(visit["b"]), "--as", "confirmed").returncode == 0

    listing = run("marks")
    assert listing.returncode == 0 and note in listing.stdout and "confirmed" in listing.stdout
    by_state = {mark["as"]: mark for mark in marks_json(run, WIRE, RIVAL)}
    assert set(by_state) == {"disputed", "confirmed"}
    disputed = by_state["disputed"]
    assert disputed["note"] == note and not disputed["orphaned"]
    assert disputed["a"]["fact"] == {k: dead["a"][k] for k in ("start", "end", "text")}
    assert by_state["confirmed"]["b"]["fact"]["text"] == visit["b"]["text"]
    assert len(marks_json(run, "--story", STORY)) == 2

    report = json.loads(run("compare", WIRE, RIVAL, "--format", "json").stdout)
    marks = {m["kind"]: m["mark"] for m in report["matches"] if "mark" in m}
    assert marks["number"]["as"] == "disputed" and marks["number"]["note"] == note
    assert marks["ordinal"]["as"] == "confirmed" and marks["number"]["at"].endswith("+00:00")

    memo = run("compare", WIRE, RIVAL, "--format", "memo")
    assert memo.returncode == 0, memo.stderr
    assert "## Disputed (1)" in memo.stdout and "Hospital confirms 65" in memo.stdout
    assert f"**{dead['a']['text']}**" in memo.stdout and f"**{dead['b']['text']}**" in memo.stdout
    story_memo = run("story", STORY, "--format", "memo")
    assert story_memo.returncode == 0 and "Hospital confirms 65" in story_memo.stdout
    story_html = run("story", STORY, "--format", "html")
    assert story_html.returncode == 0 and "<h3>Disputed (1)</h3>" in story_html.stdout
    assert "Hospital confirms 65" in story_html.stdout


def test_marks_survive_a_re_analysis_after_an_edited_date(run, conflicts):
    dead = conflicts["number"]
    args = ("--a", span(dead["a"]), "--as", "disputed", "--note", "check")
    assert run("mark", WIRE, RIVAL, *args).returncode == 0
    wire_id = marks_json(run)[0]["a"]["article"]
    # A new date drops the cached analysis: the facts are extracted again.
    assert run("edit", wire_id, "--published", "2024-10-23").returncode == 0
    (mark,) = marks_json(run, WIRE, RIVAL)
    assert (mark["as"], mark["note"], mark["orphaned"]) == ("disputed", "check", False)
    assert mark["a"]["fact"]["text"] == dead["a"]["text"]


def test_bad_marks_are_refused_and_leave_the_library_as_it_was(run, conflicts, library_path: Path):
    dead = conflicts["number"]
    before = snapshot(library_path.parent)
    assert_one_error_line(
        run("mark", WIRE, "0123abcd", "--a", span(dead["a"]), "--as", "open"), "no such article"
    )
    assert_one_error_line(
        run("mark", WIRE, RIVAL, "--a", "0:3", "--as", "open"), "no match of the two articles"
    )
    for bad in (
        ("--a", span(dead["a"]), "--as", "maybe"),  # not a verdict
        ("--a", "12-14", "--as", "open"),  # not START:END
        ("--as", "open"),  # no fact named
    ):
        result = run("mark", WIRE, RIVAL, *bad)
        assert result.returncode == 2 and result.stdout == "", result
    assert run("marks", WIRE).returncode == 2  # one article is not a pair
    assert snapshot(library_path.parent) == before
    assert run("marks").stdout.startswith("No review marks")
