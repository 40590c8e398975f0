"""`parallax --self-test` (the bundle smoke test) passes from the source tree, fails clearly."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

STEPS = ("model", "library", "compare", "render", "formats", "window")


@pytest.mark.model
def test_the_self_test_passes_and_names_every_step(parallax_command: Path, tmp_path: Path):
    started_in, user_config, user_data = (tmp_path / name for name in ("cwd", "config", "data"))
    for folder in (started_in, user_config, user_data):
        folder.mkdir()
    done = subprocess.run(
        [str(parallax_command), "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(user_config),
            "XDG_DATA_HOME": str(user_data),
        },
        cwd=started_in,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("parallax ") and "self-test" in lines[0]
    for step in STEPS:
        assert any(line.split()[:1] == [step] for line in lines), step
    assert lines[-1].startswith("self-test passed")
    assert "failed" not in done.stderr
    assert list(started_in.iterdir()) == []  # it wrote nothing where it was started,
    assert list(user_config.iterdir()) == []  # nor into the user's settings,
    assert list(user_data.iterdir()) == []  # nor into the user's library folder


def test_a_failing_step_is_one_clear_message_and_exit_1(monkeypatch, capsys):
    from parallax.ui import self_test

    def broken(state: dict) -> str:
        raise OSError("disk on fire\nsecond line")

    monkeypatch.setenv("PARALLAX_LIBRARY", "unused")  # restored after the test
    monkeypatch.setattr(self_test, "STEPS", (("library", broken),))
    assert self_test.run_self_test() == 1
    captured = capsys.readouterr()
    assert captured.err == "parallax: self-test failed: library: OSError: disk on fire\n"
    assert "passed" not in captured.out
