"""The SQLite library: articles, stories, cached analyses and full-text search."""
