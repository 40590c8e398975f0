"""build.spec ships what the app reads: data folders, the model and its metadata, every module."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
import tomllib
from pathlib import Path

import pytest

from parallax import resources
from parallax.library.files import default_library_path
from parallax.nlp.models import MODEL_PREFERENCE

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "build.spec"


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


@pytest.fixture(scope="module")
def constants(spec_tree: ast.Module) -> dict:
    """The spec's top-level NAME = <literal> assignments."""
    found = {}
    for node in spec_tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return found


def calls(tree: ast.Module, function: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == function
    ]


def called_with(tree: ast.Module, function: str, name: str) -> bool:
    """Whether the spec calls `function(name, ...)` with the constant `name` as first argument."""
    return any(
        call.args and isinstance(call.args[0], ast.Name) and call.args[0].id == name
        for call in calls(tree, function)
    )


def covered(folder: str, data_folders: list[tuple[str, str]]) -> bool:
    """Whether the repository folder `folder` is shipped by an entry (itself or a parent)."""
    return any(folder == source or folder.startswith(source + "/") for source, _ in data_folders)


def test_every_data_folder_the_app_reads_is_shipped_where_it_is_read(constants):
    targets = {target: source for source, target in constants["DATA_FOLDERS"]}
    for name in resources._PACKAGES:  # data_folder(name) reads sys._MEIPASS / name
        assert name in targets, f"build.spec does not ship {name}/"
        assert (REPO / targets[name]).is_dir()


def test_every_folder_under_resources_is_shipped(constants):
    folders = [p for p in (REPO / "resources").iterdir() if p.is_dir()]
    assert folders, "resources/ has no folders"
    for folder in folders:
        relative = folder.relative_to(REPO).as_posix()
        assert covered(relative, constants["DATA_FOLDERS"]), f"{relative} is not in the bundle"


def test_the_bundle_and_the_wheel_ship_the_same_folders(constants):
    """pyproject maps parallax._db to db/ and parallax._resources to resources/: same sources."""
    package_dir = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-dir"]
    targets = dict((target, source) for source, target in constants["DATA_FOLDERS"])
    for name, package in resources._PACKAGES.items():
        assert package_dir[package] == targets[name]


def test_the_model_ships_with_its_data_and_its_metadata(spec_tree, constants):
    package, distribution = constants["MODEL_PACKAGE"], constants["MODEL_DISTRIBUTION"]
    assert package in MODEL_PREFERENCE
    assert called_with(spec_tree, "collect_data_files", "MODEL_PACKAGE")
    # Without the dist-info, spacy.load fails in the bundle with E050.
    assert called_with(spec_tree, "copy_metadata", "MODEL_DISTRIBUTION")
    pinned = (REPO / "requirements" / "model.txt").read_text(encoding="utf-8")
    assert f"{distribution}==" in pinned


def test_the_model_distribution_provides_the_model_package(constants):
    try:
        distribution = importlib.metadata.distribution(constants["MODEL_DISTRIBUTION"])
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("the model is not installed")
    top_level = (distribution.read_text("top_level.txt") or "").split()
    assert constants["MODEL_PACKAGE"] in top_level


def test_every_parallax_module_ships_also_those_imported_by_name(spec_tree, constants):
    assert constants["APP_PACKAGE"] == "parallax"
    assert called_with(spec_tree, "collect_submodules", "APP_PACKAGE")


def test_the_executable_is_the_parallax_command():
    entry = (REPO / "packaging" / "parallax_main.py").read_text(encoding="utf-8")
    assert "from parallax.cli.commands import main" in entry
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert scripts["parallax"] == "parallax.cli.commands:main"


def test_nothing_strips_numpy_libraries(spec_tree, constants):
    for function in ("EXE", "COLLECT"):
        for call in calls(spec_tree, function):
            strip = [k for k in call.keywords if k.arg == "strip"]
            assert strip and ast.literal_eval(strip[0].value) is False, function
    for prefix in constants["STRIPPED"]:
        assert "numpy" not in prefix and ".libs" not in prefix


def test_the_pyinstaller_hooks_the_spec_names_exist(constants):
    hooks = REPO / "packaging" / "pyinstaller-hooks"
    for name in ("hook-spacy.py", "hook-thinc.py", "hook-PySide6.QtGui.py"):
        assert (hooks / name).is_file()


def test_a_frozen_app_keeps_its_library_outside_the_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "opt" / "parallax" / "_internal"
    (bundle / "db").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.data_folder("db") == bundle / "db"  # shipped data is read from the bundle
    library = default_library_path()
    assert not library.is_relative_to(bundle.parent)
    assert library.is_relative_to(Path.home())


def test_the_gazetteer_files_the_places_read_are_shipped(constants):
    import importlib.util

    from parallax.nlp import places

    package = Path(importlib.util.find_spec(constants["GAZETTEER_PACKAGE"]).origin).parent
    shipped = set(constants["GAZETTEER_FILES"])
    cities = f"data/cities{places.CITY_FILE_POPULATION}.json"
    assert {"data/countries.json", "data/us_states.json", cities} == shipped
    assert all((package / name).is_file() for name in shipped)


def test_the_document_readers_ship_the_data_they_read_by_path(constants):
    """python-docx opens its templates and pdfminer.six its CMaps from their package folders."""
    import docx
    import pdfminer

    assert {"docx", "pdfminer"} <= set(constants["READER_DATA_PACKAGES"])
    assert (Path(docx.__file__).parent / "templates" / "default.docx").is_file()
    assert any((Path(pdfminer.__file__).parent / "cmap").glob("*.json.gz"))
