"""The SQLite library: articles, stories, cached analyses and full-text search."""

from parallax.library.facade import Library, open_library
from parallax.library.files import default_library_path

__all__ = ["Library", "default_library_path", "open_library"]
