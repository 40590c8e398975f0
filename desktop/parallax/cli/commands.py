"""The `parallax` command: parses arguments, runs one command, maps failures to exit codes."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from parallax import __version__, errors, ingest
from parallax.application.output import check_report_path, write_text_atomically
from parallax.cli.plain_text import (
    article_header,
    article_table,
    fact_table,
    numbered_text,
    search_results,
)
from parallax.cli.stdout import guarded_stdout
from parallax.library import Library, open_library
from parallax.model import DETAIL_FIELDS, Article

COMMANDS = (
    "import", "list", "search", "show", "facts", "compare", "story", "edit", "mark", "marks",
)  # fmt: skip
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
IMAGE_FORMATS = ("png", "pdf")  # rendered by Qt, offscreen; they need --output


def main(argv: Sequence[str] | None = None) -> int:
    """Run `parallax` with `argv` (default: the process arguments) and return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not _names_a_command(argv) and not _asks_for_help_or_version(argv):
        from parallax.app import main as open_reader  # Qt is imported only when a window opens

        return open_reader(argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    try:
        with guarded_stdout():
            return args.run(args)
    except errors.ParallaxError as error:
        print(f"parallax: error: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, errors.UsageError) else EXIT_FAILED
    except KeyboardInterrupt:
        print("parallax: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `parallax list | head`: the reader left; not an error
        sys.stderr.close()
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare versions of a news story fact by fact, offline. "
        "Without a command, `parallax [A B]` opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    _add_library_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_import(sub)
    _add_list(sub)
    _add_search(sub)
    _add_show(sub)
    _add_facts(sub)
    _add_compare(sub)
    _add_story(sub)
    _add_edit(sub)
    _add_mark(sub)
    _add_marks(sub)
    return parser


def _add_library_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=Path,
        default=default,
        help="library file (default: $PARALLAX_LIBRARY, else the per-user data folder)",
    )


def _command(sub: Any, name: str, run: Callable[[argparse.Namespace], int], help_: str):
    parser = sub.add_parser(name, help=help_, description=help_)
    _add_library_option(parser, argparse.SUPPRESS)  # also accepted after the command
    parser.set_defaults(run=run)
    return parser


def _add_import(sub: Any) -> None:
    parser = _command(sub, "import", run_import, "add files or folders to the library")
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt, .md, .html, .pdf, .docx, .eml, .mhtml files or folders",
    )
    parser.add_argument("--story", metavar="NAME", help="also add the articles to this story")
    parser.add_argument(
        "--attachment",
        metavar="N",
        type=_positive,
        help="import attachment N of the e-mail named (numbered as its text lists them)",
    )


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 1 up")
    return int(value)


def _add_list(sub: Any) -> None:
    parser = _command(sub, "list", run_list, "list the articles in the library")
    parser.add_argument("--story", metavar="NAME", help="only the articles of this story")
    parser.add_argument("--json", action="store_true", help="print JSON article objects")


def _add_search(sub: Any) -> None:
    parser = _command(sub, "search", run_search, "full-text search (SQLite FTS5 syntax)")
    parser.add_argument("query", metavar="QUERY", help='e.g. flood, "death toll", Reyes AND aid')
    parser.add_argument("--limit", type=_positive_int, default=20, help="most results (20)")
    parser.add_argument("--json", action="store_true", help="print JSON results")


def _add_show(sub: Any) -> None:
    parser = _command(sub, "show", run_show, "show one article: metadata and text")
    _add_ref_arguments(parser)
    parser.add_argument(
        "--lines",
        action="store_true",
        help="number the lines and mark page furniture with ▌ (see edit --furniture/--story)",
    )
    parser.add_argument("--json", action="store_true", help="print the JSON article object")


def _add_facts(sub: Any) -> None:
    parser = _command(sub, "facts", run_facts, "extracted facts of one article, with provenance")
    _add_ref_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print article, sentences and facts")


def _add_compare(sub: Any) -> None:
    parser = _command(
        sub, "compare", run_compare, "compare two articles: conflicts, only-in, moves"
    )
    parser.add_argument("a", metavar="A", help="library id, file, or - for stdin")
    parser.add_argument("b", metavar="B", help="library id, file, or - for stdin")
    _add_report_options(parser, images=True)
    parser.add_argument("--title", help="title of the text read from stdin")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="date of the text from stdin")


