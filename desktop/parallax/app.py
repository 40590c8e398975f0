"""Entry point of the reader window: `parallax [A B]`, `parallax-gui`, and `make run` (--sample)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from parallax import __version__
from parallax.library import open_library
from parallax.model import Article


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Open the Parallax reader.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="up to two files side by side")
    parser.add_argument("--library", metavar="PATH", type=Path, help="library file")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample story")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation offscreen, then exit"
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    return parser


def main(argv: Sequence[str] | None = None, *, run_loop: bool = True) -> int:
    """Open the reader; `run_loop` False shows the window without running Qt's loop (tests)."""
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if len(args.files) > 2:
        parser.error("give at most two files to compare")
    if args.self_test:
        from parallax.ui.self_test import run_self_test

        return run_self_test()
    from parallax.ui.reader import run_reader  # Qt starts only when a window opens

    return run_reader(
        lambda library: initial_articles(args, library),
        library=args.library,
        run_loop=run_loop,
        restore=not args.files and not args.sample,
    )


def initial_articles(
    args: argparse.Namespace, library: Path | None
) -> tuple[list[Article], str | None]:
    """What the window opens on (the files named, the sample story, or the whole library),
    and the name of the story they are, if they are one."""
    # The readers (ftfy, charset-normalizer, trafilatura) load only when a file is read: a
    # plain start of the reader skips ~0.2 s of imports.
    with open_library(library) as db:
        if args.files:
            from parallax import ingest

            return [db.add(ingest.read_path(path))[0] for path in args.files], None
        if args.sample:
            from parallax.application.samples import sample_articles

            return sample_articles(db)
        return db.articles(), None


if __name__ == "__main__":
    raise SystemExit(main())
