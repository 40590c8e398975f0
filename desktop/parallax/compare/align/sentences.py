"""Sentence alignment: which sentences of A and B report the same thing (1:1, 1:2 or 2:1).

Works for revisions of one article (identical sentences pair first, edited ones by score, and
a pair out of order with the longest in-order chain is "moved", not deleted and re-inserted)
and for two outlets' reports of one event (pairs by rarity-weighted shared words, names,
numbers and dates; see similarity.py). Sentences no pair covers are unique to their side.

Two bars: a pair scoring at least `threshold` (DEFAULT_THRESHOLD is the paraphrase threshold
calibrated on MSRP train: "these two say the same") is always made. Within one story a
weaker pair, down to `floor` (STORY_FLOOR by default), is made too when both sentences are
still free and it keeps the order of the pairs around it, or the two are each other's best
match: that is how "killed 65 people" and "at least 72 people have died" end up side by side,
which is what a reader must see.
STORY_FLOOR sits above the scores of sentences from unrelated stories (99.9th percentile 0.12
over 1,000 random MSRP cross pairs, bench/align.py) and below those of sentences that share
one slot of the story (0.14-0.35 in resources/samples).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from parallax.compare.align.pairs import Pair, identical_pairs, in_order, scored_pairs
from parallax.compare.align.similarity import PARAPHRASE_THRESHOLD, is_rare
from parallax.compare.align.terms import Profile, profile, with_facts
from parallax.compare.align.variants import respelt, spelling_variants
from parallax.model import Alignment, Fact, Sentence
from parallax.text.tokens import TokenizedText

DEFAULT_THRESHOLD = PARAPHRASE_THRESHOLD
STORY_FLOOR = 0.15


def align_sentences(
    a_text: str,
    a_sentences: Sequence[Sentence],
    b_text: str,
    b_sentences: Sequence[Sentence],
    *,
    a_facts: Sequence[Fact] = (),
    b_facts: Sequence[Fact] = (),
    threshold: float = DEFAULT_THRESHOLD,
    floor: float | None = None,
    seen: dict[str, Profile] | None = None,
    a_tokens: TokenizedText | None = None,
    b_tokens: TokenizedText | None = None,
) -> tuple[Alignment, ...]:
    """The pairs of sentence indices that report the same thing, sorted by their first A index.

    Facts (offsets into the article texts, `fact.sentence` the index of their sentence) add
    shared canonical names, numeric values and resolved dates as evidence. `floor` (default
    min(STORY_FLOOR, threshold)) is the bar for pairs that keep the order; pass `threshold`
    to make every pair meet the paraphrase bar. `seen` keeps the sentences read, by their text,
    for the next call (a story aligns each article with every other). `a_tokens`/`b_tokens`:
    the texts tokenized once by the caller, read instead of tokenizing each sentence again."""
    seen = {} if seen is None else seen  # a revision repeats most sentences: read each once
    a = _profiles(a_text, a_tokens, a_sentences, a_facts, seen)
    b = _profiles(b_text, b_tokens, b_sentences, b_facts, seen)
    b = respelt(b, spelling_variants(a, b, is_rare=is_rare))
    floor = min(STORY_FLOOR, threshold) if floor is None else min(floor, threshold)
    pairs = scored_pairs(a, b, identical_pairs(a, b), threshold=threshold, floor=floor)
    return _alignments(pairs, a, b, a_sentences, b_sentences)


def _profiles(
    text: str,
    tokens: TokenizedText | None,
    sentences: Sequence[Sentence],
    facts,
    seen: dict[str, Profile],
):
    """Each sentence's profile; a sentence written alike before is read once (a revision
    repeats most), from `tokens` when the caller tokenized the text, else tokenized alone."""
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_sentence[fact.sentence].append(fact)
    profiles = []
    for sentence in sentences:
        piece = text[sentence.start : sentence.end]
        base = seen.get(piece)
        if base is None:
            words = None if tokens is None else tokens.between(sentence.start, sentence.end)
            base = seen[piece] = profile(piece, tokens=words)
        profiles.append(with_facts(base, by_sentence.get(sentence.index, ())))
    return profiles


def _alignments(pairs, a, b, a_sentences, b_sentences) -> tuple[Alignment, ...]:
    kept = {id(pair) for pair in in_order(pairs)}
    alignments = [
        Alignment(
            a=tuple(a_sentences[i].index for i in pair.a),
            b=tuple(b_sentences[j].index for j in pair.b),
            score=min(1.0, max(0.0, pair.score)),
            kind=_kind(pair, a, b, moved=id(pair) not in kept),
        )
        for pair in pairs
    ]
    return tuple(sorted(alignments, key=lambda pair: (pair.a[0], pair.b[0])))


def _kind(pair: Pair, a: Sequence[Profile], b: Sequence[Profile], *, moved: bool) -> str:
    if moved:
        return "moved"
    a_norms = [norm for i in pair.a for norm in a[i].norms]
    b_norms = [norm for j in pair.b for norm in b[j].norms]
    return "same" if a_norms == b_norms else "changed"
