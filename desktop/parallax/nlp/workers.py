"""Analysing articles in worker processes, in order, and cancellable between articles.

Not spaCy's own `nlp.pipe(n_process=...)`: closing that generator early hangs on Linux (its
workers inherit the read ends of each other's result pipes, so a worker blocked on a full pipe
never sees it closed, and spaCy 3.8 joins them), and it runs only spaCy in the workers, leaving
the finders and rules to the parent. Here each worker runs the whole single-process analysis
on a batch of articles; the parent keeps a few batches in flight and yields results in order.
Closing the generator cancels the batches not started and returns at once.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from parallax.model import Analysis, Article

Stream = Callable[..., Iterator[Analysis]]  # (articles, pipeline, batch_size) -> analyses

_worker: dict = {}  # in each worker process: the pipeline and the single-process stream


def _start(pipeline, stream: Stream) -> None:
    _worker.update(pipeline=pipeline, stream=stream)


def _analyse_batch(articles: list[Article], batch_size: int) -> list[Analysis]:
    return list(_worker["stream"](articles, _worker["pipeline"], batch_size))


def worker_count(n_process: int) -> int:
    """`n_process`, with -1 (or any number below 1) meaning one per CPU, as in spaCy."""
    return n_process if n_process >= 1 else os.cpu_count() or 1


def parallel_analyses(
    articles: Iterable[Article], pipeline, stream: Stream, *, batch_size: int, n_process: int
) -> Iterator[Analysis]:
    """`stream`'s analyses of `articles`, computed by `n_process` worker processes."""
    batches = _batches(articles, batch_size)
    pool = ProcessPoolExecutor(n_process, initializer=_start, initargs=(pipeline, stream))
    pending: deque[Future[list[Analysis]]] = deque()
    finished = False
    try:
        _fill(pool, pending, batches, batch_size, limit=2 * n_process)
        while pending:
            yield from pending.popleft().result()
            _fill(pool, pending, batches, batch_size, limit=2 * n_process)
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=True)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _fill(pool, pending: deque, batches: Iterator[list[Article]], batch_size: int, limit: int):
    """Submit batches until `limit` are in flight or there are no more."""
    while len(pending) < limit:
        batch = next(batches, None)
        if batch is None:
            return
        pending.append(pool.submit(_analyse_batch, batch, batch_size))
