"""The `Library` facade: one SQLite connection, every read guarded, every write one transaction."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from parallax import errors
from parallax.library import analyses, connection, files, store
from parallax.library import marks as mark_store
from parallax.library import search as fts
from parallax.library import stories as story_store
from parallax.library.db import guard, transaction
from parallax.model import Analysis, Article, Mark, ModelInfo, Parsed, SearchHit, Story


def now() -> str:
    """UTC timestamp to the second, ISO 8601: 2024-10-22T09:30:00+00:00."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Library:
    """A Parallax library file. Use it from the thread that opened it; close it when done."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        self.path = Path(path).expanduser() if path else files.default_library_path()
        self._created = not self.path.exists()
        self._new_folders = files.missing_folders(self.path.parent) if self._created else []
        self._conn = connection.connect(self.path, create=create)

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is not None and self._created:
            self._close_and_discard_if_empty()
        else:
            self.close()

    def __repr__(self) -> str:
        return f"<Library {str(self.path)!r}>"

    def close(self) -> None:
        self._conn.close()

    def _close_and_discard_if_empty(self) -> None:
        """A library this object created for work that failed goes again if it holds nothing,
        so the failure leaves the folder as it was (no empty library file behind). Only when
        this was its last connection: SQLite deletes the -wal file when the last one closes,
        and a library another thread or program has opened meanwhile is theirs too."""
        try:
            with guard(self.path):
                empty = store.count(self._conn) == 0 and not story_store.all_stories(self._conn)
        except errors.LibraryError:
            empty = False
        self.close()
        if empty and not files.wal_path(self.path).exists():
            files.remove_files(self.path)
            files.remove_empty_folders(self._new_folders)

    def check(self) -> None:
        """Read the whole library (slow on big ones); errors.damaged_library if anything is off."""
        with guard(self.path):
            connection.check(self._conn, self.path)

    # Articles ---------------------------------------------------------------------------------
    def add(self, parsed: Parsed, *, story: str | None = None) -> tuple[Article, bool]:
        """Store an article: (stored article, created?); the same bytes give the stored one."""
        return self.add_many([parsed], story=story)[0]

    def add_many(
        self, items: Iterable[Parsed], *, story: str | None = None
    ) -> list[tuple[Article, bool]]:
        """Store many articles in one transaction: if anything fails, nothing is written."""
        stamp = now()
        with guard(self.path), transaction(self._conn):
            added = [store.insert(self._conn, item, imported_at=stamp) for item in items]
            if story is not None:
                ids = [article.id for article, _ in added]
                story_store.add(self._conn, story, ids, now=stamp)
        return added

    def get(self, ref: str) -> Article:
        """The article with id `ref`, or the only one whose id starts with `ref` (4+ digits)."""
        with guard(self.path):
            return store.get(self._conn, ref)

    def find_sha256(self, sha256: str) -> Article | None:
        with guard(self.path):
            return store.find_sha256(self._conn, sha256)

    def articles(self, *, story: str | None = None) -> list[Article]:
        """All articles by publication date (undated last), or a story's in the order added."""
        with guard(self.path):
            if story is None:
                return store.all_articles(self._conn)
            return story_store.story_articles(self._conn, story)

    def count(self) -> int:
        with guard(self.path):
            return store.count(self._conn)

    def original(self, article_id: str) -> bytes:
        """The exact bytes the article was imported from; errors.damaged_library if altered."""
        with guard(self.path):
            return store.original(self._conn, article_id, self.path)

    def edit(self, ref: str, changes: Mapping[str, str | None]) -> Article:
        """Set some of the article's details (model.DETAIL_FIELDS; None clears one), already
        checked (editing.clean_details), and return it as stored now. Its text, original
        bytes and SHA-256 stay as they are; a changed publication date drops its cached
        analysis, whose relative dates were resolved against the old one."""
        with guard(self.path), transaction(self._conn):
            article = store.get(self._conn, ref)
            store.update_details(self._conn, article.id, dict(changes))
            if changes.get("published", article.published) != article.published:
                analyses.drop(self._conn, article.id)
            return store.get(self._conn, article.id)

    def remove(self, article_id: str) -> None:
        """Delete the article, its story memberships and its search-index entries, for good."""
        self.remove_many([article_id])

    def remove_many(self, article_ids: Iterable[str]) -> None:
        """Delete these articles as `remove` does, in one transaction: if one cannot be
        removed (no such article, a full disk), every one of them stays."""
        with guard(self.path):
            with transaction(self._conn):
                store.remove_many(self._conn, list(article_ids))
            # Best effort: copy into the main file and empty the -wal file, which still holds
            # the article's pages; returns "busy" rather than failing while others read.
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # Furniture --------------------------------------------------------------------------------
    def set_furniture(self, ref: str, start: int, end: int, furniture: bool | None) -> Article:
        """Flip text[start:end] of an article to furniture (True) or story (False), or forget
        the flip of exactly that span (None); returns the article with its effective furniture.
        The detected furniture and the cached facts stay: facts are filtered when read."""
        with guard(self.path):
            with transaction(self._conn):
                article = store.get(self._conn, ref)
                store.set_flip(self._conn, article.id, start, end, furniture, now=now())
            return store.get(self._conn, article.id)

    def furniture_flips(self, ref: str) -> list[tuple[int, int, bool]]:
        """The reader's flips of an article's furniture as (start, end, is furniture), oldest
        first; `get(ref).furniture` is the detected furniture with these applied."""
        with guard(self.path):
            return store.flips(self._conn, store.get(self._conn, ref).id)

    # Cached analyses --------------------------------------------------------------------------
    def cached_analysis(
        self, article_id: str, *, pipeline: str, model: ModelInfo, inputs: analyses.Inputs
    ) -> Analysis | None:
        """The stored analysis of the article by this pipeline version and model, made from
        these `inputs` besides the text (e.g. its publication date), if any."""
        with guard(self.path):
            key = analyses.model_key(model)
            return analyses.get(self._conn, article_id, pipeline=pipeline, model=key, inputs=inputs)

    def save_analyses(
        self,
        items: Iterable[Analysis],
        *,
        pipeline: str,
        inputs: Mapping[str, analyses.Inputs],
    ) -> None:
        """Store analyses in one transaction, replacing older ones of the same articles;
        `inputs` holds what each was made from besides the text, by article id. A read-only
        library is read, not cached into: the analyses are used and not stored."""
        with guard(self.path), _unless_read_only(), transaction(self._conn):
            for analysis in items:
                analyses.put(
                    self._conn,
                    analysis,
                    pipeline=pipeline,
                    inputs=inputs[analysis.article_id],
                    created_at=now(),
                )

    # Review marks -----------------------------------------------------------------------------
    def set_mark(self, mark: Mark, *, replaces: Iterable[int] = ()) -> Mark:
        """Store a review mark (its time is set now) in place of the match's earlier marks
        `replaces` and of any mark with the same anchors; returns it as stored, with its id."""
        with guard(self.path), transaction(self._conn):
            for sha256 in (mark.a_sha256, mark.b_sha256):
                if store.find_sha256(self._conn, sha256) is None:
                    raise errors.no_article(sha256[:12])
            stamped = dataclasses.replace(mark, marked_at=now(), id=None, orphaned=False)
            return mark_store.put(self._conn, stamped, replaces=replaces)

    def marks(self, a: Article | None = None, b: Article | None = None) -> list[Mark]:
        """The marks on matches of `a` and `b` as seen from A and B (both given), or every mark
        in the library; oldest first. Anchored as marked: `compare.marks` finds their facts."""
        with guard(self.path):
            if a is None or b is None:
                return mark_store.every(self._conn)
            return mark_store.for_pair(self._conn, a.sha256, b.sha256)

    # Search -----------------------------------------------------------------------------------
    def search(
        self, query: str, *, limit: int = 20, marks: tuple[str, str] = ("[", "]")
    ) -> list[SearchHit]:
        """FTS5 query over titles and texts, best first; snippets mark matches with `marks`.

        `SearchHit.rank` is the FTS5 bm25 rank: lower (more negative) is a better match.
        """
        with guard(self.path):
            return fts.search(self._conn, query, limit=limit, marks=marks)

    # Stories ----------------------------------------------------------------------------------
    def stories(self) -> list[Story]:
        """Every story, by name."""
        with guard(self.path):
            return story_store.all_stories(self._conn)

    def story(self, name: str) -> Story:
        """The story called `name`, in any letter case."""
        with guard(self.path):
            return story_store.find(self._conn, name)

    def add_to_story(self, name: str, article_ids: Iterable[str]) -> Story:
        """Append articles (ids or unique id prefixes) to a story, creating it if needed."""
        with guard(self.path):
            with transaction(self._conn):
                ids = [store.get(self._conn, ref).id for ref in article_ids]
                story_store.add(self._conn, name, ids, now=now())
            return story_store.find(self._conn, name)


@contextmanager
def _unless_read_only() -> Iterator[None]:
    """Skip a write that only fills a cache when SQLite says the library is read-only."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if not (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_READONLY"):
            raise


def open_library(path: str | Path | None = None, *, create: bool = True) -> Library:
    """Open the library at `path` (default: `default_library_path()`), creating it if allowed."""
    return Library(path, create=create)
