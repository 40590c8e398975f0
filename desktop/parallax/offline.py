"""Keeps third-party imports from opening sockets: urllib3's IPv6 probe runs without one.

spaCy (through `requests`) and trafilatura (through courlan) import urllib3, and
`urllib3.util.connection` decides at import time whether the machine has IPv6 by creating an
AF_INET6 socket and binding it to ::1. Nothing is sent, but Parallax promises no sockets at all.
The probe is skipped when the interpreter reports no IPv6 support (`socket.has_ipv6`), so that
one module is executed with the flag off, whichever import reaches it first. urllib3 is never
used to connect anywhere here, so its answer does not matter. Installed by `parallax/__init__`.
"""

from __future__ import annotations

import importlib.abc
import socket
import sys
import threading
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

PROBING_MODULE = "urllib3.util.connection"
_lock = threading.Lock()


class _NoProbeLoader(importlib.abc.Loader):
    """The real loader of the probing module, run while `socket.has_ipv6` is False."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        with _lock:
            had_ipv6 = socket.has_ipv6
            socket.has_ipv6 = False
            try:
                self._loader.exec_module(module)
            finally:
                socket.has_ipv6 = had_ipv6

    def __getattr__(self, name: str) -> Any:  # get_source and friends, for tracebacks
        return getattr(self._loader, name)


class _NoProbeFinder(importlib.abc.MetaPathFinder):
    """Finds the probing module with the finders after it, and wraps its loader."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if name != PROBING_MODULE:
            return None
        for finder in sys.meta_path:
            if isinstance(finder, _NoProbeFinder) or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _NoProbeLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Skip the probe in every later import of urllib3 (once per process; idempotent)."""
    if not any(isinstance(finder, _NoProbeFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoProbeFinder())
