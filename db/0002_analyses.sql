-- Parallax library, schema 2: cached analyses (sentences and facts) per article and pipeline.
--
-- Reopening an article costs a query, not a model run. A row is valid only for the pipeline
-- version and NLP model that made it; a new version re-analyses lazily and replaces the row.

CREATE TABLE analyses (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    pipeline TEXT NOT NULL,            -- parallax.nlp.PIPELINE_VERSION
    model TEXT NOT NULL,               -- "<name> <version>" of the NLP model used
    created_at TEXT NOT NULL,
    data TEXT NOT NULL,                -- JSON: {"model", "sentences", "facts"} as in `parallax facts --json`
    PRIMARY KEY (article_id, pipeline, model)
);
