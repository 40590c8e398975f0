"""The words around a fact, and which sentences of two articles report the same thing.

A fact's context is the content words of its sentence, weighted by closeness to the fact: the
"forced ... from their homes" around "12,000" and around "More than 10,000 people". Words are
compared as event words (`parallax.text.stems.event_word`: the one stem, with news synonyms made
one), so that matching runs on stored text without a model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from parallax.compare.match.kinds import family
from parallax.compare.match.values import is_time_stamp, not_a_count
from parallax.model import Alignment, Analysis, Fact, Sentence
from parallax.text.stems import event_word, event_word_written
from parallax.text.stopwords import STOPWORDS as BASE_STOPWORDS
from parallax.text.tokens import Token, TokenizedText, tokenize
from parallax.text.vocabulary import NUMBER_WORDS

WINDOW = 10  # words each side of a fact
DECAY = 0.35  # weight of a word d words away: 1 / (1 + DECAY * d)
RIGHT_PENALTY = 1.5  # a label word after the fact must be this much closer than one before
COUNTED_REACH = 3  # words after a value that may name what it counts
SCOPE_REACH = 6  # words after a value in which its scope phrase may start ("people in ...")
# Words that make the phrase after a value a place ("in the province"), not a cause or a
# time ("in the floods", "in 2004"); a capitalised word ("in Sumatra") is one too.
PLACE_WORDS = frozenset(
    """province provinces country countries state states region regions district districts
    city cities town towns village villages island islands area areas county counties valley
    capital nation world continent coast border territory""".split()  # noqa: SIM905
)
SCOPE_WORDS = frozenset({"in", "across", "around", "throughout", "nationwide", "worldwide"})

# The stop words, with number words (a number is a value of its own, never context: "killed
# two" and "killed 72" share the event word, not "two") and a few words that are no context
# around a value but that alignment keeps as terms (sentence pairs on the real-pairs dev set
# move without them: "Mr." 7 lines of its alignment, "may", "least", "onto" 4). "above" and
# "below" are context here: "fell below 5,000" twice is one bound (two variants on real pairs).
STOPWORDS = (
    BASE_STOPWORDS | NUMBER_WORDS | frozenset("mr mrs ms may least onto".split())  # noqa: SIM905
) - {"above", "below"}
# Words that end a scope phrase: "in 13 countries | around the Indian Ocean".
STOP_PHRASE = STOPWORDS - {"the", "a", "an"} | frozenset(
    "around across near off along outside inside through throughout within".split()  # noqa: SIM905
)
# Measures named just before their value ("magnitude 7.6", "No. 3" is not one).
MEASURES = frozenset(
    ["magnitude", "depth", "toll", "height", "speed", "temperature", "age", "population"]
)


@dataclass
class ArticleView:
    """An analysed article's text, sentences and facts, with per-fact context cached."""

    text: str
    analysis: Analysis
    tokenized: TokenizedText | None = None  # the text tokenized once, shared with alignment
    _tokens: dict[int, list[Token]] = field(default_factory=dict, init=False)
    _context: dict[str, dict[str, float]] = field(default_factory=dict, init=False)
    _content: dict[int, frozenset[str]] = field(default_factory=dict, init=False)
    _rank: dict[str, int] = field(default_factory=dict, init=False)
    _by_sentence: dict[int, list[Fact]] | None = field(default=None, init=False)
    _memo: dict[tuple[str, str | int], Any] = field(default_factory=dict, init=False)

    def _cached(self, name: str, key: str | int, compute: Callable[[], Any]) -> Any:
        """`compute()` once per (reading, fact id or sentence index)."""
        if (name, key) not in self._memo:
            self._memo[name, key] = compute()
        return self._memo[name, key]

    # Per-fact readings of the text, each computed once (see the private methods below).
    def not_a_count(self, fact: Fact) -> str | None:
        """Why a number counts nothing (value_relations.not_a_count)."""
        return self._cached("not_a_count", fact.id, lambda: not_a_count(fact, self))

    def is_time_stamp(self, fact: Fact) -> bool:
        """Whether a date stamps the page (value_relations.is_time_stamp)."""
        return self._cached("is_time_stamp", fact.id, lambda: is_time_stamp(fact, self))

    def frame(self, fact: Fact) -> str:
        return self._cached("frame", fact.id, lambda: self._frame(fact))

    def counted(self, fact: Fact) -> frozenset[str]:
        return self._cached("counted", fact.id, lambda: self._counted(fact))

    def is_rate(self, fact: Fact) -> bool:
        return self._cached("is_rate", fact.id, lambda: self._is_rate(fact))

    def scope(self, fact: Fact) -> str | None:
        return self._cached("scope", fact.id, lambda: self._scope(fact))

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.analysis.facts

    def in_sentence(self, index: int) -> list[Fact]:
        """The facts of sentence `index`, in text order."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for fact in self.facts:
                self._by_sentence.setdefault(fact.sentence, []).append(fact)
        return self._by_sentence.get(index, [])

    def rank(self, fact: Fact) -> int:
        """Position of `fact` among the facts of its family in its sentence."""
        if fact.id not in self._rank:
            like = [
                f for f in self.in_sentence(fact.sentence) if family(f.kind) == family(fact.kind)
            ]
            self._rank.update((f.id, i) for i, f in enumerate(like))
        return self._rank.get(fact.id, -1)

    def sentence(self, index: int) -> Sentence | None:
        sentences = self.analysis.sentences
        return sentences[index] if 0 <= index < len(sentences) else None

    def sentence_text(self, index: int) -> str:
        """Sentence `index` folded (case and runs of white space), for "the same words"."""

        def fold() -> str:
            s = self.sentence(index)
            return " ".join(self.text[s.start : s.end].casefold().split()) if s else ""

        return self._cached("sentence", index, fold)

    def places(self, index: int) -> list[str]:
        """The places sentence `index` names (their canonical names)."""
        return [f.canonical or f.text for f in self.in_sentence(index) if f.kind == "place"]

    def _frame(self, fact: Fact) -> str:
        """The fact's sentence folded with the fact cut out: "the withdrawal is the _ this
        year" is the frame of "second" and of "third" in two revisions of one sentence."""
        s = self.sentence(fact.sentence)
        if s is None:
            return f"\0{fact.id}"
        text = self.text[s.start : fact.start] + "\0" + self.text[fact.end : s.end]
        return " ".join(text.casefold().split())

    def words(self, index: int) -> list[Token]:
        """Word tokens of sentence `index` (all of them, stop words included)."""
        if index not in self._tokens:
            s = self.sentence(index)
            if s is None:
                tokens = []
            elif self.tokenized is not None:
                tokens = self.tokenized.between(s.start, s.end)
            else:
                tokens = tokenize(self.text, s.start, s.end)
            self._tokens[index] = [t for t in tokens if t.is_word]
        return self._tokens[index]

    def context(self, fact: Fact) -> dict[str, float]:
        """Stemmed content words near `fact` in its sentence, weighted by closeness; a word
        nearer another fact of the same family belongs to that one ("killed 65 people and
        forced 12,000 from their homes": "forced" and "homes" describe 12,000)."""
        if fact.id not in self._context:
            words = self.words(fact.sentence)
            rivals = [
                f for f in self.in_sentence(fact.sentence)
                if f.id != fact.id and family(f.kind) == family(fact.kind)
            ]  # fmt: skip
            self._context[fact.id] = _weighted(words, fact, rivals)
        return self._context[fact.id]

    def content(self, index: int) -> frozenset[str]:
        """The stemmed content words of sentence `index`."""
        if index not in self._content:
            words = self.words(index)
            self._content[index] = frozenset(
                event_word(t.norm) for t in words if _is_content(t.norm)
            )
        return self._content[index]

    def surface(self, index: int, key: str) -> str:
        """The word of sentence `index` that stems to `key`, as written (lower case)."""
        return next((t.norm for t in self.words(index) if event_word(t.norm) == key), key)

    def lowercase(self, index: int) -> frozenset[str]:
        """Stems of the words of sentence `index` written in lower case at least once: the
        common words (events, things), as against names ("Sunday", "Papua")."""
        return self._cached(
            "lowercase",
            index,
            lambda: frozenset(
                event_word(t.norm) for t in self.words(index) if self.text[t.start].islower()
            ),
        )

    def _after(self, fact: Fact) -> list[Token]:
        """The words of the fact's sentence after it."""
        return [t for t in self.words(fact.sentence) if t.start >= fact.end]

    def _counted(self, fact: Fact) -> frozenset[str]:
        """Stems of the words right after a value, up to COUNTED_REACH, before punctuation or
        a stop word: "nine assault rifles," -> {assault, rifle}; "seven AK-47 assault
        rifles" -> {ak-47, assault, rifle}. The unit finder keeps one word; this keeps the
        phrase, so that two outlets' wordings of one counted thing can meet."""
        sentence = self.words(fact.sentence)
        words = self._after(fact)[:COUNTED_REACH]
        found: list[str] = []
        end = fact.end
        inside = next((t for t in sentence if t.start < fact.end < t.end), None)
        if inside is not None:  # "6.7-strength", "15-year": the rest of the word
            rest = self.text[fact.end : inside.end].lstrip("-–")
            found.extend(event_word(w) for w in rest.casefold().split("-") if w)
            end = inside.end
        for token in words:
            if self.text[end : token.start].strip() or token.norm in STOPWORDS:
                break
            found.append(event_word_written(self.text[token.start : token.end]))
            end = token.end
        before = [t for t in sentence if t.end <= fact.start][-2:]
        if len(before) == 2 and before[1].norm == "of" and self.text[before[0].start].islower():
            found.append(event_word(before[0].norm))  # "a depth of 12 miles", "a toll of 65"
        elif before and before[-1].norm in MEASURES:
            found.append(event_word(before[-1].norm))  # "magnitude 7.6"
        return frozenset(w for w in found if _is_content(w))

    def _is_rate(self, fact: Fact) -> bool:
        """A value per something ("eight rebounds a game", "$5 per hour"), not a total."""
        end = fact.end
        for token in self._after(fact)[:5]:
            if self.text[end : token.start].strip():
                return False  # "nine rifles, a grenade": the phrase ended at the comma
            if token.norm in ("a", "an", "per", "each", "every"):
                return True
            if token.norm in STOPWORDS:
                return False
            end = token.end
        return False

    def _scope(self, fact: Fact) -> str | None:
        """The place a value is said of, as the last word of the phrase after it: "killed
        170,000 people in the province" -> "province", "in 13 countries" -> "country"."""
        after = self._after(fact)
        starts = [i for i, t in enumerate(after[:SCOPE_REACH]) if t.norm in SCOPE_WORDS]
        if not starts:
            return None
        phrase, previous = [], after[starts[0]]
        for token in after[starts[0] + 1 :]:
            gap = self.text[previous.end : token.start].strip()
            if gap not in ("", "'s", "’s") or token.norm in STOP_PHRASE:
                break  # punctuation, or a word that starts another phrase
            if token.norm not in ("the", "a", "an"):
                phrase.append(token)
            previous = token
        places = [t for t in phrase if self.text[t.start].isupper() or t.norm in PLACE_WORDS]
        return event_word(places[-1].norm) if places else None  # "in Sumatra alone" -> sumatra

    def nearest_word(self, fact: Fact) -> str | None:
        """The content word that best names what `fact` is about: the closest one, words
        before it preferred ("floods began on October 14", "fallen 12% since Sunday")."""
        words = self.words(fact.sentence)
        own = _span(words, fact)
        if own is None:
            return None
        near = [
            (_distance(i, own) + (RIGHT_PENALTY if i > own[1] else 0), i)
            for i, t in enumerate(words)
            if _is_content(t.norm) and not own[0] <= i <= own[1]
        ]
        return words[min(near)[1]].norm if near else None

    def neighbours(self, fact: Fact, *, size: int = 2) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The `size` words just before and just after `fact` ("interior minister", "said")."""
        return self._cached(f"neighbours {size}", fact.id, lambda: self._neighbours(fact, size))

    def near_content(self, fact: Fact, size: int) -> frozenset[str]:
        """The words of `neighbours(fact, size=size)` that are not stop words."""
        return self._cached(
            f"near content {size}",
            fact.id,
            lambda: (
                frozenset(w for side in self.neighbours(fact, size=size) for w in side) - STOPWORDS
            ),
        )

    def _neighbours(self, fact: Fact, size: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        words = self.words(fact.sentence)
        before = [t.norm for t in words if t.end <= fact.start][-size:]
        after = [t.norm for t in words if t.start >= fact.end][:size]
        return tuple(before), tuple(after)


def _weighted(words: Sequence[Token], fact: Fact, rivals: Sequence[Fact]) -> dict[str, float]:
    spans = [_span(words, f) for f in rivals]
    own = _span(words, fact)
    if own is None:
        return {}
    unit = event_word(fact.unit) if fact.unit else None  # the unit is compared on its own
    weights: dict[str, float] = {}
    for i, token in enumerate(words):
        d = _distance(i, own)
        key = event_word(token.norm)
        if 0 < d <= WINDOW and _is_content(token.norm) and key != unit and _nearest(i, d, spans):
            weights[key] = max(weights.get(key, 0.0), 1 / (1 + DECAY * d))
    return weights


def _span(words: Sequence[Token], fact: Fact) -> tuple[int, int] | None:
    """The first and last word index inside `fact`."""
    inside = [i for i, t in enumerate(words) if t.start < fact.end and t.end > fact.start]
    return (inside[0], inside[-1]) if inside else None


def _distance(i: int, span: tuple[int, int]) -> int:
    first, last = span
    return first - i if i < first else max(0, i - last)


def _nearest(i: int, distance: int, spans: Sequence[tuple[int, int] | None]) -> bool:
    return all(s is None or _distance(i, s) >= distance for s in spans)


def _is_content(word: str) -> bool:
    return word not in STOPWORDS and not any(ch.isdigit() for ch in word) and len(word) > 1


def context_similarity(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Weighted Dice overlap of two contexts, 0..1."""
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    shared = sum(a[w] + b[w] for w in a.keys() & b.keys())
    return shared / total


