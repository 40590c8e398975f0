"""Natural-language analysis: the spaCy pipeline, fact extractors and normalisers.

Public API: `load_pipeline`, `analyse`, `analyse_many`, `PIPELINE_VERSION` (and `Pipeline`,
`blank_pipeline`, `FallbackWarning`). They are imported on first use, so that importing a light
submodule (`parallax.nlp.numbers.finder`), reading PIPELINE_VERSION or a cached analysis does not
import spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Bump by hand whenever extraction output would change (this package or the finders it calls).
# Library caches key analyses on (article, PIPELINE_VERSION, model name, model version).
# 5: no names in web addresses or from headline capitals; no bare compass places; gazetteer places
# 6: "one" in "at one point", "one thing ... another" is no number
# 7: the model does not read runs of over 100 characters without a space; no number of 31+ digits
PIPELINE_VERSION = "7"

if TYPE_CHECKING:
    from parallax.nlp.extract import analyse, analyse_many
    from parallax.nlp.pipeline import FallbackWarning, Pipeline, blank_pipeline, load_pipeline

_HOMES = {
    "analyse": "parallax.nlp.extract",
    "analyse_many": "parallax.nlp.extract",
    "FallbackWarning": "parallax.nlp.pipeline",
    "Pipeline": "parallax.nlp.pipeline",
    "blank_pipeline": "parallax.nlp.pipeline",
    "load_pipeline": "parallax.nlp.pipeline",
}
__all__ = [
    "PIPELINE_VERSION",
    "FallbackWarning",
    "Pipeline",
    "analyse",
    "analyse_many",
    "blank_pipeline",
    "load_pipeline",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
