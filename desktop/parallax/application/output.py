"""Writing reports to files: all of the file or none of it, readable by its owner only."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from parallax import errors


def write_text_atomically(path: Path, content: str) -> None:
    """Write `content` (UTF-8) to `path` through a temporary file in the same folder."""
    write_bytes_atomically(path, content.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder."""

    def write(temp: Path) -> None:
        with temp.open("wb") as file:
            file.write(data)

    write_atomically(path, write)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a temporary file beside `path`, flush it to the disk, then rename it over
    `path`: whatever stops it (a full disk, an exception, Ctrl+C) leaves no half-written file and
    no temporary one (the file is owner-only, like the library)."""
    path = Path(path)
    check_target(path)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise errors.cannot_write(path, _reason(exc)) from exc
    temp = Path(name)
    try:
        write(temp)
        _sync_file(temp)
        os.replace(temp, path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise errors.cannot_write(path, _reason(exc)) from exc
        raise
    _sync_folder(path.parent)


def check_target(path: Path, *, protected: Iterable[Path] = ()) -> None:
    """Refuse, before anything is written, a report path that is a folder, a device, a fifo or
    any other non-regular file, or one of the `protected` files (the library and its -wal and
    -shm files), compared after following symbolic links."""
    path = Path(path)
    target = os.path.realpath(path)
    for kept in protected:
        if target == os.path.realpath(kept) or _same_file(target, kept):
            raise errors.output_is_library(path)
    try:
        info = os.stat(target)
    except OSError:
        return  # nothing there yet (or an unusable folder, which the write reports)
    if stat.S_ISDIR(info.st_mode):
        raise errors.output_is_folder(path)
    if not stat.S_ISREG(info.st_mode):
        raise errors.output_not_regular(path)


def check_report_path(path: Path, *, library: str | Path | None) -> None:
    """check_target for a report of the library at `library` (None: the default library)."""
    from parallax.library import default_library_path

    place = Path(library).expanduser() if library else default_library_path()
    check_target(path, protected=library_files(place))


def library_files(library: Path) -> list[Path]:
    """The library file and the side files SQLite keeps beside it."""
    return [library, *(Path(f"{library}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]


def _same_file(one: str | Path, other: str | Path) -> bool:
    """Both exist and are one file (another spelling on a case-insensitive disk, a hard link)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _sync_file(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders that cannot be opened or synced are skipped."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is on the disk
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
