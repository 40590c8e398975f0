"""Who is quoted: the speaker a quotation is attributed to, from speech verbs near it.

Heuristics, tried in order for each quote:

1. Attribution before it in its sentence, ending in a colon (`Reyes said: "..."`).
2. Attribution after it, up to the end of its sentence (`"...," Reyes said`, `"...," said
   Mayor Ines Dalca`, `"...," she said`).
3. Attribution before it in its sentence (`Austin wrote, "..."`, `Vell said the response had
   been "too slow"`): the speech verb nearest the quote.
4. When the quote opens its sentence and nothing in it attributes it: the previous sentence's
   quote speaker (a quote continued over two sentences), else the previous sentence's speech
   verb (`Reyes told reporters ... . "Every family will have a roof."`).

Around the speech verb the speaker is a person or organisation before it (after a quote the
first one, before a quote the nearest one), else the first one right after it ("said Reyes").
"he"/"she" stands for the person mentioned last before the pronoun, skipping one whose
honorific says otherwise (Mr. for "she", Mrs./Ms. for "he"); there is no other gender or
number agreement. Quotes without quotation marks ("He further
revealed that ...") are not quotes at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from parallax.model import Sentence
from parallax.nlp.canonical import Name
from parallax.nlp.lexicon import FEMALE_HONORIFICS, MALE_HONORIFICS, SPEECH_VERBS
from parallax.nlp.quotes import Quote
from parallax.nlp.sentences import SentenceIndex

_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r"|according to)\b", re.I
)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_OPENING_MARK = re.compile('["“‘]')
_SHORT_GAP = re.compile(r"[\s,]*(?:[\w.'’-]+[\s,]+){0,4}")  # "said [the minister,] Reyes"
_AFTER_CHARS = 160  # attribution after a quote is short: "..., Reyes told reporters in Carrow"
_RIGHT_AFTER_VERB = 60  # "said Mayor Ines Dalca of Carrow"
_SPEAKER_KINDS = ("person", "organization")


class Speakers:
    """Attributes quotes of one article, given its sentences and resolved names."""

    def __init__(self, text: str, sentences: Sequence[Sentence], names: Sequence[Name]) -> None:
        self.text = text
        self.index = SentenceIndex(sentences)
        self.names = [n for n in names if n.kind in _SPEAKER_KINDS]
        self.name_starts = [n.start for n in self.names]
        self.people = [n for n in self.names if n.kind == "person"]
        self.people_ends = [n.end for n in self.people]
        self.found: dict[int, str | None] = {}  # sentence index -> speaker of its last quote
        self.last_close = 0

    def speakers(self, quotes: Sequence[Quote]) -> list[str | None]:
        """The speaker of each quote (in text order), or None when nothing attributes it."""
        result = []
        for quote in quotes:
            speaker = self._speaker(quote)
            self._remember(quote, speaker)
            result.append(speaker)
        return result

    def _remember(self, quote: Quote, speaker: str | None) -> None:
        """Note the speaker for every sentence the quote covers, for the quote after it."""
        first = self.index.containing(quote.start)
        last = self.index.containing(max(quote.start, quote.end - 1))
        if first is not None and last is not None:
            for i in range(first.index, last.index + 1):
                self.found[i] = speaker
        self.last_close = quote.close_at + 1

    def _speaker(self, quote: Quote) -> str | None:
        sentence = self.index.containing(quote.start)
        if sentence is None:
            return None
        lead = (max(sentence.start, self.last_close), quote.open_at)
        tail = (quote.close_at + 1, self._tail_end(quote))
        if self.text[lead[0] : lead[1]].rstrip().endswith(":"):
            return self._attributed(*lead, last=True)
        found = self._attributed(*tail, last=False) or self._attributed(*lead, last=True)
        if found or self.text[lead[0] : lead[1]].strip():
            return found
        return self._from_previous(sentence)

    def _tail_end(self, quote: Quote) -> int:
        sentence = self.index.containing(quote.close_at) or self.index.containing(quote.end - 1)
        end = sentence.end if sentence is not None else quote.close_at + 1
        next_open = _OPENING_MARK.search(self.text, quote.close_at + 1, end)
        end = next_open.start() if next_open else end
        return min(end, quote.close_at + 1 + _AFTER_CHARS)

    def _from_previous(self, sentence: Sentence) -> str | None:
        if sentence.index == 0:
            return None
        previous = self.index.sentences[sentence.index - 1]
        if self.found.get(previous.index):
            return self.found[previous.index]
        return self._attributed(previous.start, previous.end, last=True)

    def _attributed(self, start: int, end: int, *, last: bool) -> str | None:
        """The speaker of the first (or `last`) speech verb in `[start, end)` that has one.

        After a quote (`last` False) the speaker is the first name before the verb ("...,"
        Redzhepova, an official in Ashgabat, said); before a quote, the nearest one.
        """
        verbs = list(_VERB.finditer(self.text, start, end))
        for verb in reversed(verbs) if last else verbs:
            speaker = self._subject(start, verb.start(), nearest=last) or self._first_after(
                verb.end(), min(end, verb.end() + _RIGHT_AFTER_VERB)
            )
            if speaker:
                return speaker
        return None

    def _subject(self, start: int, verb_start: int, *, nearest: bool) -> str | None:
        """The name or pronoun in `[start, verb_start)` nearest the verb, or else the first."""
        pick = _last_match if nearest else _first_match
        name = self._name_in(start, verb_start, last=nearest)
        pronoun = pick(_PRONOUN, self.text, start, verb_start)
        if pronoun is not None and (name is None or (pronoun.start() > name.start) == nearest):
            return self._pronoun(pronoun.start(), pronoun.group().casefold())
        return name.canonical if name else None

    def _first_after(self, start: int, end: int) -> str | None:
        i = bisect.bisect_left(self.name_starts, start)
        name = self.names[i] if i < len(self.names) else None
        pronoun = _PRONOUN.search(self.text, start, end)
        if pronoun is not None and (name is None or pronoun.start() < name.start):
            return self._pronoun(pronoun.start(), pronoun.group().casefold())
        if name is None or name.end > end or not _SHORT_GAP.fullmatch(self.text, start, name.start):
            return None
        return name.canonical

    def _name_in(self, start: int, end: int, *, last: bool) -> Name | None:
        """The last (or first) speaker-kind name that lies inside `[start, end)`."""
        if last:
            i = bisect.bisect_left(self.name_starts, end) - 1
        else:
            i = bisect.bisect_left(self.name_starts, start)
        if 0 <= i < len(self.names):
            name = self.names[i]
            if name.start >= start and name.end <= end:
                return name
        return None

    def _pronoun(self, at: int, pronoun: str) -> str | None:
        """The person mentioned last before `at` that the pronoun can stand for."""
        i = bisect.bisect_right(self.people_ends, at) - 1
        while i >= 0:
            person = self.people[i]
            if _agrees(self.text, person, pronoun):
                return person.canonical
            i -= 1
        return None


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int):
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 -- keep the last
        pass
    return found


def _first_match(pattern: re.Pattern[str], text: str, start: int, end: int):
    return pattern.search(text, start, end)


def _agrees(text: str, person: Name, pronoun: str) -> bool:
    before = text[max(0, person.start - 6) : person.start].split()
    honorific = before[-1].casefold() if before else ""
    if pronoun == "she":
        return honorific not in MALE_HONORIFICS
    return honorific not in FEMALE_HONORIFICS
