"""Importing files and folders into a library, as a generator that yields progress.

Every file is read first; the articles are written at the end in one transaction, so an import
cancelled between files, or one that fails, leaves the library as it was. The CLI runs it to
the end; the reader runs it in a worker and shows the progress.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parallax import errors
from parallax.library import open_library
from parallax.model import Article, Parsed

Progress = tuple[int, int]  # (files read, files to read)


@dataclass(frozen=True)
class ImportResult:
    """What an import stored (article, newly created?) and which files it skipped and why."""

    stored: list[tuple[Article, bool]] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def import_paths(
    library: Path | None, paths: Iterable[str | Path], *, story: str | None = None
) -> Generator[Progress, None, ImportResult]:
    """Read `paths` (files, folders) and store them in the library at `library` (None: the
    default). A file named in `paths` must import or nothing does; files found in folders that
    cannot be read are skipped with their reason."""
    from parallax import ingest  # the readers' libraries load when something is imported

    paths = list(paths)
    files, skipped = ingest.collect_files(paths)
    named = {Path(p).resolve() for p in paths}
    parsed: list[Parsed] = []
    yield 0, len(files)
    for done, path in enumerate(files, start=1):
        try:
            parsed.append(ingest.read_path(path))
        except errors.InputError as error:
            if path.resolve() in named:
                raise
            skipped.append((path, str(error)))
        yield done, len(files)
    if not parsed:
        raise errors.no_articles_in_folder(", ".join(map(str, paths)))
    with open_library(library) as db:
        stored = db.add_many(parsed, story=story)
    return ImportResult(stored, skipped)


def import_text(
    library: Path | None,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    story: str | None = None,
) -> Generator[Progress, None, ImportResult]:
    """Store pasted text as an article (the fields given override what the text's own lines
    say); an empty text or a bad date raises the user's error and stores nothing."""
    from parallax import ingest

    yield 0, 1
    parsed = ingest.read_text(
        text, name="pasted text", title=title, outlet=outlet, published=published
    )
    yield 1, 1
    with open_library(library) as db:
        return ImportResult([db.add(parsed, story=story)], [])
