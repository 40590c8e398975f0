"""Word and punctuation tokens with their offsets: the unit of alignment and of word diffs."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import NamedTuple

# A word keeps inner apostrophes, periods, hyphens and digit separators ("U.S", "don't",
# "1,500", "COVID-19", "well-known"); any other non-space character is a token of its own.
WORD_PATTERN = r"\w+(?:[.,'’\-]\w+)*"
_TOKEN = re.compile(rf"{WORD_PATTERN}|[^\w\s]")
_INNER_MARKS = re.compile(r"[.,\-]")  # what joins the parts of one word but an apostrophe
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


class Token(NamedTuple):
    """`text[start:end]`; `norm` is its case-folded form with quote marks unified."""

    start: int
    end: int
    norm: str

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with offsets into the whole `text`."""
    return [
        Token(m.start(), m.end(), normalise(m.group()))
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


@functools.lru_cache(maxsize=65536)
def normalise(token: str) -> str:
    """Case-folded, NFKC, curly quotes and apostrophes made straight."""
    if token.isascii():  # NFKC and the quote table change nothing in ASCII; casefold is lower
        return token.lower()
    return unicodedata.normalize("NFKC", token).translate(_QUOTE_MARKS).casefold()


class TokenizedText:
    """A text tokenized once (as `tokenize` does), whose ranges are read without tokenizing
    again: the one view of an article that alignment, word diff and matching share."""

    __slots__ = ("_ends", "_starts", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]

    def between(self, start: int, end: int) -> list[Token]:
        """`tokenize(text, start, end)`: the tokens inside the range, or, when a token of the
        whole text straddles one of its ends ("U.S" cut after "U."), the range tokenized."""
        low = bisect.bisect_left(self._ends, start + 1)  # the first token ending after start
        high = bisect.bisect_left(self._starts, end)  # the first token starting at end or later
        if (low < len(self.tokens) and self._starts[low] < start) or (
            high > low and self._ends[high - 1] > end
        ):
            return tokenize(self.text, start, end)
        return self.tokens[low:high]


def plain_words(text: str) -> list[str]:
    """The normalised words of `text` split at inner periods, commas and hyphens, apostrophes
    kept: "U.S.-made drones, don't" -> ["u", "s", "made", "drones", "don't"]."""
    return [
        part
        for token in tokenize(text)
        if token.is_word
        for part in _INNER_MARKS.split(token.norm)
        if part
    ]
