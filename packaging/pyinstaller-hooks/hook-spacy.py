"""spaCy for the bundle: its submodules (registries import many by name) and data, not its tests."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["**/tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: ".tests" not in name)
