"""No socket of any kind: reading a web page, analysing it and the self-test stay offline.

Under strace (every socket the process or its children create, from Python or C) when it is
installed and allowed to trace; always under a Python audit hook (socket.__new__, bind, connect)
injected through sitecustomize, which works wherever Python does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from support import SAMPLES

PAGE = SAMPLES / "2-harbour-post.html"
TEXT = SAMPLES / "1-northline-wire.txt"
AUDIT_HOOK = """
import os, sys
_log = os.environ["PARALLAX_TEST_SOCKET_LOG"]
def _hook(event, args):
    if event in ("socket.__new__", "socket.bind", "socket.connect", "socket.getaddrinfo"):
        with open(_log, "a", encoding="utf-8") as log:
            log.write(f"{event} {args!r}\\n")
sys.addaudithook(_hook)
"""


def _with_audit_hook(run, tmp_path: Path, *args) -> tuple[subprocess.CompletedProcess, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(AUDIT_HOOK, "utf-8")
    log = tmp_path / "sockets.log"
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    env = {"PYTHONPATH": path, "PARALLAX_TEST_SOCKET_LOG": str(log), "QT_QPA_PLATFORM": "offscreen"}
    done = run(*args, env=env)
    return done, log.read_text("utf-8") if log.exists() else ""


def _under_strace(run, tmp_path: Path, *args) -> tuple[subprocess.CompletedProcess, str]:
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    probe = subprocess.run([strace, "-o", "/dev/null", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("strace may not trace here")
    log = tmp_path / "strace.log"
    prefix = (strace, "-f", "-qq", "-e", "trace=socket,socketpair,bind,connect", "-o", str(log))
    done = run(*args, prefix=prefix, env={"QT_QPA_PLATFORM": "offscreen"})
    return done, log.read_text("utf-8")


@pytest.mark.parametrize("trace", [_with_audit_hook, _under_strace], ids=["audit", "strace"])
@pytest.mark.parametrize("page", [PAGE, TEXT], ids=["html", "text"])
def test_reading_and_analysing_an_article_opens_no_socket(run, tmp_path, trace, page):
    done, sockets = trace(run, tmp_path, "facts", page)
    assert done.returncode == 0, done.stderr
    assert "Model:" in done.stdout
    assert sockets == ""


@pytest.mark.model
@pytest.mark.parametrize("trace", [_with_audit_hook, _under_strace], ids=["audit", "strace"])
def test_the_self_test_opens_no_socket(run, tmp_path, trace):
    done, sockets = trace(run, tmp_path, "--self-test")
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout
    assert sockets == ""
