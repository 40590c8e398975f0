"""Web addresses in text: URLs, e-mail addresses, @handles and #hashtags, which are never names.

Pasted web pages and embedded social posts carry them ("pic.twitter.com/abc— Ann Lee (@annlee)");
the model reads some of them as organisations or people. A name span that overlaps one is cut
back to its words before it ("Maria Miller maria.miller@example.org" -> "Maria Miller") or
dropped. A bare domain counts only in lower case: "cnn.com" is an address, while "Amazon.com"
and "Phys.org" are how those companies write their names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol, Self, TypeVar

_TLD = r"(?:com|org|net|gov|edu|int|mil|info|io|co|uk|us|ca|au|in|de|fr|eu|ly|me|tv|news)"
_LABELS = 9  # labels of a lower-case domain before its last: a bound keeps "a.a.a..." linear
_PATH = r"[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]]"  # up to a space, less closing punctuation
WEB_ADDRESS = re.compile(
    rf"\b(?:https?://|www\.){_PATH}"  # URLs with a scheme or www.
    r"|\bpic\.twitter\.com/\w*"  # embedded tweet images, often glued to the next word
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses, from the run's start
    r"|(?<![\w@&])[@#][A-Za-z_]\w*"  # @handles and #hashtags ("&#39;" is no hashtag)
    rf"|(?<![a-z0-9-])\b[a-z0-9-]+(?:\.[a-z0-9-]+){{0,{_LABELS}}}\.{_TLD}\b(?:/{_PATH})?"  # domains
)


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def _replace(self, *, start: int = ..., end: int = ...) -> Self: ...


S = TypeVar("S", bound=_Span)


def web_addresses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every web address in `text`, in order; they do not overlap."""
    return [match.span() for match in WEB_ADDRESS.finditer(text)]


def cut_at_addresses(text: str, span: S, addresses: Sequence[tuple[int, int]]) -> S | None:
    """`span` without the web addresses it overlaps: the longest stretch outside them that
    still holds a capital letter (a name's words come before its handle or address), else None."""
    lo = bisect.bisect_left(addresses, (span.start, span.start)) - 1
    pieces, start = [], span.start
    for a_start, a_end in addresses[max(lo, 0) :]:
        if a_start >= span.end:
            break
        if a_end <= span.start:
            continue
        pieces.append((start, a_start))
        start = a_end
    if not pieces:
        return span
    pieces.append((start, span.end))
    pieces = [(s, e) for s, e in pieces if any(c.isupper() for c in text[s:e])]
    if not pieces:
        return None
    start, end = max(pieces, key=lambda piece: piece[1] - piece[0])
    return span._replace(start=start, end=end)
