"""The comparison view on the sample story: highlights, navigation, show_match, sync, find."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from parallax.compare import navigate
from parallax.model import Comparison
from parallax.ui import palette
from parallax.ui.compare_view import CompareView
from parallax.ui.sync_scroll import top_position

pytestmark = pytest.mark.model


@pytest.fixture
def comparison(wire_and_rival: Comparison) -> Comparison:
    return wire_and_rival


@pytest.fixture
def view(qtbot, comparison) -> CompareView:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(760, 300)  # small, so both panes scroll
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.comparison_shown):
        view.set_comparison(comparison)
    return view


def _fact_span(comparison, side: str, text: str) -> tuple[int, int]:
    for match in comparison.matches:
        fact = getattr(match, side)
        if match.status == "conflict" and fact is not None and fact.text == text:
            return fact.start, fact.end
    raise AssertionError(f"no conflict fact {text!r} on side {side}")


def _format_at(pane: QPlainTextEdit, position: int):
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position + 1)  # charFormat() is the format of the character before
    return cursor.charFormat()


def _cursor_visible(pane: QPlainTextEdit) -> bool:
    return pane.viewport().rect().intersects(pane.cursorRect())


def test_panes_hold_exactly_the_article_text_with_headers(view, comparison):
    assert view.pane_a.toPlainText() == comparison.a.text
    assert view.pane_b.toPlainText() == comparison.b.text
    assert view.pane_a.objectName() == view.pane_a.accessibleName() == "paneA"
    assert view.pane_b.accessibleName() == "paneB"
    assert view.strip.accessibleName() == "alignmentStrip"
    assert view.find_bar.accessibleName() == "findBar"
    assert view.pane_a.isReadOnly() and view.pane_b.isReadOnly()
    assert comparison.a.title in view.column_a.header.text()
    assert comparison.b.sha256 in view.column_b.header.toolTip()


@pytest.mark.parametrize(("a_text", "b_text"), [("third", "fourth"), ("65", "72")])
def test_known_conflicts_are_highlighted_bold_on_both_sides(view, comparison, a_text, b_text):
    a_span = _fact_span(comparison, "a", a_text)
    b_span = _fact_span(comparison, "b", b_text)
    assert (*a_span, "conflict") in view.highlight_ranges("a")
    assert (*b_span, "conflict") in view.highlight_ranges("b")
    conflict = palette.char_format("conflict", dark=False)
    for pane, (start, _end) in ((view.pane_a, a_span), (view.pane_b, b_span)):
        applied = _format_at(pane, start)
        assert applied.fontWeight() == 700
        assert applied.background().color() == conflict.background().color()


def test_a_change_inside_a_fact_keeps_both_cues(view):
    ranges = view.highlight_ranges("a")
    facts = [r for r in ranges if r[2] == "conflict"]
    changes = [r for r in ranges if r[2] in ("number", "quote")]
    overlaps = [
        (max(c[0], f[0]), c[2]) for c in changes for f in facts if c[0] < f[1] and f[0] < c[1]
    ]
    assert overlaps, "expected a number or quote change over a conflicting fact"
    for position, category in overlaps:
        applied = _format_at(view.pane_a, position)
        assert applied.fontWeight() == 700
        assert applied.underlineStyle() == palette.CUES[category].underline


def test_style_only_changes_are_shown_quietly(view):
    style = [r for r in view.highlight_ranges("a") + view.highlight_ranges("b") if r[2] == "style"]
    assert style
    quiet = palette.char_format("style", dark=False)
    for category in ("conflict", "number", "date", "quote", "wording"):
        assert quiet != palette.char_format(category, dark=False)
    start = style[0][0]
    pane = view.pane_a if style[0] in view.highlight_ranges("a") else view.pane_b
    assert _format_at(pane, start).underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def test_numbers_dates_and_quotes_look_different_without_colour():
    styles = {palette.CUES[c].underline for c in ("number", "date", "quote", "entity", "hedge")}
    assert len(styles) == 5
    assert palette.CUES["conflict"].bold


def test_dark_palette_is_chosen_from_the_window_colour(view, comparison):
    assert not view.dark
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    view.setPalette(dark)
    assert view.dark
    start, _ = _fact_span(comparison, "a", "third")
    expected = palette.char_format("conflict", dark=True).background().color()
    assert _format_at(view.pane_a, start).background().color() == expected
    assert view.pane_a.toPlainText() == comparison.a.text


def test_next_visits_every_difference_in_order_then_stops(view, comparison, qtbot):
    expected = navigate.differences(comparison)
    seen = []
    with qtbot.waitSignals([view.difference_changed] * len(expected)):
        while (diff := view.next_difference()) is not None:
            seen.append(diff)
            assert _selection(view.pane_a) == diff.side_a
            assert _selection(view.pane_b) == diff.side_b
            assert _cursor_visible(view.pane_a) and _cursor_visible(view.pane_b)
    assert tuple(seen) == expected
    assert view.next_difference() is None


def test_previous_mirrors_next(view, comparison):
    expected = navigate.differences(comparison)
    cursor = view.pane_a.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.pane_a.setTextCursor(cursor)
    seen = []
    while (diff := view.previous_difference()) is not None:
        seen.append(diff)
    assert tuple(seen) == expected[::-1]


def test_show_match_selects_and_reveals_both_facts_then_unflashes(view, comparison, qtbot):
    match = next(m for m in comparison.matches if m.status == "conflict" and m.a.text == "12%")
    view.show_match(match)
    assert _selection(view.pane_a) == (match.a.start, match.a.end)
    assert _selection(view.pane_b) == (match.b.start, match.b.end)
    assert _cursor_visible(view.pane_a) and _cursor_visible(view.pane_b)
    assert view.pane_a.verticalScrollBar().value() > 0
    assert view.pane_a.extraSelections() and view.pane_b.extraSelections()
    qtbot.waitUntil(lambda: not view.pane_a.extraSelections() and not view.pane_b.extraSelections())


def test_next_conflict_walks_the_conflicts_in_a_order(view, comparison):
    conflicts = sorted(
        (m for m in comparison.matches if m.status == "conflict"), key=lambda m: m.a.start
    )
    seen = []
    while (match := view.next_conflict()) is not None:
        seen.append(match)
        assert _selection(view.pane_a) == (match.a.start, match.a.end)
    assert seen == conflicts


def test_sync_scrolling_maps_through_the_alignment_once(view, comparison, qtbot):
    bar_a, bar_b = view.pane_a.verticalScrollBar(), view.pane_b.verticalScrollBar()
    assert bar_a.maximum() > 2 and bar_b.maximum() > 2
    moves_a, moves_b = [], []
    bar_a.valueChanged.connect(moves_a.append)
    bar_b.valueChanged.connect(moves_b.append)
    dropped = view.sync.dropped
    bar_a.setValue(bar_a.maximum() // 2)
    assert moves_a == [bar_a.maximum() // 2]  # B's handler did not scroll A back
    assert len(moves_b) == 1
    assert view.sync.dropped == dropped + 1
    mapped = view.sync.offsets.map(side="a", position=top_position(view.pane_a))
    line_height = view.pane_b.fontMetrics().lineSpacing()
    next_line = view.pane_b.cursorForPosition(QPoint(0, line_height + 1)).position()
    assert top_position(view.pane_b) <= mapped < next_line  # B's top line holds A's top char


def test_sync_scrolling_can_be_turned_off(view):
    view.set_sync_scrolling(False)
    assert not view.action_sync.isChecked()
    before = view.pane_b.verticalScrollBar().value()
    view.pane_a.verticalScrollBar().setValue(3)
    assert view.pane_b.verticalScrollBar().value() == before
    view.set_sync_scrolling(True)
    assert view.action_sync.isChecked()


def test_find_wraps_around_and_follows_the_focused_pane(view, comparison, qtbot):
    word = "Valley"
    count = comparison.a.text.lower().count(word.lower())  # find is case-insensitive
    assert count >= 2
    starts = []
    for _ in range(count + 1):
        assert view.find_text(word)
        starts.append(view.pane_a.textCursor().selectionStart())
    assert starts[-1] == starts[0] != starts[1]  # wrapped round to the first one
    assert view.find_text(word, backward=True)
    assert view.pane_a.textCursor().selectionStart() == starts[-2]
    assert not view.find_text("no such words anywhere")
    view.pane_b.setFocus()
    qtbot.waitUntil(view.pane_b.hasFocus)
    assert view.find_text("Harbour") or view.find_text(word)
    assert view.pane_b.textCursor().hasSelection()


def test_find_bar_keys(view, qtbot):
    from PySide6.QtCore import Qt

    view.pane_a.setFocus()
    view.actions_by_name["find"].trigger()
    assert view.find_bar.isVisible()
    qtbot.keyClicks(view.find_bar.edit, "Brenner")
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return)
    assert view.pane_a.textCursor().selectedText() == "Brenner"
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()


def test_strip_draws_links_for_visible_pairs(view, qtbot):
    assert view.strip.source()
    view.strip.repaint()
    assert view.strip.painted > 0


def test_legend_lists_every_category_with_its_cue(view):
    categories = [category for category, _label, _cue in view.legend.entries()]
    assert set(categories) == set(palette.CUES)
    assert "Conflict" in view.legend.toPlainText()
    assert all(cue for _c, _l, cue in view.legend.entries())


def test_keyboard_alone_walks_the_differences(view, comparison, qtbot):
    from PySide6.QtCore import Qt

    view.activateWindow()
    view.pane_a.setFocus()
    qtbot.waitUntil(view.pane_a.hasFocus)
    first, second = navigate.differences(comparison)[:2]
    with qtbot.waitSignal(view.difference_changed) as blocker:
        qtbot.keyClick(view.pane_a, Qt.Key.Key_F7)
    assert blocker.args == [first]
    with qtbot.waitSignal(view.difference_changed) as blocker:
        qtbot.keyClick(view.pane_a, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert blocker.args == [second]
    with qtbot.waitSignal(view.difference_changed) as blocker:
        qtbot.keyClick(view.pane_a, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [first]


def test_clearing_removes_everything(view, qtbot):
    view.next_difference()
    with qtbot.waitSignal(view.difference_changed) as blocker:
        view.set_comparison(None)
    assert blocker.args == [None]
    assert view.pane_a.toPlainText() == view.pane_b.toPlainText() == ""
    assert view.highlight_ranges("a") == view.highlight_ranges("b") == []
    assert view.strip.source() == []
    assert view.next_difference() is None and view.next_conflict() is None


def _selection(pane: QPlainTextEdit) -> tuple[int, int]:
    cursor = pane.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def test_with_b_focused_navigation_follows_b_reading_order(view, comparison, qtbot):
    view.activateWindow()
    view.pane_b.setFocus()
    qtbot.waitUntil(view.pane_b.hasFocus)
    assert view.active_side == "b"
    seen = []
    while (diff := view.next_difference()) is not None:
        seen.append(diff)
        assert _selection(view.pane_b) == diff.side_b
    starts = [diff.side_b[0] for diff in seen]
    assert starts == sorted(starts)
    assert set(seen) == set(navigate.differences(comparison))
    assert [d.side_a[0] for d in seen] != [d.side_a[0] for d in navigate.differences(comparison)]


def test_insertion_points_are_marked_where_the_other_side_adds_text(view, comparison, qtbot):
    only_b = [d for d in navigate.differences(comparison) if d.category == navigate.ONLY_B]
    assert only_b, "the sample rival has sentences the wire lacks"
    assert {d.side_a[0] for d in only_b} <= set(view.pane_a.insertion_points)
    assert all(0 <= p <= len(comparison.a.text) for p in view.pane_a.insertion_points)
    target = only_b[0].side_a[0]
    cursor = QTextCursor(view.pane_a.document())
    cursor.setPosition(target)
    view.pane_a.setTextCursor(cursor)
    view.pane_a.centerCursor()
    view.pane_a.viewport().repaint()
    assert view.pane_a.marks_painted >= 1
    view.set_comparison(None)
    assert view.pane_a.insertion_points == ()
