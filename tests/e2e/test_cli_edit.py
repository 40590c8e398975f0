"""`parallax edit`: correcting an article's details, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import assert_one_error_line, snapshot

TEXT = "Rescue teams reached Orsk on Monday, officials said. At least 12 people were hurt.\n"


@pytest.fixture
def article_id(run, tmp_path: Path) -> str:
    path = tmp_path / "orsk.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run("import", path)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _show(run, ref: str) -> dict:
    result = run("show", ref, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_edit_sets_every_detail_and_prints_the_article(run, article_id: str):
    before = _show(run, article_id)
    result = run(
        "edit", article_id[:6],
        "--title", "Orsk reached", "--outlet", "Valley Radio", "--byline", "Ana Petrova",
        "--published", "2024-10-22", "--url", "https://valley.example/orsk",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Title:     Orsk reached" in result.stdout
    assert f"SHA-256:   {before['sha256']}" in result.stdout
    after = _show(run, article_id)
    assert {k: after[k] for k in ("title", "outlet", "byline", "published", "url")} == {
        "title": "Orsk reached",
        "outlet": "Valley Radio",
        "byline": "Ana Petrova",
        "published": "2024-10-22",
        "url": "https://valley.example/orsk",
    }
    unchanged = ("id", "sha256", "text", "words", "imported_at", "source_path", "format")
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}


def test_an_empty_value_clears_a_detail_and_no_headline_shows_the_first_words(run, article_id: str):
    assert run("edit", article_id, "--title", "Orsk", "--outlet", "Wire").returncode == 0
    assert run("edit", article_id, "--title", "", "--outlet", "").returncode == 0
    article = _show(run, article_id)
    assert (article["title"], article["outlet"]) == (None, None)
    listing = run("list").stdout
    assert "[no headline] Rescue teams reached Orsk on Monday" in listing
    assert "(untitled)" not in listing


@pytest.mark.model
def test_a_new_date_re_resolves_relative_dates(run, article_id: str):
    def monday() -> str:
        result = run("facts", article_id, "--json")
        assert result.returncode == 0, result.stderr
        facts = json.loads(result.stdout)["facts"]
        (fact,) = [f for f in facts if f["kind"] == "date" and f["text"] == "Monday"]
        return fact["value"]

    assert run("edit", article_id, "--published", "2024-10-22").returncode == 0
    assert monday() == "2024-10-21"  # analysed now, and cached
    assert run("edit", article_id, "--published", "2024-10-30").returncode == 0
    assert monday() == "2024-10-28"
    assert run("edit", article_id, "--title", "Orsk").returncode == 0  # the cache stays valid
    assert monday() == "2024-10-28"


def test_a_bad_date_is_one_error_line_and_changes_nothing(run, article_id, library_path):
    before = snapshot(library_path.parent)
    result = run("edit", article_id, "--published", "22/10/2024", "--title", "Orsk")
    assert_one_error_line(result, "'22/10/2024' is not a date", "YYYY-MM-DD")
    assert snapshot(library_path.parent) == before


def test_an_unknown_article_is_one_error_line_and_changes_nothing(run, article_id, library_path):
    before = snapshot(library_path.parent)
    assert_one_error_line(run("edit", "ffffffff", "--title", "Lost"), "no such article")
    assert snapshot(library_path.parent) == before


def test_nothing_to_change_is_a_usage_error(run, article_id, library_path):
    before = snapshot(library_path.parent)
    result = run("edit", article_id)
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("parallax: error: ") and "nothing to change" in line
    assert snapshot(library_path.parent) == before
