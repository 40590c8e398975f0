"""Helpers the test suites share: sample paths, library snapshots, error-line checks."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def snapshot(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in `folder`: equal snapshots mean the library was not touched."""
    if not folder.exists():
        return {}
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(folder.iterdir())
        if entry.is_file()
    }


def assert_one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> None:
    """Exit 1, no output, and exactly one `parallax: error:` line naming the cause."""
    assert result.returncode == 1, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("parallax: error: "), lines[0]
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
