"""Reading files into Articles: one reader per format, encodings, metadata."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parallax.ingest.files import SUPPORTED_SUFFIXES, collect_files
    from parallax.ingest.readers import read_attachment, read_bytes, read_path, read_text

__all__ = [
    "SUPPORTED_SUFFIXES",
    "collect_files",
    "read_attachment",
    "read_bytes",
    "read_path",
    "read_text",
]
# Loaded on first use: the library reads `ingest.furniture` and the window `ingest.dates`
# without paying for the readers' HTML and encoding stack (lxml, trafilatura, ftfy).
_HOMES = {
    "SUPPORTED_SUFFIXES": "files",
    "collect_files": "files",
    "read_attachment": "readers",
    "read_bytes": "readers",
    "read_path": "readers",
    "read_text": "readers",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