def _add_story(sub: Any) -> None:
    parser = _command(sub, "story", run_story, "the fact-by-article matrix of a story")
    parser.add_argument("name", metavar="NAME", help="story name (any letter case)")
    _add_report_options(parser)


def _add_edit(sub: Any) -> None:
    parser = _command(
        sub, "edit", run_edit, "correct an article's details; the original bytes never change"
    )
    parser.add_argument("ref", metavar="REF", help="library id (or a prefix), or a file")
    parser.epilog = (
        'An empty value clears a detail (--outlet ""); an article without a title is listed by '
        "its first words, marked [no headline]. A new --published re-resolves relative dates "
        '("Monday") the next time its facts are read.'
    )
    for name, metavar, help_ in (
        ("title", "T", "the headline"),
        ("outlet", "O", "who published it"),
        ("byline", "B", "who wrote it"),
        ("published", "YYYY-MM-DD", "the publication date"),
        ("url", "U", "where it was published"),
    ):
        parser.add_argument(f"--{name}", metavar=metavar, help=help_)
    for name, help_ in (
        ("furniture", "mark line N as page furniture: greyed out, no facts, not compared"),
        ("story", "mark line N as story (a line taken for page furniture by mistake)"),
    ):
        parser.add_argument(
            f"--{name}",
            metavar="N",
            type=_positive_int,
            action="append",
            default=[],
            help=help_ + "; N as `parallax show REF --lines` numbers them; repeatable",
        )


def _add_mark(sub: Any) -> None:
    from parallax.model import MARK_STATES

    parser = _command(sub, "mark", run_mark, "a review mark on one match of two articles")
    parser.add_argument("a_ref", metavar="A", help="library id (or a prefix), or a file")
    parser.add_argument("b_ref", metavar="B", help="library id (or a prefix), or a file")
    parser.epilog = (
        "The match is named by its facts' offsets, START:END as `parallax compare A B --format "
        "json` gives them; one side is enough. Marking a match again replaces its mark."
    )
    for side in ("a", "b"):
        parser.add_argument(
            f"--{side}",
            metavar="S:E",
            type=_span,
            help=f"the offsets of the match's fact in {side.upper()}",
        )
    parser.add_argument(
        "--as", dest="state", required=True, choices=MARK_STATES, help="the verdict"
    )
    parser.add_argument("--note", default="", metavar="TEXT", help="who confirmed what, and how")


def _add_marks(sub: Any) -> None:
    parser = _command(sub, "marks", run_marks, "the review marks, with their facts, notes, times")
    parser.add_argument(
        "pair", nargs="*", metavar="A B", help="only the marks of these two articles"
    )
    parser.add_argument(
        "--story", metavar="NAME", help="only the marks among this story's articles"
    )
    parser.add_argument("--json", action="store_true", help="print JSON mark objects")


def _span(value: str) -> tuple[int, int]:
    start, colon, end = value.partition(":")
    if not (colon and start.isdigit() and end.isdigit() and int(start) < int(end)):
        raise argparse.ArgumentTypeError("give START:END, e.g. 120:126")
    return int(start), int(end)


def _add_report_options(parser: argparse.ArgumentParser, *, images: bool = False) -> None:
    from parallax.report import FORMATS

    choices = (*FORMATS, *IMAGE_FORMATS) if images else FORMATS
    parser.add_argument("--format", choices=choices, default="text", help="report format (text)")
    parser.add_argument("--output", metavar="PATH", type=Path, help="write to a file, not stdout")


