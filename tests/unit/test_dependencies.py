"""What the package imports is declared, and every version CI and the bundle install is pinned."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "desktop" / "parallax"
CONSTRAINTS = REPO / "requirements" / "constraints.txt"


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _declared() -> set[str]:
    return {canonicalize_name(Requirement(line).name) for line in _project()["dependencies"]}


def _pins() -> dict[str, str]:
    pins = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def _imported_top_level_modules() -> set[str]:
    """Every top-level module the package imports anywhere (lazy imports included)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"parallax", "__future__"}


def test_every_third_party_module_the_package_imports_is_a_declared_dependency():
    owners = importlib.metadata.packages_distributions()
    declared = _declared()
    undeclared = {
        module: owners.get(module)
        for module in _imported_top_level_modules()
        if not {canonicalize_name(d) for d in owners.get(module, [module])} & declared
    }
    assert undeclared == {}


def test_every_declared_dependency_is_pinned_to_a_version_that_satisfies_it():
    pins = _pins()
    for line in [*_project()["dependencies"], *_project()["optional-dependencies"]["test"]]:
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, requirement
        assert requirement.specifier.contains(pins[name], prereleases=True), (requirement, pins)


def test_the_pins_are_the_versions_tested_here():
    for name, version in _pins().items():
        assert importlib.metadata.version(name) == version, name


def test_ci_and_the_bundle_install_with_the_pins():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    installs = [
        line for line in makefile.splitlines()
        if re.search(r"PIP\) install", line) and "model.txt" not in line
    ]  # fmt: skip
    assert installs
    for line in installs:
        assert "-c $(PINS)" in line or "--no-deps" in line, line
    assert "PINS   := requirements/constraints.txt" in makefile


def test_the_third_party_notice_lists_the_pinned_versions():
    """resources/THIRD_PARTY.txt (shown in Help ▸ About) is regenerated with the pins."""
    notice = (REPO / "resources" / "THIRD_PARTY.txt").read_text(encoding="utf-8")
    pins = _pins()
    packages = notice.split("Package, version, licence", 1)[1].splitlines()[1:]
    listed = [line.split(" — ")[0].split() for line in packages if " — " in line]
    assert listed
    for name, version in listed:
        assert pins.get(canonicalize_name(name)) == version, name
    for requirement in _project()["dependencies"]:
        assert canonicalize_name(Requirement(requirement).name) in {n for n, _ in listed}
