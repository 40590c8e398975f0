"""Whatever bytes arrive, reading them gives a clean article or the user's error, nothing else."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.errors import InputError
from parallax.ingest import read_bytes, read_text

NAMES = st.sampled_from(["story.txt", "story.md", "page.html", "notes", "<stdin>"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"])
HTML_BITS = st.sampled_from(["<p>", "</p>", "<html>", "<body>", "<br>", "<!DOCTYPE html>", "\r\n"])
TEXT = st.lists(st.one_of(st.text(), HTML_BITS), max_size=8).map("".join)
PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def assert_clean(text: str) -> None:
    assert text.strip()
    assert "\r" not in text
    assert all(c in "\n\t" or unicodedata.category(c) != "Cc" for c in text)


def read_or_refuse(data: bytes, name: str) -> None:
    try:
        parsed = read_bytes(data, name=name)
    except InputError:
        return
    assert parsed.original == data
    assert_clean(parsed.article.text)


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=2000), name=NAMES)
def test_any_bytes_read_cleanly_or_raise_input_error(data: bytes, name: str):
    read_or_refuse(data, name)


@PROPERTY_SETTINGS
@given(text=TEXT, encoding=ENCODINGS, name=NAMES)
def test_any_text_in_any_encoding_reads_cleanly_or_raises_input_error(
    text: str, encoding: str, name: str
):
    read_or_refuse(text.encode(encoding, errors="replace"), name)


@PROPERTY_SETTINGS
@given(text=TEXT)
def test_any_pasted_text_reads_cleanly_or_raises_input_error(text: str):
    try:
        article = read_text(text).article
    except InputError:
        return
    assert_clean(article.text)