def _add_ref_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ref", metavar="REF", help="library id (or a prefix), a file, or - for stdin"
    )
    parser.add_argument("--title", help="title of the text read from stdin")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="date of the text from stdin")


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _names_a_command(argv: list[str]) -> bool:
    positionals = _positionals(argv)
    return bool(positionals) and positionals[0] in COMMANDS


def _asks_for_help_or_version(argv: list[str]) -> bool:
    return any(arg in ("-h", "--help", "--version") for arg in argv)


def _positionals(argv: list[str]) -> list[str]:
    found, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--library":
            skip = True
        elif not arg.startswith("-") or arg == "-":
            found.append(arg)
    return found


# Commands -----------------------------------------------------------------------------------
def run_import(args: argparse.Namespace) -> int:
    from parallax.application.importing import import_paths
    from parallax.application.progress import run_to_end

    library = getattr(args, "library", None)
    paths, story, attachment = args.paths, args.story, args.attachment
    result = run_to_end(import_paths(library, paths, story=story, attachment=attachment))
    for path, reason in result.skipped:
        print(f"parallax: skipped {path}: {reason}", file=sys.stderr)
    for article, _created in result.stored:
        print(article.id)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with _library(args) as db:
        articles = db.articles(story=args.story)
    if args.json:
        _print_json([article.to_json() for article in articles])
    else:
        print(article_table(articles))
    return EXIT_OK


def run_search(args: argparse.Namespace) -> int:
    with _library(args) as db:
        hits = db.search(args.query, limit=args.limit, marks=("[", "]"))
    if args.json:
        _print_json(
            [{**hit.article.to_json(), "snippet": hit.snippet, "rank": hit.rank} for hit in hits]
        )
    else:
        print(search_results(hits))
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    with _library(args) as db:
        article = resolve_ref(db, args.ref, title=args.title, published=args.published)
    if args.json:
        _print_json(article.to_json())
    else:
        print(article_header(article))
        print()
        print(numbered_text(article) if args.lines else article.text)
    return EXIT_OK


def run_facts(args: argparse.Namespace) -> int:
    # spaCy is imported only when facts are needed
    from parallax.application.analyses import analyses

    with _library(args) as db:
        article = resolve_ref(db, args.ref, title=args.title, published=args.published)
        with _fallback_warnings():
            (analysis,) = analyses(db, [article])
    if args.json:
        _print_json(
            {
                "article": article.to_json(),
                "model": analysis.model.to_json(),
                "sentences": [sentence.to_json() for sentence in analysis.sentences],
                "facts": [fact.to_json() for fact in analysis.facts],
            }
        )
    else:
        print(fact_table(analysis, article))
    return EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    from parallax.application.analyses import compare_articles
    from parallax.report import render_comparison

    if args.a == args.b == "-":
        raise errors.ParallaxError("only one of A and B can be - (standard input)")
    if args.format in IMAGE_FORMATS and args.output is None:
        raise errors.ParallaxError(f"--format {args.format} needs --output PATH")
    _check_output(args)
    with _library(args) as db:
        a, b = (
            resolve_ref(db, ref, title=args.title, published=args.published)
            for ref in (args.a, args.b)
        )
        with _fallback_warnings():
            comparison = compare_articles(db, a, b)
    if args.format in IMAGE_FORMATS:
        from parallax.ui.render import render_offscreen  # Qt only for images, never shown

        render_offscreen(comparison, args.format, args.output)
    else:
        _emit(render_comparison(comparison, args.format), args.output)
    return EXIT_OK


def run_story(args: argparse.Namespace) -> int:
    from parallax.application.analyses import story_of
    from parallax.report import render_story

    _check_output(args)
    with _library(args) as db, _fallback_warnings():
        matrix = story_of(db, args.name)
        marked = _marked_pairs(db, matrix.articles) if args.format in ("memo", "html") else ()
    _emit(render_story(matrix, args.format, marked=marked), args.output)
    return EXIT_OK


