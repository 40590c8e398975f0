"""The desktop reader: the only package that imports PySide6."""
