"""Article -> Analysis: ids, methods, sentences, overlaps, finders, long and bad input."""

from __future__ import annotations

import datetime
import itertools
import time
from typing import NamedTuple

import pytest

from parallax.model import Analysis, Article
from parallax.nlp import PIPELINE_VERSION, analyse, analyse_many, blank_pipeline, extract, values

BLANK = blank_pipeline()


class Mention(NamedTuple):
    """What the number and date finders return (parallax.nlp.numbers.finder.Mention's fields)."""

    start: int
    end: int
    kind: str
    value: object
    unit: str | None = None
    qualifier: str | None = None


def article(text: str, *, published: str | None = "2024-10-22", id: str = "a1") -> Article:
    return Article(id=id, sha256="0" * 64, text=text, published=published)


def check_invariants(art: Article, analysis: Analysis) -> None:
    """What every analysis of every text must satisfy."""
    text = art.text
    assert analysis.article_id == art.id
    previous_end = 0
    for i, sentence in enumerate(analysis.sentences):
        assert sentence.index == i
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
        previous_end = sentence.end
    covered = {i for s in analysis.sentences for i in range(s.start, s.end)}
    assert all(c.isspace() for i, c in enumerate(text) if i not in covered)
    for n, fact in enumerate(analysis.facts, start=1):
        assert fact.id == f"f{n}"
        assert text[fact.start : fact.end] == fact.text and fact.start < fact.end
        sentence = analysis.sentences[fact.sentence]
        assert sentence.start <= fact.start < sentence.end
        if fact.kind != "quote":  # a quote may run over several sentences
            assert fact.end <= sentence.end
    starts = [(f.start, -f.end) for f in analysis.facts]
    assert starts == sorted(starts)
    for kinds in (lambda k: k == "quote", lambda k: k != "quote"):
        spans = sorted((f.start, f.end) for f in analysis.facts if kinds(f.kind))
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


class FakeFinders:
    """Stands in for the number and date finders: `finders["65"] = ("number", 65)`."""

    def __init__(self) -> None:
        self.table: dict[str, tuple] = {}
        self.calls: list[datetime.date | None] = []  # the `published` of each call

    def __setitem__(self, surface: str, fields: tuple) -> None:
        self.table[surface] = fields

    def __call__(self, text: str, *, published: datetime.date | None) -> list[Mention]:
        self.calls.append(published)
        found = []
        for surface, fields in self.table.items():
            at = text.find(surface)
            while at >= 0:
                found.append(Mention(at, at + len(surface), *fields))
                at = text.find(surface, at + 1)
        return found


@pytest.fixture
def finders(monkeypatch: pytest.MonkeyPatch) -> FakeFinders:
    """Replace the number and date finders for the test (the real ones are tested elsewhere)."""
    fake = FakeFinders()
    monkeypatch.setattr(values, "find_mentions", fake)
    return fake


def _facts(analysis: Analysis) -> list[tuple[str, str, object]]:
    return [(f.kind, f.text, f.value) for f in analysis.facts]


# Orchestration ------------------------------------------------------------------------------------
def test_facts_have_ids_in_text_order_and_methods(finders):
    finders["65"] = ("number", 65)
    finders["Tuesday"] = ("date", "2024-10-22")
    art = article('Floods killed 65 in Carrow on Tuesday. "We stay," Mayor Ines Dalca said.')
    analysis = analyse(art, pipeline=BLANK)
    check_invariants(art, analysis)
    assert [(f.id, f.kind, f.text, f.method) for f in analysis.facts] == [
        ("f1", "number", "65", "rules"),
        ("f2", "place", "Carrow", "rules"),
        ("f3", "date", "Tuesday", "rules"),
        ("f4", "quote", "We stay", "quotes"),
        ("f5", "person", "Ines Dalca", "rules"),
    ]
    assert analysis.model == BLANK.info
    quote = analysis.facts[3]
    assert (quote.value, quote.speaker, quote.sentence) == ("We stay", "Ines Dalca", 1)


def test_entity_facts_carry_the_canonical_name_as_value_and_canonical(finders):
    art = article("Mayor Ines Dalca spoke. Later Dalca said no.")
    persons = [f for f in analyse(art, pipeline=BLANK).facts if f.kind == "person"]
    assert [(f.text, f.value, f.canonical) for f in persons] == [
        ("Ines Dalca", "Ines Dalca", "Ines Dalca"),
        ("Dalca", "Ines Dalca", "Ines Dalca"),
    ]


def test_the_published_date_anchors_relative_dates(finders):
    analyse(article("On Monday it rained.", published="2024-10-22"), pipeline=BLANK)
    analyse(article("On Monday it rained.", published=None), pipeline=BLANK)
    analyse(article("On Monday it rained.", published="22/10/2024"), pipeline=BLANK)
    assert finders.calls == [datetime.date(2024, 10, 22), None, None]


def test_a_name_inside_a_value_gives_way(finders):
    finders["US$160 million"] = ("money", 160_000_000, "USD")
    art = article("The offer was worth US$160 million in Carrow.")
    analysis = analyse(art, pipeline=BLANK)
    assert ("money", "US$160 million", 160_000_000) in _facts(analysis)


