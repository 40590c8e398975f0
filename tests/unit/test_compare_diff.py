"""Word changes inside aligned pairs: what is found, where, and that the diff is minimal."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.compare.diff import changes as diff_module
from parallax.compare.diff.changes import common_ends, diff_tokens, word_changes
from parallax.model import CHANGE_CATEGORIES, Alignment, Change, Fact, Sentence
from parallax.text.tokens import tokenize

from support import ALIGNMENT, REVISION_1, REVISION_2


def sentences_of(*parts: str) -> tuple[str, list[Sentence]]:
    """The parts joined by one space, and their sentence spans."""
    text, spans = "", []
    for index, part in enumerate(parts):
        text += " " if text else ""
        spans.append(Sentence(index, len(text), len(text) + len(part)))
        text += part
    return text, spans


def changes_of(a: str, b: str, **facts) -> list[tuple[str, str, str, str]]:
    """(op, A words, B words, category) of one aligned sentence pair."""
    pair = [Alignment((0,), (0,), 0.8, "changed")]
    found = word_changes(a, b, pair, [Sentence(0, 0, len(a))], [Sentence(0, 0, len(b))], **facts)
    return [(c.op, a[c.a_start : c.a_end], b[c.b_start : c.b_end], c.category) for c in found]


def fact(text: str, surface: str, kind: str, **fields) -> Fact:
    start = text.index(surface)
    return Fact(f"f{start}", kind, surface, start, start + len(surface), 0, **fields)


# One sentence pair, no facts: the word lists decide -------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "It was Austin's fourth visit to Kyiv since the war began.",
            "It was Austin's third visit to Kyiv since the war began.",
            [("replace", "fourth", "third", "number")],
        ),
        (
            "The package includes $400 million in new military aid.",
            "The package includes $425 million in new military aid.",
            [("replace", "400", "425", "number")],
        ),
        (
            "The regional governor said 65 people were killed in the strike.",
            "The regional governor said at least 72 people were killed in the strike.",
            [("replace", "65", "at least 72", "hedge")],
        ),
        (
            "Austin arrived in Kyiv on Monday for talks with Ukrainian leaders.",
            "Austin arrived in Kyiv on Tuesday for talks with Ukrainian leaders.",
            [("replace", "Monday", "Tuesday", "date")],
        ),
        (
            "The statement was signed by Mayor Tomas Reyes on behalf of the city.",
            "The statement was signed by Mayor Tomas Ruiz on behalf of the city.",
            [("replace", "Reyes", "Ruiz", "entity")],
        ),
        (
            '"We will not leave our homes," one resident told the agency.',
            '"We will never abandon our homes," one resident told the agency.',
            [("replace", "not leave", "never abandon", "quote")],
        ),
        (
            "Talks in Geneva collapsed after midnight, diplomats said.",
            "Negotiations in Geneva broke down after midnight, diplomats said.",
            [
                ("replace", "Talks", "Negotiations", "wording"),
                ("replace", "collapsed", "broke down", "wording"),
            ],
        ),
    ],
)
def test_one_kind_of_change_per_pair(a: str, b: str, expected: list) -> None:
    assert changes_of(a, b) == expected


def test_style_only_changes_are_marked_not_hidden() -> None:
    a = "“We will not leave,” the U.S. envoy said on Tuesday, before the vote."
    b = '"We will not leave," the US envoy said on tuesday before the vote.'
    assert changes_of(a, b) == [
        ("replace", "“", '"', "style"),
        ("replace", "”", '"', "style"),
        ("replace", "U.S.", "US", "style"),
        ("replace", "Tuesday,", "tuesday", "style"),  # adjacent edits are one change
    ]


def test_apostrophe_style_and_a_comma_added() -> None:
    a = "Officials don’t expect a deal this week and talks resume Friday."
    b = "Officials don't expect a deal this week, and talks resume Friday."
    assert changes_of(a, b) == [
        ("replace", "don’t", "don't", "style"),
        ("insert", "", ",", "style"),
    ]


def test_hedge_added_before_an_unchanged_number_is_an_insert_at_the_number() -> None:
    a = "The governor said 65 people died."
    b = "The governor said at least 65 people died."
    [change] = word_changes(
        a,
        b,
        [Alignment((0,), (0,), 0.9, "changed")],
        [Sentence(0, 0, len(a))],
        [Sentence(0, 0, 42)],
    )
    assert (change.op, change.a_start, change.a_end) == ("insert", a.index("65"), a.index("65"))
    assert b[change.b_start : change.b_end] == "at least"
    assert change.category == "hedge"


def test_facts_decide_where_given() -> None:
    a = "Brig. Gen. Pat Ryder told reporters the aid package was approved."
    b = "Brig. Gen. Pat Rider told reporters the aid package was approved."
    facts = {
        "a_facts": [fact(a, "Pat Ryder", "person")],
        "b_facts": [fact(b, "Pat Rider", "person")],
    }
    assert changes_of(a, b, **facts) == [("replace", "Ryder", "Rider", "entity")]


def test_a_number_inside_a_quote_is_quote_drift() -> None:
    a = 'She said: "We lost 40 homes in one night."'
    b = 'She said: "We lost 45 homes in one night."'
    facts = {
        "a_facts": [fact(a, "We lost 40 homes in one night", "quote"), fact(a, "40", "number")],
        "b_facts": [fact(b, "We lost 45 homes in one night", "quote"), fact(b, "45", "number")],
    }
    assert changes_of(a, b, **facts) == [("replace", "40", "45", "quote")]


# A revision pair with a hand-built alignment ---------------------------------------------------


def revision_changes() -> tuple[str, list[Sentence], str, list[Sentence], tuple[Change, ...]]:
    a_text, a_sentences = sentences_of(*REVISION_1)
    b_text, b_sentences = sentences_of(*REVISION_2)
    changes = word_changes(a_text, b_text, ALIGNMENT, a_sentences, b_sentences)
    return a_text, a_sentences, b_text, b_sentences, changes


def test_revision_pair_changes_by_pair() -> None:
    a_text, _, b_text, _, changes = revision_changes()
    found = [
        (c.pair, a_text[c.a_start : c.a_end], b_text[c.b_start : c.b_end], c.category)
        for c in changes
    ]
    assert found == [
        (0, "Monday", "Tuesday", "date"),
        (0, "fourth", "third", "number"),
        (1, "400", "425", "number"),
        (1, ", officials said", "", "wording"),
        (2, "65", "at least 72", "hedge"),
        (3, "Reyes", "Ruiz", "entity"),
    ]


def test_revision_pair_offsets_lie_inside_their_pairs() -> None:
    _, a_sentences, _, b_sentences, changes = revision_changes()
    for change in changes:
        pair = ALIGNMENT[change.pair]
        a_span = a_sentences[pair.a[0]].start, a_sentences[pair.a[-1]].end
        b_span = b_sentences[pair.b[0]].start, b_sentences[pair.b[-1]].end
        assert a_span[0] <= change.a_start <= change.a_end <= a_span[1]
        assert b_span[0] <= change.b_start <= change.b_end <= b_span[1]
    assert list(changes) == sorted(changes, key=lambda c: (c.pair, c.a_start))


def test_two_sentences_paired_with_one_are_diffed_as_one_span() -> None:
    a_text, a_sentences = sentences_of(
        "The port reopened on Friday.", "Ships resumed loading grain."
    )
    b_text, b_sentences = sentences_of(
        "The port reopened on Friday and ships resumed loading grain."
    )
    pair = [Alignment((0, 1), (0,), 0.8, "changed")]
    changes = word_changes(a_text, b_text, pair, a_sentences, b_sentences)
    assert [(a_text[c.a_start : c.a_end], b_text[c.b_start : c.b_end]) for c in changes] == [
        (". Ships", "and ships")
    ]


def test_identical_pairs_and_unpaired_sentences_give_no_changes() -> None:
    a_text, a_sentences = sentences_of("Nothing changed here.", "Only in A.")
    b_text, b_sentences = sentences_of("Nothing changed here.", "Only in B.")
    pair = [Alignment((0,), (0,), 1.0, "same")]
    assert word_changes(a_text, b_text, pair, a_sentences, b_sentences) == ()


# Properties ------------------------------------------------------------------------------------
WORDS = st.sampled_from(["the", "The", "aid", "65", "said", ",", "Kyiv", "“", '"', "at", "least"])
NORMAL_WORDS = st.sampled_from(["the", "aid", "65", "said", ",", "kyiv", '"', "at", "least"])


def brute_force_lcs(a: list[str], b: list[str]) -> int:
    """The longest subsequence of `a` that is also one of `b`, by trying every subsequence."""
    for size in range(len(a), 0, -1):
        for picked in itertools.combinations(a, size):
            if _is_subsequence(picked, b):
                return size
    return 0


def _is_subsequence(small: tuple[str, ...], big: list[str]) -> bool:
    rest = iter(big)
    return all(item in rest for item in small)


def diff_words(a_words: list[str], b_words: list[str]) -> list[tuple[str, int, int, int, int]]:
    a_text, b_text = " ".join(a_words), " ".join(b_words)
    return diff_tokens(a_text, tokenize(a_text), b_text, tokenize(b_text))


@settings(max_examples=300, deadline=None)
@given(st.lists(NORMAL_WORDS, max_size=9), st.lists(NORMAL_WORDS, max_size=9))
def test_diff_is_minimal(a_words: list[str], b_words: list[str]) -> None:
    """Minimal over normalised tokens (written here as their normal form, so nothing is style)."""
    opcodes = diff_words(a_words, b_words)
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    assert kept == brute_force_lcs(a_words, b_words)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=9), st.lists(WORDS, max_size=9))
def test_opcodes_cover_both_lists_and_never_touch(a_words: list[str], b_words: list[str]) -> None:
    assert_valid(diff_words(a_words, b_words), a_words, b_words)


def assert_valid(opcodes: list, a_words: list[str], b_words: list[str]) -> None:
    """Opcodes run over both lists in order, equal means equal, changes never touch."""
    rebuilt, i_at, j_at = [], 0, 0
    for (tag, i1, i2, j1, j2), following in itertools.zip_longest(opcodes, opcodes[1:]):
        assert (i1, j1) == (i_at, j_at)
        assert tag != "equal" or a_words[i1:i2] == b_words[j1:j2]
        assert tag == "equal" or following is None or following[0] == "equal"
        rebuilt += b_words[j1:j2]
        i_at, j_at = i2, j2
    assert (i_at, j_at) == (len(a_words), len(b_words))
    assert rebuilt == b_words


def test_a_case_change_does_not_derail_the_alignment() -> None:
    """Tokens are matched by normal form first, so "The"/"the" pair up and show as style."""
    assert diff_words(["The", "aid", "said"], ["the", "aid", "said"]) == [
        ("replace", 0, 1, 0, 1),
        ("equal", 1, 3, 1, 3),
    ]


def test_difflib_fallback_gives_a_valid_diff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff_module, "Indel", None)
    a = ["Officials", "said", "65", "people", "were", "killed", "."]
    b = ["Officials", "said", "at", "least", "72", "people", "died", "."]
    opcodes = diff_words(a, b)
    assert_valid(opcodes, a, b)
    assert opcodes[:2] == [("equal", 0, 2, 0, 2), ("replace", 2, 3, 2, 5)]


@settings(max_examples=300, deadline=None)
@given(st.lists(NORMAL_WORDS, max_size=9), st.lists(NORMAL_WORDS, max_size=9))
def test_skipping_common_ends_keeps_the_diff_minimal(
    a_words: list[str], b_words: list[str]
) -> None:
    a_text, b_text = " ".join(["lead", *a_words, "end"]), " ".join(["lead", *b_words, "end"])
    span_a, span_b = Sentence(0, 0, len(a_text)), Sentence(0, 0, len(b_text))
    pair = [Alignment((0,), (0,), 0.5, "changed")]
    changes = word_changes(a_text, b_text, pair, [span_a], [span_b])
    changed = sum(len(tokenize(a_text, c.a_start, c.a_end)) for c in changes)
    assert len(tokenize(a_text)) - changed == brute_force_lcs(a_words, b_words) + 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.", max_size=12), st.text(alphabet="ab ,.", max_size=12))
def test_common_ends_cut_between_tokens(x: str, y: str) -> None:
    head, tail = common_ends(x, y)
    assert head + tail <= min(len(x), len(y))
    assert x[:head] == y[:head]
    assert x[len(x) - tail :] == y[len(y) - tail :]
    assert head == 0 or x[head - 1] == " "
    assert tail == 0 or x[len(x) - tail] == " "


@st.composite
def edited_sentences(draw: st.DrawFn) -> tuple[str, str]:
    a = draw(st.lists(WORDS, min_size=1, max_size=12))
    b = draw(st.lists(st.one_of(WORDS, st.sampled_from(a)), min_size=1, max_size=12))
    return " ".join(a), " ".join(b)


@settings(max_examples=200, deadline=None)
@given(edited_sentences(), st.sampled_from(["", "Lead. ", "A  b\n"]))
def test_changes_rebuild_b_from_a(pair: tuple[str, str], prefix: str) -> None:
    """Replacing each change's A words by its B words turns A's tokens into B's."""
    a_text, b_text = prefix + pair[0], prefix + pair[1]
    a_span, b_span = Sentence(0, len(prefix), len(a_text)), Sentence(0, len(prefix), len(b_text))
    changes = word_changes(
        a_text, b_text, [Alignment((0,), (0,), 0.5, "changed")], [a_span], [b_span]
    )
    rebuilt, at = [], a_span.start
    for change in changes:
        assert a_span.start <= at <= change.a_start <= change.a_end <= a_span.end
        assert b_span.start <= change.b_start <= change.b_end <= b_span.end
        assert change.category in CHANGE_CATEGORIES
        assert change.op == _op(change)
        rebuilt += _surfaces(a_text, at, change.a_start) + _surfaces(
            b_text, change.b_start, change.b_end
        )
        at = change.a_end
    rebuilt += _surfaces(a_text, at, a_span.end)
    assert rebuilt == _surfaces(b_text, b_span.start, b_span.end)


