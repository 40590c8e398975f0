"""thinc for the bundle: its submodules (spaCy's registries name them) and data, not its tests."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["**/tests/**"])
hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
