"""Finds the data folders that ship with Parallax (`db/`, `resources/`) in every way it runs.

Installed from a wheel they are the packages `parallax._db` and `parallax._resources`; in a
PyInstaller bundle they sit under `sys._MEIPASS`; in a source checkout or an editable install
they are the folders at the top of the repository.
"""

from __future__ import annotations

import importlib.resources
import sys
from importlib.abc import Traversable
from pathlib import Path

_PACKAGES = {"db": "parallax._db", "resources": "parallax._resources"}


def data_folder(name: str) -> Traversable:
    """The shipped folder `name` ("db" or "resources"), wherever this copy of Parallax runs."""
    if name not in _PACKAGES:
        raise KeyError(name)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    try:
        return importlib.resources.files(_PACKAGES[name])
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / name


def migrations() -> list[tuple[int, str, str]]:
    """The schema migrations in `db/` as (number, file name, SQL), in the order they apply."""
    found = []
    for entry in data_folder("db").iterdir():
        stem = entry.name.split("_", 1)[0]
        if entry.name.endswith(".sql") and stem.isdigit():
            found.append((int(stem), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def sample_story() -> list[Traversable]:
    """The bundled sample articles, in the order a reader should meet them."""
    folder = data_folder("resources") / "samples"
    return sorted((e for e in folder.iterdir() if e.is_file()), key=lambda e: e.name)


def third_party_notice() -> str:
    """The data and software Parallax ships with their licences and attributions
    (resources/THIRD_PARTY.txt, written by tools/third_party_notice.py)."""
    return (data_folder("resources") / "THIRD_PARTY.txt").read_text(encoding="utf-8")
