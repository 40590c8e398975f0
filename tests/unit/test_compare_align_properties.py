"""Properties of `align_sentences` on any pair of texts: every sentence in at most one pair,
pairs 1:1, 1:2 or 2:1 of neighbours, scores in [0, 1], sorted by A, a text with itself all
"same", and a moved pair exactly where the pairs leave the order."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from test_compare_align import STORY, align
from test_compare_align_outlets import RIVAL, WIRE

from parallax.compare.align.pairs import Pair, in_order
from parallax.model import Alignment
from parallax.text.tokens import tokenize

WORDS = ["floods", "killed", "65", "people", "Reyes", "said", "not", "the", "on", "Tuesday",
         "1,500", "soldiers", "aid", "council", "budget", "—", ",", '"']  # fmt: skip
sentence = st.one_of(
    st.sampled_from(STORY + WIRE + RIVAL),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join),
    st.text(min_size=1, max_size=60).map(str.strip).filter(bool),
)
texts = st.lists(sentence, max_size=12)


@st.composite
def revisions(draw) -> tuple[list[str], list[str]]:
    """A text and an edit of it: sentences dropped, inserted, moved, reworded or split."""
    a = draw(texts)
    b = list(a)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["drop", "insert", "move", "reword", "split"]))
        if action == "insert" or not b:
            b.insert(draw(st.integers(0, len(b))), draw(sentence))
            continue
        k = draw(st.integers(0, len(b) - 1))
        if action == "drop":
            del b[k]
        elif action == "move":
            b.insert(draw(st.integers(0, len(b) - 1)), b.pop(k))
        elif action == "reword":
            b[k] = b[k].replace("the", "a").replace("said", "stated") + " Officials agreed."
        elif " " in b[k].strip():
            head, tail = b[k].split(" ", 1)
            b[k : k + 1] = [head, tail] if head.strip() and tail.strip() else [b[k]]
    return a, b


def check(alignment: tuple[Alignment, ...], a: list[str], b: list[str]) -> None:
    a_seen = [i for pair in alignment for i in pair.a]
    b_seen = [j for pair in alignment for j in pair.b]
    assert len(a_seen) == len(set(a_seen)) and set(a_seen) <= set(range(len(a)))
    assert len(b_seen) == len(set(b_seen)) and set(b_seen) <= set(range(len(b)))
    for pair in alignment:
        assert sorted((len(pair.a), len(pair.b))) in ([1, 1], [1, 2])
        assert all(y == x + 1 for x, y in itertools.pairwise(pair.a))
        assert all(y == x + 1 for x, y in itertools.pairwise(pair.b))
        assert 0.0 <= pair.score <= 1.0
        assert pair.kind in ("same", "changed", "moved")
    assert [pair.a[0] for pair in alignment] == sorted(pair.a[0] for pair in alignment)


def norms(sentences: list[str], indices: tuple[int, ...]) -> list[str]:
    return [token.norm for i in indices for token in tokenize(sentences[i])]


def check_kinds(alignment: tuple[Alignment, ...], a: list[str], b: list[str]) -> None:
    """ "moved" exactly off the longest in-order chain; else "same" iff the words are equal."""
    pairs = [Pair(p.a, p.b, p.score) for p in alignment]
    chain = {(p.a, p.b) for p in in_order(pairs)}
    for pair in alignment:
        if (pair.a, pair.b) not in chain:
            assert pair.kind == "moved"
        else:
            same = norms(a, pair.a) == norms(b, pair.b)
            assert pair.kind == ("same" if same else "changed")


@settings(max_examples=60, deadline=None)
@given(texts, texts)
def test_any_two_texts_align_into_well_formed_pairs(a: list[str], b: list[str]) -> None:
    alignment = align(a, b)
    check(alignment, a, b)
    check_kinds(alignment, a, b)


@settings(max_examples=60, deadline=None)
@given(revisions())
def test_revisions_align_into_well_formed_pairs(texts_ab: tuple[list[str], list[str]]) -> None:
    a, b = texts_ab
    alignment = align(a, b)
    check(alignment, a, b)
    check_kinds(alignment, a, b)


@settings(max_examples=40, deadline=None)
@given(texts)
def test_a_text_aligned_with_itself_is_all_same(a: list[str]) -> None:
    alignment = align(a, a)
    assert [(p.a, p.b, p.kind, p.score) for p in alignment] == [
        ((i,), (i,), "same", 1.0) for i in range(len(a))
    ]
