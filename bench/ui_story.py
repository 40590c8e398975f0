"""The story view's speed on real text, for bench/ui.py: first paint of a 10-article matrix and
the longest stall while scrolling it.

The story: ECB+ topic 2, sub-topic "ecb" (ten reports by different outlets of one event: Hugh
Jackman named host of the 81st Academy Awards, December 2008; 5,161 words), each document
rebuilt from its CoNLL tokens by bench/corpus.py and imported as one article of a story.

Each run: a new library holding the ten articles (imported, not analysed), then two fresh
processes one after the other on it. The first opens the story with nothing cached (the model
loads and analyses the ten articles, which it caches), the second with the analyses cached, the
normal case after the first look. In each, the window is shown with the library listed, and the
clock runs from `MainWindow.open_story(ids)` (what Enter on three or more selected articles
calls) to the matrix painted with its rows ("cold": the first story view of the process), then
once more for the same story ("warm": the same process, its modules loaded). The cached process
then scrolls the matrix page by page (Page Down to the end, Page Up back to the top, each page
painted at once) while a 0 ms timer ticks on the GUI thread; the longest gap between ticks is
the scroll stall.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

TOPIC, SUBTOPIC = "2", "2ecb"
STORY = "Oscars host (ECB+ 2ecb)"
CHILD_TIMEOUT_S = 300
GOALS = {"story_cached_first_paint_s": 1.0, "story_scroll_longest_stall_ms": 50}


def write_story(folder: Path) -> tuple[str, list[Path]]:
    """The ten documents as .txt articles in `folder`; (where from, their paths)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import SHARED_DATA, documents, require

    conll = require(SHARED_DATA / "ecbplus-dev" / "conll")
    found = [
        (key, text) for key, text in documents(conll) if key.split("/")[:2] == [TOPIC, SUBTOPIC]
    ]
    paths = []
    for n, (key, text) in enumerate(sorted(found, key=lambda kt: int(kt[0].split("/")[2]))):
        path = folder / f"report-{n + 1:02}.txt"
        front = f"---\ntitle: Report {key}\noutlet: Outlet {n + 1}\ndate: 2008-12-{12 + n % 3}\n"
        path.write_text(f"{front}---\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return f"ecbplus-dev {TOPIC}/{SUBTOPIC}: {len(paths)} documents", paths


# Child: one fresh process -------------------------------------------------------------------
def child(library: Path, scroll: bool) -> int:
    """Open the story twice in a shown window; print the timings (and the scroll stall)."""
    from PySide6.QtWidgets import QApplication

    from parallax.library import open_library
    from parallax.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(library)
    window.resize(1600, 900)
    window.show()
    _settle(window)
    with open_library(library) as db:
        ids = [article.id for article in db.articles(story=STORY)]
    cold = _open(window, ids)
    warm = _open(window, ids)
    model = window.story_view.model
    result = {
        "cold_s": cold, "warm_s": warm, "rows": model.rowCount(),
        "columns": model.columnCount(), "spacy_loaded": "spacy" in sys.modules,
    }  # fmt: skip
    if scroll:
        result |= _scroll(window, app)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


def _settle(window) -> None:
    """Until the window's first library listing has arrived."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: None if window.workers else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()


def _open(window, ids: list[str]) -> float:
    """Seconds from asking for the story view to its matrix painted with its rows."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    done: dict[str, float] = {}

    def painted(_matrix) -> None:  # after MainWindow.on_story_finished: the model has it
        window.story_view.table.viewport().repaint()
        done["at"] = time.perf_counter()
        loop.quit()

    began = time.perf_counter()
    worker = window.open_story(ids)
    worker.finished.connect(painted)
    worker.failed.connect(lambda error: (done.setdefault("error", error), loop.quit()))
    QTimer.singleShot(CHILD_TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    if "at" not in done or window.story_view.model.rowCount() == 0:
        raise SystemExit(f"no story view: {done.get('error')!r}")
    return done["at"] - began


def _scroll(window, app) -> dict:
    """Page Down to the last row and Page Up to the first, one page per timer tick."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    table = window.story_view.table
    table.setFocus()
    table.setCurrentIndex(window.story_view.model.index(0, 0))
    last = window.story_view.model.rowCount() - 1
    ticks: list[float] = []
    steps = {"down": 0, "up": 0}
    loop = QEventLoop()

    def tick() -> None:
        ticks.append(time.perf_counter())
        going = "down" if steps["up"] == 0 and table.currentIndex().row() < last else "up"
        if going == "up" and table.currentIndex().row() == 0:
            loop.quit()
            return
        key = Qt.Key.Key_PageDown if going == "down" else Qt.Key.Key_PageUp
        steps[going] += 1
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(table, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        table.viewport().repaint()

    ticker = QTimer(interval=0)
    ticker.timeout.connect(tick)
    ticker.start()
    QTimer.singleShot(CHILD_TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    ticker.stop()
    gaps = sorted((b - a) * 1000 for a, b in pairwise(ticks))
    return {
        "scroll_longest_stall_ms": gaps[-1],
        "scroll_median_gap_ms": statistics.median(gaps),
        "scroll_pages": steps,
    }


def run_child(script: str, library: Path, config_home: Path, *, scroll: bool) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config_home))
    command = [sys.executable, script, "--story-child", str(library)]
    command += ["--scroll"] if scroll else []
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S + 30
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"story child failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(lines[-1])


# Parent ---------------------------------------------------------------------------------------
def measure(script: str, folder: Path, runs: int) -> dict:
    """The story figures over `runs` runs, each on a new library, for bench/ui.py's JSON."""
    from parallax.application.importing import import_paths
    from parallax.application.progress import run_to_end

    articles = folder / "story"
    articles.mkdir()
    source, paths = write_story(articles)
    uncached, cached = [], []
    for n in range(runs):
        library = folder / f"story-{n}.db"
        run_to_end(import_paths(library, paths, story=STORY))
        config = folder / f"story-config-{n}"
        config.mkdir()
        uncached.append(run_child(script, library, config, scroll=False))
        cached.append(run_child(script, library, config, scroll=True))
    figures = {
        "story_uncached_first_paint": spread([r["cold_s"] for r in uncached]),
        "story_cached_first_paint": spread([r["cold_s"] for r in cached]),
        "story_warm_first_paint": spread([r["warm_s"] for r in cached]),
        "story_scroll_longest_stall": spread([r["scroll_longest_stall_ms"] for r in cached], "ms"),
    }
    result = {f"{name}_{unit}": figure[f"median_{unit}"] for name, figure, unit in (
        (name, figure, "ms" if "stall" in name else "s") for name, figure in figures.items()
    )}  # fmt: skip
    median = sorted(cached, key=lambda r: r["cold_s"])[(len(cached) - 1) // 2]
    return {
        **result,
        **figures,
        "story_runs": runs,
        "story_source": source,
        "story_words": sum(len(_text(path).split()) for path in paths),
        "story_matrix": {"rows": median["rows"], "columns": median["columns"]},
        "story_scroll_pages": median["scroll_pages"],
        "story_scroll_median_gap_ms": round(median["scroll_median_gap_ms"], 3),
        "story_cached_spacy_loaded": median["spacy_loaded"],
    }


def _text(path: Path) -> str:
    """An article's text, without the front matter write_story puts before it."""
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def spread(values: list[float], unit: str = "s") -> dict:
    digits = 1 if unit == "ms" else 3
    return {
        f"median_{unit}": round(statistics.median(values), digits),
        f"min_{unit}": round(min(values), digits),
        f"max_{unit}": round(max(values), digits),
        f"runs_{unit}": [round(value, digits) for value in values],
    }
