"""Facts of library articles: read from the library's cache, else analysed once and saved.

Reopening an article costs a query, not a model run: the cache key is the article, the
extraction's PIPELINE_VERSION, the model that would run, which is known from the installed
packages' metadata without loading spaCy (so a fully cached call never imports it), and what
the analysis reads besides the text (analysis_inputs: the publication date, which an edit can
change).

The cache keeps every fact; facts on page furniture are skipped here, on the way out, for the CLI
and the reader alike, so flipping a line between story and furniture needs no new model run.
The page of each fact of a PDF is set on the way out too.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Generator, Iterable, Sequence
from pathlib import Path
from typing import Any

from parallax import nlp
from parallax.application.progress import run_to_end
from parallax.library import Library, open_library
from parallax.model import PAGE_FEED, Analysis, Article, Comparison, Mark, StoryMatrix
from parallax.nlp.models import expected_model


def analysis_inputs(article: Article) -> dict[str, Any]:
    """What the analysis of `article` depends on besides its text (fixed by its id): the
    publication date, against which "Monday", "yesterday" and "October 14" are resolved."""
    return {"published": article.published}


def analyses(db: Library, articles: Iterable[Article]) -> list[Analysis]:
    """The analysis of each article, in order; missing ones are computed and stored."""
    return run_to_end(analyse_with_progress(db, articles))


def analyse_with_progress(
    db: Library, articles: Iterable[Article]
) -> Generator[tuple[int, int], None, list[Analysis]]:
    """Yields (done, total) as articles are analysed, cancellable between yields; returns the
    analyses in order. What was analysed before a cancellation is not saved."""
    articles = list(articles)
    model = expected_model()
    inputs = {a.id: analysis_inputs(a) for a in articles}
    found = {
        a.id: db.cached_analysis(
            a.id, pipeline=nlp.PIPELINE_VERSION, model=model, inputs=inputs[a.id]
        )
        for a in articles
    }
    ready = {key: analysis for key, analysis in found.items() if analysis is not None}
    missing = [a for a in articles if a.id not in ready]
    total = len(missing)
    yield 0, total
    if missing:
        fresh = []
        for analysis in nlp.analyse_many(missing, pipeline=nlp.load_pipeline()):
            fresh.append(analysis)
            yield len(fresh), total
        db.save_analyses(fresh, pipeline=nlp.PIPELINE_VERSION, inputs=inputs)
        ready.update((analysis.article_id, analysis) for analysis in fresh)
    return [with_pages(skip_furniture(ready[a.id], a), a) for a in articles]


def skip_furniture(analysis: Analysis, article: Article) -> Analysis:
    """The analysis without the facts that touch the article's furniture (its sentences and
    their indices stay, so every fact keeps its provenance)."""
    if not article.furniture:
        return analysis
    facts = tuple(f for f in analysis.facts if not article.in_furniture(f.start, f.end))
    return dataclasses.replace(analysis, facts=facts)


def with_pages(analysis: Analysis, article: Article) -> Analysis:
    """The analysis with each fact's page set, for an article read from a PDF (the page comes
    from the stored text, so cached analyses need no new run)."""
    if article.page_at(0) is None:
        return analysis
    feeds = [i for i, char in enumerate(article.text) if char == PAGE_FEED]
    facts = tuple(
        dataclasses.replace(f, page=bisect.bisect_right(feeds, f.start) + 1) for f in analysis.facts
    )
    return dataclasses.replace(analysis, facts=facts)


def compare_articles(db: Library, a: Article, b: Article) -> Comparison:
    """Compare two library articles, analysing them first if the cache lacks them."""
    from parallax.compare.comparison import compare
    from parallax.compare.marks import with_marks

    a_analysis, b_analysis = analyses(db, [a, b])
    return with_marks(compare(a, b, a_analysis, b_analysis), db.marks(a, b))


def story_of(db: Library, name: str) -> StoryMatrix:
    """The fact x article matrix of every article of the story `name`."""
    from parallax.compare.story import story_matrix

    story = db.story(name)
    articles = db.articles(story=story.name)
    matrix = story_matrix(story.name, articles, analyses(db, articles))
    return dataclasses.replace(matrix, marks=marks_among(db, articles))


def marks_among(db: Library, articles: Sequence[Article]) -> tuple[Mark, ...]:
    """The review marks on pairs of `articles`, oldest first, as stored."""
    shas = {article.sha256 for article in articles}
    return tuple(m for m in db.marks() if m.a_sha256 in shas and m.b_sha256 in shas)


@dataclasses.dataclass(frozen=True, slots=True)
class ArticlesRead:
    """The first step of a comparison in the library: both articles, read before any analysis
    (the model may still be loading), so the reader can show their texts at once."""

    a: Article
    b: Article


def compare_in_library(
    library: Path | None, a_ref: str, b_ref: str
) -> Generator[ArticlesRead | tuple[int, int], None, Comparison]:
    """For a worker thread: open the library (its own connection), yield the two articles as
    `ArticlesRead` (a reader shows their texts at once), analyse what the cache lacks with
    progress, and return the comparison of articles `a_ref` and `b_ref`, review marks on."""
    with open_library(library) as db:
        a, b = db.get(a_ref), db.get(b_ref)
        yield ArticlesRead(a, b)
        from parallax.compare.comparison import compare  # after the texts: its imports take time
        from parallax.compare.marks import with_marks

        a_analysis, b_analysis = yield from analyse_with_progress(db, [a, b])
        marks = db.marks(a, b)
    return with_marks(compare(a, b, a_analysis, b_analysis), marks)


def story_in_library(
    library: Path | None, article_ids: Sequence[str] = (), *, story: str | None = None
) -> Generator[tuple[int, int], None, StoryMatrix]:
    """For a worker thread: the fact x article matrix of the articles `article_ids` (in that
    order), or of every article of `story` when no ids are given; analyses what the cache
    lacks with progress, on the library's own connection. The matrix carries the review marks
    on pairs of these articles."""
    with open_library(library) as db:
        if article_ids:
            articles = [db.get(ref) for ref in article_ids]
            name = story or ""
        else:
            name = db.story(story or "").name
            articles = db.articles(story=name)
        found = yield from analyse_with_progress(db, articles)
        marks = marks_among(db, articles)
    from parallax.compare.story import story_matrix  # after the texts: its imports take time

    return dataclasses.replace(story_matrix(name, articles, found), marks=marks)
