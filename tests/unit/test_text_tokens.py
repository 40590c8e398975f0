"""The text layer's tokens: offsets into the text as stored, one normal form, quote words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parallax.text.tokens import TokenizedText, normalise, plain_words, tokenize


def words_of(text: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.norm) for t in tokenize(text)]


def test_a_word_keeps_its_inner_punctuation_and_digit_separators() -> None:
    text = "The U.S. sent 1,500 well-known COVID-19 testers, didn’t it?"
    assert [written for written, _ in words_of(text)] == [
        "The", "U.S", ".", "sent", "1,500", "well-known", "COVID-19", "testers", ",",
        "didn’t", "it", "?",
    ]  # fmt: skip


def test_offsets_point_into_non_ascii_text_as_written() -> None:
    text = "Zelenskyy met «Zürich» officials — 5 000 “Gäste” in Kraków."
    found = words_of(text)
    assert ("Zürich", "zürich") in found
    assert ("“", '"') in found  # curly quotes are one straight quote once normalised
    assert ("Kraków", "kraków") in found
    assert ("Gäste", "gäste") in found


def test_a_range_is_tokenized_with_offsets_into_the_whole_text() -> None:
    text = "First sentence. Second one here."
    tokens = tokenize(text, 16, len(text))
    assert [text[t.start : t.end] for t in tokens] == ["Second", "one", "here", "."]


def test_normalise_folds_case_width_and_apostrophes() -> None:
    assert normalise("Didn’t") == "didn't"
    assert normalise("ＵＮ") == "un"  # full-width letters are the letters
    assert normalise("STRASSE") == normalise("Straße")


def test_quote_words_split_a_token_at_its_inner_punctuation_only() -> None:
    assert plain_words("“U.S.-made drones,” he said — don’t") == [
        "u", "s", "made", "drones", "he", "said", "don't",
    ]  # fmt: skip


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_every_token_normalises_back_from_its_offsets(text: str) -> None:
    for token in tokenize(text):
        assert 0 <= token.start < token.end <= len(text)
        assert normalise(text[token.start : token.end]) == token.norm


@given(st.text(alphabet="aZ9 ’'.,-é", max_size=40))
def test_tokens_do_not_overlap_and_skip_only_white_space(text: str) -> None:
    position = 0
    for token in tokenize(text):
        assert token.start >= position
        assert text[position : token.start].strip() == ""
        position = token.end
    assert text[position:].strip() == ""


@given(
    st.text(alphabet="ab1 .,-’\n“", max_size=60),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_a_range_of_the_tokenized_text_is_the_range_tokenized(text: str, x: int, y: int) -> None:
    start, end = sorted((min(x, len(text)), min(y, len(text))))
    assert TokenizedText(text).between(start, end) == tokenize(text, start, end)


def test_a_range_cutting_a_word_is_tokenized_as_cut() -> None:
    text = "The U.S.Army said so."
    assert [text[t.start : t.end] for t in TokenizedText(text).between(6, 21)] == [
        "S.Army", "said", "so", ".",
    ]  # fmt: skip