def _op(change: Change) -> str:
    if change.a_start == change.a_end:
        return "insert"
    return "delete" if change.b_start == change.b_end else "replace"


def _surfaces(text: str, start: int, end: int) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text, start, end)]


# With the facts the trained pipeline extracts --------------------------------------------------
WIRE = (
    "Defense Secretary Lloyd Austin arrived in Kyiv on Monday for his fourth visit since the war "
    "began. He announced $400 million in new military aid. A missile strike on the city of Dnipro "
    "killed 65 people, the regional governor said. “We will not be intimidated,” Mayor Tomas Reyes "
    "told reporters."
)
RIVAL = (
    "Defense Secretary Lloyd Austin arrived in Kyiv on Tuesday for his third visit since the war "
    "began. He announced $425 million in new military aid. A missile strike on the city of Dnipro "
    "killed at least 72 people, the regional governor said. “We will never be intimidated,” Mayor "
    "Tomas Ruiz told reporters."
)


@pytest.mark.model
def test_changes_classified_by_extracted_facts() -> None:
    from parallax.model import Article
    from parallax.nlp import analyse

    a = analyse(Article("a", "0" * 64, WIRE, published="2024-10-22"))
    b = analyse(Article("b", "1" * 64, RIVAL, published="2024-10-22"))
    alignment = [Alignment((i,), (i,), 0.8, "changed") for i in range(4)]
    changes = word_changes(
        WIRE, RIVAL, alignment, a.sentences, b.sentences, a_facts=a.facts, b_facts=b.facts
    )
    assert [
        (WIRE[c.a_start : c.a_end], RIVAL[c.b_start : c.b_end], c.category) for c in changes
    ] == [
        ("Monday", "Tuesday", "date"),
        ("fourth", "third", "number"),
        ("400", "425", "number"),
        ("65", "at least 72", "hedge"),
        ("not", "never", "quote"),
        ("Reyes", "Ruiz", "entity"),
    ]