def test_priority_between_value_kinds(finders):
    finders["$400 million"] = ("money", 400_000_000, "USD")
    finders["400"] = ("number", 400)
    finders["12%"] = ("percent", 12, "%")
    finders["12"] = ("number", 12)
    finders["October 14"] = ("date", "2024-10-14")
    finders["14"] = ("number", 14)
    finders["fourth"] = ("ordinal", 4)
    finders["fourth visit"] = ("quantity", 1, "visit")
    art = article("Aid of $400 million, 12% more, since October 14, on a fourth visit.")
    analysis = analyse(art, pipeline=BLANK)
    check_invariants(art, analysis)
    assert [(k, t) for k, t, _ in _facts(analysis)] == [
        ("money", "$400 million"),
        ("percent", "12%"),
        ("date", "October 14"),
        ("quantity", "fourth visit"),
    ]


def test_a_value_across_a_sentence_boundary_is_dropped(finders):
    finders["65. Then 70"] = ("number", (65, 70))
    finders["70"] = ("number", 70)
    art = article("It killed 65. Then 70 more died.")
    assert _facts(analyse(art, pipeline=BLANK)) == [("number", "70", 70)]


def test_finder_spans_are_trimmed_and_clipped(finders):
    finders[" 65 "] = ("number", 65)
    finders["   "] = ("number", None)
    art = article("It killed 65 people.   Really.")
    assert _facts(analyse(art, pipeline=BLANK)) == [("number", "65", 65)]


def test_a_quote_over_two_sentences_belongs_to_the_first(finders):
    art = article('Rain fell. "The water came. It came fast," she said.')
    analysis = analyse(art, pipeline=BLANK)
    check_invariants(art, analysis)
    (quote,) = [f for f in analysis.facts if f.kind == "quote"]
    assert quote.sentence == 1 and quote.value == "The water came. It came fast"
    assert quote.end > analysis.sentences[1].end


def test_analyse_many_yields_in_order_and_lazily(finders):
    produced = []

    def articles():
        for i in range(5):
            produced.append(i)
            yield article(f"Rain number {i} fell in Carrow.", id=f"a{i}")

    stream = analyse_many(articles(), pipeline=BLANK, batch_size=2)
    first = next(stream)
    assert first.article_id == "a0" and len(produced) < 5
    assert [a.article_id for a in stream] == ["a1", "a2", "a3", "a4"]


def test_analyse_many_of_nothing_is_empty():
    assert list(analyse_many([], pipeline=BLANK)) == []


def test_worker_processes_give_the_same_analyses(finders):
    arts = [article(f"Mayor Ines Dalca said {i} times in Carrow.", id=f"a{i}") for i in range(6)]
    one = list(analyse_many(arts, pipeline=BLANK))
    two = list(analyse_many(arts, pipeline=BLANK, n_process=2, batch_size=2))
    assert one == two


def test_closing_a_multi_process_stream_returns_at_once(finders):
    arts = [article("Rain fell in Carrow. " * 50, id=f"a{i}") for i in range(200)]
    stream = analyse_many(arts, pipeline=BLANK, n_process=2, batch_size=4)
    assert next(stream).article_id == "a0"
    started = time.perf_counter()
    stream.close()
    assert time.perf_counter() - started < 5


def test_pipeline_version_is_a_string():
    assert isinstance(PIPELINE_VERSION, str) and PIPELINE_VERSION


# Long and bad input -------------------------------------------------------------------------
def test_chunked_long_text_gives_the_same_analysis(monkeypatch, finders):
    finders["65"] = ("number", 65)
    paragraph = 'Mayor Ines Dalca said 65 died in Carrow. "We stay," she said.\n\n'
    art = article(paragraph * 40)
    whole = analyse(art, pipeline=BLANK)
    monkeypatch.setattr(extract, "CHUNK_CHARS", 300)
    chunked = analyse(art, pipeline=BLANK)
    check_invariants(art, chunked)
    assert chunked == whole
    assert len(chunked.sentences) == 80 and len(chunked.facts) == 40 * 4


def test_nlp_max_length_below_the_chunk_size_is_respected(finders):
    small = blank_pipeline()
    small.nlp.max_length = 500
    art = article("Rain fell in Carrow. " * 200)
    analysis = analyse(art, pipeline=small)
    check_invariants(art, analysis)
    assert len([f for f in analysis.facts if f.kind == "place"]) == 200


def test_two_megabytes_on_one_line(finders):
    art = article(("Rain fell in Carrow and " * 90_000)[:2_000_000])
    analysis = analyse(art, pipeline=BLANK)
    check_invariants(art, analysis)
    assert len(analysis.facts) > 80_000


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t ",
        "...",
        "\x00\x01\x02 Carrow \x7f\x1b[31m said\x0c\x0b",
        'Путин said "привет" in Москва. مرحبا "Carrow" 北京市 said “你好”.',
        "1 2 3 4,500 6.7 8% $9 10th 11 12 13",
        '"""""" “““ ””” ‘‘’’ \'\'\'',
        "\u200b\u200e\ufeffMayor Ines Dalca\u2028said \ud7ff so.",
        "A\r\nB\rC\n",
    ],
)
def test_bad_input_gives_an_analysis(text):
    art = article(text)
    analysis = analyse(art, pipeline=BLANK)
    check_invariants(art, analysis)
