"""Full-text search over titles and texts (SQLite FTS5), best match first, with snippets."""

from __future__ import annotations

import re
import sqlite3

from parallax import errors
from parallax.library.store import FIELDS, from_row
from parallax.model import SearchHit

SNIPPET_TOKENS = 12

# The index's rank is bm25 with titles weighted 10:1 over the body (set in db/0001_initial.sql).
# FTS5 hands rows over in rank order, so the LIMIT stops it early and snippets are only built for
# the rows returned; CROSS JOIN keeps the index as the outer loop so that order is kept.
_SEARCH = f"""
SELECT {FIELDS},
       snippet(articles_fts, 1, :open, :close, '…', {SNIPPET_TOKENS}), articles_fts.rank
FROM articles_fts CROSS JOIN articles ON articles.rowid = articles_fts.rowid
WHERE articles_fts MATCH :query
ORDER BY articles_fts.rank
LIMIT :limit
"""

# Typed on purpose, these make a failed query an error to report rather than words to look for.
_SYNTAX = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')

_REASONS = (
    (re.compile(r"unterminated string"), "a quotation mark is not closed"),
    (re.compile(r"no such column: (.*)"), "no field {0!r}; fields are title: and text:"),
    (re.compile(r"unknown special query"), "a * must end a word, as in elect*"),
    (re.compile(r'syntax error near ""'), "it ends too early"),
    (re.compile(r"syntax error near (.*)"), 'unexpected {0}; put words with it in "double quotes"'),
)


def search(
    conn: sqlite3.Connection, query: str, *, limit: int, marks: tuple[str, str]
) -> list[SearchHit]:
    """Articles matching the FTS5 `query`; matched words in snippets are wrapped in `marks`."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if not query.strip():
        raise errors.bad_search(query, "it is empty")
    params = {"query": query, "limit": limit, "open": marks[0], "close": marks[1]}
    try:
        rows = _run(conn, params)
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorname != "SQLITE_ERROR":
            raise  # locked, damaged ...: mapped by the caller's guard
        if uses_query_syntax(query):
            raise errors.bad_search(query, reason(str(exc))) from exc
        rows = _run(conn, {**params, "query": as_plain_words(query)})
    return [SearchHit(from_row(row[:-2]), row[-2], row[-1]) for row in rows]


def _run(conn: sqlite3.Connection, params: dict) -> list:
    return conn.execute(_SEARCH, params).fetchall()


def uses_query_syntax(query: str) -> bool:
    """Whether the reader wrote FTS5 syntax on purpose (quotes, operators, prefixes, columns)."""
    return bool(_SYNTAX.search(query))


def as_plain_words(query: str) -> str:
    """`minister's aid` as FTS5 reads it literally: every word quoted, all of them required."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


def reason(message: str) -> str:
    """Why FTS5 refused a query, in words a reader can act on."""
    message = message.removeprefix("fts5: ")
    for pattern, text in _REASONS:
        match = pattern.search(message)
        if match:
            return text.format(*match.groups())
    return message
