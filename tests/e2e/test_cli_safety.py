"""Data safety as a user meets it: a full disk, a read-only library, an --output that is the
library or a device, odd links and file names: one error line, and nothing lost or half-written."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from support import SAMPLES, assert_one_error_line, snapshot

WIRE = SAMPLES / "1-northline-wire.txt"
RIVAL = SAMPLES / "2-harbour-post.html"


@pytest.fixture
def library(run, library_path: Path) -> Path:
    """A library holding the sample story, closed, so its files can be compared byte for byte."""
    assert run("import", SAMPLES).returncode == 0
    return library_path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw_run(parallax_command: Path, library: Path, *args, **popen) -> subprocess.CompletedProcess:
    """Run parallax with extra subprocess options (a stdout of our own, limits in the child)."""
    popen.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [str(parallax_command), "--library", str(library), *map(str, args)],
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        **popen,
    )


def _ids(run) -> list[str]:
    return [article["id"] for article in json.loads(run("list", "--json").stdout)]


# Links and names --------------------------------------------------------------------------------
def test_a_named_link_to_itself_is_one_error_line(run, library, tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    before = snapshot(library.parent)
    assert_one_error_line(run("import", loop), "loop.txt", "cannot be read")
    assert_one_error_line(run("show", loop), "loop.txt", "cannot be read")
    assert snapshot(library.parent) == before


def test_a_link_to_itself_in_a_folder_is_skipped_and_the_rest_imported(run, library_path, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(WIRE, folder / "wire.txt")
    (folder / "self.txt").symlink_to("self.txt")
    result = run("import", folder)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("parallax: skipped ") and "self.txt" in line and "Traceback" not in line
    assert len(_ids(run)) == 1


def test_a_file_name_that_is_not_utf8_imports(run, library_path, tmp_path):
    name = tmp_path / os.fsdecode(b"caf\xe9-wire.txt")
    shutil.copy(WIRE, name)
    result = run("import", name)
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(run("list", "--json").stdout)
    assert article["source_path"].endswith("caf\\xe9-wire.txt")
    assert run("show", name).returncode == 0


def test_a_command_that_fails_leaves_no_new_library_behind(run, tmp_path):
    place = tmp_path / "new" / "library.db"
    assert_one_error_line(run("show", "abcdef123456", library=place), "no such article")
    assert list(tmp_path.iterdir()) == []


# Standard output on a full disk -------------------------------------------------------------
@pytest.mark.parametrize("command", [("list",), ("list", "--json"), ("search", "flood")])
def test_listing_to_a_full_disk_is_one_error_line(parallax_command, library, command):
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = _raw_run(parallax_command, library, *command, stdout=full)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "parallax: error: standard output: cannot write (No space left on device)"
    ]


@pytest.mark.model
def test_a_comparison_to_a_full_disk_is_one_error_line(parallax_command, library):
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = _raw_run(parallax_command, library, "compare", WIRE, RIVAL, stdout=full)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line == "parallax: error: standard output: cannot write (No space left on device)"


# --output that must not be written ----------------------------------------------------------
def test_output_that_is_the_library_is_refused(run, library, tmp_path):
    link = tmp_path / "report.json"
    link.symlink_to(library)
    before = snapshot(library.parent)
    sha = _sha(library)
    wal, shm = Path(f"{library}-wal"), Path(f"{library}-shm")
    for target in (
        library,
        wal,
        shm,
        link,
        library.parent / ".." / library.parent.name / "parallax.db",
    ):
        result = run("compare", WIRE, RIVAL, "--format", "json", "--output", target)
        assert_one_error_line(result, "is the library")
        assert _sha(library) == sha
        assert snapshot(library.parent) == before
    assert link.is_symlink()


def test_output_that_is_a_folder_a_fifo_or_a_device_is_refused(run, library, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    targets = [(tmp_path, "is a folder"), (fifo, "not a regular file")]
    device = tmp_path / "null-device"
    try:  # a device node of our own (root only): never point a test at the real /dev
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        targets.append((device, "not a regular file"))
    except PermissionError:
        pass
    before = snapshot(library.parent)
    for target, why in targets:
        assert_one_error_line(run("compare", WIRE, RIVAL, "--output", target), why)
        assert_one_error_line(run("story", "any", "--output", target), why)
    assert fifo.is_fifo()
    assert not device.exists() or device.is_char_device()
    assert snapshot(library.parent) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# Reports on a full disk: all of it or nothing ------------------------------------------------
# Runs the command after it, in this process, with files that may not grow (writes fail with
# EFBIG, as on a full disk) and SIGXFSZ ignored (else the kernel kills the writer instead).
NO_FILE_MAY_GROW = (
    sys.executable,
    "-c",
    "import os, resource, signal, sys\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
    "os.execv(sys.argv[1], sys.argv[1:])\n",
)


@pytest.mark.model
def test_a_report_to_a_full_disk_leaves_no_file(run, library, tmp_path):
    wire, rival = sorted(_ids(run))[:2]
    assert run("compare", wire, rival, "--format", "json").returncode == 0  # analyses cached
    folder = tmp_path / "reports"
    folder.mkdir()
    reader = sqlite3.connect(library)  # holds the -shm file open, so the child need not grow it
    reader.execute("SELECT count(*) FROM articles").fetchone()
    try:
        for fmt in ("pdf", "png", "json", "html"):
            args = ("compare", wire, rival, "--format", fmt, "--output", folder / f"report.{fmt}")
            env = {"QT_QPA_PLATFORM": "offscreen"}
            result = run(*args, prefix=NO_FILE_MAY_GROW, env=env)
            assert_one_error_line(result, f"report.{fmt}", "cannot write", "File too large")
            assert list(folder.iterdir()) == []  # no report, no .part file
    finally:
        reader.close()


@pytest.mark.model
def test_a_report_is_on_the_disk_before_it_takes_its_name(run, library, tmp_path):
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    out = tmp_path / "report.md"
    trace = tmp_path / "trace.txt"
    prefix = (
        strace,
        "-f",
        "-qq",
        "-o",
        str(trace),
        "-e",
        "trace=fsync,fdatasync,rename,renameat,renameat2",
    )
    result = run("compare", WIRE, RIVAL, "--format", "markdown", "--output", out, prefix=prefix)
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip("strace cannot trace here")
    assert result.returncode == 0, result.stderr
    calls = [
        line for line in trace.read_text().splitlines() if "report.md" in line or "fsync" in line
    ]
    renamed = next(i for i, line in enumerate(calls) if "rename" in line and "report.md" in line)
    assert any("fsync" in line for line in calls[:renamed]), calls  # the file, before the rename
    assert any("fsync" in line for line in calls[renamed + 1 :]), calls  # then its folder


# A read-only library ---------------------------------------------------------------------------
def _as_plain_user(run):
    """`run`, but as root without the power to ignore file modes (setpriv), so modes count."""
    if os.geteuid() != 0:
        return run
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
    return lambda *args, **kw: run(*args, prefix=drop, **kw)


def test_a_read_only_library_is_read_and_never_written(run, library, tmp_path):
    library.chmod(0o400)
    before = snapshot(library.parent)
    new = tmp_path / "new.txt"
    new.write_text("Rescue teams reached Orsk on Monday after the road reopened.\n", "utf-8")
    runners = [run] + [r for r in (_as_plain_user(run),) if r is not None and r is not run]
    try:
        for runner in runners:  # as this user (file modes bind even root), and without privilege
            for command in (("list",), ("search", "flood"), ("show", _ids(run)[0])):
                result = runner(*command)
                assert result.returncode == 0 and result.stderr == "", result.stderr
            assert snapshot(library.parent) == before  # no -wal or -shm file left behind
            assert_one_error_line(runner("import", new), "cannot be written", "read-only")
            assert snapshot(library.parent) == before
    finally:
        library.chmod(0o600)
    imported = run("import", new)  # writable again: writing works at once
    assert imported.returncode == 0, imported.stderr
    assert len(_ids(run)) == 4
