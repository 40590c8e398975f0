"""Sentence alignment of two revisions of one article: edits, insertions, deletions, moves,
splits and merges. The story was written for this project."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from parallax.compare.align.sentences import DEFAULT_THRESHOLD, align_sentences
from parallax.model import Alignment, Sentence

STORY = [
    "The city council approved a $2.1 billion budget on Monday after a six-hour debate.",
    "Mayor Lena Ortiz said the plan would add 40 bus routes and hire 300 teachers.",
    "Property taxes will rise by 3 percent next year, the first increase since 2016.",
    'Council member Raj Patel voted against the budget, calling it "a promise we cannot keep".',
    "The budget takes effect on July 1.",
    "The Taxpayers Alliance said it would challenge the tax increase in court.",
]


def laid_out(sentences: Sequence[str]) -> tuple[str, list[Sentence]]:
    """One text of `sentences` in paragraphs, and their spans."""
    spans, start = [], 0
    for index, sentence in enumerate(sentences):
        spans.append(Sentence(index, start, start + len(sentence)))
        start += len(sentence) + 2
    return "\n\n".join(sentences), spans


def align(a: Sequence[str], b: Sequence[str], **options) -> tuple[Alignment, ...]:
    (a_text, a_spans), (b_text, b_spans) = laid_out(a), laid_out(b)
    return align_sentences(a_text, a_spans, b_text, b_spans, **options)


def shape(alignment: Sequence[Alignment]) -> list[tuple[tuple[int, ...], tuple[int, ...], str]]:
    return [(pair.a, pair.b, pair.kind) for pair in alignment]


def test_identical_revisions_pair_every_sentence_as_same() -> None:
    alignment = align(STORY, STORY)
    assert shape(alignment) == [((i,), (i,), "same") for i in range(len(STORY))]
    assert all(pair.score == 1.0 for pair in alignment)


def test_an_edited_sentence_pairs_as_changed() -> None:
    b = list(STORY)
    b[2] = "Property taxes will rise by 4 percent next year, the first increase since 2015."
    alignment = align(STORY, b)
    assert shape(alignment)[2] == ((2,), (2,), "changed")
    assert DEFAULT_THRESHOLD < alignment[2].score < 1.0
    assert [pair.kind for pair in alignment].count("same") == len(STORY) - 1


def test_an_inserted_sentence_is_unique_to_b() -> None:
    b = [*STORY[:2], "Ortiz, a former teacher, took office in January.", *STORY[2:]]
    alignment = align(STORY, b)
    assert shape(alignment) == [((i,), (i if i < 2 else i + 1,), "same") for i in range(len(STORY))]


def test_a_deleted_sentence_is_unique_to_a() -> None:
    b = [s for i, s in enumerate(STORY) if i != 3]
    alignment = align(STORY, b)
    assert [pair.a for pair in alignment] == [(0,), (1,), (2,), (4,), (5,)]
    assert all(pair.kind == "same" for pair in alignment)


def test_a_moved_sentence_is_a_move_not_a_delete_and_insert() -> None:
    b = [STORY[0], STORY[5], *STORY[1:5]]
    alignment = align(STORY, b)
    assert shape(alignment) == [
        ((0,), (0,), "same"),
        ((1,), (2,), "same"),
        ((2,), (3,), "same"),
        ((3,), (4,), "same"),
        ((4,), (5,), "same"),
        ((5,), (1,), "moved"),
    ]


def test_a_moved_and_edited_sentence_stays_moved() -> None:
    edited = "The Taxpayers Alliance said it would challenge the increase in federal court."
    b = [STORY[0], edited, *STORY[1:5]]
    moved = align(STORY, b)[-1]
    assert (moved.a, moved.b, moved.kind) == ((5,), (1,), "moved")
    assert moved.score < 1.0


def test_a_split_sentence_pairs_one_with_two() -> None:
    b = [
        STORY[0],
        "Mayor Lena Ortiz said the plan would add 40 bus routes.",
        "It would also hire 300 teachers, she said.",
        *STORY[2:],
    ]
    alignment = align(STORY, b)
    assert shape(alignment)[1] == ((1,), (1, 2), "changed")
    assert [pair.b for pair in alignment[2:]] == [(3,), (4,), (5,), (6,)]


def test_merged_sentences_pair_two_with_one() -> None:
    merged = (
        "The budget takes effect on July 1, and the Taxpayers Alliance said it would "
        "challenge the tax increase in court."
    )
    alignment = align(STORY, [*STORY[:4], merged])
    assert shape(alignment)[-1] == ((4, 5), (4,), "changed")


def test_a_clause_moved_between_sentences_keeps_the_simpler_pairs() -> None:
    b = list(STORY)
    b[4] = "The budget, which Patel opposed, takes effect on July 1."
    assert [(pair.a, pair.b) for pair in align(STORY, b)] == [((i,), (i,)) for i in range(6)]


def test_unrelated_sentences_stay_unpaired() -> None:
    sport = [
        "The striker scored twice as United beat City 3-1 in the derby on Saturday.",
        "The win lifts United to fourth place, two points behind the leaders.",
        "City's manager said his side had been careless in defence.",
    ]
    assert align(STORY, sport) == ()


def test_empty_inputs_give_no_pairs() -> None:
    assert align([], []) == ()
    assert align(STORY, []) == ()
    assert align([], STORY) == ()


def test_equal_candidates_go_to_the_one_that_keeps_the_order() -> None:
    edited = "The city council passed a $2.1 billion budget on Monday after a six-hour debate."
    b = [edited, *STORY[1:5], edited]
    alignment = align(STORY, b)
    assert (alignment[0].a, alignment[0].b) == ((0,), (0,))
    assert all(pair.b != (5,) for pair in alignment)


def test_a_strict_threshold_and_floor_leave_only_identical_sentences() -> None:
    b = list(STORY)
    b[2] = "Property taxes will rise by 4 percent next year, the first increase since 2015."
    alignment = align(STORY, b, threshold=0.99, floor=0.99)
    assert [pair.a for pair in alignment] == [(0,), (1,), (3,), (4,), (5,)]


def test_sentence_indices_are_reported_not_positions() -> None:
    text = "\n\n".join(STORY)
    starts = [text.index(s) for s in STORY]
    a = [
        Sentence(10 + i, start, start + len(s))
        for i, (s, start) in enumerate(zip(STORY, starts, strict=True))
    ]
    b = [
        Sentence(i, start, start + len(s))
        for i, (s, start) in enumerate(zip(STORY, starts, strict=True))
    ]
    alignment = align_sentences(text, a, text, b)
    assert [(pair.a, pair.b) for pair in alignment] == [((10 + i,), (i,)) for i in range(6)]


@pytest.mark.parametrize("repeat", [2, 3])
def test_repeated_sentences_pair_in_order(repeat: int) -> None:
    line = "Officials gave no further details."
    a = [STORY[0], line, STORY[1], line] * repeat
    alignment = align(a, a)
    assert [(pair.a, pair.b, pair.kind) for pair in alignment] == [
        ((i,), (i,), "same") for i in range(len(a))
    ]
