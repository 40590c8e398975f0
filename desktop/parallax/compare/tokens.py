"""Word and punctuation tokens with their offsets: the unit of alignment and of word diffs."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

# A word keeps inner apostrophes, periods, hyphens and digit separators ("U.S", "don't",
# "1,500", "COVID-19", "well-known"); any other non-space character is a token of its own.
WORD_PATTERN = r"\w+(?:[.,'’\-]\w+)*"
_TOKEN = re.compile(rf"{WORD_PATTERN}|[^\w\s]")
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
