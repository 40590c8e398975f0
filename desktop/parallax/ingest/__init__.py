"""Reading files into Articles: one reader per format, encodings, metadata."""

from parallax.ingest.files import SUPPORTED_SUFFIXES, collect_files
from parallax.ingest.readers import read_bytes, read_path, read_text

__all__ = ["SUPPORTED_SUFFIXES", "collect_files", "read_bytes", "read_path", "read_text"]
