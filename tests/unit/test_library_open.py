"""Creating and reopening a library: private files, migrations, pragmas, ordinary SQLite tools."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import platformdirs
import pytest
import sqlite_utils

from parallax.library import Library, default_library_path, migrate, open_library
from parallax.model import Article, Parsed


def parsed(text: str, title: str | None = None) -> Parsed:
    raw = text.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    return Parsed(Article(id=sha256[:12], sha256=sha256, text=text, title=title), raw)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_library_is_readable_by_its_owner_only(library_path: Path):
    with open_library(library_path) as library:
        library.add(parsed("Wal and shm files appear once something is written."))
        assert mode(library_path) == 0o600
        assert mode(library_path.parent) == 0o700
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{library_path}{suffix}")) == 0o600


def test_missing_parent_folders_are_all_created_private(tmp_path: Path):
    path = tmp_path / "a" / "b" / "library.db"
    open_library(path).close()
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700


def test_existing_folder_keeps_its_mode(tmp_path: Path):
    tmp_path.chmod(0o755)
    open_library(tmp_path / "library.db").close()
    assert mode(tmp_path) == 0o755
    assert mode(tmp_path / "library.db") == 0o600


def test_migrations_set_version_identity_and_pragmas(library_path: Path):
    with open_library(library_path) as library:
        conn = library._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.latest() >= 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2000


def test_schema_has_the_documented_tables(library_path: Path):
    open_library(library_path).close()
    db = sqlite_utils.Database(library_path)
    assert {"articles", "stories", "story_articles", "articles_fts"} <= set(db.table_names())
    assert db["articles"].pks == ["id"]
    assert {"original", "original_size", "sha256", "text"} <= set(db["articles"].columns_dict)
    assert db["story_articles"].pks == ["story_id", "article_id"]
    assert {fk.other_table for fk in db["story_articles"].foreign_keys} == {"stories", "articles"}
    db.close()


def test_reopening_changes_nothing(library_path: Path):
    with open_library(library_path) as library:
        library.add(parsed("Opened twice, written once."), story="Twice")
    before = library_path.read_bytes()
    with open_library(library_path) as library:
        assert library.count() == 1
        assert library.story("twice").name == "Twice"
    assert library_path.read_bytes() == before


def test_a_failed_migration_leaves_the_library_at_its_version(library_path: Path):
    with open_library(library_path) as library:
        conn = library._conn
        with pytest.raises(sqlite3.OperationalError):
            migrate.apply(conn, migrate.latest() + 1, "CREATE TABLE later (x); NOT SQL;")
        assert migrate.version(conn) == migrate.latest()
        assert "later" not in sqlite_utils.Database(conn).table_names()


def test_migration_is_skipped_when_another_process_applied_it(library_path: Path):
    with open_library(library_path) as library:
        migrate.apply(library._conn, 1, "CREATE TABLE would_fail_twice (x);")
        assert migrate.version(library._conn) == migrate.latest()


def test_any_file_name_works(tmp_path: Path):
    path = tmp_path / "Zürich #1 ?draft %20" / "library (copy).db"
    with open_library(path) as library:
        library.add(parsed("Odd names are fine."))
    assert sorted(p.name for p in path.parent.iterdir()) == ["library (copy).db"]


def test_create_false_opens_an_existing_library(library_path: Path):
    open_library(library_path).close()
    with open_library(library_path, create=False) as library:
        assert library.count() == 0


def test_an_empty_file_becomes_a_library(library_path: Path):
    library_path.parent.mkdir()
    library_path.touch()
    with open_library(library_path) as library:
        assert library.count() == 0


def test_default_path_is_in_the_user_data_folder():
    assert default_library_path() == platformdirs.user_data_path("parallax") / "library.db"


def test_environment_variable_chooses_the_library(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PARALLAX_LIBRARY", str(tmp_path / "elsewhere.db"))
    assert default_library_path() == tmp_path / "elsewhere.db"
    with open_library() as library:
        assert library.path == tmp_path / "elsewhere.db"
    assert (tmp_path / "elsewhere.db").is_file()


def test_library_class_opens_like_open_library(library_path: Path):
    with Library(str(library_path)) as library:
        assert library.path == library_path
        assert repr(library) == f"<Library {str(library_path)!r}>"


def test_sqlite_utils_finds_the_search_index(library_path: Path):
    with open_library(library_path) as library:
        library.add(parsed("Ceasefire talks resume in Doha.", title="Talks"))
    db = sqlite_utils.Database(library_path)
    assert db["articles"].detect_fts() == "articles_fts"
    assert [row["title"] for row in db["articles"].search("doha")] == ["Talks"]
    db.close()


def test_sqlite_utils_command_searches_the_library(library_path: Path):
    with open_library(library_path) as library:
        library.add(parsed("Floods close the harbour road.", title="Floods"))
        library.add(parsed("Harbour reopens after the storm.", title="Harbour reopens"))
    command = [sys.executable, "-m", "sqlite_utils", "search", str(library_path), "articles"]
    result = subprocess.run(
        [*command, "harbour", "-c", "title"], capture_output=True, text=True, check=True
    )
    # Title hits rank first for other tools too: the weights live in the index's config.
    assert json.loads(result.stdout) == [{"title": "Harbour reopens"}, {"title": "Floods"}]


def test_library_is_used_by_the_thread_that_opened_it(library_path: Path):
    failures = []
    with open_library(library_path) as library:
        worker = threading.Thread(target=lambda: _count_or_record(library, failures))
        worker.start()
        worker.join()
    assert [type(exc) for exc in failures] == [sqlite3.ProgrammingError]


def _count_or_record(library: Library, failures: list[BaseException]) -> None:
    try:
        library.count()
    except sqlite3.ProgrammingError as exc:
        failures.append(exc)


def test_nothing_is_left_open(library_path: Path):
    library = open_library(library_path)
    library.add(parsed("Closing removes the side files."))
    library.close()
    assert sorted(os.listdir(library_path.parent)) == [library_path.name]
