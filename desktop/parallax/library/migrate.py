"""Brings a library's schema up to date from the numbered .sql migrations shipped in db/.

Why our own twenty-line runner rather than sqlite-utils' `Migrations`: those are Python
functions recorded by name in a `_sqlite_migrations` table, which the runner writes to before
it looks at anything. Ours are plain numbered .sql files in db/ (shipped in the wheel and the
bundle, readable and testable with the sqlite3 shell), and the schema number lives in
`PRAGMA user_version`, a header field we can read without writing. That lets us refuse a
library made by a newer Parallax before touching it, and stamp the Parallax `application_id`
in the same transaction as the first migration, so a file is either empty or fully ours.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from parallax import errors, resources
from parallax.library.db import transaction

APPLICATION_ID = 0x50524C58  # "PRLX": marks an SQLite file as a Parallax library


@cache
def known() -> tuple[tuple[int, str, str], ...]:
    """The shipped migrations as (number, file name, SQL), numbered 1, 2, 3 ... without gaps."""
    found = tuple(resources.migrations())
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"db/ migrations must be numbered 1..n without gaps, found {numbers}")
    return found


def latest() -> int:
    return len(known())


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_version(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse, without writing anything, a library made by a newer Parallax."""
    found = version(conn)
    if found > latest():
        raise errors.newer_library(path, found, latest())


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every migration newer than the library, each in its own transaction."""
    for number, _name, sql in known():
        if number > version(conn):
            apply(conn, number, sql)


def apply(conn: sqlite3.Connection, number: int, sql: str) -> None:
    """Run one migration and record its number, in one transaction."""
    with transaction(conn):
        if version(conn) >= number:
            return  # another process applied it while we waited for the write lock
        # sqlite-utils runs a script statement by statement inside the open transaction,
        # where sqlite3's own executescript() would COMMIT first. Imported here: it imports
        # numpy, which costs every start of the reader ~0.2 s, and only a migration needs it.
        import sqlite_utils

        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        db.executescript(sql)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {number}")
