"""Properties of fact matching on generated articles: each fact in one match, valid statuses,
an article matched with itself agrees with itself."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_compare_match import MODEL

from parallax.compare.match.facts import is_repeat, match_facts, match_order
from parallax.compare.match.groups import mention_groups
from parallax.compare.match.slots import values_equal
from parallax.model import MATCH_STATUSES, Analysis, Fact, Sentence

from support import aligned

NAMES = ["Tomas Reyes", "Reyes", "Ana Ruiz", "Carrow", "CARROW", "Zelensky", "Zelenskyy", "U.S."]
FILLER = ["officials", "said", "the", "floods", "killed", "in", "valley", "on", "visit", "aid"]
UNITS = [None, "people", "soldiers", "%", "visit"]
VALUES = [1, 3, 4, 12, 65, 72, 1500, 3000, 2.5]
DATES = ["2024-10-21", "2024-10-22", "2024-10", None]
QUOTES = ["We will not leave a single village behind", "We will not leave one village behind",
          "too slow and too late", "The water came at night"]  # fmt: skip


def _entity(draw) -> dict:
    name = draw(st.sampled_from(NAMES))
    kind = draw(st.sampled_from(["person", "place", "organization"]))
    return {"kind": kind, "text": name, "value": name, "canonical": name}


def _number(draw) -> dict:
    value = draw(st.sampled_from(VALUES))
    kind = draw(st.sampled_from(["number", "ordinal", "percent", "money", "quantity"]))
    qualifier = draw(st.sampled_from([None, None, "at least", "about"]))
    return {"kind": kind, "text": f"{value:,}", "value": value,
            "unit": draw(st.sampled_from(UNITS)), "qualifier": qualifier}  # fmt: skip


def _date(draw) -> dict:
    value = draw(st.sampled_from(DATES))
    return {"kind": "date", "text": value or "the war", "value": value}


def _quote(draw) -> dict:
    words = draw(st.sampled_from(QUOTES))
    speaker = draw(st.sampled_from([None, "Tomas Reyes", "Mara Vell"]))
    return {"kind": "quote", "text": words, "value": words, "speaker": speaker}


@st.composite
def articles(draw) -> tuple[str, Analysis]:
    """Sentences of filler words and facts, with exact offsets."""
    text, facts, sentences = "", [], []
    makers = [_entity, _number, _date, _quote]
    for index in range(draw(st.integers(1, 5))):
        start = len(text)
        for _ in range(draw(st.integers(0, 4))):
            text += draw(st.sampled_from(FILLER)) + " "
            fields = draw(st.sampled_from(makers))(draw)
            begin = len(text)
            text += fields["text"] + " "
            facts.append(Fact(f"f{len(facts) + 1}", start=begin, end=begin + len(fields["text"]),
                              sentence=index, **fields))  # fmt: skip
        text += draw(st.sampled_from(FILLER)) + "."
        sentences.append(Sentence(index, start, len(text)))
        text += " "
    return text, Analysis("x", MODEL, tuple(sentences), tuple(facts))


def _match(a_text, a_analysis, b_text, b_analysis):
    alignment = aligned(a_text, a_analysis, b_text, b_analysis)
    return match_facts(a_analysis, b_analysis, a_text=a_text, b_text=b_text, alignment=alignment)


def _ids(matches, side: str) -> list[str]:
    return [getattr(m, side).id for m in matches if getattr(m, side) is not None]


@settings(max_examples=150, deadline=None)
@given(articles(), articles())
def test_every_fact_is_in_one_match_or_stands_behind_one(a, b):
    (a_text, a_analysis), (b_text, b_analysis) = a, b
    matches = _match(a_text, a_analysis, b_text, b_analysis)
    for side, analysis in (("a", a_analysis), ("b", b_analysis)):
        groups = mention_groups(analysis.facts)
        ids = _ids(matches, side)
        assert len(ids) == len(set(ids)) and set(ids) <= set(groups)  # each one once at most
        agreed = [
            getattr(m, side) for m in matches
            if m.status in ("agree", "variant") and m.a is not None and m.b is not None
            and values_equal(m.a, m.b)
        ]  # fmt: skip
        for rep in set(groups) - set(ids):  # left out only as a repeat of an agreed value
            fact = groups[rep][0]
            assert any(is_repeat(fact, other) for other in agreed if other.id != rep), fact
        assert sum(len(members) for members in groups.values()) == len(analysis.facts)
    assert all(m.status in MATCH_STATUSES for m in matches)
    assert list(matches) == sorted(matches, key=match_order)


@settings(max_examples=150, deadline=None)
@given(articles())
def test_an_article_matched_with_itself_only_agrees(a):
    text, analysis = a
    matches = _match(text, analysis, text, analysis)
    assert {m.status for m in matches} <= {"agree"}
    assert all(m.a == m.b for m in matches)


@settings(max_examples=100, deadline=None)
@given(articles(), articles())
def test_statuses_fit_their_sides(a, b):
    (a_text, a_analysis), (b_text, b_analysis) = a, b
    for m in _match(a_text, a_analysis, b_text, b_analysis):
        assert (m.a is None) == (m.status == "only_b")
        assert (m.b is None) == (m.status == "only_a")
        if m.status in ("conflict", "possible", "variant"):
            assert m.note  # what differs, or how the two are written
        if m.status in ("only_a", "only_b"):
            assert m.note is None and m.evidence == ()
        else:
            assert m.evidence  # why the two facts were paired
