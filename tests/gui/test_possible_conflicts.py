"""Possible conflicts in the reader: their own cue and legend entry, apart in every count."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextCursor

from parallax.model import (
    Alignment,
    Analysis,
    Article,
    Comparison,
    Evidence,
    Fact,
    Match,
    ModelInfo,
    Sentence,
)
from parallax.ui import highlights, palette
from parallax.ui.compare_view import CompareView
from parallax.ui.main_window import MainWindow

A_TEXT = "Floods killed 65 people. It was his third visit. The river fell 12%."
B_TEXT = "Floods killed 72 people. It was his fourth visit. The river fell 15%."


def _fact(text: str, needle: str, kind: str, sentence: int) -> Fact:
    start = text.index(needle)
    return Fact(f"{kind}-{start}", kind, needle, start, start + len(needle), sentence)


def _sentences(text: str) -> tuple[Sentence, ...]:
    starts = [0] + [i + 2 for i, c in enumerate(text) if c == "." and i + 2 < len(text)]
    ends = [i + 1 for i, c in enumerate(text) if c == "."]
    return tuple(Sentence(n, s, e) for n, (s, e) in enumerate(zip(starts, ends, strict=True)))


ALIGNED = Evidence("aligned_sentences", 0.9)
MATCHES = (
    Match(
        "possible",
        "number",
        _fact(A_TEXT, "65", "number", 0),
        _fact(B_TEXT, "72", "number", 0),
        "65 vs 72",
        (ALIGNED, Evidence("shared_event_words", ("killed",))),
    ),
    Match(
        "conflict",
        "ordinal",
        _fact(A_TEXT, "third", "ordinal", 1),
        _fact(B_TEXT, "fourth", "ordinal", 1),
        "third vs fourth",
        (ALIGNED, Evidence("same_counted_thing", "visit")),
    ),
    Match(
        "possible",
        "percent",
        _fact(A_TEXT, "12%", "percent", 2),
        _fact(B_TEXT, "15%", "percent", 2),
        "12% vs 15%",
        (ALIGNED,),
    ),
)


@pytest.fixture
def comparison() -> Comparison:
    model = ModelInfo("test", "1.0", fallback=False)
    a = Article("a1", "0" * 64, A_TEXT, title="Wire")
    b = Article("b1", "1" * 64, B_TEXT, title="Rival")
    facts_a = tuple(m.a for m in MATCHES)
    facts_b = tuple(m.b for m in MATCHES)
    return Comparison(
        a,
        b,
        Analysis("a1", model, _sentences(A_TEXT), facts_a),
        Analysis("b1", model, _sentences(B_TEXT), facts_b),
        tuple(Alignment((i,), (i,), 0.9, "changed") for i in range(3)),
        (),
        MATCHES,
    )


@pytest.fixture
def view(qtbot, comparison) -> CompareView:
    view = CompareView()
    qtbot.addWidget(view)
    view.set_comparison(comparison)
    return view


def _format_at(view: CompareView, position: int):
    cursor = QTextCursor(view.pane_a.document())
    cursor.setPosition(position + 1)  # charFormat() is the format of the character before
    return cursor.charFormat()


@pytest.mark.parametrize("dark", [False, True])
def test_a_possible_conflict_is_a_weaker_conflict_with_a_cue_beyond_colour(dark):
    cue, conflict = palette.CUES["possible"], palette.CUES["conflict"]
    assert "possible" in palette.FACT_CATEGORIES and cue.background
    assert conflict.bold and not cue.bold  # weaker: no bold ...
    assert cue.spaced and cue.shape  # ... and spaced letters, which no other category uses
    others = [palette.CUES[c] for c in palette.FACT_CATEGORIES if c != "possible"]
    assert not any(other.spaced for other in others)
    fmt = palette.char_format("possible", dark=dark)
    assert fmt.fontLetterSpacingType() == QFont.SpacingType.PercentageSpacing
    assert fmt.fontLetterSpacing() > 100
    assert fmt.background().color() != palette.char_format("conflict", dark=dark).background()
    # a paler tint of the conflict's hue in light mode, a darker one in dark mode
    lighter = cue.color(dark=dark).lightness() > conflict.color(dark=dark).lightness()
    assert lighter != dark


def test_possible_conflicts_are_painted_as_possible_not_as_conflicts(view, comparison):
    ranges = highlights.ranges_for(comparison, "a")
    by_text = {A_TEXT[start:end]: category for start, end, category in ranges}
    assert by_text == {"65": "possible", "third": "conflict", "12%": "possible"}
    start = A_TEXT.index("65")
    painted = _format_at(view, start)
    assert painted.fontLetterSpacing() == palette.SPACED_PERCENT
    assert painted.fontWeight() != QFont.Weight.Bold


def test_the_legend_shows_possible_conflicts_after_conflicts(view):
    entries = view.legend.entries()
    categories = [category for category, _label, _shape in entries]
    assert categories.index("possible") == categories.index("conflict") + 1
    label, shape = entries[categories.index("possible")][1:]
    assert label == "Possible conflict" and shape == "spaced letters, not bold"
    assert "Possible conflict (spaced letters, not bold)" in view.legend.toPlainText()
    assert "Possible conflict: spaced letters, not bold" in view.legend.accessibleDescription()


def test_next_conflict_skips_possible_conflicts(view):
    found = view.next_conflict()
    assert found is MATCHES[1]
    assert view.next_conflict() is None
    view.show_match(MATCHES[2])  # showing a possible conflict does not move the conflict walk
    assert view.next_conflict() is None


def test_the_window_counts_possible_conflicts_apart(qtbot, library_path: Path, comparison):
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.on_comparison_finished(comparison)
    message = window.summary_label.text()
    assert message.startswith("1 conflict · 2 possible conflicts · 0 only in A · 0 only in B")
    proxy = window.fact_sidebar.tree.model()
    groups = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert groups == ["Conflicts (1)", "Possible conflicts (2)"]
