"""Reports of a comparison: JSON, CSV, Markdown, HTML."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from parallax.model import Comparison, StoryMatrix
from parallax.report import (
    csv_report,
    html_report,
    json_report,
    markdown_report,
    memo,
    story_html,
    story_report,
    text_report,
)
from parallax.report.json_report import comparison_to_json
from parallax.report.story_report import story_to_json

__all__ = [
    "FORMATS",
    "STORY_FORMATS",
    "comparison_to_json",
    "render_comparison",
    "render_story",
    "story_to_json",
]

_COMPARISON: dict[str, Callable[[Comparison], str]] = {
    "text": text_report.render,
    "json": json_report.render,
    "markdown": markdown_report.render,
    "html": html_report.render,
    "csv": csv_report.render,
    "memo": memo.render,
}
_STORY: dict[str, Callable[[StoryMatrix], str]] = {
    "text": story_report.render_text,
    "json": story_report.render_json,
    "markdown": story_report.render_markdown,
    "html": story_html.render,
    "csv": story_report.render_csv,
    "memo": memo.render_story,  # with the story's marked pairs: render_story(..., marked=...)
}
FORMATS = tuple(_COMPARISON)  # png and pdf are added by the UI layer, which can draw
STORY_FORMATS = tuple(_STORY)


def render_comparison(comparison: Comparison, fmt: str) -> str:
    """The comparison as a report in `fmt` (one of FORMATS), ending in a newline."""
    return _pick(_COMPARISON, fmt)(comparison)


def render_story(matrix: StoryMatrix, fmt: str, *, marked: Sequence[Comparison] = ()) -> str:
    """The story's fact × article matrix in `fmt` (one of STORY_FORMATS), ending in a newline;
    the memo (and the HTML report's memo section) also lists the review marks of `marked`,
    comparisons of pairs of its articles."""
    if fmt == "memo":
        return memo.render_story(matrix, marked)
    if fmt == "html":
        return story_html.render(matrix, marked)
    return _pick(_STORY, fmt)(matrix)


def _pick(renderers: dict, fmt: str) -> Callable:
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; choose one of: {', '.join(renderers)}")
    return renderers[fmt]
