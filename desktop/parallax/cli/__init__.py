"""The `parallax` command line: `main` parses the arguments and runs one command."""

from parallax.cli.commands import main

__all__ = ["main"]
