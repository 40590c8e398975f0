"""Parallax: an offline reader that compares two versions of a news story fact by fact."""

from parallax import offline

__version__ = "0.1.0"

offline.install()  # before anything imports spaCy or trafilatura: no socket, even a probe
