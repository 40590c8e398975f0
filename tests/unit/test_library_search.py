"""Full-text search: FTS5 syntax, ranking with titles first, snippets, clear errors."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax import errors
from parallax.library import Library, open_library
from parallax.model import Article, Parsed

BODY_ONLY = (
    "Officials met on Monday to discuss the budget. Later the talks turned to the harbour, "
    "where the new ferry terminal will open next spring after years of delay and argument."
)
TITLE_HIT = "The mayor opened the exhibition and thanked the volunteers who built it."


def parsed(text: str, title: str | None = None, **meta) -> Parsed:
    raw = f"{title}\n{text}".encode()
    sha256 = hashlib.sha256(raw).hexdigest()
    return Parsed(Article(id=sha256[:12], sha256=sha256, text=text, title=title, **meta), raw)


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with open_library(library_path) as library:
        library.add(parsed(BODY_ONLY, "Budget talks drag on"))
        library.add(parsed(TITLE_HIT, "Harbour terminal plans unveiled"))
        library.add(parsed("Nothing to see: weather was mild and dry all week.", "Weather"))
        yield library


def titles(hits) -> list[str | None]:
    return [hit.article.title for hit in hits]


def test_a_title_hit_ranks_above_a_body_only_hit(library: Library):
    hits = library.search("harbour")
    assert titles(hits) == ["Harbour terminal plans unveiled", "Budget talks drag on"]
    assert hits[0].rank < hits[1].rank  # bm25: lower is better


def test_snippet_marks_matches_and_cuts_with_an_ellipsis(library: Library):
    hit = library.search("ferry")[0]
    assert "[ferry]" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.strip("…").split()) <= 12
    assert hit.article.text == BODY_ONLY  # the whole article comes with the hit


def test_snippet_uses_the_callers_marks(library: Library):
    hit = library.search("ferry", marks=("<mark>", "</mark>"))[0]
    assert "<mark>ferry</mark>" in hit.snippet


def test_stemming_and_diacritics(library_path: Path):
    with open_library(library_path) as library:
        library.add(parsed("President Zelenskyy visited the café in Kyiv.", "Visit"))
        assert titles(library.search("visits")) == ["Visit"]
        assert titles(library.search("cafe")) == ["Visit"]
        assert titles(library.search("ZELENSKYY")) == ["Visit"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("harbour AND ferry", ["Budget talks drag on"]),
        ("harbour NOT ferry", ["Harbour terminal plans unveiled"]),
        ('"ferry terminal"', ["Budget talks drag on"]),
        ("exhib*", ["Harbour terminal plans unveiled"]),
        ('"mayor\'s" OR "U.S."', []),
        ("title:weather", ["Weather"]),
        ("text:harbour", ["Budget talks drag on"]),
        ("submarine", []),
    ],
)
def test_fts5_query_syntax(library: Library, query: str, expected: list[str]):
    assert titles(library.search(query)) == expected


def test_limit(library: Library):
    assert len(library.search("the", limit=1)) == 1
    with pytest.raises(ValueError, match="limit"):
        library.search("the", limit=0)


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("harbour AND", "it ends too early"),
        ('"ferry terminal', "a quotation mark is not closed"),
        ("author:smith", "no field 'author'; fields are title: and text:"),
        ("*", "a * must end a word, as in elect*"),
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("(harbour", "it ends too early"),
        ("harbour)", 'unexpected ")"; put words with it in "double quotes"'),
    ],
)
def test_bad_query_is_a_clear_error(library: Library, query: str, reason: str):
    with pytest.raises(errors.LibraryError) as caught:
        library.search(query)
    assert str(caught.value) == str(errors.bad_search(query, reason))


def test_search_keeps_working_after_vacuum(library: Library):
    # The index refers to articles by rowid; VACUUM must not renumber them under it.
    conn = sqlite3.connect(library.path, isolation_level=None)
    conn.execute("DELETE FROM articles WHERE title = 'Budget talks drag on'")
    conn.execute("VACUUM")
    conn.close()
    found = titles(library.search("harbour OR weather"))
    assert sorted(found) == ["Harbour terminal plans unveiled", "Weather"]
    library.check()


def test_many_matches_return_the_best_first(library_path: Path):
    with open_library(library_path) as library:
        library.add_many(parsed(f"Story {n} mentions the election once.") for n in range(60))
        library.add(parsed("Nothing about it in the body.", "Election night results"))
        hits = library.search("election", limit=5)
        assert len(hits) == 5
        assert hits[0].article.title == "Election night results"
        assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)


def test_plain_words_with_punctuation_are_searched_literally(library: Library):
    library.add(parsed("The minister's visit to the U.S.-led mission ended early.", "Visit"))
    assert titles(library.search("minister's")) == ["Visit"]
    assert titles(library.search("U.S.-led mission")) == ["Visit"]
    with pytest.raises(errors.LibraryError, match="not a valid query"):
        library.search('"unclosed quote')
