"""Storing articles: dedupe by bytes, ids and prefixes, originals, atomic imports, removal."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sqlite3
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax import errors
from parallax.library import Library, open_library, store
from parallax.model import Article, Parsed


def parsed(text: str, title: str | None = None, *, raw: bytes | None = None, **meta) -> Parsed:
    raw = text.encode("utf-8") if raw is None else raw
    sha256 = hashlib.sha256(raw).hexdigest()
    article = Article(id=sha256[:12], sha256=sha256, text=text, title=title, **meta)
    return Parsed(article, raw)


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with open_library(library_path) as library:
        yield library


def raw_connection(library: Library) -> sqlite3.Connection:
    """A second, ordinary connection, as another tool would open the file."""
    return sqlite3.connect(library.path, isolation_level=None)


# Adding -----------------------------------------------------------------------------------------
def test_add_returns_the_stored_article_with_its_import_time(library: Library):
    item = parsed("Rescuers reached the village.", "Rescue", outlet="Wire", words=4)
    article, created = library.add(item)
    assert created
    assert article == item.article.replace(imported_at=article.imported_at)
    stamp = datetime.fromisoformat(article.imported_at)
    assert stamp.utcoffset().total_seconds() == 0
    assert stamp.microsecond == 0
    assert library.get(article.id) == article


def test_same_bytes_give_the_stored_article(library: Library):
    first, created = library.add(parsed("One report.", "First title"))
    again, created_again = library.add(parsed("One report.", "Another title"), story="Kept")
    assert created and not created_again
    assert again == first
    assert library.count() == 1
    assert library.story("kept").article_ids == (first.id,)


def test_same_text_from_different_bytes_is_another_article(library: Library):
    utf8 = parsed("Café opens.")
    latin1 = parsed("Café opens.", raw="Café opens.".encode("latin-1"), encoding="latin-1")
    assert library.add(utf8)[1] and library.add(latin1)[1]
    assert library.count() == 2


def test_colliding_id_gets_a_longer_prefix_of_its_sha256(library: Library):
    first, _ = library.add(parsed("First."))
    clash = parsed("Second.")
    clash = Parsed(clash.article.replace(id=first.id), clash.original)
    stored, created = library.add(clash)
    assert created
    assert stored.id == clash.article.sha256[:13]
    assert library.get(stored.id).text == "Second."
    assert library.get(first.id).text == "First."


def test_reader_errors_are_bugs_not_user_errors(library: Library):
    item = parsed("Text.")
    with pytest.raises(ValueError, match="sha256"):
        library.add(Parsed(item.article, b"other bytes"))
    with pytest.raises(ValueError, match="id"):
        library.add(Parsed(item.article.replace(id=""), item.original))


def test_every_article_field_is_stored():
    # A new Article field needs a migration (db/) and a column in store.COLUMNS.
    assert set(store.COLUMNS) == {field.name for field in dataclasses.fields(Article)}


def test_find_sha256(library: Library):
    article, _ = library.add(parsed("Findable."))
    assert library.find_sha256(article.sha256) == article
    assert library.find_sha256("0" * 64) is None


# Atomic imports --------------------------------------------------------------------------------
def test_add_many_returns_one_result_per_item_in_order(library: Library):
    results = library.add_many([parsed("A."), parsed("B."), parsed("A.")], story="Batch")
    assert [(a.text, created) for a, created in results] == [
        ("A.", True),
        ("B.", True),
        ("A.", False),
    ]
    assert library.story("batch").article_ids == (results[0][0].id, results[1][0].id)


def test_an_iterable_that_fails_midway_writes_nothing(library: Library):
    library.add(parsed("Already there."))
    before = Path(library.path).read_bytes()

    def items() -> Iterator[Parsed]:
        yield parsed("First of the batch.")
        yield parsed("Second of the batch.")
        raise OSError("the USB stick was pulled out")

    with pytest.raises(OSError, match="USB"):
        library.add_many(items(), story="Half")
    assert [a.text for a in library.articles()] == ["Already there."]
    assert library.stories() == []
    assert library.search("batch") == []
    assert Path(library.path).read_bytes() == before


def test_a_constraint_failure_midway_writes_nothing(library: Library):
    broken = parsed("No text column.")
    broken = Parsed(broken.article.replace(text=None), broken.original)
    with pytest.raises(sqlite3.IntegrityError):
        library.add_many([parsed("Fine."), broken, parsed("Never reached.")])
    assert library.count() == 0


# Finding ----------------------------------------------------------------------------------------
def test_get_by_prefix(library: Library):
    article, _ = library.add(parsed("Prefixed."))
    assert library.get(article.id[:4]) == article
    assert library.get(article.id[:7].upper()) == article
    for ref in (article.id[:3], "zzzz", "", article.id + "0"):
        with pytest.raises(errors.NotFoundError) as caught:
            library.get(ref)
        assert str(caught.value) == str(errors.no_article(ref))


def test_ambiguous_prefix_names_how_many_match(library: Library):
    for n, article_id in enumerate(["abcd01", "abcd02", "abce03", "abcd04"]):
        item = parsed(f"Article number {n}.")
        library.add(Parsed(item.article.replace(id=article_id), item.original))
    for ref, count in (("abcd", 3), ("ABCD", 3), ("abc", 0)):
        with pytest.raises(errors.NotFoundError) as caught:
            library.get(ref)
        expected = errors.ambiguous_article(ref, count) if count else errors.no_article(ref)
        assert str(caught.value) == str(expected)
    assert library.get("abce").id == "abce03"


def test_articles_by_date_undated_last_then_by_import(library: Library):
    library.add(parsed("Undated.", published=None))
    library.add(parsed("Later.", published="2024-10-22"))
    library.add(parsed("Earlier.", published="2024-10-21"))
    assert [a.text for a in library.articles()] == ["Earlier.", "Later.", "Undated."]
    assert library.count() == 3


# Originals --------------------------------------------------------------------------------------
def test_original_bytes_come_back_exactly(library: Library):
    raw = b"\xef\xbb\xbfHeadline\r\n\r\nBody with \xe2\x80\x9cquotes\xe2\x80\x9d.\x00\xff"
    article, _ = library.add(parsed("Headline\n\nBody.", raw=raw))
    assert library.original(article.id) == raw
    conn = raw_connection(library)
    stored = conn.execute("SELECT original FROM articles").fetchone()[0]
    conn.close()
    assert stored != raw  # compressed


def test_tampered_original_is_reported(library: Library):
    article, _ = library.add(parsed("Evidence."))
    conn = raw_connection(library)
    conn.execute("UPDATE articles SET original = ?", (zlib.compress(b"Evidense."),))
    conn.close()
    with pytest.raises(errors.LibraryError) as caught:
        library.original(article.id)
    assert str(caught.value) == str(
        errors.damaged_library(library.path, f"article {article.id}: original fails its SHA-256")
    )


def test_unreadable_original_is_reported(library: Library):
    article, _ = library.add(parsed("Evidence."))
    conn = raw_connection(library)
    conn.execute("UPDATE articles SET original = x'00112233'")
    conn.close()
    with pytest.raises(errors.LibraryError, match="original unreadable"):
        library.original(article.id)
    with pytest.raises(errors.NotFoundError):
        library.original("0" * 12)


# Removing ---------------------------------------------------------------------------------------
def test_remove_takes_the_article_out_of_everything(library: Library):
    keep, _ = library.add(parsed("The harbour stays open.", "Harbour"), story="Port")
    gone, _ = library.add(parsed("Zanzibarquux confided the harbour plan.", "Qwertzuiop"))
    library.add_to_story("port", [gone.id])
    library.add_to_story("Leak", [gone.id])

    library.remove(gone.id)

    assert library.articles() == [keep]
    assert library.story("Port").article_ids == (keep.id,)
    assert library.story("Leak").article_ids == ()
    assert [hit.article for hit in library.search("harbour")] == [keep]
    assert library.search("zanzibarquux OR qwertzuiop") == []
    conn = raw_connection(library)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, 'row')")
    terms = {term for (term,) in conn.execute("SELECT term FROM temp.vocab")}
    assert terms.isdisjoint({"zanzibarquux", "qwertzuiop", "confid", "plan"})
    conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_removed_text_leaves_no_trace_in_the_files(library: Library):
    library.add_many(parsed(f"Filler story {n} about the port. " * 30) for n in range(50))
    secret, _ = library.add(parsed("The zanzibarquux source met us. " * 5, "Qwertzuiop memo"))
    library.add_many(parsed(f"Later story {n} about ports. " * 30) for n in range(30))
    library.remove(secret.id)
    library.close()
    folder = Path(library.path).parent
    for path in folder.iterdir():
        data = path.read_bytes().lower()
        assert b"zanzibarquux" not in data and b"qwertzuiop" not in data, path.name


def test_removing_an_unknown_article_is_an_error(library: Library):
    library.add(parsed("Stays."))
    with pytest.raises(errors.NotFoundError) as caught:
        library.remove("abcdef123456")
    assert str(caught.value) == str(errors.no_article("abcdef123456"))
    assert library.count() == 1


def test_check_passes_on_a_healthy_library(library: Library):
    library.add_many([parsed("One."), parsed("Two.")])
    library.check()


def test_check_finds_a_search_index_out_of_step(library: Library):
    library.add(parsed("Indexed words."))
    conn = raw_connection(library)
    conn.execute("DROP TRIGGER articles_au")
    conn.execute("UPDATE articles SET text = 'other words'")
    conn.close()
    with pytest.raises(errors.LibraryError, match="the library is damaged"):
        library.check()


# Round trip -------------------------------------------------------------------------------------
@settings(
    max_examples=60,
    deadline=None,
    # One library serves every example: each one's bytes are distinct or give back the same text.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(), title=st.none() | st.text())
def test_any_text_and_title_come_back_identical(library: Library, text: str, title: str | None):
    raw = repr((title, text)).encode("utf-8")
    article, _ = library.add(parsed(text, title, raw=raw))
    stored = library.get(article.id)
    assert (stored.text, stored.title) == (text, title)
    assert library.original(article.id) == raw


def test_imported_at_looks_like_iso_seconds(library: Library):
    article, _ = library.add(parsed("Stamped."))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", article.imported_at)
