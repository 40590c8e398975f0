"""Every way a library can fail to open or write: one clear error, and the file left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parallax import errors
from parallax.library import migrate, open_library
from parallax.library.db import translate
from parallax.model import Article, Parsed

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def parsed(text: str, title: str | None = None) -> Parsed:
    raw = text.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    return Parsed(Article(id=sha256[:12], sha256=sha256, text=text, title=title), raw)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def assert_refused(path: Path, expected: errors.ParallaxError, *, create: bool = True) -> None:
    """Opening and reading `path` fails with exactly `expected`, leaving its folder untouched."""
    before = snapshot(path.parent)
    with pytest.raises(type(expected)) as caught, open_library(path, create=create) as library:
        library.articles()
        library.search("anything")
    assert str(caught.value) == str(expected)
    assert snapshot(path.parent) == before


@pytest.fixture
def filled(library_path: Path) -> Path:
    """A closed library holding enough articles to span many pages."""
    with open_library(library_path) as library:
        words = ["the", "minister", "said", "harbour", "would", "reopen", "after", "storm"]
        rng = random.Random(7)
        library.add_many(
            parsed(" ".join(rng.choice(words) for _ in range(400)), title=f"Report {n}")
            for n in range(40)
        )
    return library_path


# Not a library at all --------------------------------------------------------------------------
def test_text_file_is_not_a_library(library_path: Path):
    library_path.parent.mkdir()
    library_path.write_text("Dear editor,\nthis is a letter, not a database.\n")
    assert_refused(library_path, errors.not_a_library(library_path))


def test_random_bytes_are_not_a_library(library_path: Path):
    library_path.parent.mkdir()
    library_path.write_bytes(random.Random(1).randbytes(8192))
    assert_refused(library_path, errors.not_a_library(library_path))


def test_folder_is_not_a_library(library_path: Path):
    library_path.mkdir(parents=True)
    with pytest.raises(errors.LibraryError) as caught:
        open_library(library_path)
    assert str(caught.value) == str(errors.not_a_library(library_path))


def test_missing_library_is_not_created_when_create_is_false(library_path: Path):
    with pytest.raises(errors.LibraryError) as caught:
        open_library(library_path, create=False)
    assert str(caught.value) == str(errors.missing_library(library_path))
    assert not library_path.parent.exists()


# Damaged --------------------------------------------------------------------------------------
def test_truncated_library_is_damaged(filled: Path):
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2])
    assert_refused(filled, errors.damaged_library(filled, "database disk image is malformed"))


def test_library_cut_inside_its_header_is_damaged(filled: Path):
    filled.write_bytes(filled.read_bytes()[:60])
    assert_refused(filled, errors.damaged_library(filled, "database disk image is malformed"))


def test_library_with_overwritten_pages_is_damaged(filled: Path):
    data = bytearray(filled.read_bytes())
    page = 4096
    data[3 * page : 9 * page] = random.Random(2).randbytes(6 * page)
    filled.write_bytes(bytes(data))
    before = filled.read_bytes()
    # Opening reads only what it needs; a full check reads every page.
    with pytest.raises(errors.LibraryError) as caught, open_library(filled) as library:
        library.check()
    assert str(caught.value).startswith(f"{filled}: the library is damaged (")
    assert filled.read_bytes() == before


# Another program's database, or a newer Parallax's ---------------------------------------------
def test_foreign_database_is_refused(library_path: Path):
    library_path.parent.mkdir()
    conn = sqlite3.connect(library_path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('source meeting at noon')")
    conn.commit()
    conn.close()
    assert_refused(library_path, errors.foreign_database(library_path))


def test_empty_database_of_another_program_is_refused(library_path: Path):
    library_path.parent.mkdir()
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA application_id = 252006674")  # Fossil's repository id
    conn.close()
    assert_refused(library_path, errors.foreign_database(library_path))


def test_newer_library_is_refused_and_not_modified(filled: Path):
    conn = sqlite3.connect(filled)
    conn.execute(f"PRAGMA user_version = {migrate.latest() + 1}")
    conn.close()
    expected = errors.newer_library(filled, migrate.latest() + 1, migrate.latest())
    assert_refused(filled, expected)


# Busy, unwritable, uncreatable -----------------------------------------------------------------
def test_locked_library_waits_then_says_so(library_path: Path):
    with open_library(library_path) as library:
        library.add(parsed("Written before the lock."))
        other = sqlite3.connect(library_path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            started = time.monotonic()
            with pytest.raises(errors.LibraryError) as caught:
                library.add_many([parsed("One."), parsed("Two.")], story="Blocked")
            waited = time.monotonic() - started
            # Readers are not blocked by a writer in WAL mode.
            assert [a.text for a in library.articles()] == ["Written before the lock."]
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert str(caught.value) == str(errors.locked_library(library_path))
        assert 1.5 <= waited < 10
        assert library.count() == 1
        assert library.stories() == []
        library.add(parsed("Written after the lock."))
        assert library.count() == 2


def test_library_that_cannot_be_created(tmp_path: Path):
    path = Path("/proc/parallax-test") / tmp_path.name / "library.db"
    with pytest.raises(errors.LibraryError) as caught:
        open_library(path)
    assert str(caught.value) == str(errors.cannot_create_library(path, "no such file or directory"))


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions; see the subprocess tests")
def test_read_only_library_can_be_read_but_not_written(filled: Path):
    filled.chmod(0o400)
    filled.parent.chmod(0o500)
    try:
        before = filled.read_bytes()
        with open_library(filled) as library:
            assert library.count() == 40
            assert library.search("harbour")
            with pytest.raises(errors.LibraryError, match="cannot be written"):
                library.add(parsed("Not allowed."))
        assert filled.read_bytes() == before
    finally:
        filled.parent.chmod(0o700)
        filled.chmod(0o600)


# Permission tests that hold for root too: run a child process without the capabilities that let
# root ignore file modes (or as it is, when not root).
_CHILD = """
import json, sys
from pathlib import Path
from parallax import errors
from parallax.library import open_library
from parallax.model import Article, Parsed
path = Path(sys.argv[1])
try:
    open(sys.argv[3], "ab").close()
    print(json.dumps({"privileged": True}))
    sys.exit()
