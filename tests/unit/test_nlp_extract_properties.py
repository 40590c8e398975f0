"""Invariants of every analysis, over arbitrary and news-like text (hypothesis).

Many examples with the fallback pipeline, a few with the trained model; the real number and
date finders run in both, since the invariants are about the whole extraction.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_nlp_extract import article, check_invariants

from parallax.nlp import analyse, analyse_many, blank_pipeline, load_pipeline
from parallax.nlp.pipeline import Pipeline

BLANK = blank_pipeline()


@functools.cache
def trained() -> Pipeline:
    return load_pipeline()


FRAGMENTS = [
    "Interior Minister Tomas Reyes",
    "Reyes",
    "Reyes's",
    "Mayor Ines Dalca",
    "she",
    "he",
    "said",
    "told reporters",
    "wrote,",
    "according to",
    "the Valley Relief Council",
    "NWO",
    "in Carrow",
    "CARROW, Oct 22 (Northline) -",
    "By Helena Marsh | Northline Wire",
    "the Brenner Valley",
    "Secretary of Defense",
    "Lloyd J. Austin III",
    "G7",
    "Route 66",
    "65",
    "at least 72",
    "1,500 soldiers",
    "$400 million",
    "an additional $400 million",
    "12%",
    "fourth",
    "third visit",
    "on Monday",
    "October 14",
    "since 1998",
    "4.5 km",
    "1/2",
    "-3",
    '"',
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "...",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    " \n",
    "\t",
    "\r\n",
    "\x00",
    "\x0b",
    "\u200b",
    "\ufeff",
    "Москва",
    "مرحبا",
    "北京市",
    "東京",
    "ß",
    "İ",
    "ﬁ",
    "\U0001f600",
    "e\u0301",
]
news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
any_text = st.text(max_size=400)
mixed = st.lists(st.one_of(news_like, any_text), max_size=4).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(news_like, any_text, mixed))
def test_invariants_with_the_fallback_pipeline(text):
    art = article(text)
    check_invariants(art, analyse(art, pipeline=BLANK))


@pytest.mark.model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(news_like, mixed))
def test_invariants_with_the_trained_model(text):
    art = article(text)
    check_invariants(art, analyse(art, pipeline=trained()))


@settings(max_examples=20, deadline=None)
@given(texts=st.lists(news_like, min_size=1, max_size=5))
def test_analyse_many_equals_analyse_one_by_one(texts):
    arts = [article(text, id=f"a{i}") for i, text in enumerate(texts)]
    many = list(analyse_many(arts, pipeline=BLANK, batch_size=2))
    assert many == [analyse(art, pipeline=BLANK) for art in arts]
