"""`parallax --self-test`: checks, offscreen, that this copy of Parallax can do its whole job.

It is the smoke test of the desktop bundle (`make bundle`), and works the same from a source
checkout. In a temporary folder, with settings redirected there too, it loads the trained NLP
model, creates a library, imports the sample story, compares two of its articles, renders the
side-by-side view to a PNG, imports a PDF, a Word file, an e-mail and a saved web page written
for the test, and opens the main window on the sample story the way `parallax --sample` does,
waiting for its comparison. It prints one line per step and exits 0, or prints one
`parallax: self-test failed: ...` line on stderr and exits 1. Nothing is written outside the
temporary folder, which is removed at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from parallax.ui.self_test_formats import SelfTestError, step_formats

WINDOW_TIMEOUT_S = 120
# The sample story has facts of every kind of finder: names (the model), numbers, dates and
# quotes (rules); a kind missing means a finder did not load.
EXPECTED_KINDS = {"person", "place", "number", "ordinal", "money", "date", "quote"}
PNG_MIN_BYTES = 10_000  # a blank 1400x900 PNG is a few kB; the rendered view is far more


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; 0 when all pass, 1 (with one message on stderr) when one fails."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from parallax import __version__

    print(f"parallax {__version__} self-test ({_where()})", file=out)
    with tempfile.TemporaryDirectory(prefix="parallax-self-test-") as temp:
        folder = Path(temp)
        # Qt's settings and the default library go to the temporary folder, never the user's.
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        os.environ["PARALLAX_LIBRARY"] = str(folder / "library.db")
        state: dict = {"folder": folder, "library": folder / "library.db"}
        for name, step in STEPS:
            began = time.perf_counter()
            try:
                detail = step(state)
            except Exception as error:  # every failure becomes one clear line
                print(f"parallax: self-test failed: {name}: {_describe(error)}", file=sys.stderr)
                return 1
            print(f"  {name:<8} {detail:<64} {time.perf_counter() - began:6.2f} s", file=out)
        _close_windows()
    print(f"self-test passed in {time.perf_counter() - started:.2f} s", file=out)
    return 0


def _step_model(state: dict) -> str:
    from parallax.nlp import FallbackWarning, load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("error", FallbackWarning)
        try:
            pipeline = load_pipeline()
        except FallbackWarning as warning:
            raise SelfTestError(f"no trained model could be loaded: {warning}") from None
    if pipeline.info.fallback:
        raise SelfTestError("only the rule-based fallback is available")
    doc = pipeline.nlp("Tomas Reyes visited Brenner Valley on Monday.")
    if not doc.ents:
        raise SelfTestError(f"{pipeline.info.name} found no names in a test sentence")
    state["model"] = pipeline.info
    return f"{pipeline.info.name} {pipeline.info.version} ({', '.join(pipeline.nlp.pipe_names)})"


def _step_library(state: dict) -> str:
    from parallax.application.samples import load_sample_story
    from parallax.library import open_library

    with open_library(state["library"]) as db:
        story = load_sample_story(db)
        articles = db.articles(story=story.name)
    if len(articles) < 2:
        raise SelfTestError(f"the sample story has {len(articles)} article(s), not 3")
    state["articles"] = articles
    return f"{len(articles)} sample articles imported into a new library"


def _step_compare(state: dict) -> str:
    from parallax.application.analyses import compare_in_library
    from parallax.application.progress import run_to_end

    a, b = state["articles"][:2]
    comparison = run_to_end(compare_in_library(state["library"], a.id, b.id))
    summary = comparison.summary()
    if not summary.get("conflict"):
        raise SelfTestError(f"the sample comparison found no conflicts: {summary}")
    kinds = {match.kind for match in comparison.matches}
    if missing := sorted(EXPECTED_KINDS - kinds):
        raise SelfTestError(f"the sample comparison has no {', '.join(missing)} facts")
    state["comparison"] = comparison
    counts = ", ".join(f"{count} {status}" for status, count in summary.items() if count)
    return f"{len(comparison.matches)} matches: {counts}"


def _step_render(state: dict) -> str:
    from PySide6.QtGui import QImage

    from parallax.ui.render import render_offscreen

    png, pdf = state["folder"] / "view.png", state["folder"] / "report.pdf"
    render_offscreen(state["comparison"], "png", png)  # as `parallax compare --format png`
    render_offscreen(state["comparison"], "pdf", pdf)
    image = QImage(str(png))
    if image.isNull() or png.stat().st_size < PNG_MIN_BYTES:
        raise SelfTestError(f"the rendered view is empty ({png.stat().st_size} bytes)")
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SelfTestError("the PDF report was not written")
    return f"view {image.width()}x{image.height()} PNG, report {pdf.stat().st_size // 1024} kB PDF"


def _step_window(state: dict) -> str:
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from parallax.application.samples import sample_articles
    from parallax.library import open_library
    from parallax.ui.main_window import MainWindow
    from parallax.ui.reader import run_reader

    def load(library: Path | None):
        with open_library(library) as db:
            return sample_articles(db)

    status = run_reader(load, library=state["library"], run_loop=False)
    if status != 0:
        raise SelfTestError(f"the reader window did not open (status {status})")
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)  # run_reader made it
    window = next(w for w in qt_app.topLevelWidgets() if isinstance(w, MainWindow))
    loop = QEventLoop()
    window.compare_view.comparison_shown.connect(loop.quit)
    if window.comparison is None:
        QTimer.singleShot(WINDOW_TIMEOUT_S * 1000, loop.quit)
        loop.exec()
    QThreadPool.globalInstance().waitForDone(WINDOW_TIMEOUT_S * 1000)
    qt_app.processEvents()
    if window.comparison is None:
        message = getattr(window, "last_error", None) or window.statusBar().currentMessage()
        raise SelfTestError(f"the window showed no comparison ({message or 'no message'})")
    image = window.grab()
    if not image.save(str(state["folder"] / "window.png"), "PNG"):
        raise SelfTestError("the window could not be grabbed as an image")
    return f"main window {image.width()}x{image.height()}: '{window.windowTitle()}'"


STEPS: tuple[tuple[str, Callable[[dict], str]], ...] = (
    ("model", _step_model),
    ("library", _step_library),
    ("compare", _step_compare),
    ("render", _step_render),
    ("formats", step_formats),
    ("window", _step_window),
)


def _close_windows() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
    app.processEvents()


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"bundle in {Path(sys.executable).resolve().parent}"
    return f"Python {sys.version.split()[0]} in {sys.prefix}"


def _describe(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return text if isinstance(error, SelfTestError) else f"{type(error).__name__}: {text}"
