"""Opens the library's one SQLite connection: creates the file, checks it is ours, sets pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from parallax import errors
from parallax.library import files, migrate, store
from parallax.library.db import guard

FURNITURE_SCHEMA = 3  # the schema from which articles store their detected furniture
BUSY_TIMEOUT = 2.0  # seconds a write waits for another program's write before giving up

# Per connection. secure_delete zeroes deleted content, so a removed article does not linger in
# free pages of a confidential library; temp_store keeps sorts and temporary indexes out of /tmp.
_PRAGMAS = ("foreign_keys = ON", "secure_delete = ON", "temp_store = MEMORY")


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """A connection to the library at `path`, migrated to the newest schema; errors.* if not."""
    created = _ensure_file(path, create=create)
    try:
        with guard(path):
            return _prepare(path)
    except BaseException:
        if created:
            files.remove_files(path)
        raise


def _ensure_file(path: Path, *, create: bool) -> bool:
    """Check what is at `path` without opening it in SQLite; True if we made a new file."""
    kind = files.sniff(path)
    if kind in ("folder", "other"):
        raise errors.not_a_library(path)
    if kind != "missing":
        return False
    if not create:
        raise errors.missing_library(path)
    return files.create_private_file(path)


def _prepare(path: Path) -> sqlite3.Connection:
    conn = _open(path)
    try:
        _check_identity(conn, path)
        migrate.check_version(conn, path)
        for pragma in _PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        _use_wal(conn)
        before = migrate.version(conn)
        migrate.migrate(conn)
        if before < FURNITURE_SCHEMA <= migrate.version(conn) and before > 0:
            store.detect_missing_furniture(conn)  # once, not on every read of those articles
    except BaseException:
        conn.close()
        raise
    return conn


def _open(path: Path) -> sqlite3.Connection:
    """Open read-write where allowed, else read-only; reading needs no write access.

    In WAL mode even a reader needs the -shm file; when the file or its folder is read-only and
    no -wal file holds unsaved changes, the file on disk is complete and is read as immutable.
    A read-only file opened read-write had left -wal and -shm files behind, read-only too, that
    made every later write fail.
    """
    if files.is_read_only(path) and not _has_unsaved_changes(path):
        return _sqlite(path, "ro&immutable=1")
    conn = _sqlite(path, "rw")
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        cannot_share = exc.sqlite_errorname in ("SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN")
        if not cannot_share or _has_unsaved_changes(path):
            raise
        return _sqlite(path, "ro&immutable=1")
    except BaseException:
        conn.close()
        raise
    return conn


def _has_unsaved_changes(path: Path) -> bool:
    """Whether a -wal file beside the library holds pages not yet copied into it."""
    try:
        return files.wal_path(path).stat().st_size > 0
    except FileNotFoundError:
        return False


def _sqlite(path: Path, mode: str) -> sqlite3.Connection:
    # Explicit transactions only (isolation_level=None): see db.transaction.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's database; an empty one is ours to fill (nothing to lose)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == migrate.APPLICATION_ID:
        return
    objects = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if app_id != 0 or objects or migrate.version(conn):
        raise errors.foreign_database(path)


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL lets readers work while a write is under way; set once, it stays in the file."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite3.OperationalError as exc:
        if not exc.sqlite_errorname.startswith("SQLITE_READONLY"):
            raise  # read-only: reading in the current journal mode is fine


def check(conn: sqlite3.Connection, path: Path) -> None:
    """Read every page and the search index; errors.damaged_library at the first problem."""
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise errors.damaged_library(path, problems[0])
    try:
        # rank 1: also compare the index with the articles it was built from.
        check_index = "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
        conn.execute(check_index)
    except sqlite3.OperationalError as exc:
        if not exc.sqlite_errorname.startswith("SQLITE_READONLY"):
            raise  # FTS5 runs its check as a write; a read-only library gets the page check only
