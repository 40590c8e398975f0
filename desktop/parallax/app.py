"""Starts the reader window: `parallax [A B]`, `parallax-gui`, and `make run` (--sample)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from parallax import __version__, errors, ingest
from parallax.library import Library, open_library
from parallax.samples import SAMPLE_STORY, load_sample_story


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Open the Parallax reader.")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="up to two files to open side by side"
    )
    parser.add_argument("--library", metavar="PATH", type=Path, help="library file")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample story")
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if len(args.files) > 2:
        build_parser().error("give at most two files to compare")
    from PySide6.QtWidgets import QApplication  # imported here so `parallax --help` stays fast

    from parallax.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Parallax")
    app.setOrganizationName("Parallax")
    window = MainWindow()
    try:
        with open_library(args.library) as db:
            articles, title = _initial_articles(db, args)
    except errors.ParallaxError as error:
        print(f"parallax: error: {error}", file=sys.stderr)
        if not _is_headless():
            window.show_error(str(error))
        return 1
    window.show_library(articles, title=title)
    window.show()
    return app.exec()


def _initial_articles(db: Library, args: argparse.Namespace):
    if args.files:
        opened = [db.add(ingest.read_path(path))[0] for path in args.files]
        return opened, None
    if args.sample:
        story = load_sample_story(db)
        return db.articles(story=story.name), SAMPLE_STORY
    return db.articles(), None


def _is_headless() -> bool:
    return os.environ.get("QT_QPA_PLATFORM") == "offscreen"


if __name__ == "__main__":
    raise SystemExit(main())
