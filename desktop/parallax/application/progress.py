"""Long work is a generator that yields progress and returns its result, so a window can run it."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

Result = TypeVar("Result")


def run_to_end(generator: Generator[object, None, Result]) -> Result:
    """Drive a progress generator to its result, for callers that show no progress."""
    try:
        while True:
            next(generator)
    except StopIteration as done:
        return done.value
