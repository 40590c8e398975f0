"""Frozen value types that flow between ingest, nlp, compare, library and report."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

WORD_RE = re.compile(r"\w+(?:['’.-]\w+)*")


def count_words(text: str) -> int:
    """Words as a reader counts them: "U.S.-led", "don't" and "1,500" are one word each."""
    return len(WORD_RE.findall(text.replace(",", "")))


# The details of an Article a person may correct after import (`parallax edit`, Edit Details…);
# its text, original bytes and SHA-256 are never edited.
DETAIL_FIELDS = ("title", "outlet", "byline", "published", "url")


# Between two pages of a paged document's stored text (on a line of its own).
PAGE_FEED = "\f"


class FurnitureSpan(NamedTuple):
    """Characters `text[start:end]` of an article that are page furniture, not the story: a menu,
    a caption, a byline, the headline repeated. `reason` says what the line looked like."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """One stored version of a story. Every offset in Parallax points into `text`."""

    id: str
    sha256: str
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    source_path: str | None = None
    imported_at: str | None = None  # ISO timestamp, UTC, set by the library
    words: int = 0
    language: str | None = None  # ISO 639-1 code, or None when unsure
    encoding: str | None = None  # encoding the original bytes were decoded from
    format: str = "txt"  # reader that produced it: txt, md, html, stdin, pdf, docx, eml, mhtml
    # Spans of `text` that are page furniture, in order and not overlapping. From a reader: as
    # detected; from the library: with the reader's corrections applied (Library.set_furniture).
    furniture: tuple[FurnitureSpan, ...] = ()

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The article object of the command line's JSON (README: The command line)."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "published": self.published,
            "url": self.url,
            "source_path": self.source_path,
            "sha256": self.sha256,
            "imported_at": self.imported_at,
            "words": self.words,
            "language": self.language,
            "encoding": self.encoding,
            "format": self.format,
            "text": self.text,
            "furniture": [list(span) for span in self.furniture],
        }

    def page_at(self, offset: int) -> int | None:
        """The 1-based page of `text[offset]` for an article read from a paged document (a PDF,
        stored with a form feed between its pages), else None."""
        if self.format != "pdf":
            return None
        return self.text.count(PAGE_FEED, 0, offset) + 1

    def in_furniture(self, start: int, end: int) -> bool:
        """Whether any character of `text[start:end]` is furniture. The spans are in order and
        do not overlap, so of those starting before `end` the last one reaches furthest."""
        before_end = bisect.bisect_left(self.furniture, (end,))
        return before_end > 0 and self.furniture[before_end - 1].end > start

    def all_furniture(self, start: int, end: int) -> bool:
        """Whether every character of `text[start:end]` but whitespace is furniture (a sentence
        made only of furniture lines; one that runs from a dateline into the lead is story)."""
        at = start
        first = max(bisect.bisect_right(self.furniture, (start,)) - 1, 0)
        for span in self.furniture[first:]:
            if span.start >= end:
                break
            if span.end <= at:
                continue
            if span.start > at and not self.text[at : span.start].isspace():
                return False
            at = max(at, span.end)
            if at >= end:
                return True
        return at >= end or self.text[at:end].isspace() or not self.text[at:end]

    def story_sentences(self, sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
        """Those of `sentences` (this article's) that are not wholly page furniture."""
        return tuple(s for s in sentences if not self.all_furniture(s.start, s.end))


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a reader returns: the article and the exact bytes it was made from."""

    article: Article
    original: bytes


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result; `snippet` marks matched terms with the caller's markers."""

    article: Article
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class Story:
    """A named group of articles about one event."""

    name: str
    article_ids: tuple[str, ...]
    created_at: str | None = None


FACT_KINDS = (
    "person",
    "organization",
    "place",
    "group",
    "event",
    "work",
    "law",
    "product",
    "number",
    "ordinal",
    "money",
    "percent",
    "quantity",
    "date",
    "time",
    "quote",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's text: `text[start:end]`, trimmed of surrounding whitespace."""

    index: int
    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        return {"index": self.index, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable statement of an article, traced to its exact characters.

    Always `article.text[fact.start:fact.end] == fact.text`. `value` is JSON-ready: a number,
    an ISO date string, a canonical name, the quoted words, a (low, high) tuple for a range, or
    None when the text cannot be normalised.
    """

    id: str
    kind: str
    text: str
    start: int
    end: int
    sentence: int
    value: Any = None
    unit: str | None = None
    qualifier: str | None = None
    canonical: str | None = None
    speaker: str | None = None
    method: str = "rules"  # what found it: "rules", or "ner:<model name> <version>"
    page: int | None = None  # 1-based, on facts of articles read from paged documents (PDF)

    def to_json(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        found = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "canonical": self.canonical,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "method": self.method,
        }
        if self.page is not None:
            found["page"] = self.page
        return found


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Which NLP pipeline produced an analysis; `fallback` when no trained model was found."""

    name: str
    version: str
    fallback: bool

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "fallback": self.fallback}


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one article by one pipeline version."""

    article_id: str
    model: ModelInfo
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """The cacheable, contract-shaped form of an analysis (without the article itself)."""
    return {
        "article_id": analysis.article_id,
        "model": analysis.model.to_json(),
        "sentences": [sentence.to_json() for sentence in analysis.sentences],
        "facts": [fact.to_json() for fact in analysis.facts],
    }


def analysis_from_json(data: dict[str, Any]) -> Analysis:
    """The inverse of `analysis_to_json`: ranges come back as (low, high) tuples."""
    facts = []
    for raw in data["facts"]:
        fields = dict(raw)
        if isinstance(fields.get("value"), list):
            fields["value"] = tuple(fields["value"])
        facts.append(Fact(**fields))
    return Analysis(
        article_id=data["article_id"],
        model=ModelInfo(**data["model"]),
        sentences=tuple(Sentence(**s) for s in data["sentences"]),
        facts=tuple(facts),
    )


# "possible": a possible conflict, two values whose evidence of one slot is not conclusive;
# listed after the conflicts and never counted with them.
MATCH_STATUSES = ("conflict", "possible", "only_a", "only_b", "variant", "agree")


def urgency(match: Match) -> int:
    """How urgent a match's status is, 0 most (MATCH_STATUSES order). A fact named by several
    matches is shown with its most urgent status, in the window and in every report alike."""
    return MATCH_STATUSES.index(match.status) if match.status in MATCH_STATUSES else 99


CHANGE_CATEGORIES = ("number", "date", "entity", "quote", "hedge", "wording", "style")


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences of A paired with sentences of B that report the same thing (1:1, 1:2 or 2:1).

    `kind`: "same" (identical words), "changed" (edited or reworded), "moved" (out of order with
    the pairs around it, whether edited or not). A sentence no pair covers is unique to its side.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    kind: str

    def to_json(self) -> dict[str, Any]:
        return {
            "a": list(self.a),
            "b": list(self.b),
            "score": round(self.score, 4),
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Change:
    """A word-level difference inside one aligned pair; plain offsets into each article's text.

    An insertion has `a_start == a_end` (where it would go in A); a deletion `b_start == b_end`.
    `category` is one of CHANGE_CATEGORIES; "style" (case, punctuation, whitespace, quote marks)
    is shown quietly, never hidden.
    """

    op: str  # "replace" | "delete" | "insert"
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    category: str
    pair: int  # index of the Alignment it belongs to

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "a": [self.a_start, self.a_end],
            "b": [self.b_start, self.b_end],
            "category": self.category,
            "pair": self.pair,
        }


# The signals that tie two facts of a match (docs: README, "Why two facts were paired").
EVIDENCE_SIGNALS = (
    "aligned_sentences",  # their sentences are aligned; value: the alignment score
    "identical_sentences",  # ... and the two sentences say the same words
    "same_counted_thing",  # the same counted unit; value: the unit ("soldiers", "visit")
    "shared_event_words",  # content words around both values; value: the words
    "same_position",  # the same place among like facts of two aligned sentences
    "same_sentence_but_the_value",  # one sentence word for word, but for the two values
    "same_value",  # equal normalised values; value: the value
    "compatible_values",  # a bound or hedge that admits the other value; value: both
    "same_day",  # a weekday and a date that fall on one day; value: the day
    "unresolved_date",  # "Tuesday" with no publication date, set against another; value: it
    "same_name",  # one entity by its name; value: the name
    "name_variant",  # one entity written two ways; value: "A / B"
    "same_words_around",  # two names in one slot: the words before or after; value: words
    "quote_similarity",  # how alike the quoted words are, 0..1
    "quote_trimmed",  # one quote is a part of the other
    "same_speaker",  # both quotes attributed to one person; value: the name
    "different_speakers",  # the same words given to two people; value: "A / B"
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One signal that tied the two facts of a match, with the value that was seen."""

    signal: str  # one of EVIDENCE_SIGNALS
    value: Any = True

    def to_json(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        if isinstance(value, float):
            value = round(value, 3)
        return {"signal": self.signal, "value": value}


# What a person decided about a match after checking it (`parallax mark`, the fact sidebar).
MARK_STATES = ("disputed", "open", "confirmed", "dismissed")


class Anchor(NamedTuple):
    """Where a marked fact was when it was marked: its offsets and its words, so that the mark
    finds it again after a re-analysis moved its edges."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mark:
    """A review mark on one match of two articles, anchored to their SHA-256 and to the facts
    as they were (`a` / `b`: None on the side an only-in match lacks). `orphaned`: the marked
    fact, or the pairing of the two, can no longer be found in the current analysis."""

    a_sha256: str
    b_sha256: str
    a: Anchor | None
    b: Anchor | None
    state: str  # one of MARK_STATES
    note: str
    marked_at: str  # ISO timestamp, UTC
    kind: str = ""
    id: int | None = None
    orphaned: bool = False

    def swapped(self) -> Mark:
        """The same mark seen from a comparison of B with A."""
        return dataclasses.replace(
            self, a_sha256=self.b_sha256, b_sha256=self.a_sha256, a=self.b, b=self.a
        )

    def to_json(self) -> dict[str, Any]:
        """The `mark` field of a match in the JSON contract."""
        return {"as": self.state, "note": self.note, "at": self.marked_at}


@dataclass(frozen=True, slots=True)
class Match:
    """How one fact of A relates to one fact of B (either may be None for only_a / only_b).

    `evidence` lists why the two facts were paired (empty for only_a / only_b); `mark` is a
    person's review mark on the match, if any."""

    status: str  # one of MATCH_STATUSES
    kind: str
    a: Fact | None
    b: Fact | None
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()
    mark: Mark | None = None

    def to_json(self) -> dict[str, Any]:
        data = {
            "status": self.status,
            "kind": self.kind,
            "a": self.a.to_json() if self.a else None,
            "b": self.b.to_json() if self.b else None,
            "note": self.note,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.mark is not None:
            data["mark"] = self.mark.to_json()
        return data


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything Parallax says about two versions of a story."""

    a: Article
    b: Article
    a_analysis: Analysis
    b_analysis: Analysis
    alignment: tuple[Alignment, ...]
    changes: tuple[Change, ...]
    matches: tuple[Match, ...]
    # Review marks of this pair whose facts can no longer be found (Mark.orphaned); kept and
    # shown, never dropped.
    orphaned_marks: tuple[Mark, ...] = ()

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(MATCH_STATUSES, 0)
        for match in self.matches:
            counts[match.status] += 1
        return counts


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One fact across the articles of a story: the fact each article gives for it, if any."""

    kind: str
    label: str  # what the row is about: "visit (ordinal)", "Tomas Reyes", "people killed"
    facts: tuple[Fact | None, ...]  # one per article of the StoryMatrix, None where absent
    cells: tuple[str, ...]  # per article: "agree" | "conflict" | "absent"
    status: str  # "disputed" | "single" | "partial" | "agreed"


@dataclass(frozen=True, slots=True)
class StoryMatrix:
    """The fact x article matrix of a story: disputed and single-source rows first."""

    story: str
    articles: tuple[Article, ...]
    rows: tuple[StoryRow, ...]
    # The review marks on pairs of these articles, as stored (compare.story_marks places them).
    marks: tuple[Mark, ...] = ()
