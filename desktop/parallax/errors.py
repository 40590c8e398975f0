"""Every message a user can see about a failure, and the exceptions that carry them.

A `ParallaxError` is a failure the user can act on: the CLI prints `parallax: error: <message>`
and exits 1, the app shows the message in the window. Anything else is a bug and keeps its
traceback.
"""

from __future__ import annotations

from pathlib import Path

MAX_INPUT_BYTES = 50 * 1024 * 1024  # news pages are well under 5 MB; 50 MB leaves room for archives
# The longest text analysed: spaCy reads about 40,000 characters a second here, so this is minutes
# of work, and the facts of a longer text would not fit in 1 GB beside the model.
MAX_TEXT_CHARS = 5_000_000


class ParallaxError(Exception):
    """A failure with a one-line message meant for the user."""


class InputError(ParallaxError):
    """A file or text that cannot become an article."""


class LibraryError(ParallaxError):
    """The library file cannot be opened, read or written."""


class UsageError(ParallaxError):
    """A command given without what it needs; the CLI exits 2, as for other usage errors."""


class NotFoundError(ParallaxError):
    """A reference names no article or story in the library."""


def _p(path: str | Path) -> str:
    return str(path)


# Input --------------------------------------------------------------------------------------
def missing_path(path: str | Path) -> InputError:
    return InputError(f"{_p(path)}: no such file or folder")


def is_directory(path: str | Path) -> InputError:
    return InputError(f"{_p(path)}: is a folder, but a file is needed here")


def unreadable(path: str | Path, reason: str) -> InputError:
    return InputError(f"{_p(path)}: cannot be read ({reason})")


def empty_input(name: str) -> InputError:
    return InputError(f"{name}: the file is empty")


def no_text(name: str) -> InputError:
    return InputError(f"{name}: contains no article text")


def too_large(name: str, size: int) -> InputError:
    mb = size / (1024 * 1024)
    limit = MAX_INPUT_BYTES // (1024 * 1024)
    return InputError(f"{name}: is {mb:.1f} MB, over the {limit} MB limit for one article")


READ_FORMATS = ".txt, .md, .html, .pdf, .docx, .eml and .mhtml"


def too_long_to_analyse(name: str, length: int) -> InputError:
    return InputError(
        f"{name}: the text is too long to analyse ({length:,} characters; "
        f"the limit is {MAX_TEXT_CHARS:,})"
    )


def binary_input(name: str) -> InputError:
    return InputError(
        f"{name}: looks like a binary file, not text, HTML, PDF, Word, e-mail or a saved page"
    )


def damaged_document(name: str, kind: str) -> InputError:
    return InputError(f"{name}: the {kind} file is damaged and cannot be read")


def archive_too_large(name: str, unpacked: int, parts: int | None = None) -> InputError:
    mb = unpacked / (1024 * 1024)
    where = f" in {parts:,} parts" if parts else ""
    return InputError(f"{name}: would unpack to {mb:,.0f} MB{where}, too much for one article")


def not_an_email(name: str) -> InputError:
    return InputError(f"{name}: is not an e-mail, so it has no attachments to import")


def no_attachment(name: str, number: int, count: int) -> InputError:
    return InputError(f"{name}: has no attachment {number} (it has {count})")


def attachment_needs_one_file() -> UsageError:
    return UsageError("--attachment imports from one e-mail; name just that file")


def encrypted_pdf(name: str) -> InputError:
    return InputError(f"{name}: the PDF is protected by a password; save an unprotected copy")


def scanned_pdf(name: str) -> InputError:
    return InputError(
        f"{name}: the PDF has no text layer (a scan or images); Parallax does not do OCR"
    )


def too_many_pages(name: str, pages: int, limit: int) -> InputError:
    return InputError(f"{name}: has {pages:,} pages, over the {limit:,}-page limit for one article")


def undecodable(name: str) -> InputError:
    return InputError(
        f"{name}: the text encoding cannot be recognised (save it as UTF-8 and import it again)"
    )


def unsupported(name: str, kind: str) -> InputError:
    return InputError(f"{name}: unsupported file type ({kind}); Parallax reads {READ_FORMATS}")


def no_articles_in_folder(path: str | Path) -> InputError:
    return InputError(f"{_p(path)}: the folder holds no files Parallax reads ({READ_FORMATS})")


def bad_date(value: str) -> InputError:
    return InputError(f"{value!r} is not a date; use YYYY-MM-DD")


