"""Article -> Analysis: sentences and facts (names, numbers, dates, quotes) with exact offsets.

The order of work for one article:
1. spaCy (`nlp.pipe`, texts cut into chunks of at most CHUNK_CHARS, fed in batches of at most
   BATCH_CHARS, runs too long to be words blanked: chunks.py) gives sentences and names; a text
   longer than errors.MAX_TEXT_CHARS is refused before any work (import refuses it too);
2. names are repaired (repairs.py, bylines.py), cut back where a number or date partly overlaps
   them, and resolved to canonical forms within the article (canonical.py);
3. the rule-based finders give numbers and dates; relative dates resolve against the article's
   `published` date (YYYY-MM-DD) and stay unresolved when it has none;
4. quotes are found in the whole text (quotes.py) and attributed (speakers.py);
5. a fact that crosses a sentence boundary is dropped, except a quote, which may hold several
   sentences and belongs to the one it starts in; overlaps are settled (overlaps.py);
6. facts get ids "f1", "f2", ... in text order (start, then longer first).

Invariants (tested with hypothesis): `text[fact.start:fact.end] == fact.text`; each fact but a
quote lies inside its sentence; no two facts of one kind overlap, nor any two non-quote facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from parallax import errors
from parallax.model import Analysis, Article, Fact
from parallax.nlp.candidates import Candidate
from parallax.nlp.canonical import Name, resolve_names
from parallax.nlp.chunks import CHUNK_CHARS, batches, chunk_bounds, model_text
from parallax.nlp.entities import name_spans
from parallax.nlp.overlaps import fit_names, longest_first, resolve
from parallax.nlp.pipeline import Pipeline, load_pipeline
from parallax.nlp.quotes import Quote, find_quotes
from parallax.nlp.sentences import SentenceIndex, sentence_spans, sentences_of
from parallax.nlp.speakers import Speakers
from parallax.nlp.values import published_date, value_candidates
from parallax.nlp.workers import parallel_analyses, worker_count


@dataclass(slots=True)
class _Parsed:
    """What spaCy found in one article, in article offsets."""

    sentences: list[tuple[int, int]]
    entities: list[tuple[int, int, str]]


def analyse(article: Article, *, pipeline: Pipeline | None = None) -> Analysis:
    """Sentences and facts of one article."""
    return next(analyse_many([article], pipeline=pipeline))


def analyse_many(
    articles: Iterable[Article],
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Analysis]:
    """One Analysis per article, in order, as each is done: callers can show progress and stop
    between yields (closing the generator stops the work). spaCy runs in batches of
    `batch_size` (`nlp.pipe`). With `n_process` > 1 (-1: one per CPU), worker processes analyse
    batches of `batch_size` articles each; smaller batches (8) balance the workers better."""
    pipeline = pipeline or load_pipeline()
    workers = worker_count(n_process)
    if workers == 1:
        yield from analyse_stream(articles, pipeline, batch_size)
    else:
        yield from parallel_analyses(
            articles, pipeline, analyse_stream, batch_size=batch_size, n_process=workers
        )


def analyse_stream(
    articles: Iterable[Article], pipeline: Pipeline, batch_size: int
) -> Iterator[Analysis]:
    """The single-process `analyse_many`: articles cut into chunks, through `nlp.pipe`."""
    limit = min(pipeline.nlp.max_length, CHUNK_CHARS)
    waiting: dict[int, Article] = {}
    pieces = _pieces(articles, waiting, limit)
    parsed = _Parsed([], [])
    for doc, (number, offset, last) in _docs(pipeline, pieces, batch_size):
        _add(parsed, doc, offset)
        if last:
            yield build_analysis(waiting.pop(number), parsed, pipeline)
            parsed = _Parsed([], [])


def _docs(pipeline: Pipeline, pieces: Iterator, batch_size: int) -> Iterator:
    """(doc, context) for each (text, context) piece, parsed in batches of bounded length."""
    for batch in batches(pieces, size=batch_size):
        texts = [model_text(text) for text, _ in batch]
        docs = pipeline.nlp.pipe(texts, batch_size=len(batch))
        yield from zip(docs, (context for _, context in batch), strict=True)


def _pieces(articles: Iterable[Article], waiting: dict[int, Article], limit: int) -> Iterator:
    """(chunk text, (article number, chunk offset, is last chunk)) for every article."""
    for number, article in enumerate(articles):
        if len(article.text) > errors.MAX_TEXT_CHARS:
            raise errors.too_long_to_analyse(article.title or article.id, len(article.text))
        waiting[number] = article
        bounds = chunk_bounds(article.text, limit=limit)
        for i, (start, end) in enumerate(bounds):
            yield article.text[start:end], (number, start, i == len(bounds) - 1)


def _add(parsed: _Parsed, doc: Doc, offset: int) -> None:
    parsed.sentences.extend((s.start_char + offset, s.end_char + offset) for s in doc.sents)
    parsed.entities.extend((e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents)


def build_analysis(article: Article, parsed: _Parsed, pipeline: Pipeline) -> Analysis:
    """The Analysis of `article` from what spaCy found in it."""
    text = article.text
    sentences = sentences_of(sentence_spans(text, parsed.sentences))
    values = value_candidates(text, published=published_date(article.published))
    names = resolve_names(text, fit_names(text, name_spans(text, parsed.entities), values))
    quotes = longest_first(find_quotes(text))
    speakers = Speakers(text, sentences, names).speakers(quotes)
    candidates = [_name_candidate(name, pipeline) for name in names]
    candidates += values + [_quote_candidate(q, s) for q, s in zip(quotes, speakers, strict=True)]
    return Analysis(article.id, pipeline.info, sentences, _facts(text, sentences, candidates))


def _name_candidate(name: Name, pipeline: Pipeline) -> Candidate:
    method = pipeline.method if name.source == "ner" else "rules"  # rules, or a title hint
    return Candidate(
        name.start, name.end, name.kind, name.canonical, canonical=name.canonical, method=method
    )


def _quote_candidate(quote: Quote, speaker: str | None) -> Candidate:
    return Candidate(quote.start, quote.end, "quote", quote.value, speaker=speaker, method="quotes")


def _facts(text: str, sentences: Sequence, candidates: list[Candidate]) -> tuple[Fact, ...]:
    """Facts with ids in text order: in one sentence (quotes: starting in one), no overlaps."""
    index = SentenceIndex(sentences)
    placed = {}  # id(candidate) -> sentence index
    for candidate in candidates:
        sentence = _sentence_of(index, candidate)
        if sentence is not None:
            placed[id(candidate)] = sentence.index
    kept = resolve([c for c in candidates if id(c) in placed])
    return tuple(
        _fact(f"f{n}", text, candidate, placed[id(candidate)])
        for n, candidate in enumerate(kept, start=1)
    )


def _sentence_of(index: SentenceIndex, candidate: Candidate):
    if candidate.kind == "quote":
        return index.containing(candidate.start)
    return index.holding(candidate.start, candidate.end)


def _fact(fact_id: str, text: str, c: Candidate, sentence: int) -> Fact:
    return Fact(
        id=fact_id,
        kind=c.kind,
        text=text[c.start : c.end],
        start=c.start,
        end=c.end,
        sentence=sentence,
        value=c.value,
        unit=c.unit,
        qualifier=c.qualifier,
        canonical=c.canonical,
        speaker=c.speaker,
        method=c.method,
    )
