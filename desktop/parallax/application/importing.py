"""Importing files and folders into a library, as a generator that yields progress.

Every file is read first; the articles are written at the end in one transaction, so an import
cancelled between files, or one that fails, leaves the library as it was. The CLI runs it to
the end; the reader runs it in a worker and shows the progress.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from parallax import errors
from parallax.application.editing import changed_details, clean_details
from parallax.library import open_library
from parallax.model import Article, Parsed

Progress = tuple[int, int]  # (files read, files to read)


@dataclass(frozen=True)
class ImportResult:
    """What an import stored (article, newly created?) and which files it skipped and why."""

    stored: list[tuple[Article, bool]] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def import_paths(
    library: Path | None,
    paths: Iterable[str | Path],
    *,
    story: str | None = None,
    attachment: int | None = None,
) -> Generator[Progress, None, ImportResult]:
    """Read `paths` (files, folders) and store them in the library at `library` (None: the
    default). A file named in `paths` must import or nothing does; files found in folders that
    cannot be read are skipped with their reason. With `attachment`, `paths` is one e-mail and
    its attachment of that number is imported instead."""
    from parallax import ingest  # the readers' libraries load when something is imported

    paths = list(paths)
    if attachment is not None:
        if len(paths) != 1:
            raise errors.attachment_needs_one_file()
        yield 0, 1
        parsed_attachment = ingest.read_attachment(paths[0], attachment)
        yield 1, 1
        with open_library(library) as db:
            return ImportResult([db.add(parsed_attachment, story=story)], [])
    files, skipped = ingest.collect_files(paths)
    named = {os.path.realpath(p) for p in paths}  # never raises, even on a looping link
    parsed: list[Parsed] = []
    yield 0, len(files)
    for done, path in enumerate(files, start=1):
        try:
            parsed.append(ingest.read_path(path))
        except errors.InputError as error:
            if os.path.realpath(path) in named:
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


def read_pasted(text: str, *, html: str | None = None) -> Parsed:
    """What a paste becomes: the copied page, read as an .html file is, when the clipboard held
    one (its plain text is the fallback), else the text, read as standard input is."""
    from parallax.ingest import readers

    if html is not None and html.strip():
        return readers.read_pasted_html(html, text=text)
    return readers.read_text(text, name="pasted text")


def import_pasted(
    library: Path | None,
    text: str,
    *,
    html: str | None = None,
    details: Mapping[str, str | None],
    story: str | None = None,
    parsed: Parsed | None = None,
) -> Generator[Progress, None, ImportResult]:
    """Store a paste as the reader's dialog showed it: read by read_pasted (unless `parsed`
    is what it already read of the same paste), with the `details` named exactly as given (a
    blank one stays empty; the dialog showed what was found). The same bytes pasted again give
    the stored article, with these details. A bad date or an empty paste raises the user's
    error and stores nothing."""
    cleaned = clean_details(details)
    yield 0, 1
    if parsed is None:
        parsed = read_pasted(text, html=html)
    parsed = Parsed(parsed.article.replace(**cleaned), parsed.original)
    yield 1, 1
    with open_library(library) as db:
        article, created = db.add(parsed, story=story)
        changes = {} if created else changed_details(article, cleaned)
        if changes:
            article = db.edit(article.id, changes)
        return ImportResult([(article, created)], [])
