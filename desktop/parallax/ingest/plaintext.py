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
    paragraphs = (_verbatim(block) if block.verbatim else unwrap(block.lines) for block in blocks)
    return "\n\n".join(p for p in paragraphs if p)


def unwrap(lines: tuple[str, ...]) -> str:
    """Join hard-wrapped lines of prose with a space; keep short and list-like lines as lines."""
    threshold = max(MIN_WRAPPED, WRAP_SHARE * max(map(len, lines)))
    text = lines[0]
    for previous, line in pairwise(lines):
        if len(previous) < threshold or _LIST_LINE.match(line):
            text += "\n" + line
        else:
            text += ("" if _HYPHENATED.search(previous) else " ") + line
    return text


def _verbatim(block: Block) -> str:
    return "\n".join(line.rstrip() for line in block.lines).strip("\n")
