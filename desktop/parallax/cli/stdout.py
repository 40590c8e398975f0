"""Standard output for the CLI: a write that fails (a full disk, a closed device) is the user's
error, reported once, and not a traceback at exit."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from parallax import errors


class _Guarded:
    """Delegates to the real stream; a failed write or flush raises errors.cannot_write_stdout.

    A closed pipe (`parallax list | head`) stays a BrokenPipeError: the reader left, which is
    not an error."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return _checked(self._stream, lambda: self._stream.write(text))

    def flush(self) -> None:
        _checked(self._stream, self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _checked(stream: TextIO, call: Any) -> Any:
    try:
        return call()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _discard(stream)
        raise errors.cannot_write_stdout(exc.strerror or str(exc)) from exc


def _discard(stream: TextIO) -> None:
    """Point the stream's file descriptor at the null device, so the text still buffered does
    not fail a second time when Python flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no descriptor (captured in a test)
        pass


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """While the block runs, writes to sys.stdout raise the user's error when they fail; the
    text is flushed at the end of the block, so a failure shows inside it."""
    real = sys.stdout
    sys.stdout = _Guarded(real)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = real
