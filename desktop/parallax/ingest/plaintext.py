"""Plain text -> paragraphs: blank lines separate them, hard-wrapped prose lines are re-joined."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# A line that starts like a list item, table row or quotation stays a line of its own.
_LIST_LINE = re.compile(r"(?:[-*+•–—▪◦·]\s|\d{1,3}[.)]\s|[|>])")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # "Kyiv-" + "based" -> "Kyiv-based"
MIN_WRAPPED = 30  # a line shorter than this ended where its author ended it (a name, a list)
WRAP_SHARE = 0.6  # ... as does one much shorter than the longest line of its paragraph
WIDTH_QUANTILE = 0.9
MAX_WRAP_WIDTH = 100  # text wrapped by a program (mail, a text-mode browser) stays narrower


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph as lines; a `verbatim` block (Markdown code) keeps its lines exactly."""

    lines: tuple[str, ...]
    verbatim: bool = False


def split_blocks(text: str) -> list[Block]:
    """Paragraphs of `text`: runs of non-blank lines, each line stripped."""
    blocks: list[Block] = []
    lines: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            lines.append(line.strip())
        elif lines:
            blocks.append(Block(tuple(lines)))
            lines = []
    return blocks


def render(blocks: list[Block]) -> str:
    """The stored text: paragraphs joined by one blank line."""
    width = wrap_width(blocks)
    paragraphs = (
        _verbatim(block) if block.verbatim else unwrap(block.lines, width=width) for block in blocks
    )
    return "\n\n".join(p for p in paragraphs if p)


def wrap_width(blocks: list[Block]) -> int:
    """How wide the text's lines run: the length most long lines reach (a text wrapped at 76
    columns gives about 76; one written a paragraph per line, the length of long paragraphs)."""
    lengths = sorted(len(line) for block in blocks for line in block.lines)
    return lengths[int(len(lengths) * WIDTH_QUANTILE)] if lengths else 0


def unwrap(lines: tuple[str, ...], *, width: int = 0) -> str:
    """Join hard-wrapped lines of prose with a space; keep short and list-like lines as lines,
    and a line whose first word would have fitted on the line before (its break was meant)."""
    longest = max(map(len, lines))
    if longest > MAX_WRAP_WIDTH:
        return "\n".join(lines)  # a line this long was never wrapped: a paragraph per line
    threshold = max(MIN_WRAPPED, WRAP_SHARE * longest)
    width = max(width, longest)
    text = lines[0]
    for previous, line in pairwise(lines):
        # a line that goes on with a small letter continues a sentence, whatever its width
        fits = len(previous) + 1 + len(line.split(maxsplit=1)[0]) <= width and not line[0].islower()
        if len(previous) < threshold or fits or _LIST_LINE.match(line):
            text += "\n" + line
        else:
            text += ("" if _HYPHENATED.search(previous) else " ") + line
    return text


def _verbatim(block: Block) -> str:
    return "\n".join(line.rstrip() for line in block.lines).strip("\n")