class SentencePairs:
    """Which sentence of A reports the same thing as which of B: exactly the alignment given
    (the one the reader shows and the reports print), nothing computed on the side. With no
    alignment, no sentences are aligned."""

    def __init__(self, a: ArticleView, b: ArticleView, alignment: Iterable[Alignment]):
        self.a, self.b = a, b
        self.scores = {(i, j): pair.score for pair in alignment for i in pair.a for j in pair.b}
        self.pairs = set(self.scores)
        self._keys: dict[str, dict[int, tuple[int, ...]]] | None = None

    def keys_of(self, side: str, index: int) -> tuple[int, ...]:
        """Ids of the alignment pairs sentence `index` of `side` ("a" or "b") belongs to."""
        if self._keys is None:
            by_side: dict[str, dict[int, list[int]]] = {"a": {}, "b": {}}
            for number, (i, j) in enumerate(sorted(self.pairs)):
                by_side["a"].setdefault(i, []).append(number)
                by_side["b"].setdefault(j, []).append(number)
            self._keys = {s: {k: tuple(v) for k, v in d.items()} for s, d in by_side.items()}
        return self._keys[side].get(index, ())

    def score(self, i: int, j: int) -> float:
        """The alignment score of sentences i and j (0 when they are not aligned)."""
        return self.scores.get((i, j), 0.0)

    def aligned(self, i: int, j: int) -> bool:
        return (i, j) in self.pairs
