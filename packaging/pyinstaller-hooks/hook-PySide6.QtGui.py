"""PySide6.QtGui for the bundle: PyInstaller's own collection, less the Qt plugins build.spec
excludes (hooksconfig "parallax" / "excluded_paths"), dropped before their libraries are looked
for, so that e.g. the GTK theme plugin does not pull GTK's cairo and pango into the bundle."""

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, _binaries, datas = add_qt6_dependencies(__file__)


def hook(hook_api):
    excluded = tuple(get_hook_config(hook_api, "parallax", "excluded_paths") or ())
    kept = []
    for source, target in _binaries:
        path = f"{target}/{source.replace(chr(92), '/').rsplit('/', 1)[-1]}"
        if not path.startswith(excluded):
            kept.append((source, target))
    hook_api.add_binaries(kept)
