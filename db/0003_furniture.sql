-- Parallax library, schema 3: page furniture (menus, captions, bylines ... in an article's text)
-- and the reader's corrections of it.
--
-- The stored text keeps every line the file gave; `articles.furniture` lists the spans a reader
-- recognised as furniture, as JSON [[start, end, reason], ...] (NULL: imported before schema 3;
-- the library detects them when it reads the article). A person may flip a span between story
-- and furniture; the flips are kept apart from what was detected, so they survive a better
-- detector, and the effective furniture is the detected spans with the flips applied in order.

ALTER TABLE articles ADD COLUMN furniture TEXT;

CREATE TABLE furniture_flips (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,            -- character offsets into articles.text
    "end" INTEGER NOT NULL,
    furniture INTEGER NOT NULL CHECK (furniture IN (0, 1)),  -- 1: furniture, 0: story
    flipped_at TEXT NOT NULL,          -- ISO timestamp, UTC
    PRIMARY KEY (article_id, start, "end"),
    CHECK (0 <= start AND start < "end")
);
