"""One stem for every inflection of a word, and one event word for news copy's synonyms.

`stem` is the stemmer of every layer: sentence alignment (whose shipped IDF table and weights
were derived with it) and fact matching. Hand-written rather than spaCy's lemmatiser: alignment
must run on stored text in milliseconds, without a model, and identically whether or not the
trained pipeline is installed. `event_word` is a named layer on top of it, for fact matching
only: the words news copy uses interchangeably for one slot ("killed 65" / "72 have died") are
made one word before they are stemmed.
"""

from __future__ import annotations

import functools

from parallax.text.tokens import normalise

# (suffix, replacement, shortest word it applies to): a light first step of Porter's stemmer;
# a final "e" goes afterwards, so "rises", "rising" and "rise" all become "ris".
_SUFFIXES = (
    ("ies", "y", 5),
    ("ied", "y", 5),
    ("ing", "", 6),
    ("ed", "", 5),
    ("s", "", 4),
    ("ly", "", 6),
)
_KEEP_FINAL_S = ("ss", "us", "is")
# The few irregular forms that decide whether two news sentences report the same thing.
_IRREGULAR = {
    "died": "die",
    "dead": "die",
    "death": "die",
    "deaths": "die",
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "persons": "person",
    "rose": "rise",
    "fell": "fall",
    "won": "win",
    "lost": "lose",
}
# Words news copy uses interchangeably for one slot, as written, by the word they stand for
# ("killed 65" / "72 have died"); the word then takes the one stem like any other.
_EVENT_SYNONYMS = {
    "die": """killed kill kills killing died die dies dying dead death toll fatalities lives
        perished deaths""",
    "injure": "injured wounded hurt injuries",
    "soldier": "troops soldiers soldier troop",
    "fall": "fallen fell dropped drop declined fall",
    "rise": "rose risen climbed increased rise",
    "displace": "evacuated displaced homeless",
}
EVENT_SYNONYMS = {word: event for event, words in _EVENT_SYNONYMS.items() for word in words.split()}


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """`word` (a token's norm) without its inflection: "killed" -> "kill", "cities" -> "city",
    "rising" -> "ris"."""
    word = _IRREGULAR.get(word, word).removesuffix("'s")
    for suffix, replacement, shortest in _SUFFIXES:
        if len(word) >= shortest and word.endswith(suffix):
            if suffix != "s" or not word.endswith(_KEEP_FINAL_S):
                word = word[: len(word) - len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


@functools.lru_cache(maxsize=65536)
def event_word(word: str) -> str:
    """The stem of `word` as written (any case or quote marks), a news synonym first made the
    word it stands for: "Killed", "deaths" and "died" -> "die"; "troops" -> "soldier"."""
    norm = normalise(word).removesuffix("'s")
    return stem(EVENT_SYNONYMS.get(norm, norm))


def event_word_written(word: str) -> str:
    """`event_word` of a word as written, where capitals tell an acronym's plural: "KOs" ->
    "ko"."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isalpha() and word[:-1].isupper():
        word = word[:-1]
    return event_word(word)
