"""Reader speed, offscreen: first painted comparison (cold, warm), GUI stalls during an import,
and the story view of ten real articles (first paint, scroll stall).

    python bench/ui.py [--runs 7] [--articles 1000] [--words 300] [--seed N] [--profile]
    python bench/ui.py --story-only [--runs 7]      the story view figures alone

What it runs: `--runs` times, a new library holding the same two articles (imported, not yet
analysed) and a new config folder, then two fresh processes one after the other on it: the cold
one (analyses not cached, model load included; it caches them) and the warm one (analyses
cached). Each child opens the window the way `parallax --library L` does (parallax.app.main) and
reports the time from its spawn by the parent to the first paint of the comparison. "Cold" is
about the library's cache only: the operating system's file cache is warm after the first run.
Then, once, the import-stall test below.

Prints one JSON object:
- cold_first_text_s, warm_first_text_s: the medians over the runs of the time from spawn to both
  texts painted in their panes (the reader shows them before the comparison is ready: the
  model may still be loading); cold_first_text and warm_first_text: {median_s, min_s, max_s,
  runs_s}.
- cold_first_paint_s, warm_first_paint_s: the same to the painted comparison (highlights and
  all); cold_first_paint and warm_first_paint as above.
- cold, warm: the full report (phases, summary) of the run whose time is the median (the lower
  middle one when --runs is even).
- import_1000_longest_stall_ms: the longest gap between two ticks of a 0 ms QTimer on the GUI
  thread while the window imports a folder of N generated ~300-word .txt articles (until every
  worker, including the library refresh that follows the import, has ended); with the p99 gap.

The two articles are real news text (ECB+ CoNLL in ../shared/data via bench/corpus.py), or the
sample story repeated when that data is absent; B is A with numbers and a few sentences changed.
- story_uncached_first_paint_s, story_cached_first_paint_s, story_warm_first_paint_s: the
  medians from asking the window for the story view of ten ECB+ reports of one event to its
  matrix painted, with nothing cached (model load and ten analyses included), with the analyses
  cached (a fresh process), and again in the same process; story_scroll_longest_stall_ms: the
  longest GUI-thread stall while paging through the matrix and back; each with its spread
  (story_*: {median, min, max, runs}). How: bench/ui_story.py.

Qt runs with QT_QPA_PLATFORM=offscreen and QSettings in a temporary XDG_CONFIG_HOME.
Goals: first text cold <= 1.0 s, warm <= 0.3 s; comparison cold <= 2.5 s, warm <= 0.8 s;
longest stall <= 50 ms; story view (analyses cached) <= 1.0 s, its scroll stall <= 50 ms.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # the child's own start (before anything but `time` is imported)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ui_story  # noqa: E402 - bench/ui_story.py, beside this file

GOALS = {
    "cold_first_text_s": 1.0,
    "warm_first_text_s": 0.3,
    "cold_first_paint_s": 2.5,
    "warm_first_paint_s": 0.8,
    "import_1000_longest_stall_ms": 50,
    **ui_story.GOALS,
}
TARGET_WORDS = 1000
CHILD_TIMEOUT_S = 120


# Child: one fresh process, from start to the first painted comparison ---------------------------
def child_first_paint(library: Path, spawned_at: float, profile: bool) -> int:
    """Open the reader on `library` (two articles) and print the timings as one JSON line."""
    marks: dict[str, float] = {}
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from parallax import app as parallax_app
    from parallax.ui.main_window import MainWindow

    marks["imports_done"] = time.perf_counter()
    # The real entry point: QApplication, MainWindow, library listing, compare the first two.
    parallax_app.main(["--library", str(library)], run_loop=False)
    marks["window_shown"] = time.perf_counter()
    qt_app = QApplication.instance()
    window = next(w for w in qt_app.topLevelWidgets() if isinstance(w, MainWindow))
    viewport = window.compare_view.pane_a.viewport()

    class PaintSpy(QObject):
        painted_after_comparison = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and window.comparison is not None:
                self.painted_after_comparison += 1
            return False

    spy = PaintSpy()
    viewport.installEventFilter(spy)
    loop = QEventLoop()

    def on_shown() -> None:
        if window.comparison is None or "comparison_set" in marks:
            return
        marks["comparison_set"] = time.perf_counter()
        view = window.compare_view
        for widget in (view.pane_a.viewport(), view.pane_b.viewport(), view.strip):
            widget.repaint()
        if not spy.painted_after_comparison:  # not exposed: render it the way grab() does
            window.compare_view.grab()
        marks["painted"] = time.perf_counter()
        loop.quit()

    def on_texts() -> None:
        if "text_shown" not in marks:
            view = window.compare_view
            view.pane_a.viewport().repaint()  # on screen, not only in the document
            view.pane_b.viewport().repaint()
            marks["text_shown"] = time.perf_counter()

    window.compare_view.texts_shown.connect(on_texts)
    window.compare_view.comparison_shown.connect(on_shown)
    if window.comparison is not None:  # cannot happen (results arrive queued), but be safe
        on_shown()
    else:
        QTimer.singleShot(CHILD_TIMEOUT_S * 1000, loop.quit)
        loop.exec()
    if profiler is not None:
        import io
        import pstats

        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        print(out.getvalue(), file=sys.stderr)
    if "painted" not in marks:
        status = window.statusBar().currentMessage()
        print(json.dumps({"error": "no comparison shown", "status": status}))
        return 1
    comparison = window.comparison
    result = {
        "from_spawn_s": time.time() - spawned_at - (time.perf_counter() - marks["painted"]),
        "from_child_start_s": marks["painted"] - T0,
        "text_from_spawn_s": time.time()
        - spawned_at
        - (time.perf_counter() - marks.get("text_shown", marks["painted"])),
        "phases_s": {
            "python_and_imports": marks["imports_done"] - T0,
            "window_shown": marks["window_shown"] - marks["imports_done"],
            "comparison_worker": marks["comparison_set"] - marks["window_shown"],
            "paint": marks["painted"] - marks["comparison_set"],
        },
        "paint_events": spy.painted_after_comparison,
        "words": [comparison.a.words, comparison.b.words],
        "summary": comparison.summary(),
        "spacy_loaded": "spacy" in sys.modules,
    }
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt/pool teardown: not part of the figure, and nothing is left to save


def run_child(library: Path, config_home: Path, profile: bool) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config_home))
    command = [sys.executable, __file__, "--child", str(library), "--spawned-at"]
    spawned_at = time.time()
    command.append(repr(spawned_at))
    if profile:
        command.append("--profile")
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S + 30
    )
    if profile and done.stderr:
        print(done.stderr, file=sys.stderr)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-4000:]}")
    return json.loads(lines[-1])


# The two ~1,000-word articles ----------------------------------------------------------------
def source_text(rng: random.Random) -> tuple[str, str]:
    """(where from, ~1,000 words of real news text as paragraphs)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from corpus import SHARED_DATA, documents
    except ImportError:
        SHARED_DATA, documents = None, None
    folder = SHARED_DATA / "ecbplus-dev" / "conll" if SHARED_DATA else None
    if folder is not None and folder.is_dir():
        paragraphs: list[str] = []
        topic = None
        for key, text in documents(folder):  # keys look like "10/10ecb/1": topic/file/document
            topic = topic or key.split("/")[0]
            if key.split("/")[0] != topic:  # one topic, so it reads as one story
                continue
            paragraphs += text.split("\n\n")
            if sum(len(p.split()) for p in paragraphs) >= TARGET_WORDS:
                break
        return "ecbplus-dev", "\n\n".join(_trim(paragraphs))
    from parallax.application import samples

    sample = sorted(Path(samples.__file__).resolve().parent.rglob("samples/*"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sample if p.is_file())
    paragraphs = [p for p in text.split("\n\n") if len(p.split()) > 8] * 20
    return "sample story repeated", "\n\n".join(_trim(paragraphs))


def _trim(paragraphs: list[str]) -> list[str]:
    out, words = [], 0
    for paragraph in paragraphs:
        if words >= TARGET_WORDS:
            break
        out.append(paragraph)
        words += len(paragraph.split())
    return out


def variant(text: str, rng: random.Random) -> str:
    """B: A with some numbers changed, one sentence dropped and one reworded."""
    numbers = list(re.finditer(r"\b\d+\b", text))
    chosen = {m.start() for m in rng.sample(numbers, min(8, len(numbers)))}
    text = re.sub(
        r"\b\d+\b",
        lambda m: str(int(m.group()) + rng.randint(1, 9)) if m.start() in chosen else m.group(),
        text,
    )
    paragraphs = text.split("\n\n")
    drop = rng.randrange(1, len(paragraphs))
    sentences = re.split(r"(?<=[.!?]) ", paragraphs[drop])
    if len(sentences) > 1:
        del sentences[rng.randrange(len(sentences))]
    paragraphs[drop] = " ".join(sentences)
    paragraphs.insert(
        rng.randrange(1, len(paragraphs)),
        "Officials later said at least 14 people had been taken to hospital, "
        'and a spokesman called the response "slow and confused".',
    )
    return "\n\n".join(paragraphs)


def write_article(path: Path, title: str, outlet: str, date: str, text: str) -> None:
    front = f"---\ntitle: {title}\noutlet: {outlet}\ndate: {date}\n---\n\n"
    path.write_text(front + text + "\n", encoding="utf-8")


# Import stall ----------------------------------------------------------------------------------
def generate_folder(folder: Path, count: int, words: int, seed: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from library import Corpus  # bench/library.py: seeded news-like generator

    corpus = Corpus(seed)
    folder.mkdir()
    for n in range(count):
        article = corpus.article(n, words).article
        write_article(
            folder / f"article-{n:05}.txt",
            article.title,
            article.outlet,
            article.published,
            article.text,
        )


def measure_import(folder: Path, library: Path, count: int) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from parallax.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setOrganizationName("Parallax")
    qt_app.setApplicationName("Parallax")
    window = MainWindow(library)
    window.show()
    qt_app.processEvents()
    settle = QEventLoop()
    QTimer.singleShot(0, lambda: None if window.workers else settle.quit())
    poll = QTimer(interval=10)
    poll.timeout.connect(lambda: None if window.workers else settle.quit())
    poll.start()
    settle.exec()  # the empty library's first listing has arrived
    poll.stop()

    ticks: list[float] = []
    marks: dict[str, float] = {}
    loop = QEventLoop()
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def on_tick_check() -> None:
        if "import_finished" in marks and not window.workers:
            marks.setdefault("all_done", time.perf_counter())
            loop.quit()

    ticker.timeout.connect(on_tick_check)
    started = time.perf_counter()
    ticker.start()
    worker = window.import_files([folder])
    worker.finished.connect(lambda _r: marks.setdefault("import_finished", time.perf_counter()))
    for signal in (worker.failed, worker.cancelled):
        signal.connect(lambda *_: (marks.setdefault("import_finished", 0.0), loop.quit()))
    QTimer.singleShot(CHILD_TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    ticker.stop()
    if not marks.get("import_finished") or "all_done" not in marks:
        raise SystemExit(f"import did not finish: {window.statusBar().currentMessage()!r}")
    gaps = [(b - a, b) for a, b in zip([started, *ticks], ticks, strict=False)]
    ms = sorted(g * 1000 for g, _ in gaps)
    longest, at = max(gaps)
    during = [g * 1000 for g, t in gaps if t <= marks["import_finished"]]
    return {
        "import_1000_seconds": marks["import_finished"] - started,
        "import_1000_until_listed_seconds": marks["all_done"] - started,
        "import_1000_longest_stall_ms": longest * 1000,
        "import_1000_p99_gap_ms": ms[min(len(ms) - 1, int(len(ms) * 0.99))],
        "import_1000_median_gap_ms": statistics.median(ms),
        "import_1000_longest_stall_while_reading_ms": max(during) if during else None,
        "import_1000_longest_stall_at_s": at - started,
        "import_1000_ticks": len(ticks),
        "import_1000_status": window.statusBar().currentMessage(),
    }


# Parent --------------------------------------------------------------------------------------
def run(args: argparse.Namespace, folder: Path) -> dict:
    from parallax.application.importing import import_paths
    from parallax.application.progress import run_to_end
    from parallax.nlp.models import expected_model

    rng = random.Random(args.seed)
    source, text_a = source_text(rng)
    text_b = variant(text_a, rng)
    articles = folder / "articles"
    articles.mkdir()
    write_article(articles / "a.txt", "Version A", "Wire Service", "2024-03-01", text_a)
    write_article(articles / "b.txt", "Version B", "Daily Ledger", "2024-03-02", text_b)
    colds, warms = [], []
    for n in range(args.runs):
        compare_library = folder / f"compare-{n}.db"  # new each run: no analyses cached yet
        run_to_end(import_paths(compare_library, [articles / "a.txt", articles / "b.txt"]))
        config = folder / f"config-{n}"
        config.mkdir()
        colds.append(run_child(compare_library, config, args.profile))
        warms.append(run_child(compare_library, config, args.profile))
    cold, warm = _median_run(colds), _median_run(warms)

    story = ui_story.measure(__file__, folder, args.runs)
    generated = folder / "generated"
    generate_folder(generated, args.articles, args.words, args.seed)
    stall = measure_import(generated, folder / "import.db", args.articles)

    cold_spread, warm_spread = _spread(colds), _spread(warms)
    cold_text, warm_text = _spread(colds, "text_from_spawn_s"), _spread(warms, "text_from_spawn_s")
    result = {
        "cold_first_text_s": cold_text["median_s"],
        "warm_first_text_s": warm_text["median_s"],
        "cold_first_paint_s": cold_spread["median_s"],
        "warm_first_paint_s": warm_spread["median_s"],
        "runs": args.runs,
        "cold_first_paint": cold_spread,
        "warm_first_paint": warm_spread,
        "cold_first_text": cold_text,
        "warm_first_text": warm_text,
        **{k: round(v, 3) if isinstance(v, float) else v for k, v in stall.items()},
        **story,
        "cold": _rounded(cold),
        "warm": _rounded(warm),
        "articles": args.articles,
        "words_per_article": args.words,
        "comparison_source": source,
        "comparison_words": cold["words"],
        "model": expected_model().to_json(),
        "goals": GOALS,
    }
    result["meets_goals"] = {key: result[key] <= goal for key, goal in GOALS.items()}
    return result


def story_only(args: argparse.Namespace, folder: Path) -> dict:
    from parallax.nlp.models import expected_model

    result = ui_story.measure(__file__, folder, args.runs)
    result |= {"model": expected_model().to_json(), "goals": ui_story.GOALS}
    result["meets_goals"] = {key: result[key] <= goal for key, goal in ui_story.GOALS.items()}
    return result


def _median_run(runs: list[dict]) -> dict:
    """The run whose time is the median (the lower middle one when the count is even)."""
    ordered = sorted(runs, key=lambda run: run["from_spawn_s"])
    return ordered[(len(ordered) - 1) // 2]


def _spread(runs: list[dict], key: str = "from_spawn_s") -> dict:
    seconds = [run[key] for run in runs]
    return {
        "median_s": round(statistics.median(seconds), 3),
        "min_s": round(min(seconds), 3),
        "max_s": round(max(seconds), 3),
        "runs_s": [round(value, 3) for value in seconds],
    }


def _rounded(value):
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold and warm processes, each")
    parser.add_argument("--articles", type=int, default=1000, help="articles in the import test")
    parser.add_argument("--words", type=int, default=300, help="words per imported article")
    parser.add_argument("--seed", type=int, default=20241022)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the children's GUI thread (to stderr; not the pool thread)",
    )
    parser.add_argument(
        "--story-only", action="store_true", help="only the story view figures (bench/ui_story.py)"
    )
    parser.add_argument("--child", metavar="LIBRARY", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--story-child", metavar="LIBRARY", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scroll", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.child:
        return child_first_paint(args.child, args.spawned_at or time.time(), args.profile)
    if args.story_child:
        return ui_story.child(args.story_child, args.scroll)
    with tempfile.TemporaryDirectory(prefix="parallax-bench-ui-") as folder:
        result = story_only(args, Path(folder)) if args.story_only else run(args, Path(folder))
    json.dump(result, sys.stdout)
    print()
    sys.stdout.flush()
    os._exit(0)  # the import test's window and thread pool need no orderly teardown


if __name__ == "__main__":
    sys.exit(main())
