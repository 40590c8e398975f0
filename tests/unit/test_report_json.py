"""The JSON report follows the `parallax compare --format json` contract (CONTRACTS.md)."""

from __future__ import annotations

import json

import parallax
from parallax.model import EVIDENCE_SIGNALS, MATCH_STATUSES
from parallax.report import render_comparison
from report_fixtures import flood_comparison, possible_comparison

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
        "orphaned_marks",
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


def test_matches_have_status_kind_facts_note_and_evidence():
    data = report()
    for match in data["matches"]:
        assert set(match) == {"status", "kind", "a", "b", "note", "evidence"}
        assert match["status"] in MATCH_STATUSES and isinstance(match["kind"], str)
        assert match["note"] is None or isinstance(match["note"], str)
        for side in ("a", "b"):
            fact = match[side]
            if fact is not None:
                for name, kind in FACT_FIELDS.items():
                    assert isinstance(fact[name], kind), name
                assert data[side]["text"][fact["start"] : fact["end"]] == fact["text"]
        assert match["a"] or match["b"]


def test_evidence_is_signals_with_values_and_only_in_matches_have_none():
    matches = report()["matches"]
    for match in matches:
        assert isinstance(match["evidence"], list)
        for evidence in match["evidence"]:
            assert set(evidence) == {"signal", "value"}
            assert evidence["signal"] in EVIDENCE_SIGNALS
        paired = match["a"] is not None and match["b"] is not None
        assert bool(match["evidence"]) == paired
    assert matches[1]["evidence"] == [
        {"signal": "aligned_sentences", "value": 0.81},
        {"signal": "same_counted_thing", "value": "people"},
        {"signal": "shared_event_words", "value": ["killed", "floods"]},
        {"signal": "same_position", "value": True},
    ]


def test_summary_counts_equal_the_matches():
    data = report()
    assert set(data["summary"]) == {"agree", "conflict", "possible", "variant", "only_a", "only_b"}
    for status, count in data["summary"].items():
        assert count == sum(m["status"] == status for m in data["matches"])
    assert data["summary"] == {
        "agree": 5,
        "conflict": 3,
        "possible": 0,
        "variant": 1,
        "only_a": 1,
        "only_b": 2,
    }


def test_possible_conflicts_are_counted_apart_from_conflicts():
    data = json.loads(render_comparison(possible_comparison(), "json"))
    assert (data["summary"]["conflict"], data["summary"]["possible"]) == (2, 1)
    (possible,) = [m for m in data["matches"] if m["status"] == "possible"]
    assert (possible["a"]["text"], possible["b"]["text"]) == ("12%", "15%")
    assert possible["evidence"][0] == {"signal": "aligned_sentences", "value": 0.74}


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


def test_marks_are_on_their_matches_and_orphans_are_listed():
    import dataclasses

    from parallax.compare.marks import mark_for, with_marks

    comparison = flood_comparison()
    dead, fall = (
        next(m for m in comparison.matches if m.kind == kind) for kind in ("number", "percent")
    )
    marks = [
        dataclasses.replace(mark_for(match, comparison, state=state, note=note), marked_at=at)
        for match, state, note, at in (
            (dead, "disputed", "police: 65", "2026-12-07T08:00:00+00:00"),
            (fall, "confirmed", "gauge", "2026-12-07T08:01:00+00:00"),
        )
    ]
    gone = dataclasses.replace(
        comparison, matches=tuple(m for m in comparison.matches if m != fall)
    )
    data = json.loads(render_comparison(with_marks(gone, marks), "json"))
    (marked,) = [m for m in data["matches"] if "mark" in m]
    assert marked["mark"] == {
        "as": "disputed",
        "note": "police: 65",
        "at": "2026-12-07T08:00:00+00:00",
    }
    assert marked["a"]["text"] == "65"
    (orphan,) = data["orphaned_marks"]
    assert (orphan["as"], orphan["note"], orphan["kind"]) == ("confirmed", "gauge", "percent")
    assert orphan["a"] == {"start": fall.a.start, "end": fall.a.end, "text": "12%"}
