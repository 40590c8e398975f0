"""Help ▸ About names the third-party data and software and shows every licence and credit."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from PySide6.QtWidgets import QMessageBox

from parallax.resources import data_folder
from parallax.ui import menus
from parallax.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
ATTRIBUTIONS = (
    "MEANTIME",
    "CC BY 4.0",
    "GeoNames",
    "Microsoft Research Paraphrase Corpus",
    "Europe Media Monitor",
    "OntoNotes",
    "LGPL",
)


def _runtime_dependencies() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(line).name for line in project["dependencies"]]


def test_about_shows_the_attributions_and_every_licence(qtbot, library_path: Path):
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    box = menus.show_about(window)
    assert isinstance(box, QMessageBox)
    assert "third-party" in box.text().casefold()
    details = box.detailedText()
    for attribution in ATTRIBUTIONS:
        assert attribution in details, attribution
    listed = re.sub(r"[-_.]+", "-", details.casefold())  # names as PEP 503 normalises them
    for name in _runtime_dependencies():
        assert re.sub(r"[-_.]+", "-", name.casefold()) in listed, name
    box.close()


def test_the_notice_ships_where_the_bundle_and_the_wheel_read_it():
    shipped = data_folder("resources") / "THIRD_PARTY.txt"
    assert shipped.is_file()
    assert "MEANTIME" in shipped.read_text(encoding="utf-8")
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert '("resources", "resources")' in spec  # the whole folder goes into the bundle
