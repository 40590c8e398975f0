"""Writing reports to files: all of the file or none of it, readable by its owner only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from parallax import errors


def write_text_atomically(path: Path, content: str) -> None:
    """Write `content` (UTF-8) to `path` through a temporary file in the same folder."""

    def write(temp: Path) -> None:
        temp.write_text(content, encoding="utf-8")

    write_atomically(path, write)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it over `path`, so a failure
    leaves no half-written file (the file is owner-only, like the library)."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise errors.cannot_write(path, exc.strerror or str(exc)) from exc
    temp = Path(name)
    try:
        write(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise errors.cannot_write(path, exc.strerror or str(exc)) from exc
