"""Synchronised scrolling to the very end: the shorter text keeps up with the longer one."""

from __future__ import annotations

import pytest

from parallax.compare.comparison import compare
from parallax.ingest import read_path
from parallax.nlp import analyse
from parallax.ui.compare_view import CompareView
from parallax.ui.sync_scroll import top_position

from support import SAMPLES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def long_and_short(tmp_path_factory):
    """The wire report (A) and its title, byline and first paragraph (B): B ends while A goes on."""
    folder = tmp_path_factory.mktemp("texts")
    text = (SAMPLES / "1-northline-wire.txt").read_text(encoding="utf-8")
    (folder / "long.txt").write_text(text, encoding="utf-8")
    (folder / "short.txt").write_text("\n\n".join(text.split("\n\n")[:3]), encoding="utf-8")
    a, b = (read_path(folder / name).article for name in ("long.txt", "short.txt"))
    return compare(a, b, analyse(a), analyse(b))


def _line(pane, position: int) -> int:
    block = pane.document().findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    return block.firstLineNumber() + line.lineNumber()


def test_the_shorter_text_follows_the_longer_to_its_end(qtbot, long_and_short):
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(700, 360)
    view.set_comparison(long_and_short)
    view.show()
    qtbot.waitExposed(view)
    long, short = view.pane_a, view.pane_b
    assert len(long.toPlainText()) > 2 * len(short.toPlainText())
    behind = []
    for value in range(1, long.verticalScrollBar().maximum() + 1):
        long.verticalScrollBar().setValue(value)
        wanted = view.sync.offsets.map(side="a", position=top_position(long))
        shown = top_position(short)
        behind.append(_line(short, wanted) - _line(short, shown))
    assert max(behind) <= 1, behind  # it stopped short as soon as its last line showed
