"""The fact sidebar on hand-built matches: groups, counts, filters, selection, provenance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextDocument

from parallax.model import (
    Analysis,
    Article,
    Comparison,
    Evidence,
    Fact,
    Match,
    ModelInfo,
    Sentence,
)
from parallax.ui.fact_model import MATCH_ROLE, FactFilterProxy, FactTreeModel
from parallax.ui.fact_sidebar import FactSidebar
from parallax.ui.provenance import provenance_html

A_TEXT = "Floods killed 65 people. It was his third visit. Tags like <b> stay text."
B_TEXT = "Floods killed at least 72 people. It was his fourth visit."


def _fact(text: str, needle: str, kind: str, sentence: int, **fields) -> Fact:
    start = text.index(needle)
    return Fact(f"{kind}-{start}", kind, needle, start, start + len(needle), sentence, **fields)


def _sentences(text: str) -> tuple[Sentence, ...]:
    sentences, start = [], 0
    for index, part in enumerate(text.split(". ")):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        sentences.append(Sentence(index, start, end))
        start += len(part) + 2
    return tuple(sentences)


A65 = _fact(A_TEXT, "65", "number", 0, value=65, unit="people", method="rules")
B72 = _fact(B_TEXT, "72", "number", 0, value=72, qualifier="at least", method="rules")
A3 = _fact(A_TEXT, "third", "ordinal", 1, value=3)
B4 = _fact(B_TEXT, "fourth", "ordinal", 1, value=4)
TAG = _fact(A_TEXT, "<b>", "quote", 2, speaker="<i>Ann</i>", method="ner:test 1.0")
FLOODS_A = _fact(A_TEXT, "Floods", "event", 0)
FLOODS_B = _fact(B_TEXT, "Floods", "event", 0)
VISIT_EVIDENCE = (
    Evidence("aligned_sentences", 0.812),
    Evidence("same_counted_thing", "visit"),
    Evidence("same_position"),
)
MATCHES = (
    Match("agree", "event", FLOODS_A, FLOODS_B),
    Match("conflict", "number", A65, B72, "hedged: 65 vs at least 72"),
    Match("only_a", "quote", TAG, None),
    Match("conflict", "ordinal", A3, B4, "3 vs 4", VISIT_EVIDENCE),
)
# The casualty figures as a possible conflict: paired on shared words, not on one counted thing.
POSSIBLE = Match(
    "possible",
    "number",
    A65,
    B72,
    "65 vs at least 72",
    (Evidence("shared_event_words", ("killed", "<b>floods</b>")),),
)


def _comparison(matches: tuple[Match, ...] = MATCHES) -> Comparison:
    model = ModelInfo("test", "1.0", fallback=True)
    a = Article(
        "a1", "0" * 64, A_TEXT, title="Wire <story>", outlet="Northline", published="2024-10-22"
    )
    b = Article("b1", "1" * 64, B_TEXT, title="Rival", outlet="Harbour Post")
    return Comparison(
        a,
        b,
        Analysis("a1", model, _sentences(A_TEXT), (A65, A3, TAG, FLOODS_A)),
        Analysis("b1", model, _sentences(B_TEXT), (B72, B4, FLOODS_B)),
        (),
        (),
        matches,
    )


@pytest.fixture
def sidebar(qtbot) -> FactSidebar:
    sidebar = FactSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(_comparison())
    return sidebar


def _groups(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_tree_model_passes_qt_model_checks(qtmodeltester):
    qtmodeltester.check(FactTreeModel(MATCHES))
    qtmodeltester.check(FactTreeModel(()))


def test_tree_model_answers_both_kinds_of_parent(qtbot):
    """parent() is the QObject that owns the model (Qt's ownership); parent(index) the item's."""
    owner = FactSidebar()
    qtbot.addWidget(owner)
    model = FactTreeModel(MATCHES, parent=owner)
    assert model.parent() is owner
    group = model.index(0, 0)
    assert not model.parent(group).isValid()
    assert model.parent(model.index(0, 0, group)) == group


def test_filter_proxy_passes_qt_model_checks(qtmodeltester):
    proxy = FactFilterProxy()
    proxy.setSourceModel(FactTreeModel(MATCHES))
    proxy.set_filters(kinds={"number", "quote"})
    qtmodeltester.check(proxy)


def test_groups_come_in_status_order_with_counts():
    model = FactTreeModel(MATCHES)
    assert _groups(model) == [
        "Conflicts (2)",
        "Possible conflicts (0)",
        "Only in A (1)",
        "Only in B (0)",
        "Variants (0)",
        "Agreed (1)",
    ]
    conflicts = model.index(0, 0)
    rows = [[model.index(r, c, conflicts).data() for c in range(4)] for r in range(2)]
    assert rows == [
        ["number", "65", "72", "hedged: 65 vs at least 72"],
        ["ordinal", "third", "fourth", "3 vs 4"],
    ]
    assert model.index(1, 0, conflicts).data(MATCH_ROLE) is MATCHES[3]
    only_a = model.index(2, 0)
    assert model.index(0, 2, only_a).data() == "—"


def test_possible_conflicts_are_their_own_group_after_the_conflicts(qtmodeltester):
    model = FactTreeModel((POSSIBLE, *MATCHES))
    qtmodeltester.check(model)
    assert _groups(model)[:3] == ["Conflicts (2)", "Possible conflicts (1)", "Only in A (1)"]
    possible = model.group_index("possible")
    assert possible.row() == 1
    row = [model.index(0, c, possible).data() for c in range(4)]
    assert row == ["number", "65", "72", "65 vs at least 72"]
    assert model.index(0, 0, possible).data(MATCH_ROLE) is POSSIBLE
    assert model.matches("conflict") == [MATCHES[1], MATCHES[3]]  # never counted as a conflict


def test_possible_conflicts_can_be_filtered_on_their_own(qtbot, qtmodeltester):
    sidebar = FactSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(_comparison((POSSIBLE, *MATCHES)))
    proxy = sidebar.tree.model()
    assert _groups(proxy) == [
        "Conflicts (2)",
        "Possible conflicts (1)",
        "Only in A (1)",
        "Agreed (1)",
    ]
    assert sidebar.status_boxes["possible"].text() == "Possible conflicts"
    sidebar.status_boxes["possible"].setChecked(False)
    assert _groups(proxy) == ["Conflicts (2)", "Only in A (1)", "Agreed (1)"]
    sidebar.set_filters(statuses={"possible"})
    assert _groups(proxy) == ["Possible conflicts (1)"]
    qtmodeltester.check(proxy)


def test_sidebar_shows_conflicts_first_and_expanded(sidebar):
    assert sidebar.tree.objectName() == sidebar.tree.accessibleName() == "factList"
    proxy = sidebar.tree.model()
    assert _groups(proxy) == ["Conflicts (2)", "Only in A (1)", "Agreed (1)"]
    assert all(sidebar.tree.isExpanded(proxy.index(row, 0)) for row in range(3))


def test_filters_by_kind_and_status_change_rows_and_counts(sidebar):
    proxy = sidebar.tree.model()
    sidebar.set_filters(kinds={"number", "quote"})
    assert _groups(proxy) == ["Conflicts (1)", "Only in A (1)"]
    assert not sidebar.kind_actions["ordinal"].isChecked()
    sidebar.set_filters(statuses={"agree", "only_a"})
    assert _groups(proxy) == ["Only in A (1)", "Agreed (1)"]
    assert not sidebar.status_boxes["conflict"].isChecked()
    sidebar.set_filters()
    assert _groups(proxy) == ["Conflicts (2)", "Only in A (1)", "Agreed (1)"]


def test_filter_controls_drive_the_tree(sidebar):
    proxy = sidebar.tree.model()
    sidebar.status_boxes["conflict"].setChecked(False)
    assert _groups(proxy) == ["Only in A (1)", "Agreed (1)"]
    sidebar.status_boxes["conflict"].setChecked(True)
    sidebar.kind_actions["number"].setChecked(False)
    assert _groups(proxy) == ["Conflicts (1)", "Only in A (1)", "Agreed (1)"]
    assert "ordinal" in sidebar.kind_button.text() or sidebar.kind_button.text() == "Kinds: some"
    sidebar.set_filters(kinds=set())
    assert _groups(proxy) == []


def test_selecting_a_child_emits_its_match_and_shows_provenance(qtbot, sidebar):
    proxy = sidebar.tree.model()
    child = proxy.index(1, 0, proxy.index(0, 0))
    with qtbot.waitSignal(sidebar.match_selected) as blocker:
        sidebar.tree.selectionModel().setCurrentIndex(
            child, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
    assert blocker.args == [MATCHES[3]]
    text = sidebar.detail.toPlainText()
    assert "It was his third visit." in text and "It was his fourth visit." in text
    assert f"chars {A3.start}–{A3.end}" in text and "sentence 2" in text


def test_enter_on_a_fact_emits_match_selected(qtbot, sidebar):
    proxy = sidebar.tree.model()
    sidebar.tree.setCurrentIndex(proxy.index(0, 0, proxy.index(0, 0)))
    sidebar.tree.setFocus()
    with qtbot.waitSignal(sidebar.match_selected) as blocker:
        qtbot.keyClick(sidebar.tree, Qt.Key.Key_Return)
    assert blocker.args == [MATCHES[1]]


def test_clicking_a_fact_emits_match_selected(qtbot, sidebar):
    sidebar.show()
    proxy = sidebar.tree.model()
    index = proxy.index(0, 0, proxy.index(1, 0))
    rect = sidebar.tree.visualRect(index)
    with qtbot.waitSignal(sidebar.match_selected) as blocker:
        qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [MATCHES[2]]


def test_new_comparison_and_filters_do_not_emit(qtbot, sidebar):
    sidebar.select_match(MATCHES[1])
    with qtbot.assertNotEmitted(sidebar.match_selected):
        sidebar.set_filters(kinds={"quote"})
        sidebar.set_comparison(_comparison())
        sidebar.set_comparison(None)
    assert _groups(sidebar.tree.model()) == []
    assert "Select a fact" in sidebar.detail.toPlainText()


def test_provenance_has_sentence_offsets_method_and_fields(sidebar):
    assert sidebar.select_match(MATCHES[1])
    text = sidebar.detail.toPlainText()
    assert "Floods killed 65 people." in text and "Floods killed at least 72 people." in text
    assert f"chars {A65.start}–{A65.end}" in text and "sentence 1" in text
    assert "Wire <story>" in text and "Northline" in text and "2024-10-22" in text
    assert "found by rules" in text and "at least" in text and "people" in text
    assert "killed <b>65</b> people." in provenance_html(MATCHES[1], _comparison())


def test_provenance_escapes_article_text():
    comparison = _comparison()
    html = provenance_html(MATCHES[2], comparison)
    assert "<b>&lt;b&gt;</b>" in html
    assert "&lt;i&gt;Ann&lt;/i&gt;" in html and "Wire &lt;story&gt;" in html
    text = _plain(html)
    assert "Tags like <b> stay text." in text
    assert "speaker" in text and "<i>Ann</i>" in text and "ner:test 1.0" in text
    assert "Not in B." in text


def test_provenance_says_why_the_two_facts_were_paired(sidebar):
    assert sidebar.select_match(MATCHES[3])
    lines = sidebar.detail.toPlainText().splitlines()
    assert lines[0].startswith("Conflicts · ordinal")
    assert lines[1] == (
        "Paired because: aligned sentences (score 0.81); same counted thing: visit; "
        "same position in the sentence"
    )


def test_provenance_of_a_possible_conflict_escapes_its_evidence():
    html = provenance_html(POSSIBLE, _comparison((POSSIBLE, *MATCHES)))
    assert "Paired because: shared words: killed, &lt;b&gt;floods&lt;/b&gt;" in html
    text = _plain(html)
    assert text.startswith("Possible conflicts · number — 65 vs at least 72")
    assert "Paired because: shared words: killed, <b>floods</b>" in text


def test_provenance_of_a_one_sided_fact_has_no_paired_because():
    assert "Paired because" not in provenance_html(MATCHES[2], _comparison())
