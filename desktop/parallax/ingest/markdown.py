"""Markdown -> plain-text paragraphs, by a small hand-written converter.

Hand-written rather than a Markdown library: Parallax needs the words of an article as plain
text whose character offsets stay stable, not a rendering. A library would produce HTML that
would then have to be flattened again, and it would bring a dependency for what fits in a page
of line rules: headings, emphasis, links [t](u) -> t, images dropped, list items kept as lines,
code fences kept as text, block quotes unmarked, rules and link definitions dropped.
"""

from __future__ import annotations

import re

from parallax.ingest.plaintext import Block

_FENCE = re.compile(r"\s{0,3}(`{3,}|~{3,}).*")
_ATX = re.compile(r"\s{0,3}(?P<level>#{1,6})(?:\s+(?P<text>.*?))?(?:\s+#+)?\s*")
_SETEXT = re.compile(r"\s{0,3}(?P<mark>=+|-+)\s*")
_RULE = re.compile(r"\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})")
_TABLE_RULE = re.compile(r"\s*+\|?(?:\s*+:?-{3,}:?\s*+\|)+\s*+(?::?-{3,}:?\s*+)?")
_LINK_DEFINITION = re.compile(r"\s{0,3}\[[^\]]+\]:\s*\S+.*")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+\S")

# Spans are bounded, and possessive (`{m,n}+`) where backtracking cannot help, so a long line of
# stray markers costs linear rather than quadratic time.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_CODE_SPAN = re.compile(r"(`{1,3})([^`]{1,300}?)\1")
_IMAGE = re.compile(
    r"!\[[^\]]{0,300}+\](?:\([^)\s]{0,2000}+(?:\s[^)]{0,300}+)?\)|\[[^\]]{0,100}+\])"
)
_LINK = re.compile(
    r"\[([^\]]{1,300}+)\](?:\([^)\s]{0,2000}+(?:\s[^)]{0,300}+)?\)|\[[^\]]{0,100}+\])"
)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]{1,2000}+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"\*(?=[^\s*])([^*]{1,300}?)(?<=[^\s*])\*|(?<!\w)_(?=[^\s_])([^_]{1,300}?)(?<=[^\s_])_(?!\w)"
)
_STRIKE = re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~")
_KEPT = re.compile("\x00(\\d+)\x00")  # placeholder; NUL cannot occur in cleaned text


def to_blocks(text: str) -> tuple[str | None, list[Block]]:
    """The title (a leading level-1 heading, if any) and the paragraphs of Markdown `text`."""
    converter = _Converter()
    for line in text.split("\n"):
        converter.feed(line)
    converter.flush()
    return converter.title, converter.blocks


def inline(text: str) -> str:
    """One line of Markdown without its inline markup."""
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\x00{len(kept) - 1}\x00"

    text = _ESCAPE.sub(lambda m: keep(m[1]), text)
    text = _CODE_SPAN.sub(lambda m: keep(m[2].strip()), text)
    text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    text = _AUTOLINK.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", _STRONG.sub(r"\2", text))
    text = _EMPHASIS.sub(lambda m: m[1] or m[2], text)
    return _KEPT.sub(lambda m: kept[int(m[1])], text).strip()


class _Converter:
    """Reads Markdown line by line into paragraphs; headings are paragraphs of their own."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.lines: list[str] = []
        self.fence: str | None = None  # the fence that opened the code block we are in

    def feed(self, line: str) -> None:
        if self.fence is not None:
            self._code_line(line)
        elif match := _FENCE.fullmatch(line):
            self.flush()
            self.fence = match[1]
        elif not line.strip():
            self.flush()
        else:
            self._text_line(line)

    def flush(self) -> None:
        """End the paragraph (or code block) being read."""
        lines = tuple(self.lines)
        self.lines = []
        if self.fence is not None:
            self.blocks.append(Block(lines, verbatim=True))
        elif any(lines):
            self.blocks.append(Block(tuple(line for line in lines if line)))

    def _code_line(self, line: str) -> None:
        fence = self.fence
        assert fence is not None  # only called inside a code block
        stripped = line.strip()
        if stripped.startswith(fence) and not stripped.strip(fence[0]):
            self.flush()
            self.fence = None
        else:
            self.lines.append(line)

    def _text_line(self, line: str) -> None:
        setext = _SETEXT.fullmatch(line)
        if setext and len(self.lines) == 1 and not _LIST_ITEM.match(self.lines[0]):
            self._heading(self.lines.pop(), level=1 if setext["mark"][0] == "=" else 2)
        elif heading := _ATX.fullmatch(line):
            self._heading(inline(heading["text"] or ""), level=len(heading["level"]))
        elif any(rule.fullmatch(line) for rule in (_RULE, _TABLE_RULE, _LINK_DEFINITION)):
            self.flush()
        else:
            self.lines.append(inline(_QUOTE.sub("", line)))

    def _heading(self, text: str, *, level: int) -> None:
        self.flush()
        if level == 1 and not self.blocks and self.title is None and text:
            self.title = text
        elif text:
            self.blocks.append(Block((text,)))
