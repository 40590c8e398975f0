"""The README documents every command and option, and each documented one is exercised by a test."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from parallax.cli.commands import COMMANDS, build_parser

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
E2E_SOURCES = "\n".join(
    p.read_text(encoding="utf-8") for p in (REPO / "tests" / "e2e").glob("*.py")
)


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for a in parser._actions for s in a.option_strings if s.startswith("--")} - {"--help"}


def test_every_command_is_documented_and_tested():
    assert set(_subparsers()) == set(COMMANDS)
    for command in COMMANDS:
        assert re.search(rf"^parallax {command}\b", README, re.M), f"README lacks `{command}`"
        assert f'"{command}"' in E2E_SOURCES, f"no e2e test runs `parallax {command}`"


def test_every_option_is_documented_and_tested():
    options = _options(build_parser())
    for sub in _subparsers().values():
        options |= _options(sub)
    for option in sorted(options):
        assert f"`{option}" in README or f" {option}" in README, f"README lacks {option}"
        assert f'"{option}"' in E2E_SOURCES, f"no e2e test uses {option}"


def test_cli_commands_never_load_qt(tmp_path: Path):
    code = (
        "import sys; from parallax.cli.commands import main\n"
        f"main(['--library', {str(tmp_path / 'l.db')!r}, 'list'])\n"
        "sys.exit(3 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=False).returncode
        == 0
    )
