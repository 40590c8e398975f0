"""What makes two facts of two articles "the same slot": the same kind of thing, counted in the
same unit or said in the same words, in sentences that report the same thing.

"65 people killed" and "at least 72 people have died" fill one slot (a death toll); "40 schools"
and "72 people" do not, however close they sit. A slot is judged, not looked up: `number_slot`
and `date_slot` return a strength (0 = not the same slot) that matching ranks pairs by.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass
from datetime import date

from parallax.compare.match.context import (
    STOPWORDS,
    ArticleView,
    SentencePairs,
    context_similarity,
)
from parallax.compare.match.kinds import family
from parallax.compare.match.names import same_name
from parallax.model import Evidence, Fact
from parallax.text.stems import event_word


def _event_words(words: str) -> frozenset[str]:
    """`words` as the event words that contexts and units are compared in."""
    return frozenset(event_word(word) for word in words.split())


# An entity in another's slot is a conflict only for these ("Interior Minister ___ said").
SLOT_ENTITY_KINDS = frozenset({"person", "organization", "place"})

# Weights of the evidence that two facts fill one slot (see `SlotEvidence.strength`).
W_UNIT, W_CONTEXT, W_ALIGNED, W_RANK, W_NEAR, W_EQUAL, W_TEXT = 0.4, 0.5, 0.3, 0.1, 0.2, 0.3, 0.3
W_PHRASE = 0.4
STRONG_CONTEXT = 0.25  # context alone makes a slot from here
NEAR_ENOUGH = 0.5  # a specific unit alone makes a slot for values within a factor of ~3
NEAR_CONFLICT = 0.65  # ... and a conflict within a factor of ~2.2 ("1,500" / "3,000 soldiers")
# Units too common to tell slots apart without context ("65 people killed" / "72 people hurt").
COMMON_UNITS = _event_words("people person time day week month year hour minute second point")
# Stems of opposite movements: "rose 8%" and "dropped 6.5%" are two different days.
OPPOSITES = (
    _event_words("rise gain gained up jump jumped surge surged soar soared advanced higher"),
    _event_words("fall lose lost down plunge plunged slump slumped tumble tumbled lower"),
)
DISTINCTIVE = 10  # counts from here are distinctive enough to pair equal values anywhere
PEOPLE = _event_words("people person")  # one unit: "five people" / "one person"
# Units that count time, never people: "two people killed" is not "two weeks after".
SPANS_OF_TIME = _event_words("second minute hour day week month year decade")
NEAR_DECADES = 1.0  # values a factor of 10 apart are not "near" at all
NEAR_DAYS = 30  # dates a month apart are not "near" at all
# A conflict needs more than a slot: the event words around both values must overlap this much
# (aligned sentences), or this much more when the sentences are not aligned.
CONFLICT_CONTEXT = 0.15
CONFLICT_CONTEXT_UNALIGNED = 0.35
STRONG_ALIGNMENT = 0.45  # sentences this alike (align score) can state one fact two ways
WEAK_ALIGNMENT = 0.3  # below this an aligned pair only shares its topic
LOOSE_ALIGNMENT = 0.2  # ... enough when both count the same specific thing
LOCAL_WEIGHT = 0.4  # a context word's weight this near the value: within four words
# The same run of words next to both values ("... on the first play of the second half"):
# at least PHRASE_WORDS words, PHRASE_CONTENT of them content words, starting (after a value;
# ending, before it) within PHRASE_GAP words of it, looked for within PHRASE_REACH words.
PHRASE_WORDS, PHRASE_CONTENT, PHRASE_GAP, PHRASE_REACH = 4, 2, 3, 12


def unit_key(fact: Fact) -> str | None:
    """The counted unit, folded: "Soldiers" and "soldier" are one unit, "59-year-old" and
    "59-year old" one age."""
    if not fact.unit:
        return None
    key = event_word(fact.unit.removesuffix("-old"))
    return event_word("person") if key in PEOPLE else key


def is_generic_unit(unit: str | None) -> bool:
    """Units every fact of its kind has ("%", "USD"): equal units say nothing about the slot."""
    return unit is not None and (unit == "%" or (len(unit) == 3 and unit.isupper()))


@dataclass(frozen=True, slots=True)
class SlotEvidence:
    """Why two numbers or dates might fill one slot."""

    same_unit: bool  # the same counted unit, and not a generic one
    specific: bool  # ... and not a common one either ("soldiers", "schools", "visit")
    context: float  # context_similarity, 0..1
    aligned: bool  # their sentences are aligned
    same_rank: bool  # aligned, and at the same position among their sentence's like facts
    near: float  # closeness of the values, 0..1 (1: equal)
    equal: bool  # equal values
    same_text: bool  # written alike ("Tuesday" and "Tuesday")
    unit: str | None = None  # the shared unit, when same_unit
    score: float = 0.0  # the alignment score of the two sentences, when aligned
    shared: tuple[str, ...] = ()  # the shared context words, strongest first
    local: bool = False  # a common word (not a name) close to both values
    opposite: bool = False  # one value went up, the other down; or one is a rate, one a total
    unitless: bool = False  # one of the two names no counted thing at all
    identical: bool = False  # the two sentences say the same words
    same_frame: bool = False  # ... the same words but for the two values
    other_places: bool = False  # both sentences name places, and none of them the same
    distinctive: bool = False  # a value rare enough that equal ones are one fact (59, June 24)
    same_scope: bool = True  # no sign that the values are said of different places
    phrase: tuple[str, ...] = ()  # the same run of words next to both values

    def is_slot(self) -> bool:
        """Enough evidence: similar words; or aligned sentences and a hint; or one unit and
        some context; or a specific unit and near values ("1,500" / "3,000 soldiers"). Equal
        values need less ("four days" / "four days" anywhere)."""
        hint = self.context > 0 or self.equal
        if self.context >= STRONG_CONTEXT or self.identical or self.same_frame:
            return True
        if self.equal and self.distinctive:
            return True  # "Raj Chohan, 59" / "59-year-old"; "51 knockouts" / "51": one value
        if self.aligned and (hint or self.same_rank or self.same_unit):
            return True
        if self.specific and self.near >= NEAR_ENOUGH:
            return True
        return (self.same_unit and hint) or (self.same_text and self.equal and self.context > 0)

    def tie(self, *, unit_needed: bool) -> str | None:
        """How firmly two different values are tied to one slot: "conflict", "possible" (a
        possible conflict) or None. Counts need the same counted thing; values said of
        different places ("in the province" / "in 13 countries") or moving opposite ways
        ("rose" / "dropped") are never tied. A conflict is either the same specific thing
        counted with near values ("third visit" / "fourth visit", "1,500" / "3,000 soldiers")
        in aligned sentences or around the same words, or the same place among the values of
        aligned sentences with an event word next to both ("65 killed" / "72 have died")."""
        if self.same_frame:
            return "conflict"  # one sentence, word for word, but for this value
        if not self.same_scope or self.opposite:
            return None
        if self.phrase and (not unit_needed or (self.same_unit and self.near >= NEAR_CONFLICT)):
            return "conflict"  # "an 86-yard run on the first play of the second half" / "84-yard"
        similar = self.context >= CONFLICT_CONTEXT_UNALIGNED
        well_aligned = self.aligned and self.score >= WEAK_ALIGNMENT
        one_statement = (
            self.aligned
            and (self.same_rank or self.score >= STRONG_ALIGNMENT)
            and self.local
            and self.context >= CONFLICT_CONTEXT
        )
        if unit_needed and not self.same_unit:
            # one side names no counted thing ("the second this year", "forced 12,000"):
            # only the same statement, nearly word for word, makes a conflict
            if not self.unitless:
                return None
            if one_statement and self.same_rank and self.score >= STRONG_ALIGNMENT:
                return "conflict"
            near = self.near >= NEAR_CONFLICT
            return "possible" if similar and self.local and near else None
        loosely_aligned = self.aligned and self.score >= LOOSE_ALIGNMENT
        elsewhere = similar and not self.aligned and self.other_places
        if self.specific and self.near >= NEAR_CONFLICT and (loosely_aligned or similar):
            if elsewhere:
                return None  # unaligned sentences about different places: two quakes, two towns
            return "conflict"  # the same specific thing counted: "assault rifles", "visit"
        if one_statement and (
            self.same_unit or (self.same_rank and self.score >= STRONG_ALIGNMENT)
        ):
            return "conflict"
        if self.same_unit and well_aligned and self.local and similar:
            return "conflict"  # "killed one person ..." / "killing four people ..."
        if well_aligned and (self.local or self.specific):
            return "possible"
        if self.specific and similar and self.local:
            return "possible"
        return None

    def signals(self) -> tuple[Evidence, ...]:
        """The evidence of the slot, as the match reports it."""
        found = []
        if self.aligned:
            found.append(Evidence("aligned_sentences", round(self.score, 3)))
        if self.same_unit and self.unit:
            found.append(Evidence("same_counted_thing", self.unit))
        if self.shared:
            found.append(Evidence("shared_event_words", self.shared))
        if self.same_rank:
            found.append(Evidence("same_position", True))
        if self.same_frame:
            found.append(Evidence("same_sentence_but_the_value", True))
        elif self.phrase:
            found.append(Evidence("same_words_around", " ".join(self.phrase)))
        return tuple(found)

    def strength(self) -> float:
        return (
            W_UNIT * self.same_unit
            + W_CONTEXT * self.context
            + W_ALIGNED * self.aligned
            + W_RANK * self.same_rank
            + W_NEAR * self.near
            + W_EQUAL * self.equal
            + W_TEXT * self.same_text
            + W_PHRASE * bool(self.phrase)
        )


def number_slot(
    a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView, pairs: SentencePairs
) -> SlotEvidence | None:
    """The evidence that numbers `a` and `b` fill one slot; None when they do not."""
    ua, ub = unit_key(a), unit_key(b)
    if ua and ub and ua != ub and (not {ua, ub} & PEOPLE or {ua, ub} & SPANS_OF_TIME):
        # "40 schools" / "72 people"; but "60 people" may be "Sixty residents" (not "weeks")
        return None
    same_unit = bool(ua) and ua == ub and not is_generic_unit(a.unit)
    near = _near_numbers(a.value, b.value)
    specific = same_unit and ua not in COMMON_UNITS
    unit = a.unit if same_unit else None
    if not same_unit and not (ua and ub):
        shared = (view_a.counted(a) & view_b.counted(b)) - COMMON_UNITS
        if shared:  # "nine assault rifles" / "seven AK-47 assault rifles"
            same_unit = specific = True
            unit = view_a.surface(a.sentence, min(shared))
    unitless = not same_unit and (not (ua and view_a.counted(a)) or not (ub and view_b.counted(b)))
    return _evidence(
        a, b, view_a, view_b, pairs, unit=(same_unit, specific, unit), near=near, unitless=unitless
    )


def date_slot(
    a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView, pairs: SentencePairs
) -> SlotEvidence | None:
    """The evidence that dates (or times) `a` and `b` fill one slot (the same event)."""
    same_qualifier = bool(a.qualifier) and a.qualifier == b.qualifier
    near = _near_dates(a.value, b.value)
    return _evidence(a, b, view_a, view_b, pairs, unit=(same_qualifier, False, None), near=near)


def _evidence(
    a: Fact,
    b: Fact,
    view_a: ArticleView,
    view_b: ArticleView,
    pairs: SentencePairs,
    *,
    unit: tuple[bool, bool, str | None],
    near: float,
    unitless: bool = False,
) -> SlotEvidence | None:
    aligned = pairs.aligned(a.sentence, b.sentence)
    context_a, context_b = view_a.context(a), view_b.context(b)
    base = SlotEvidence(
        same_unit=unit[0],
        specific=unit[1],
        context=context_similarity(context_a, context_b),
        aligned=aligned,
        same_rank=aligned and view_a.rank(a) == view_b.rank(b),
        near=near,
        equal=values_equal(a, b),
        same_text=fold(a.text) == fold(b.text),
        unit=unit[2],
        identical=view_a.sentence_text(a.sentence) == view_b.sentence_text(b.sentence),
        same_frame=view_a.frame(a) == view_b.frame(b),
        distinctive=_distinctive(a) and _distinctive(b),
    )
    if not base.is_slot():
        return None
    # what only a slot needs, computed for the pairs that are one
    shared = sorted(context_a.keys() & context_b.keys(), key=lambda w: -context_a[w] - context_b[w])
    return dataclasses.replace(
        base,
        score=pairs.score(a.sentence, b.sentence) if aligned else 0.0,
        shared=tuple(view_a.surface(a.sentence, w) for w in shared[:4]),
        local=any(
            min(context_a[w], context_b[w]) >= LOCAL_WEIGHT
            and w in view_a.lowercase(a.sentence)
            and w in view_b.lowercase(b.sentence)
            for w in shared
        ),
        same_scope=_same_scope(view_a.scope(a), view_b.scope(b)),
        opposite=_opposite(context_a, context_b) or _rate_and_total(a, b, view_a, view_b),
        other_places=_other_places(view_a.places(a.sentence), view_b.places(b.sentence)),
        unitless=unitless,
        phrase=_phrase(a, b, view_a, view_b),
    )


def _phrase(a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView) -> tuple[str, ...]:
    """`shared_phrase` of the two values' neighbourhoods; a telling run holds content words
    that both have, so without any in common there is none (the usual case, found cheaply)."""
    if not view_a.near_content(a, PHRASE_REACH) & view_b.near_content(b, PHRASE_REACH):
        return ()
    return shared_phrase(
        view_a.neighbours(a, size=PHRASE_REACH), view_b.neighbours(b, size=PHRASE_REACH)
    )


def shared_phrase(
    around_a: tuple[tuple[str, ...], tuple[str, ...]],
    around_b: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[str, ...]:
    """The longest run of words that both values have on the same side, close to them: after
    both ("... on the first play of the second half") or before both; () when none is long
    and telling enough (PHRASE_WORDS words, PHRASE_CONTENT content words; no value in it)."""
    (before_a, after_a), (before_b, after_b) = around_a, around_b
    after = _common_run(after_a, after_b)
    before = _common_run(before_a[::-1], before_b[::-1])[::-1]
    best = max(after, before, key=len)
    return best if _telling_phrase(best) else ()


def _common_run(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...]:
    """The longest common run of `x` and `y` starting within PHRASE_GAP words of both starts
    (the first found of equal length, in order of the start in `x`, then in `y`); a word with
    digits ends a run, as another value does ("... officials 2024-10-21 officials ...")."""
    starts_y: dict[str, list[int]] = {}
    for j, word in enumerate(y[: PHRASE_GAP + 1]):
        if not _has_digit(word):
            starts_y.setdefault(word, []).append(j)
    best: tuple[str, ...] = ()
    for i, word in enumerate(x[: PHRASE_GAP + 1]):
        for j in starts_y.get(word, ()):
            n = 1
            while (
                i + n < len(x) and j + n < len(y) and x[i + n] == y[j + n]
                and not _has_digit(x[i + n])
            ):  # fmt: skip
                n += 1
            if n > len(best):
                best = x[i : i + n]
    return best


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _telling_phrase(words: tuple[str, ...]) -> bool:
    content = [w for w in words if w not in STOPWORDS]
    return len(words) >= PHRASE_WORDS and len(content) >= PHRASE_CONTENT


def _distinctive(fact: Fact) -> bool:
    """A count of ten or more, or a date that names its day: equal ones rarely meet by chance,
    unlike "two", "one" or "today"."""
    value = fact.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return abs(value) >= DISTINCTIVE
    return isinstance(value, str) and len(value) == 10 and value[4] == "-"


def _rate_and_total(a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView) -> bool:
    """One number a rate ("eight rebounds a game"), the other a total; never for dates
    ("in 2006 a movie ..." is no rate)."""
    if family(a.kind) in ("date", "time"):
        return False
    return view_a.is_rate(a) != view_b.is_rate(b)


def _opposite(x: dict[str, float], y: dict[str, float]) -> bool:
    up, down = OPPOSITES
    return bool((x.keys() & up and y.keys() & down) or (x.keys() & down and y.keys() & up))


def _other_places(x: list[str], y: list[str]) -> bool:
    return bool(x and y) and not any(same_name(p, q) for p in x for q in y)


def _same_scope(x: str | None, y: str | None) -> bool:
    """ "in the province" / "in 13 countries" differ; a phrase on one side only says nothing."""
    return x is None or y is None or x == y


def values_equal(a: Fact, b: Fact) -> bool:
    """Equal normalised values; facts without one compare their folded text."""
    if a.value is None or b.value is None:
        return a.value is None and b.value is None and fold(a.text) == fold(b.text)
    if isinstance(a.value, int | float) and isinstance(b.value, int | float):
        return math.isclose(a.value, b.value, rel_tol=1e-9)
    return a.value == b.value


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case-folded, with runs of white space as one space."""
    return " ".join(text.casefold().split())


