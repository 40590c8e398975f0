"""Page furniture on the command line: `show --lines` marks it, `edit --furniture/--story N`
flips a line, and the facts follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import assert_one_error_line, snapshot

WEB_COPY = Path(__file__).resolve().parents[1] / "data" / "pasted" / "web-copy.txt"


@pytest.fixture
def article_id(run) -> str:
    result = run("import", WEB_COPY)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _lines(run, ref: str) -> dict[int, tuple[bool, str]]:
    """Line number -> (marked as furniture, text), as `show --lines` prints them."""
    result = run("show", ref, "--lines")
    assert result.returncode == 0, result.stderr
    body = result.stdout.split("\n\n", 1)[1]
    found = {}
    for line in body.splitlines():
        number, mark, text = line[:2], line[3], line[5:]
        found[int(number)] = (mark == "▌", text)
    return found


def _fact_texts(run, ref: str) -> list[str]:
    result = run("facts", ref, "--json")
    assert result.returncode == 0, result.stderr
    return [fact["text"] for fact in json.loads(result.stdout)["facts"]]


def test_show_lines_marks_the_furniture_of_a_pasted_page(run, article_id: str):
    lines = _lines(run, article_id)
    assert lines[2] == (True, "Asia Eastern Europe Politics USA")  # a row of section names
    assert lines[7][0] is False and lines[7][1].startswith("The town council")
    assert lines[11][0] is True and lines[11][1].startswith("With input from Reuters")


def test_edit_flips_lines_and_the_facts_follow(run, article_id: str):
    assert "Reuters" not in _fact_texts(run, article_id)
    assert "1962" in _fact_texts(run, article_id)

    result = run("edit", article_id, "--story", "11", "--furniture", "8")
    assert result.returncode == 0, result.stderr
    lines = _lines(run, article_id)
    assert lines[11][0] is False and lines[8][0] is True
    facts = _fact_texts(run, article_id)
    assert "Reuters" in facts and "1962" not in facts

    result = run("edit", article_id, "--furniture", "11", "--story", "8")  # and back
    assert result.returncode == 0, result.stderr
    lines = _lines(run, article_id)
    assert lines[11][0] is True and lines[8][0] is False
    assert "1962" in _fact_texts(run, article_id)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--story", "99"), "line 99 is not a line with text"),
        (("--furniture", "3", "--story", "99"), "line 99"),  # checked before anything flips
    ],
)
def test_a_line_that_is_not_there_changes_nothing(
    run, article_id: str, library_path: Path, args, fragment
):
    before = snapshot(library_path.parent)
    assert_one_error_line(run("edit", article_id, *args), fragment)
    assert snapshot(library_path.parent) == before


def test_one_line_cannot_be_both(run, article_id: str):
    result = run("edit", article_id, "--story", "3", "--furniture", "3")
    assert result.returncode == 2 and "both --furniture and --story" in result.stderr