except PermissionError:
    pass
result = {}
try:
    with open_library(path) as library:
        result["count"] = library.count()
        result["found"] = len(library.search("harbour"))
        result["original"] = len(library.original(library.articles()[0].id))
        try:
            library.add(Parsed(Article(id="0" * 12, sha256=sys.argv[2], text="x"), b"x"))
        except errors.LibraryError as exc:
            result["add"] = str(exc)
except errors.LibraryError as exc:
    result["open"] = str(exc)
print(json.dumps(result))
"""

_X_SHA256 = hashlib.sha256(b"x").hexdigest()


def run_unprivileged(path: Path, *, probe: Path) -> dict:
    """Run _CHILD on `path`; `probe` is a file it must not be allowed to write."""
    command = [sys.executable, "-c", _CHILD, str(path), _X_SHA256, str(probe)]
    if IS_ROOT:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file modes cannot be tested")
        drop = ["--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
        command = [setpriv, *drop, *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    if result.get("privileged"):
        pytest.skip("cannot drop the privilege to ignore file modes here")
    return result


@pytest.mark.parametrize("folder_mode", [0o500, 0o700], ids=["folder-read-only", "folder-rw"])
def test_read_only_file_is_readable_without_write_access(filled: Path, folder_mode: int):
    filled.chmod(0o400)
    filled.parent.chmod(folder_mode)
    try:
        before = filled.read_bytes()
        result = run_unprivileged(filled, probe=filled)
    finally:
        filled.parent.chmod(0o700)
        filled.chmod(0o600)
    assert result["count"] == 40
    assert result["found"] == 20
    assert result["original"] > 0
    assert result["add"].startswith(f"{filled}: the library cannot be written (")
    assert filled.read_bytes() == before


def test_library_in_a_read_only_folder_cannot_be_created(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        result = run_unprivileged(folder / "library.db", probe=folder / "probe")
    finally:
        folder.chmod(0o700)
    path = folder / "library.db"
    assert result == {"open": str(errors.cannot_create_library(path, "permission denied"))}
    assert list(folder.iterdir()) == []


def test_unknown_sqlite_errors_stay_bugs(library_path: Path):
    assert translate(sqlite3.OperationalError("no such table: x"), library_path) is None
