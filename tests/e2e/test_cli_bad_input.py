"""Bad input: one clear line on stderr, exit status 1, and the library exactly as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import SAMPLES, assert_one_error_line, snapshot


@pytest.fixture
def library(run, library_path: Path) -> Path:
    """A library holding the sample story, closed, so its files can be compared byte for byte."""
    assert run("import", SAMPLES).returncode == 0
    return library_path


def _import_fails_and_changes_nothing(run, library: Path, path: Path, *fragments: str) -> None:
    before = snapshot(library.parent)
    assert_one_error_line(run("import", path), str(path.name), *fragments)
    assert snapshot(library.parent) == before
    assert len(run("list", "--json").stdout.split('"sha256"')) == 4  # still the three samples


def test_missing_path(run, library, tmp_path):
    _import_fails_and_changes_nothing(run, library, tmp_path / "nope.txt", "no such file")


def test_folder_where_a_file_is_needed(run, library, tmp_path):
    before = snapshot(library.parent)
    assert_one_error_line(run("show", tmp_path), "is a folder")
    assert snapshot(library.parent) == before


def test_empty_file(run, library, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _import_fails_and_changes_nothing(run, library, empty, "empty")


def test_binary_file_named_txt(run, library, tmp_path):
    fake = tmp_path / "photo.txt"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    _import_fails_and_changes_nothing(run, library, fake, "binary")


def test_file_over_the_size_limit(run, library, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk and no time
    _import_fails_and_changes_nothing(run, library, huge, "50 MB limit")


def test_undecodable_bytes(run, library, tmp_path):
    garbled = tmp_path / "garbled.txt"
    # Bytes no single-byte or multi-byte encoding turns into language.
    garbled.write_bytes(bytes((i * 7919) % 96 + 160 for i in range(3000)))
    _import_fails_and_changes_nothing(run, library, garbled, "encoding")


def test_html_with_no_article_text(run, library, tmp_path):
    page = tmp_path / "empty-page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a></nav><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    _import_fails_and_changes_nothing(run, library, page, "no article text")


def test_one_bad_named_file_imports_nothing(run, library, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Rescue teams reached Orsk on Monday after the road reopened.\n", "utf-8")
    before = snapshot(library.parent)
    assert_one_error_line(run("import", good, empty), "empty")
    assert snapshot(library.parent) == before


def test_unsupported_files_in_a_folder_are_skipped_not_fatal(run, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "wire.txt").write_bytes((SAMPLES / "1-northline-wire.txt").read_bytes())
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(200))
    (folder / "empty.txt").write_bytes(b"")
    result = run("import", folder)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 1
    skipped = result.stderr.splitlines()
    assert len(skipped) == 2 and all(line.startswith("parallax: skipped ") for line in skipped)


def test_library_that_is_not_sqlite(run, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    before = snapshot(tmp_path)
    assert_one_error_line(run("list", library=notes), "not a Parallax library")
    assert_one_error_line(run("import", SAMPLES, library=notes), "not a Parallax library")
    assert snapshot(tmp_path) == before


def test_sqlite_database_of_another_program(run, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("create table contacts (name text)")
    db.close()
    before = snapshot(tmp_path)
    assert_one_error_line(run("import", SAMPLES, library=other), "another program")
    assert snapshot(tmp_path) == before


def test_damaged_library(run, library):
    data = library.read_bytes()
    library.write_bytes(data[:4096] + b"\x00" * 1024 + data[5120:])  # smash page 2
    before = snapshot(library.parent)
    result = run("search", "flood")
    assert_one_error_line(result, "damaged")
    assert snapshot(library.parent) == before


def test_library_locked_by_another_process(run, library, tmp_path):
    holder_code = (
        "import sqlite3, sys, time\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('begin exclusive')\n"
        "print('locked', flush=True)\n"
        "time.sleep(30)\n"
    )
    new = tmp_path / "new.txt"
    new.write_text("Rescue teams reached Orsk on Monday after the road reopened.\n", "utf-8")
    with subprocess.Popen(
        [sys.executable, "-c", holder_code, str(library)], stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"
            started = time.monotonic()
            result = run("import", new)
            waited = time.monotonic() - started
        finally:
            holder.kill()
    assert_one_error_line(result, "busy")
    assert waited >= 1.0  # it waited briefly before giving up
    assert len(run("list", "--json").stdout.split('"sha256"')) == 4


def test_library_location_that_cannot_be_created(run):
    place = Path("/proc/parallax-test/library.db")  # not writable, even by root
    assert_one_error_line(run("list", library=place), "cannot create the library")


def _without_root_override(run):
    """`run`, but as root without the power to ignore file modes (setpriv), so modes count."""
    if os.geteuid() != 0:
        return run
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes cannot be tested")
    drop = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
    return lambda *args, **kw: run(*args, prefix=drop, **kw)


def test_read_only_library_folder(run, tmp_path):
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = _without_root_override(run)("import", SAMPLES, library=folder / "library.db")
        assert_one_error_line(result, "cannot create the library")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_read_only_library_file_can_be_read_but_not_written(run, library, tmp_path):
    library.chmod(0o400)
    unprivileged = _without_root_override(run)
    try:
        listed = unprivileged("list", "--json")
        assert listed.returncode == 0, listed.stderr
        before = snapshot(library.parent)
        new = tmp_path / "new.txt"
        new.write_text("Rescue teams reached Orsk on Monday after the road reopened.\n", "utf-8")
        assert_one_error_line(unprivileged("import", new), "cannot be written")
    finally:
        library.chmod(0o600)
    assert snapshot(library.parent) == before


def test_bad_search_syntax(run, library):
    before = snapshot(library.parent)
    assert_one_error_line(run("search", '"unbalanced'), "not a valid query")
    assert snapshot(library.parent) == before


def test_unknown_article(run, library):
    assert_one_error_line(run("show", "zzzzzz"), "no such article")


def test_bad_published_date_for_stdin(run, library):
    result = run("show", "-", "--published", "22/10/2024", stdin="Some text about a flood.")
    assert_one_error_line(result, "not a date")
