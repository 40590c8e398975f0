"""The JSON report follows the `parallax compare --format json` contract (CONTRACTS.md)."""

from __future__ import annotations

import json

from report_fixtures import flood_comparison

import parallax
from parallax.model import MATCH_STATUSES
from parallax.report import render_comparison

ARTICLE_FIELDS = {
    "id": str,
    "title": str,
    "outlet": str,
    "byline": str,
    "published": str,
    "url": (str, type(None)),
    "source_path": (str, type(None)),
    "sha256": str,
    "imported_at": (str, type(None)),
    "words": int,
    "text": str,
}
FACT_FIELDS = {
    "id": str,
    "kind": str,
    "text": str,
    "start": int,
    "end": int,
    "sentence": int,
}


def report() -> dict:
    return json.loads(render_comparison(flood_comparison(), "json"))


def test_the_contract_fields_come_first_in_a_fixed_order():
    assert list(report()) == [
        "a",
        "b",
        "model",
        "alignment",
        "matches",
        "summary",
        "changes",
        "sentences",
        "generator",
    ]


def test_articles_are_contract_article_objects():
    data = report()
    comparison = flood_comparison()
    for side, article in (("a", comparison.a), ("b", comparison.b)):
        assert data[side] == article.to_json()
        for name, kind in ARTICLE_FIELDS.items():
            assert isinstance(data[side][name], kind), (side, name)


def test_model_is_the_pipeline_of_a():
    assert report()["model"] == {"name": "en_core_web_sm", "version": "3.8.0", "fallback": False}


def test_alignment_pairs_are_lists_of_sentence_indices():
    alignment = report()["alignment"]
    assert len(alignment) == 4
    for pair in alignment:
        assert set(pair) == {"a", "b", "score", "kind"}
        assert pair["a"] and all(isinstance(i, int) for i in pair["a"] + pair["b"])
        assert isinstance(pair["score"], float) and pair["kind"] in ("same", "changed", "moved")
    assert alignment[2] == {"a": [3], "b": [3], "score": 0.88, "kind": "moved"}


def test_matches_have_status_kind_facts_and_note():
    data = report()
    for match in data["matches"]:
        assert set(match) == {"status", "kind", "a", "b", "note"}
        assert match["status"] in MATCH_STATUSES and isinstance(match["kind"], str)
        assert match["note"] is None or isinstance(match["note"], str)
        for side in ("a", "b"):
            fact = match[side]
            if fact is not None:
                for name, kind in FACT_FIELDS.items():
                    assert isinstance(fact[name], kind), name
                assert data[side]["text"][fact["start"] : fact["end"]] == fact["text"]
        assert match["a"] or match["b"]


def test_summary_counts_equal_the_matches():
    data = report()
    assert set(data["summary"]) == {"agree", "conflict", "variant", "only_a", "only_b"}
    for status, count in data["summary"].items():
        assert count == sum(m["status"] == status for m in data["matches"])
    assert data["summary"] == {"agree": 5, "conflict": 3, "variant": 1, "only_a": 1, "only_b": 2}


def test_added_fields_changes_sentences_and_generator():
    data = report()
    assert data["changes"][1] == {
        "op": "replace",
        "a": [105, 107],
        "b": [83, 94],
        "category": "number",
        "pair": 1,
    }
    assert data["a"]["text"][105:107] == "65" and data["b"]["text"][83:94] == "at least 72"
    assert [s["index"] for s in data["sentences"]["a"]] == [0, 1, 2, 3, 4]
    assert set(data["sentences"]["b"][0]) == {"index", "start", "end"}
    assert data["generator"] == {"name": "parallax", "version": parallax.__version__}


def test_text_is_utf8_not_escaped_and_indented():
    text = render_comparison(flood_comparison(), "json")
    assert '\n  "a": {\n' in text
    assert "\\u" not in text  # ensure_ascii=False: the curly quotes of a story stay readable


def test_range_values_become_lists():
    from dataclasses import replace

    comparison = flood_comparison()
    match = comparison.matches[1]
    ranged = replace(match, a=replace(match.a, value=(60, 70)))
    comparison = replace(comparison, matches=(ranged,))
    assert json.loads(render_comparison(comparison, "json"))["matches"][0]["a"]["value"] == [60, 70]
