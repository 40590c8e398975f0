"""Where the library file lives, and creating it (and its folder) readable by the owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from parallax import errors

SQLITE_MAGIC = b"SQLite format 3\x00"


def default_library_path() -> Path:
    """$PARALLAX_LIBRARY if set, else library.db in the per-user data folder."""
    configured = os.environ.get("PARALLAX_LIBRARY")
    if configured:
        return Path(configured).expanduser()
    return platformdirs.user_data_path("parallax") / "library.db"


def sniff(path: Path) -> str:
    """What is at `path`: "missing", "folder", "empty", "sqlite" or "other" (not SQLite)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return "missing"
    except IsADirectoryError:
        return "folder"
    except OSError as exc:
        raise errors.unreadable_library(path, _reason(exc)) from exc
    if not head:
        return "empty"
    return "sqlite" if head == SQLITE_MAGIC else "other"


def create_private_file(path: Path) -> bool:
    """Create an empty file only the owner can read or write; False if one already exists.

    The file exists with mode 0600 before SQLite ever opens it, so SQLite's own -wal and -shm
    files, which copy the database file's mode, are owner-only too.
    """
    try:
        make_private_folder(path.parent)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise errors.cannot_create_library(path, _reason(exc)) from exc
    os.close(descriptor)
    return True


def make_private_folder(folder: Path) -> None:
    """Create `folder` and its missing parents with mode 0700; existing folders stay as they are."""
    for created in reversed(missing_folders(folder)):
        try:
            created.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs, so its mode is left alone


def is_read_only(path: Path) -> bool:
    """Whether the library file is read-only: by its mode (no write bit, which binds root too,
    whom access() always allows) or because this user may not write it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def remove_files(path: Path) -> None:
    """Delete a library file we created and could not finish, with SQLite's side files."""
    for name in (path, wal_path(path), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def remove_empty_folders(folders: list[Path]) -> None:
    """Remove these folders, deepest first, while they are empty (made for a library that
    could not be finished); a folder someone has put something in meanwhile stays."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def _reason(exc: OSError) -> str:
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]
