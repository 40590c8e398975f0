-- Parallax library, schema 4: review marks, a person's verdict on one match of two articles.
--
-- A mark is anchored to the two articles' SHA-256 (of their original bytes) and to each marked
-- fact's offsets and words as they were when marked, not to an analysis: a new pipeline or model,
-- or an edited publication date, re-analyses the articles, and the mark finds its facts again by
-- offsets and words (parallax.compare.marks). A side is NULL where an only-in match has no fact.
-- Removing an article removes the marks on it: a removed article must not linger anywhere.

CREATE TABLE review_marks (
    id INTEGER PRIMARY KEY,
    a_sha256 TEXT NOT NULL,
    b_sha256 TEXT NOT NULL,
    a_start INTEGER, a_end INTEGER, a_text TEXT,
    b_start INTEGER, b_end INTEGER, b_text TEXT,
    kind TEXT NOT NULL DEFAULT '',     -- the match's kind when marked: ordinal, money, person ...
    state TEXT NOT NULL CHECK (state IN ('confirmed', 'disputed', 'dismissed', 'open')),
    note TEXT NOT NULL DEFAULT '',
    marked_at TEXT NOT NULL,           -- ISO timestamp, UTC
    CHECK (a_start IS NOT NULL OR b_start IS NOT NULL),
    CHECK ((a_start IS NULL) = (a_end IS NULL) AND (a_end IS NULL) = (a_text IS NULL)),
    CHECK ((b_start IS NULL) = (b_end IS NULL) AND (b_end IS NULL) = (b_text IS NULL))
);

CREATE INDEX review_marks_a ON review_marks (a_sha256);
CREATE INDEX review_marks_b ON review_marks (b_sha256);

CREATE TRIGGER articles_ad_marks AFTER DELETE ON articles BEGIN
  DELETE FROM review_marks WHERE a_sha256 = old.sha256 OR b_sha256 = old.sha256;
END;