def _near_numbers(x: object, y: object) -> float:
    if not (isinstance(x, int | float) and isinstance(y, int | float)) or x <= 0 or y <= 0:
        return 1.0 if x == y else 0.0
    return max(0.0, 1 - abs(math.log10(x / y)) / NEAR_DECADES)


def _near_dates(x: object, y: object) -> float:
    days_x, days_y = _day_number(x), _day_number(y)
    if days_x is None or days_y is None:
        return 1.0 if x == y else 0.0
    return max(0.0, 1 - abs(days_x - days_y) / NEAR_DAYS)


def _day_number(value: object) -> int | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return None


def entity_slot(
    a: Fact, b: Fact, view_a: ArticleView, view_b: ArticleView, pairs: SentencePairs
) -> tuple[str, ...] | None:
    """Two different names in one slot: same kind, aligned sentences, and the same two words
    before ("Interior Minister ___") or after ("___ told reporters") each; those words."""
    if a.kind != b.kind or a.kind not in SLOT_ENTITY_KINDS:
        return None
    if not pairs.aligned(a.sentence, b.sentence):
        return None
    before_a, after_a = view_a.neighbours(a)
    before_b, after_b = view_b.neighbours(b)
    if _telling(before_a, before_b):
        return before_a
    return after_a if _telling(after_a, after_b) else None


def _telling(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same words, at least one of them a content word."""
    return len(x) == 2 and x == y and any(w not in STOPWORDS for w in x)
