"""Importing as a progress generator: progress per file, one write at the end, none on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax import errors
from parallax.application.importing import import_paths
from parallax.application.progress import run_to_end
from parallax.library import open_library

from support import SAMPLES


def test_progress_counts_files_and_the_result_lists_what_was_stored(library_path: Path):
    steps = import_paths(library_path, [SAMPLES], story="Floods")
    progress = [next(steps) for _ in range(4)]
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert not library_path.exists()  # nothing is written until every file is read
    result = run_to_end(steps)
    assert [created for _, created in result.stored] == [True, True, True]
    with open_library(library_path) as db:
        assert len(db.articles(story="floods")) == 3


def test_cancelling_between_files_writes_nothing(library_path: Path):
    steps = import_paths(library_path, [SAMPLES])
    next(steps)
    next(steps)
    steps.close()
    assert not library_path.exists()


def test_a_named_bad_file_fails_the_import(library_path: Path, tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(errors.InputError, match="empty"):
        run_to_end(import_paths(library_path, [SAMPLES / "1-northline-wire.txt", empty]))
    assert not library_path.exists()


def test_bad_files_inside_a_folder_are_skipped_with_a_reason(library_path: Path, tmp_path: Path):
    (tmp_path / "wire.txt").write_bytes((SAMPLES / "1-northline-wire.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_to_end(import_paths(library_path, [tmp_path]))
    assert len(result.stored) == 1
    assert [(p.name, "empty" in reason) for p, reason in result.skipped] == [("empty.txt", True)]


@pytest.mark.model
def test_compare_in_library_reports_progress_and_returns_the_comparison(library_path: Path):
    from parallax.application.analyses import compare_in_library

    stored = run_to_end(import_paths(library_path, [SAMPLES])).stored
    a, b = stored[0][0].id, stored[1][0].id
    steps = compare_in_library(library_path, a, b)
    first = next(steps)  # the texts, before any analysis: a reader shows them at once
    assert (first.a.id, first.b.id) == (a, b) and first.a.text
    assert next(steps) == (0, 2)
    comparison = run_to_end(steps)
    assert (comparison.a.id, comparison.b.id) == (a, b) and comparison.matches
    again = compare_in_library(library_path, a, b)
    next(again)
    assert next(again) == (0, 0)  # both analyses now come from the cache
