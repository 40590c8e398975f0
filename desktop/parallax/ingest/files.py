"""Paths a user names -> files to read: folder expansion, the checks made before reading, size."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from parallax import errors
from parallax.ingest import sniff

SUPPORTED_SUFFIXES = (
    *(".txt", ".text", ".md", ".markdown", ".html", ".htm"),
    *(".pdf", ".docx", ".eml", ".mhtml", ".mht"),
)
_PEEK_BYTES = 8192
_MISSING = (FileNotFoundError, NotADirectoryError)


def load(path: str | Path) -> bytes:
    """The bytes of one file; raises the user's error if it is missing, a folder or too large."""
    name = os.fspath(path)
    size = _regular_file_size(name)
    if size > errors.MAX_INPUT_BYTES:
        raise errors.too_large(name, size)
    try:
        with open(name, "rb") as file:
            data = file.read(errors.MAX_INPUT_BYTES + 1)
    except _MISSING as err:
        raise errors.missing_path(name) from err
    except OSError as err:
        raise errors.unreadable(name, err.strerror or str(err)) from err
    if len(data) > errors.MAX_INPUT_BYTES:  # it grew after we looked
        raise errors.too_large(name, len(data))
    return data


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to read from files and folders (recursively, sorted, hidden ones left out), and
    the files left out with the reason; raises the user's error for a path that does not exist."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise errors.missing_path(given)
        found = _walk(path, set()) if path.is_dir() else [(path, _named_file_problem(path))]
        for file, reason in found:
            if reason is None:
                files.append(file)
            else:
                skipped.append((file, reason))
    return _unique(files), skipped


def is_supported(path: Path) -> bool:
    """Whether Parallax reads files named like `path`."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _regular_file_size(name: str) -> int:
    try:
        info = os.stat(name)
    except _MISSING as err:
        raise errors.missing_path(name) from err
    except OSError as err:
        raise errors.unreadable(name, err.strerror or str(err)) from err
    if stat.S_ISDIR(info.st_mode):
        raise errors.is_directory(name)
    if not stat.S_ISREG(info.st_mode):
        raise errors.unreadable(name, "not a regular file")
    return info.st_size


def _walk(folder: Path, seen: set[Path]) -> Iterator[tuple[Path, str | None]]:
    """Every visible file under `folder`, in name order, with why it is left out (or None)."""
    seen.add(folder.resolve())
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield folder, errors.unreadable_reason(err.strerror or str(err))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as err:  # e.g. a link that points to itself: report it, read the rest
            yield path, errors.unreadable_reason(err.strerror or str(err))
            continue
        if is_dir:
            if path.resolve() not in seen:  # a symlink back up the tree would never end
                yield from _walk(path, seen)
        elif not is_file:
            yield path, errors.unreadable_reason("not a regular file")
        else:
            yield path, None if is_supported(path) else errors.unsupported_reason(_kind(path))


def _named_file_problem(path: Path) -> str | None:
    """A file named on its own is read if its suffix is supported or its content is text."""
    if is_supported(path) or not path.is_file():
        return None  # reading it will report any problem in the user's words
    try:
        with path.open("rb") as file:
            head = file.read(_PEEK_BYTES)
    except OSError:
        return None
    if sniff.document_format(head, path.suffix) is not None or not sniff.looks_binary(head):
        return None
    return errors.unsupported_reason(_kind(path))


def _kind(path: Path) -> str:
    return path.suffix.lower() or "no extension"


def _unique(files: list[Path]) -> list[Path]:
    """`files` without repeats (the same file named twice), in first-seen order."""
    seen: set[str] = set()
    unique = []
    for file in files:
        key = os.path.abspath(file)
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique
