"""Parallax: an offline reader that compares two versions of a news story fact by fact."""

__version__ = "0.1.0"
