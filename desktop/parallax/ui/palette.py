"""Highlight cues per category, light and dark, readable without telling red from green."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

_U = QTextCharFormat.UnderlineStyle

# Facts are the outer layer (background, weight, slant, overline, letter spacing) and word
# changes the inner layer (underline style and colour), so a change inside a fact span keeps
# both cues.
FACT_CATEGORIES = ("conflict", "possible", "only", "variant", "agree", "unique")
# Letter spacing of a possible conflict, in percent: wide enough to see, narrow enough to read.
SPACED_PERCENT = 125.0


@dataclass(frozen=True, slots=True)
class Cue:
    """How one category looks: colours for light and dark, plus a cue that is not colour."""

    label: str
    light: str
    dark: str
    background: bool = False  # colour the background (facts) rather than the underline
    underline: _U = _U.NoUnderline
    bold: bool = False
    italic: bool = False
    overline: bool = False
    spaced: bool = False  # letters set apart (the fact layer's own cue, not an underline)
    muted: bool = False  # colour the letters (page furniture: greyed out, not the story)
    shape: str = ""  # how the non-colour cue reads in the legend

    def color(self, *, dark: bool) -> QColor:
        return QColor(self.dark if dark else self.light)


# Okabe-Ito hues (colour-blind safe), as tints for backgrounds.
CUES: dict[str, Cue] = {
    "conflict": Cue("Conflict", "#FFC9A8", "#7A2E0B", background=True, bold=True, shape="bold"),
    # A possible conflict is a weaker conflict: a paler tint of its hue, not bold, and spaced
    # letters, since an underline would be taken over by the word change over the same value.
    "possible": Cue(
        "Possible conflict",
        "#FFE6D6",
        "#4E2A1A",
        background=True,
        spaced=True,
        shape="spaced letters, not bold",
    ),
    "only": Cue(
        "Only in this version", "#C7E1F6", "#143F66", background=True, italic=True, shape="italic"
    ),
    "variant": Cue(
        "Variant", "#F7EB9C", "#5C5414", background=True, overline=True, shape="overline"
    ),
    "agree": Cue("Agreed (both say it)", "#E9E9E9", "#363636", background=True, shape="tint"),
    "unique": Cue("Sentence only here", "#F1F6FB", "#1D2630", background=True, shape="tint"),
    # Page furniture (a menu, a caption, a credit line) stays in the text, greyed out: not
    # compared and without facts. Painted first, so nothing of the story is ever greyed.
    "furniture": Cue(
        "Page furniture (not compared)", "#8A8A8A", "#7A7A7A", muted=True, shape="grey letters"
    ),
    "number": Cue(
        "Number changed",
        "#D55E00",
        "#FF8A4C",
        underline=_U.SingleUnderline,
        shape="solid underline",
    ),
    "date": Cue(
        "Date changed", "#0072B2", "#56B4E9", underline=_U.DashUnderline, shape="dashed underline"
    ),
    "quote": Cue(
        "Quote changed", "#009E73", "#3CD6A8", underline=_U.WaveUnderline, shape="wavy underline"
    ),
    "entity": Cue(
        "Name changed", "#CC79A7", "#E7A6CB", underline=_U.DashDotLine, shape="dash-dot underline"
    ),
    "hedge": Cue(
        "Hedge changed",
        "#E69F00",
        "#F5C04A",
        underline=_U.DashDotDotLine,
        shape="dash-dot-dot underline",
    ),
    "wording": Cue(
        "Wording changed", "#555555", "#BBBBBB", underline=_U.DotLine, shape="dotted underline"
    ),
    "style": Cue(
        "Style only (quiet)",
        "#B8B8B8",
        "#5E5E5E",
        underline=_U.DotLine,
        shape="faint dotted underline",
    ),
}


INSERTION_LABEL = "Text the other version adds here (caret mark)"


def insertion_color(*, dark: bool) -> QColor:
    """The caret mark drawn where the other version has text this one lacks."""
    return QColor("#56B4E9" if dark else "#0072B2")


def is_dark(palette: QPalette) -> bool:
    """Dark scheme when the window colour is dark (follows the system scheme through Qt)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def char_format(category: str, *, dark: bool) -> QTextCharFormat:
    """The format to merge over a range of `category`; only the cue's own properties are set."""
    cue = CUES[category]
    fmt = QTextCharFormat()
    if cue.muted:
        fmt.setForeground(cue.color(dark=dark))
    elif cue.background:
        fmt.setBackground(cue.color(dark=dark))
    else:
        fmt.setUnderlineStyle(cue.underline)
        fmt.setUnderlineColor(cue.color(dark=dark))
    if cue.bold:
        fmt.setFontWeight(700)
    if cue.italic:
        fmt.setFontItalic(True)
    if cue.overline:
        fmt.setFontOverline(True)
    if cue.spaced:
        fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
        fmt.setFontLetterSpacing(SPACED_PERCENT)
    return fmt


def formats(*, dark: bool) -> dict[str, QTextCharFormat]:
    """Every category's format for one scheme."""
    return {category: char_format(category, dark=dark) for category in CUES}
