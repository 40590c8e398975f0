"""The alignment strip's geometry as a pure function, and the palette's dark-scheme choice."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette

from parallax.ui import palette
from parallax.ui.alignment_strip import Band, Link, band_path, bands


def test_bands_keep_links_that_touch_the_strip_and_end_at_its_edges():
    links = [
        Link((10, 30), (40, 70), "same"),
        Link((-50, -10), (-40, -5), "changed"),  # scrolled away above
        Link((-50, -10), (20, 35), "moved"),  # visible on B's side only
        Link((300, 330), (310, 340), "same"),  # below
        Link((50, 60), None, "only_a"),
    ]
    shown = bands(links, width=48, height=200)
    assert [band.kind for band in shown] == ["same", "moved", "only_a"]
    first = shown[0]
    assert (first.left, first.right, first.bend) == ((10, 30), (40, 70), 24)
    assert shown[2].right is None


def test_band_path_is_a_closed_cubic_from_left_span_to_right_span():
    path = band_path(Band("changed", (10, 30), (40, 70), 24), 48)
    rect = path.boundingRect()
    assert (rect.left(), rect.right()) == (0, 48)
    assert (rect.top(), rect.bottom()) == (10, 70)
    assert path.contains(QPointF(1, 20)) and path.contains(QPointF(47, 55))
    assert not path.contains(QPointF(1, 50))


def test_dark_scheme_follows_the_window_colour():
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    assert not palette.is_dark(light)
    assert palette.is_dark(dark)
    assert palette.formats(dark=True)["conflict"] != palette.formats(dark=False)["conflict"]