def run_edit(args: argparse.Namespace) -> int:
    from parallax.application.editing import clean_details, flip_lines

    given = {name: getattr(args, name) for name in DETAIL_FIELDS if getattr(args, name) is not None}
    flips = {number: True for number in args.furniture}
    flips.update((number, False) for number in args.story)
    if set(args.furniture) & set(args.story):
        raise errors.UsageError("a line cannot be both --furniture and --story")
    if not given and not flips:
        raise errors.nothing_to_change(args.ref)
    changes = clean_details(given)  # a bad date fails here, before the library is opened
    with _library(args) as db:
        article = resolve_ref(db, args.ref)
        if flips:
            article = flip_lines(db, article.id, flips)  # checks every line before flipping
        if changes:
            article = db.edit(article.id, changes)
    print(article_header(article))
    return EXIT_OK


def run_mark(args: argparse.Namespace) -> int:
    from parallax.application.marking import mark_match

    if args.a is None and args.b is None:
        raise errors.no_fact_span()
    with _library(args) as db:
        a, b = resolve_ref(db, args.a_ref), resolve_ref(db, args.b_ref)
        with _fallback_warnings():
            mark = mark_match(
                db, a, b, a_span=args.a, b_span=args.b, state=args.state, note=args.note
            )
    sides = [f"{side} {anchor.start}:{anchor.end} {anchor.text!r}"
             for side, anchor in (("A", mark.a), ("B", mark.b)) if anchor]  # fmt: skip
    print(f"{mark.state}: {'  '.join(sides)}  {mark.marked_at}")
    return EXIT_OK


def run_marks(args: argparse.Namespace) -> int:
    from parallax.application.analyses import compare_articles
    from parallax.report import marks_report

    if len(args.pair) not in (0, 2) or (args.pair and args.story):
        raise errors.UsageError("give two articles A B, or --story NAME, or neither")
    with _library(args) as db, _fallback_warnings():
        if args.pair:
            a, b = (resolve_ref(db, ref) for ref in args.pair)
            comparisons = [compare_articles(db, a, b)]
        else:
            articles = db.articles(story=db.story(args.story).name) if args.story else None
            comparisons = _marked_pairs(db, articles)
    if args.json:
        sys.stdout.write(marks_report.render_json(comparisons))
    else:
        sys.stdout.write(marks_report.render_text(comparisons))
    return EXIT_OK


def _marked_pairs(db: Library, articles) -> list:
    from parallax.application.marking import marked_pairs

    return marked_pairs(db, articles)


# Helpers shared by commands -----------------------------------------------------------------
def resolve_ref(
    db: Library, ref: str, *, title: str | None = None, published: str | None = None
) -> Article:
    """A REF: `-` (stdin), an existing file (imported on the fly), or a library id (prefix)."""
    if ref == "-":
        parsed = ingest.read_text(sys.stdin.read(), title=title, published=published)
        return db.add(parsed)[0]
    if os.path.lexists(ref):  # a broken or looping link is reported by the reader, not looked up
        return db.add(ingest.read_path(ref))[0]
    return db.get(ref)


def _library(args: argparse.Namespace) -> Library:
    return open_library(getattr(args, "library", None))


def _check_output(args: argparse.Namespace) -> None:
    """Refuse an --output that is the library, a folder or a device before anything is done."""
    if args.output is not None:
        check_report_path(args.output, library=getattr(args, "library", None))


@contextlib.contextmanager
def _fallback_warnings() -> Iterator[None]:
    """Show warnings (e.g. the NLP fallback) as one `parallax: warning:` line each."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        print(f"parallax: warning: {warning.message}", file=sys.stderr)


def _emit(report: str, output: Path | None) -> None:
    """Print the report, or write it to `output` atomically (all of it, or nothing)."""
    if output is None:
        sys.stdout.write(report if report.endswith("\n") else report + "\n")
        return
    write_text_atomically(output, report)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    raise SystemExit(main())
