"""The SQLite library: articles, stories, cached analyses and full-text search."""

from parallax.library.files import default_library_path
from parallax.library.library import Library, open_library

__all__ = ["Library", "default_library_path", "open_library"]
