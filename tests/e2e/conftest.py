"""Runs the installed `parallax` command the way a user does, against temporary libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PARALLAX = Path(sys.executable).parent / "parallax"


@pytest.fixture(scope="session")
def parallax_command() -> Path:
    if not PARALLAX.exists():
        pytest.fail(f"the parallax command is not installed beside {sys.executable}; run make test")
    return PARALLAX


@pytest.fixture
def run(parallax_command: Path, library_path: Path):
    """`run("list", "--json")` runs `parallax --library <tmp> list --json`; returns the result."""

    def _run(*args, stdin=None, library: Path | None = library_path, env=None, prefix=()):
        command = [*prefix, str(parallax_command)]
        if library is not None:
            command += ["--library", str(library)]
        return subprocess.run(
            [*command, *map(str, args)],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, **(env or {})},
            timeout=120,
            check=False,
        )

    return _run
