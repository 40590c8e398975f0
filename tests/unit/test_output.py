"""Report files are written whole or not at all, and never over the library or a device."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from parallax import errors
from parallax.application.output import (
    check_target,
    library_files,
    write_atomically,
    write_text_atomically,
)


def _interrupted_by(exception: BaseException):
    def write(temp: Path) -> None:
        temp.write_text("half of the new report", encoding="utf-8")
        raise exception

    return write


@pytest.mark.parametrize(
    "exception", [RuntimeError("the renderer broke"), KeyboardInterrupt(), ValueError("bad")]
)
def test_an_exception_mid_write_leaves_the_old_file_and_no_part_file(tmp_path: Path, exception):
    report = tmp_path / "report.md"
    report.write_text("the old report", encoding="utf-8")
    with pytest.raises(type(exception)):
        write_atomically(report, _interrupted_by(exception))
    assert report.read_text(encoding="utf-8") == "the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_an_os_error_mid_write_is_the_users_error_and_leaves_nothing(tmp_path: Path):
    report = tmp_path / "report.md"
    with pytest.raises(errors.ParallaxError, match="cannot write the report"):
        write_atomically(report, _interrupted_by(OSError(28, "No space left on device")))
    assert list(tmp_path.iterdir()) == []


def test_a_written_report_is_whole_and_private(tmp_path: Path):
    report = tmp_path / "report.md"
    write_text_atomically(report, "Zürich — 65 vs 72\n" * 1000)
    assert report.read_text(encoding="utf-8") == "Zürich — 65 vs 72\n" * 1000
    assert report.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_the_library_and_its_side_files_are_refused(tmp_path: Path):
    library = tmp_path / "library.db"
    library.write_bytes(b"SQLite format 3\x00")
    link = tmp_path / "innocent.json"
    link.symlink_to(library)
    hard_link = tmp_path / "report.json"
    os.link(library, hard_link)  # one file under two names, like another spelling on macOS
    for target in [*library_files(library), link, hard_link, tmp_path / "." / "library.db"]:
        with pytest.raises(errors.ParallaxError, match="is the library"):
            check_target(target, protected=library_files(library))


def test_folders_fifos_and_devices_are_refused(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(errors.ParallaxError, match="is a folder"):
        write_text_atomically(tmp_path, "report")
    with pytest.raises(errors.ParallaxError, match="not a regular file"):
        write_text_atomically(fifo, "report")
    with pytest.raises(errors.ParallaxError, match="not a regular file"):
        check_target(Path(os.devnull))
    assert fifo.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
