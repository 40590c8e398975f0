"""Under the `ci` Hypothesis profile (`make test`, CI) a property test sees the same examples on
every run, so a failure found there fails again when rerun, and prints how to replay it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
MAKEFILE = TESTS.parent / "Makefile"

PROPERTIES = """
import os

from hypothesis import given, strategies as st


@given(st.integers())
def test_records_what_it_sees(n):
    with open(os.environ["SEEN_LOG"], "a", encoding="utf-8") as log:
        log.write(f"{n}\\n")


@given(st.integers())
def test_fails_on_large_numbers(n):
    assert n < 1000
"""


def _pytest(folder: Path, log: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """pytest in a child process on the properties above, with the suite's profiles loaded."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env |= {"PYTHONPATH": str(TESTS), "SEEN_LOG": str(log)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "hypothesis_profiles", "-p", "no:cacheprovider",
         "-q", "--rootdir", str(folder), *options, str(folder / "test_properties.py")],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_ci_profile_tries_the_same_examples_and_prints_the_replay(tmp_path: Path):
    (tmp_path / "test_properties.py").write_text(PROPERTIES, encoding="utf-8")
    first, second = tmp_path / "first.log", tmp_path / "second.log"
    run = _pytest(tmp_path, first, "--hypothesis-profile=ci")
    _pytest(tmp_path, second, "--hypothesis-profile=ci")
    assert run.returncode == 1, run.stdout + run.stderr  # the failing property failed
    assert "@reproduce_failure" in run.stdout
    seen = first.read_text(encoding="utf-8").split()
    assert len(seen) >= 100  # the profile's max_examples
    assert seen == second.read_text(encoding="utf-8").split()


def test_by_hand_pytest_keeps_exploring_new_examples(tmp_path: Path):
    (tmp_path / "test_properties.py").write_text(PROPERTIES, encoding="utf-8")
    first, second = tmp_path / "first.log", tmp_path / "second.log"
    run = _pytest(tmp_path, first)
    _pytest(tmp_path, second)
    assert "@reproduce_failure" not in run.stdout
    assert first.read_text(encoding="utf-8").split() != second.read_text(encoding="utf-8").split()


def test_make_test_runs_the_suite_with_the_ci_profile():
    runs = [
        line for line in MAKEFILE.read_text(encoding="utf-8").splitlines() if "-m pytest" in line
    ]
    assert runs
    assert all("--hypothesis-profile=ci" in line for line in runs)
