"""Write requirements/constraints.txt: the installed version of every package Parallax needs.

    python tools/pin_constraints.py [--extra test] [--output requirements/constraints.txt]

Walks the requirements pyproject.toml declares (with the named extras) and those of each
installed package they pull in, with the environment markers of the running interpreter, and
pins each package found to the version installed here. `make test` and `make bundle` install with
`-c requirements/constraints.txt`, so CI and a release get exactly these versions. Run it in the
environment whose versions should be pinned (after a deliberate upgrade), then commit the file.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

# Installers, not dependencies: pinning them would fight the build backend's own requirement.
NOT_PINNED = {"pip", "setuptools", "wheel"}

HEADER = """\
# Versions Parallax is built and tested with: every package `parallax[test]` pulls in, pinned to
# what was installed when it was generated. Written by tools/pin_constraints.py; do not edit by
# hand. Used as pip's -c file by `make test` and `make bundle` (the model's hash is checked in
# requirements/model.txt).
"""


def declared(pyproject: Path, extras: set[str]) -> list[Requirement]:
    """The requirements pyproject.toml declares, with those of the named extras."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in sorted(extras):
        lines += project.get("optional-dependencies", {}).get(extra, [])
    return [Requirement(line) for line in lines]


def closure(roots: list[Requirement]) -> dict[str, str]:
    """Canonical name -> installed version, for `roots` and everything they require."""
    found: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    # each requirement with the extras its parent asked for (`extra == "x"` markers test them)
    pending: list[tuple[Requirement, set[str]]] = [(root, set()) for root in roots]
    while pending:
        requirement, wanted = pending.pop()
        marker = requirement.marker
        if marker and not any(marker.evaluate({"extra": extra}) for extra in wanted or {""}):
            continue
        key = canonicalize_name(requirement.name)
        if (key, frozenset(requirement.extras)) in seen:
            continue
        seen.add((key, frozenset(requirement.extras)))
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency not installed here: nothing to pin
        found[key] = dist.version
        pending += [(Requirement(line), set(requirement.extras)) for line in dist.requires or ()]
    return {name: version for name, version in found.items() if name not in NOT_PINNED}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", action="append", default=["test"])
    parser.add_argument("--output", type=Path, default=Path("requirements/constraints.txt"))
    args = parser.parse_args(argv)
    pins = closure(declared(Path("pyproject.toml"), set(args.extra)))
    lines = [f"{name}=={version}" for name, version in sorted(pins.items())]
    args.output.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} packages pinned in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