def nothing_to_change(ref: str) -> UsageError:
    return UsageError(
        f"{ref}: nothing to change; give --title, --outlet, --byline, --published, --url, "
        "--furniture or --story"
    )


def bad_line(number: int, lines: int) -> InputError:
    return InputError(
        f"line {number} is not a line with text (the article has {lines} lines; "
        "`parallax show REF --lines` numbers them)"
    )


def bad_span(start: int, end: int, length: int) -> InputError:
    return InputError(f"{start}:{end} is not a span of the article's text (0 to {length})")


def unsupported_reason(kind: str) -> str:
    """Why an import leaves a file out; shown beside the file's path, so it does not repeat it."""
    return f"unsupported file type ({kind})"


def unreadable_reason(reason: str) -> str:
    """Why an import leaves a file or folder out that the system would not let it read."""
    return f"cannot be read ({reason})"


# Library ------------------------------------------------------------------------------------
def not_a_library(path: str | Path) -> LibraryError:
    return LibraryError(f"{_p(path)}: is not a Parallax library (not an SQLite database)")


def foreign_database(path: str | Path) -> LibraryError:
    return LibraryError(
        f"{_p(path)}: is an SQLite database of another program, not a Parallax library"
    )


def damaged_library(path: str | Path, reason: str) -> LibraryError:
    return LibraryError(f"{_p(path)}: the library is damaged ({reason})")


def newer_library(path: str | Path, found: int, known: int) -> LibraryError:
    return LibraryError(
        f"{_p(path)}: the library was written by a newer Parallax (schema {found}, "
        f"this version knows {known}); upgrade Parallax to open it"
    )


def locked_library(path: str | Path) -> LibraryError:
    return LibraryError(
        f"{_p(path)}: the library is busy in another program; close it and try again"
    )


def read_only_library(path: str | Path, reason: str) -> LibraryError:
    return LibraryError(f"{_p(path)}: the library cannot be written ({reason})")


def cannot_create_library(path: str | Path, reason: str) -> LibraryError:
    return LibraryError(f"{_p(path)}: cannot create the library here ({reason})")


def bad_search(query: str, reason: str) -> LibraryError:
    return LibraryError(f"search {query!r}: not a valid query ({reason})")


def missing_library(path: str | Path) -> LibraryError:
    return LibraryError(f"{_p(path)}: no library here yet; import an article to create one")


def unreadable_library(path: str | Path, reason: str) -> LibraryError:
    return LibraryError(f"{_p(path)}: the library cannot be read ({reason})")


def empty_story_name() -> LibraryError:
    return LibraryError("a story needs a name")


# Output -------------------------------------------------------------------------------------
def cannot_write(path: str | Path, reason: str) -> ParallaxError:
    return ParallaxError(f"{_p(path)}: cannot write the report ({reason})")


def output_is_library(path: str | Path) -> ParallaxError:
    return ParallaxError(f"{_p(path)}: is the library (or one of its files); choose another file")


def output_is_folder(path: str | Path) -> ParallaxError:
    return ParallaxError(f"{_p(path)}: is a folder; name a file to write the report to")


def output_not_regular(path: str | Path) -> ParallaxError:
    return ParallaxError(f"{_p(path)}: is not a regular file (a device or a pipe); choose a file")


def cannot_write_stdout(reason: str) -> ParallaxError:
    return ParallaxError(f"standard output: cannot write ({reason})")


def story_too_small(name: str, count: int) -> ParallaxError:
    return ParallaxError(f"{name}: the story has {count} article(s); a story needs at least one")


# Lookup -------------------------------------------------------------------------------------
def no_article(ref: str) -> NotFoundError:
    return NotFoundError(f"{ref}: no such article in the library")


def ambiguous_article(ref: str, count: int) -> NotFoundError:
    return NotFoundError(f"{ref}: matches {count} articles; give more characters of the id")


def no_story(name: str) -> NotFoundError:
    return NotFoundError(f"{name}: no such story in the library")


# Review marks -------------------------------------------------------------------------------
def no_fact_of_a_match(spans: str) -> InputError:
    return InputError(
        f"{spans}: no match of the two articles has a fact there "
        "(`parallax compare A B --format json` lists each match's facts with their start and end)"
    )


def no_fact_span() -> UsageError:
    return UsageError("say which match to mark: --a START:END and/or --b START:END")
