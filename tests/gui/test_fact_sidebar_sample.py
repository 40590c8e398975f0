"""The fact sidebar on the real comparison of the wire report and the rival's rewrite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from parallax.model import Comparison
from parallax.ui.fact_model import MATCH_ROLE, FactFilterProxy, FactTreeModel
from parallax.ui.fact_sidebar import FactSidebar

pytestmark = pytest.mark.model


@pytest.fixture
def comparison(wire_and_rival: Comparison) -> Comparison:
    return wire_and_rival


@pytest.fixture
def sidebar(qtbot, comparison) -> FactSidebar:
    sidebar = FactSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(comparison)
    return sidebar


def _children(model, group_row: int) -> list:
    group = model.index(group_row, 0)
    return [model.index(row, 0, group).data(MATCH_ROLE) for row in range(model.rowCount(group))]


def test_models_pass_qt_model_checks(qtmodeltester, comparison):
    model = FactTreeModel(comparison.matches)
    qtmodeltester.check(model)
    proxy = FactFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(kinds={"number", "ordinal"}, statuses={"conflict", "agree"})
    qtmodeltester.check(proxy)


def test_groups_and_counts_follow_the_comparison(sidebar, comparison):
    proxy = sidebar.tree.model()
    labels = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    summary = comparison.summary()
    assert labels[0] == f"Conflicts ({summary['conflict']})"
    expected = [
        f"{name} ({summary[status]})"
        for status, name in [
            ("conflict", "Conflicts"),
            ("only_a", "Only in A"),
            ("only_b", "Only in B"),
            ("variant", "Variants"),
            ("agree", "Agreed"),
        ]
        if summary[status]
    ]
    assert labels == expected
    conflicts = {(m.a.text, m.b.text) for m in _children(proxy, 0)}
    assert {("third", "fourth"), ("65", "72")} <= conflicts


def test_kind_filter_keeps_the_ordinal_conflict(sidebar):
    proxy = sidebar.tree.model()
    sidebar.set_filters(kinds={"ordinal"})
    assert proxy.index(0, 0).data() == "Conflicts (1)"
    (match,) = _children(proxy, 0)
    assert (match.a.text, match.b.text) == ("third", "fourth")


def test_selecting_the_casualty_conflict_shows_its_evidence(qtbot, sidebar, comparison):
    proxy = sidebar.tree.model()
    group = proxy.index(0, 0)
    row = next(r for r, m in enumerate(_children(proxy, 0)) if m.a.text == "65")
    with qtbot.waitSignal(sidebar.match_selected) as blocker:
        sidebar.tree.selectionModel().setCurrentIndex(
            proxy.index(row, 0, group), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
    match = blocker.args[0]
    assert comparison.a.text[match.a.start : match.a.end] == "65"
    text = sidebar.detail.toPlainText()
    assert f"chars {match.a.start}–{match.a.end}" in text
    assert f"chars {match.b.start}–{match.b.end}" in text
    assert comparison.a.title in text and comparison.b.title in text
    (sentence,) = [s for s in comparison.a_analysis.sentences if s.index == match.a.sentence]
    assert " ".join(comparison.a.text[sentence.start : sentence.end].split()) in " ".join(
        text.split()
    )
