"""Checks, before Qt starts, that the system libraries its platform plugin needs are present.

Qt's own message for a missing X11 library names the wrong package, so `make run` and `make test`
call this first: it prints the exact `apt-get install` line for what is missing and exits 1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Shared objects Qt's plugins load, and the Debian packages that hold them.
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
}
# Loaded with dlopen at run time, so ldd cannot see that they are needed.
DLOPENED = {"xcb": ["libxcb-cursor.so.0"]}


def main() -> int:
    platform = _platform()
    if platform is None:
        print(
            "make run needs a desktop session (no DISPLAY or WAYLAND_DISPLAY is set).\n"
            "On a machine without a screen, run it under a virtual one:\n"
            "  sudo apt-get install -y xvfb && xvfb-run -a make run",
            file=sys.stderr,
        )
        return 1
    missing = sorted(set(_missing_libraries(platform)))
    if not missing:
        return 0
    packages = sorted({DEBIAN_PACKAGES.get(lib, _guess_package(lib)) for lib in missing})
    print(
        f"Qt's '{platform}' platform needs system libraries that are missing: "
        f"{', '.join(missing)}\n"
        f"Install them with:\n  sudo apt-get install -y {' '.join(packages)}",
        file=sys.stderr,
    )
    return 1


def _platform() -> str | None:
    chosen = os.environ.get("QT_QPA_PLATFORM")
    if chosen:
        return chosen.split(":", 1)[0]
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "xcb"
    return None


def _missing_libraries(platform: str) -> list[str]:
    qt = _qt_folder()
    plugin = qt / "plugins" / "platforms" / f"libq{platform}.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []  # not Linux, or a platform we do not know: let Qt report for itself
    # ldd lists the plugin's whole dependency closure (Qt's own libraries included).
    return _ldd_missing(plugin) + [lib for lib in DLOPENED.get(platform, []) if not _on_system(lib)]


def _qt_folder() -> Path:
    import PySide6  # only its location: importing the package does not start Qt

    return Path(PySide6.__file__).parent / "Qt"


def _ldd_missing(target: Path) -> list[str]:
    result = subprocess.run(["ldd", str(target)], capture_output=True, text=True, check=False)
    return [line.split()[0] for line in result.stdout.splitlines() if "not found" in line]


def _on_system(library: str) -> bool:
    result = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False)
    return library in result.stdout


def _guess_package(library: str) -> str:
    stem, _, version = library.partition(".so.")
    return f"{stem.lower()}{version}"


if __name__ == "__main__":
    raise SystemExit(main())
