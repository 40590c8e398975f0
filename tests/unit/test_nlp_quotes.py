"""Quotations: pairing of marks, spans without the marks, and speakers (no model needed)."""

from __future__ import annotations

import re

import pytest

from parallax.model import Sentence
from parallax.nlp.canonical import Name
from parallax.nlp.overlaps import longest_first
from parallax.nlp.quotes import find_quotes
from parallax.nlp.speakers import Speakers


def _values(text: str) -> list[str]:
    return [q.value for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not leave," Reyes said.', ["We will not leave"]),
        (
            "“We will not leave one village behind,” Reyes said.",
            ["We will not leave one village behind"],
        ),
        (
            "Reyes said: “Every family will have a roof before winter.”",
            ["Every family will have a roof before winter"],
        ),
        ('It was "too slow and too late" and "vital".', ["too slow and too late", "vital"]),
        ("‘We will go,’ she said.", ["We will go"]),
        ("He said 'no' twice.", ["no"]),
        ("It's Reyes’s third visit, and the ’90s are over.", []),
        ("Don't say 'never', he said; the players' union didn't.", ["never"]),
        ("He is 5'11\" tall.", []),
        ("“He told me ‘run’ and I ran,” she said.", ["He told me ‘run’ and I ran", "run"]),
        ("\"He told me 'run' and I ran,\" she said.", ["He told me 'run' and I ran", "run"]),
        ('"One. Two." Three.', ["One. Two"]),
        ('"Wait..." he said.', ["Wait..."]),
        ('""', []),
        ('" "', []),
        ('"', []),
        ("”backwards“", []),
        ('Mixed "straight and curly” marks.', ["straight and curly"]),
    ],
)
def test_find_quotes(text, expected):
    assert _values(text) == expected


def test_a_quote_span_is_the_words_without_marks():
    text = 'Reyes said: "We will not leave a single village behind."'
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "We will not leave a single village behind"
    assert text[quote.open_at] == '"' and text[quote.close_at] == '"'


def test_a_quote_holds_several_sentences_and_collapses_whitespace():
    text = '"The water came.  It came\nfast," she said.'
    (quote,) = find_quotes(text)
    assert quote.value == "The water came. It came fast"
    assert text[quote.start : quote.end] == "The water came.  It came\nfast"


@pytest.mark.parametrize("gap", ["\n\n", "\n", "\n \n"])
def test_marks_pair_within_a_paragraph_only(gap):
    text = f'He said "yes.{gap}Then she said no."'
    assert _values(text) == []


def test_a_quote_running_over_paragraphs_closes_at_each_paragraph_end():
    text = '"First paragraph of the quote.\n\n"Second and last," Reyes said.'
    assert _values(text) == ["First paragraph of the quote", "Second and last"]


def test_nested_quotes_keep_only_the_outer_after_overlaps():
    text = "“He told me ‘run’ and I ran,” she said."
    assert [q.value for q in longest_first(find_quotes(text))] == ["He told me ‘run’ and I ran"]


# Speakers ---------------------------------------------------------------------------------------
def _sentences(text: str) -> list[Sentence]:
    """Sentences split after . ! ? (and a closing quote) followed by a space or line break."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?][\"”’]?(?=\s)", text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e -= len(text[s:e]) - len(text[s:e].rstrip())
        if s < e:
            out.append(Sentence(len(out), s, e))
    return out


def _speakers(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[str, str | None]]:
    """(quote value, speaker) with names given as {surface: (kind, canonical)}."""
    found = []
    for surface, (kind, canonical) in names.items():
        for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
            found.append(Name(match.start(), match.end(), kind, canonical, "ner"))
    found.sort(key=lambda n: n.start)
    quotes = longest_first(find_quotes(text))
    speakers = Speakers(text, _sentences(text), found).speakers(quotes)
    return [(q.value, s) for q, s in zip(quotes, speakers, strict=True)]


REYES = {"Tomas Reyes": ("person", "Tomas Reyes"), "Reyes": ("person", "Tomas Reyes")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not leave," Reyes said.', "Tomas Reyes"),
        ('"We will not leave," said Reyes.', "Tomas Reyes"),
        ('"We will not leave," Reyes told reporters in the town.', "Tomas Reyes"),
        ('Reyes said: "We will not leave."', "Tomas Reyes"),
        ('Reyes wrote, "We will not leave," in a message.', "Tomas Reyes"),
        ('Reyes called the plan "too slow".', None),
        ('Reyes said the plan was "too slow".', "Tomas Reyes"),
        ('"We will not leave," according to Reyes.', "Tomas Reyes"),
        ('"We will not leave."', None),
        ('He further revealed that "no village" would be left.', None),
    ],
)
def test_speaker_patterns(text, speaker):
    assert _speakers(text, REYES) == [(_values(text)[0], speaker)]


def test_a_pronoun_is_the_person_mentioned_last():
    text = 'Mayor Ines Dalca of Carrow said 40 schools shut. "The water came," she said.'
    names = {"Ines Dalca": ("person", "Ines Dalca"), "Carrow": ("place", "Carrow")}
    assert _speakers(text, names) == [("The water came", "Ines Dalca")]


def test_a_pronoun_skips_a_person_whose_honorific_disagrees():
    text = 'Ms. Dalca met Mr. Reyes. "The water came," she said. "No," he said.'
    names = {"Dalca": ("person", "Ines Dalca"), "Reyes": ("person", "Tomas Reyes")}
    assert _speakers(text, names) == [("The water came", "Ines Dalca"), ("No", "Tomas Reyes")]


def test_an_unattributed_quote_after_an_attributed_one_continues_it():
    text = '"We will not leave," Reyes told reporters. "Every family will have a roof."'
    assert [s for _, s in _speakers(text, REYES)] == ["Tomas Reyes", "Tomas Reyes"]


def test_an_unattributed_quote_after_a_speech_verb_belongs_to_its_subject():
    text = 'Reyes told reporters about the plan.\n\n"Every family will have a roof."'
    assert _speakers(text, REYES) == [("Every family will have a roof", "Tomas Reyes")]


def test_after_a_quote_the_first_name_is_the_speaker():
    text = '"I hope," Valentina Redzhepova, an official in Ashgabat, said.'
    names = {"Valentina Redzhepova": ("person", "Valentina Redzhepova")}
    names["Ashgabat"] = ("organization", "Ashgabat")
    assert _speakers(text, names) == [("I hope", "Valentina Redzhepova")]


def test_organisations_can_speak():
    text = '"Rain will return," the National Weather Office said.'
    names = {"National Weather Office": ("organization", "National Weather Office")}
    assert _speakers(text, names) == [("Rain will return", "National Weather Office")]


def test_two_quotes_in_one_sentence_and_names_inside_quotes_are_not_speakers():
    text = '"Reyes is wrong," Vell said, "and Reyes knows it."'
    names = {"Vell": ("person", "Mara Vell"), **REYES}
    assert [s for _, s in _speakers(text, names)] == ["Mara Vell", "Mara Vell"]


def test_a_name_far_after_the_verb_is_not_the_speaker():
    text = '"Too late," officials say, adding that the plan by the council under Reyes failed.'
    assert _speakers(text, REYES) == [("Too late", None)]
