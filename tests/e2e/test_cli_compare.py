"""`parallax compare` and `parallax story` on the sample story, as a night editor runs them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from support import SAMPLES, assert_one_error_line, snapshot

pytestmark = pytest.mark.model

WIRE = SAMPLES / "1-northline-wire.txt"
RIVAL = SAMPLES / "2-harbour-post.html"
CORRECTED = SAMPLES / "3-northline-wire-corrected.md"


def _compare_json(run, a, b) -> dict:
    result = run("compare", a, b, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _pairs(report: dict, status: str) -> set[tuple[str | None, str | None]]:
    return {
        ((m["a"] or {}).get("text"), (m["b"] or {}).get("text"))
        for m in report["matches"]
        if m["status"] == status
    }


def test_wire_against_rival_shows_the_disagreements(run):
    report = _compare_json(run, WIRE, RIVAL)
    conflicts = _pairs(report, "conflict")
    assert ("third", "fourth") in conflicts
    assert ("65", "72") in conflicts
    assert ("1,500", "3,000") in conflicts
    assert ("12%", "15%") in conflicts
    only_a = {a for a, _ in _pairs(report, "only_a")}
    assert "$400 million" in only_a
    hedged = next(m for m in report["matches"] if m["a"] and m["a"]["text"] == "65")
    assert "at least" in hedged["note"]


def test_compare_json_follows_the_contract(run):
    report = _compare_json(run, WIRE, CORRECTED)
    assert set(report) >= {"a", "b", "model", "alignment", "matches", "summary"}
    assert report["a"]["sha256"] and report["b"]["sha256"]
    assert set(report["summary"]) == {
        "agree",
        "conflict",
        "possible",
        "variant",
        "only_a",
        "only_b",
    }
    assert sum(report["summary"].values()) == len(report["matches"])
    for match in report["matches"]:
        paired = bool(match["a"] and match["b"])
        assert isinstance(match["evidence"], list) and (paired or not match["evidence"])
    for pair in report["alignment"]:
        assert pair["kind"] in ("same", "changed", "moved") and pair["a"] and pair["b"]
    for side in ("a", "b"):
        text = report[side]["text"]
        for match in report["matches"]:
            fact = match[side]
            if fact:
                assert text[fact["start"] : fact["end"]] == fact["text"]


def test_a_correction_is_a_revision_with_two_conflicts(run):
    report = _compare_json(run, WIRE, CORRECTED)
    conflicts = _pairs(report, "conflict")
    assert ("65", "68") in conflicts and ("third", "fourth") in conflicts
    same = [pair for pair in report["alignment"] if pair["kind"] == "same"]
    assert len(same) >= 4  # the untouched paragraphs pair up as identical


def test_text_report_leads_with_conflicts(run):
    result = run("compare", WIRE, RIVAL)
    assert result.returncode == 0, result.stderr
    assert "conflict" in result.stdout.lower()
    assert result.stdout.lower().index("conflict") < result.stdout.lower().index("agree")


def test_every_format_writes_a_file(run, tmp_path: Path):
    for fmt in ("text", "json", "markdown", "html", "csv"):
        out = tmp_path / f"report.{fmt}"
        result = run("compare", WIRE, RIVAL, "--format", fmt, "--output", out)
        assert result.returncode == 0 and result.stdout == "", result.stderr
        assert out.stat().st_size > 500
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["matches"]
    rows = list(csv.reader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8"))))
    assert len(rows) > 10 and "status" in rows[0]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "Harbour Post" in page
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_report_to_an_unwritable_place_fails_cleanly(run, tmp_path: Path):
    target = tmp_path / "no-such-folder" / "report.html"
    assert_one_error_line(run("compare", WIRE, RIVAL, "--output", target), "cannot write")
    assert not target.parent.exists()


def test_story_matrix_puts_disputed_facts_first(run, library_path: Path):
    assert run("import", SAMPLES, "--story", "Brenner floods").returncode == 0
    result = run("story", "brenner floods", "--format", "json")
    assert result.returncode == 0, result.stderr
    matrix = json.loads(result.stdout)
    assert len(matrix["articles"]) == 3
    statuses = [row["status"] for row in matrix["rows"]]
    assert statuses[0] == "disputed"
    order = {"disputed": 0, "single": 1, "partial": 2, "agreed": 3}
    assert [order[s] for s in statuses] == sorted(order[s] for s in statuses)
    visit = next(r for r in matrix["rows"] if r["kind"] == "ordinal")
    assert visit["status"] == "disputed"
    text = run("story", "Brenner floods")
    assert text.returncode == 0 and "Tomas Reyes" in text.stdout
    markdown = run(
        "story",
        "Brenner floods",
        "--format",
        "markdown",
        "--output",
        library_path.parent / "story.md",
    )
    assert markdown.returncode == 0, markdown.stderr


def test_unknown_story_and_unknown_article_fail_with_one_line(run):
    assert_one_error_line(run("story", "Nothing here"), "no such story")
    assert_one_error_line(run("compare", WIRE, "deadbeef"), "no such article")


def test_compare_with_stdin(run, library_path: Path):
    text = (WIRE.read_text(encoding="utf-8")).replace("65 people", "70 people")
    result = run("compare", WIRE, "-", "--published", "2024-10-22", "--format", "json", stdin=text)
    assert result.returncode == 0, result.stderr
    assert ("65", "70") in _pairs(json.loads(result.stdout), "conflict")


def test_bad_format_is_a_usage_error(run):
    assert run("compare", WIRE, RIVAL, "--format", "docx").returncode == 2


def test_comparing_changes_nothing_but_the_analysis_cache(run, library_path: Path):
    assert run("import", SAMPLES).returncode == 0
    assert run("compare", WIRE, RIVAL).returncode == 0
    before = snapshot(library_path.parent)
    assert run("compare", WIRE, RIVAL, "--format", "json").returncode == 0
    assert snapshot(library_path.parent) == before  # second time: all from the cache


def test_png_and_pdf_are_rendered_without_a_window(run, tmp_path: Path):
    png, pdf = tmp_path / "view.png", tmp_path / "report.pdf"
    for fmt, out in (("png", png), ("pdf", pdf)):
        result = run("compare", WIRE, RIVAL, "--format", fmt, "--output", out,
                     env={"QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-" and b"%%EOF" in data[-1024:]
    # text at a reading size needs several A4 pages; at the writer's dots it fitted on two
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 5
    assert_one_error_line(run("compare", WIRE, RIVAL, "--format", "png"), "needs --output")
