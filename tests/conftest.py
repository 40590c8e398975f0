"""Test set-up shared by every suite: headless Qt, isolated libraries, suite markers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import hypothesis_profiles  # noqa: F401  (registers the `ci` profile before any test loads)

# Qt reads this when it first starts; it must be set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED_DATA = REPO.parent / "shared" / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder, so `-m "not gui"` is the fast loop and e2e can be picked alone."""
    for item in items:
        parts = Path(str(item.fspath)).relative_to(TESTS).parts
        if parts[0] == "gui":
            item.add_marker(pytest.mark.gui)
        elif parts[0] == "e2e":
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real per-user library, settings or caches."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("PARALLAX_LIBRARY", raising=False)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A path where a fresh library can be created."""
    return tmp_path / "library" / "parallax.db"


@pytest.fixture
def shared_data() -> Path:
    """The evaluation data beside the repository; the test is skipped when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
