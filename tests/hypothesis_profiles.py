"""The test suite's Hypothesis profiles; imported by conftest.py before any test module."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# `make test` (and so CI) runs with --hypothesis-profile=ci, and any run with CI set loads it too:
# the same examples on every run (seeded from each test), so a failure seen there fails again
# when rerun with the same option, and its @reproduce_failure blob is printed. By hand, pytest
# keeps Hypothesis's default profile: random exploration, with the failure database.
# Tests that set max_examples themselves keep their number; the rest run 100, as by default.
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,  # a loaded machine must not turn a slow example into a failure
    print_blob=True,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
if os.environ.get("CI"):
    settings.load_profile("ci")
