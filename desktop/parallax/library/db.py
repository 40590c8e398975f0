"""Rules for all library queries: SQLite failures become parallax.errors; writes are atomic."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from parallax import errors

# Checked in order; the first prefix of the SQLite error name that matches decides.
_READONLY_REASONS = {
    "SQLITE_READONLY_DIRECTORY": "its folder is read-only",
    "SQLITE_READONLY_DBMOVED": "the file was moved or deleted while it was open",
    "SQLITE_READONLY": "the file is read-only",
}


def translate(exc: sqlite3.Error, path: Path) -> errors.LibraryError | None:
    """The user-facing error for `exc`, or None when it is a bug that must keep its traceback."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return errors.locked_library(path)
    for prefix, reason in _READONLY_REASONS.items():
        if name.startswith(prefix):
            return errors.read_only_library(path, reason)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return errors.damaged_library(path, str(exc))
    if name == "SQLITE_FULL":
        return errors.read_only_library(path, "the disk is full")
    if name == "SQLITE_PERM":
        return errors.read_only_library(path, "permission denied")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return errors.unreadable_library(path, str(exc))
    return None


@contextmanager
def guard(path: Path) -> Iterator[None]:
    """Re-raise SQLite failures the user can act on as `errors.LibraryError`, `from` the cause."""
    try:
        yield
    except sqlite3.Error as exc:
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from exc


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, all or nothing; taken up front, so it waits out other writers."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
