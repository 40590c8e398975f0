"""The story matrix of the sample story: wire, rival and corrected wire, with real analyses."""

from __future__ import annotations

import functools

import pytest
from test_compare_match_samples import CORRECTED, RIVAL, WIRE, sample

from parallax.compare.story import story_matrix
from parallax.model import StoryMatrix

pytestmark = pytest.mark.model


@functools.cache
def matrix() -> StoryMatrix:
    pairs = [sample(name) for name in (WIRE, RIVAL, CORRECTED)]
    return story_matrix("Brenner Valley floods", [a for a, _ in pairs], [b for _, b in pairs])


def cells(label: str, kind: str) -> list[tuple[str, str | None]]:
    found = next(r for r in matrix().rows if r.label == label and r.kind == kind)
    return [(c, f and f.text) for c, f in zip(found.cells, found.facts, strict=True)]


def test_disputed_rows_come_first_and_are_the_real_disagreements():
    statuses = [r.status for r in matrix().rows]
    assert statuses == sorted(statuses, key=["disputed", "single", "partial", "agreed"].index)
    disputed = [(r.kind, r.label) for r in matrix().rows if r.status == "disputed"]
    assert ("ordinal", "visit (ordinal)") in disputed
    assert ("number", "soldiers (number)") in disputed
    assert {kind for kind, _ in disputed} == {"number", "ordinal", "percent", "quote"}


def test_the_majority_decides_who_is_out_of_line():
    assert cells("soldiers (number)", "number") == [
        ("agree", "1,500"), ("conflict", "3,000"), ("agree", "1,500"),
    ]  # fmt: skip
    toll = next(r for r in matrix().rows if r.label == "people (number)")
    assert [f.text for f in toll.facts] == ["65", "72", "68"]
    assert set(toll.cells) == {"conflict"}  # three different tolls: no majority


def test_names_every_source_gives_are_agreed():
    agreed = {r.label for r in matrix().rows if r.status == "agreed"}
    assert {"Tomas Reyes", "Ines Dalca", "Carrow", "Orsa River", "Valley Relief Council"} <= agreed


def test_what_only_the_rival_reports_is_single():
    assert cells("Mara Vell", "person") == [
        ("absent", None), ("agree", "Mara Vell"), ("absent", None),
    ]  # fmt: skip
