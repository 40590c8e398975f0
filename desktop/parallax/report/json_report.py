"""The JSON report: the `parallax compare --format json` contract object, and its text."""

from __future__ import annotations

import json
from typing import Any

import parallax
from parallax.model import Comparison, Mark


def generator() -> dict[str, str]:
    """Which program wrote a report, so a reader can tell old files from new."""
    return {"name": "parallax", "version": parallax.__version__}


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    """The JSON object scripts rely on (README: The command line), then the fields added since,
    in a fixed order."""
    return {
        "a": comparison.a.to_json(),
        "b": comparison.b.to_json(),
        "model": comparison.a_analysis.model.to_json(),
        "alignment": [pair.to_json() for pair in comparison.alignment],
        "matches": [match.to_json() for match in comparison.matches],
        "summary": comparison.summary(),
        "changes": [change.to_json() for change in comparison.changes],
        "sentences": {
            "a": [sentence.to_json() for sentence in comparison.a_analysis.sentences],
            "b": [sentence.to_json() for sentence in comparison.b_analysis.sentences],
        },
        "orphaned_marks": [orphan_to_json(mark) for mark in comparison.orphaned_marks],
        "generator": generator(),
    }


def orphan_to_json(mark: Mark) -> dict[str, Any]:
    """A review mark this comparison does not place (its facts gone, or not paired here): its
    verdict, and the facts as marked."""
    sides = {
        side: None if anchor is None else anchor._asdict()
        for side, anchor in (("a", mark.a), ("b", mark.b))
    }
    return {**mark.to_json(), "kind": mark.kind, **sides}


def dumps(value: Any) -> str:
    """JSON as every Parallax report writes it: UTF-8 text, indented, ending in a newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def render(comparison: Comparison) -> str:
    return dumps(comparison_to_json(comparison))
