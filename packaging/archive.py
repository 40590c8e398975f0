"""Packs the built bundle into dist/parallax-<version>-linux-x86_64.tar.gz (run by `make bundle`).

    python packaging/archive.py dist/parallax

The archive holds one folder, parallax-<version>/, with the bundle (parallax/), the desktop entry
(parallax.desktop), the icon as SVG and as a 256-pixel PNG rendered here with Qt, and
install-desktop-entry.sh, which writes the desktop entry with the paths of the unpacked copy.
Prints the archive's path and its size.
"""

from __future__ import annotations

import os
import platform
import sys
import tarfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ICON_SIZE = 256
EXTRAS = ("parallax.desktop", "parallax.svg", "install-desktop-entry.sh")


def render_icon(svg: Path, png: Path, size: int = ICON_SIZE) -> None:
    """Draw `svg` into a square transparent PNG of `size` pixels with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["archive"])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"archive: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png), "PNG"):
        raise SystemExit(f"archive: could not write {png}")


def archive_name(version: str) -> str:
    machine = {"AMD64": "x86_64"}.get(platform.machine(), platform.machine())
    return f"parallax-{version}-{sys.platform.rstrip('0123456789')}-{machine}.tar.gz"


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/parallax").resolve()
    if not (bundle / "parallax").is_file():
        raise SystemExit(f"archive: no bundle at {bundle} (run pyinstaller build.spec first)")
    from parallax import __version__

    png = bundle.parent.parent / "build" / "icon" / "parallax.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    render_icon(PACKAGING / "parallax.svg", png)
    top = f"parallax-{__version__}"
    target = bundle.parent / archive_name(__version__)
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/parallax")
        for name in EXTRAS:
            tar.add(PACKAGING / name, arcname=f"{top}/{name}")
        tar.add(png, arcname=f"{top}/parallax.png")
    partial.replace(target)
    print(f"{target} {target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
