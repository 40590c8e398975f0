"""Where the library file lives, and creating it (and its folder) readable by the owner only."""

from __future__ import annotations

import os
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
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs, so its mode is left alone


def remove_files(path: Path) -> None:
    """Delete a library file we created and could not finish, with SQLite's side files."""
    for name in (path, wal_path(path), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def _reason(exc: OSError) -> str:
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]
