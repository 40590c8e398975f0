-- Parallax library, schema 1: articles, stories and the full-text index.
--
-- Applied by parallax.library.migrate inside one transaction that also sets
-- PRAGMA user_version = 1 and the Parallax application_id; do not add BEGIN/COMMIT here.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,               -- first 12 hex digits of sha256, longer on a collision
    sha256 TEXT NOT NULL UNIQUE,       -- of the original bytes
    title TEXT,
    outlet TEXT,
    byline TEXT,
    published TEXT,                    -- ISO date, YYYY-MM-DD
    url TEXT,
    source_path TEXT,
    imported_at TEXT NOT NULL,         -- ISO timestamp, UTC, seconds
    words INTEGER NOT NULL DEFAULT 0,
    language TEXT,
    encoding TEXT,
    format TEXT NOT NULL DEFAULT 'txt',
    text TEXT NOT NULL,                -- every fact offset points into this text
    original BLOB NOT NULL,            -- the original bytes, zlib-compressed
    original_size INTEGER NOT NULL     -- length of the original bytes before compression
);

CREATE INDEX articles_published ON articles (published, imported_at);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);

CREATE TABLE story_articles (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,         -- order in which articles joined the story
    added_at TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

CREATE UNIQUE INDEX story_articles_position ON story_articles (story_id, position);
CREATE INDEX story_articles_article ON story_articles (article_id);

-- External-content FTS5 index, laid out exactly as sqlite-utils' enable_fts(create_triggers=True)
-- lays it out, so `sqlite-utils search` and Datasette find and use it.
CREATE VIRTUAL TABLE articles_fts USING FTS5 (
    title, text,
    tokenize='porter unicode61 remove_diacritics 2',
    content="articles"
);

-- Titles weigh ten times the body in the default rank, for us and for external tools alike.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
