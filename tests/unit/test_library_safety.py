"""The library keeps the user's data whole: batch removal, read-only files, failed first use."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from parallax import errors
from parallax.library import Library, open_library
from parallax.model import Analysis, Article, ModelInfo, Parsed


def parsed(text: str, title: str | None = None) -> Parsed:
    raw = text.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    return Parsed(Article(id=sha256[:12], sha256=sha256, text=text, title=title), raw)


def three_articles(library: Library) -> list[str]:
    stored = library.add_many(
        [
            parsed("Zanzibarquux reached the harbour.", "One"),
            parsed("Qwertzuiop closed the bridge.", "Two"),
            parsed("Floodwater rose in Orsk.", "Three"),
        ],
        story="Floods",
    )
    return [article.id for article, _ in stored]


# Removing several articles at once ------------------------------------------------------------
def test_remove_many_removes_them_all_from_list_story_and_search(library_path: Path):
    with open_library(library_path) as library:
        first, second, third = three_articles(library)
        library.remove_many([first, third])
        assert [a.id for a in library.articles()] == [second]
        assert library.story("Floods").article_ids == (second,)
        assert library.search("zanzibarquux OR floodwater") == []


def test_a_failure_in_the_middle_of_remove_many_keeps_every_article(library_path: Path):
    with open_library(library_path) as library:
        first, second, third = three_articles(library)
        with pytest.raises(errors.NotFoundError):
            library.remove_many([first, "abcdef123456", third])
        assert sorted(a.id for a in library.articles()) == sorted([first, second, third])
        assert library.story("Floods").article_ids == (first, second, third)
        assert [hit.article.id for hit in library.search("zanzibarquux")] == [first]


# A read-only library file ---------------------------------------------------------------------
@pytest.fixture
def read_only_library(library_path: Path):
    with open_library(library_path) as library:
        ids = three_articles(library)
    library_path.chmod(0o400)
    yield library_path, ids
    library_path.chmod(0o600)


def test_a_read_only_library_is_read_without_leaving_side_files(read_only_library):
    path, ids = read_only_library
    before = sorted(p.name for p in path.parent.iterdir())
    with open_library(path) as library:
        assert sorted(a.id for a in library.articles()) == sorted(ids)
        assert [hit.article.id for hit in library.search("qwertzuiop")] == [ids[1]]
        assert sorted(p.name for p in path.parent.iterdir()) == before  # no -wal, no -shm
    assert stat.S_IMODE(path.stat().st_mode) == 0o400


def test_writing_to_a_read_only_library_says_so_and_changes_nothing(read_only_library):
    path, _ids = read_only_library
    before = path.read_bytes()
    with open_library(path) as library, pytest.raises(errors.LibraryError) as caught:
        library.add(parsed("A new article about the dam."))
    assert "read-only" in str(caught.value)
    assert path.read_bytes() == before
    path.chmod(0o600)  # once the user makes it writable again, writing works
    with open_library(path) as library:
        library.add(parsed("A new article about the dam."))
        assert library.count() == 4


def test_analyses_of_a_read_only_library_are_used_but_not_cached(read_only_library):
    path, ids = read_only_library
    before = path.read_bytes()
    model = ModelInfo("blank", "0", True)
    analysis = Analysis(ids[0], model, (), ())
    with open_library(path) as library:
        library.save_analyses([analysis], pipeline="test", inputs={ids[0]: {}})
        assert library.cached_analysis(ids[0], pipeline="test", model=model, inputs={}) is None
    assert path.read_bytes() == before


# A library created for work that fails --------------------------------------------------------
def test_a_new_library_is_removed_when_the_work_it_was_made_for_fails(tmp_path: Path):
    path = tmp_path / "new" / "deeper" / "library.db"
    with pytest.raises(errors.NotFoundError), open_library(path) as library:
        library.get("abcdef123456")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_library_stays_when_work_fails(library_path: Path):
    open_library(library_path).close()
    with pytest.raises(errors.NotFoundError), open_library(library_path) as library:
        library.get("abcdef123456")
    assert library_path.exists()


def test_a_new_library_that_another_connection_has_open_is_kept(tmp_path: Path):
    path = tmp_path / "library.db"
    failing = open_library(path)
    with open_library(path) as other:  # e.g. the window's import, started at the same time
        with pytest.raises(errors.NotFoundError), failing:
            failing.get("abcdef123456")
        other.add(parsed("Rescue teams reached Orsk."))
    with open_library(path) as library:
        assert library.count() == 1
