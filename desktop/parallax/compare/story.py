"""The story matrix: the facts of N articles clustered into rows (one entity, one number or date
slot, one quote), each cell telling whether that article agrees with the others.

Rows grow article by article: each article's facts are matched against the rows so far with
the verdicts of two-article matching (`match_judge`, best pairs first, one fact per row); a fact
no row takes starts a row of its own. Cells compare each fact with the row's majority value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from parallax.compare.comparison import sentence_alignment
from parallax.compare.match.context import ArticleView, SentencePairs
from parallax.compare.match.facts import greedy
from parallax.compare.match.groups import mention_groups
from parallax.compare.match.judge import Sides, judge
from parallax.compare.match.kinds import family
from parallax.compare.match.names import same_entity
from parallax.compare.match.notes import entity_name
from parallax.compare.match.quotes import quote_words
from parallax.compare.match.slots import is_generic_unit, values_equal
from parallax.model import FACT_KINDS, Alignment, Analysis, Article, Fact, StoryMatrix, StoryRow

ROW_STATUSES = ("disputed", "single", "partial", "agreed")
LABEL_WORDS = 6  # a quote's row is labelled by its first words

Row = dict[int, tuple[Fact, ...]]  # article index -> the mentions it gives for the row


def story_matrix(
    name: str, articles: Sequence[Article], analyses: Sequence[Analysis]
) -> StoryMatrix:
    """The fact x article matrix of a story; `analyses[i]` belongs to `articles[i]`."""
    if len(articles) != len(analyses):
        raise ValueError(f"{len(articles)} articles but {len(analyses)} analyses")
    story = _Story(articles, analyses)
    rows: list[Row] = []
    for index, analysis in enumerate(analyses):
        _add_article(rows, index, mention_groups(analysis.facts), story)
    built = sorted(((_story_row(row, story), row) for row in rows), key=_row_order)
    return StoryMatrix(name, tuple(articles), tuple(row for row, _ in built))


class _Story:
    """The articles' views, and their sentence alignment computed once per pair of articles
    (the one `compare` shows for that pair: the matcher's only source of aligned sentences)."""

    def __init__(self, articles: Sequence[Article], analyses: Sequence[Analysis]):
        self.articles, self.analyses = list(articles), list(analyses)
        self.views = [ArticleView(art.text, an) for art, an in zip(articles, analyses, strict=True)]
        self._sides: dict[tuple[int, int], Sides] = {}
        self._seen: dict = {}  # sentences read for alignment, by text: each read once, not 9 times

    def sides(self, i: int, j: int) -> Sides:
        if (i, j) not in self._sides:
            a, b = self.views[i], self.views[j]
            self._sides[i, j] = Sides(a, b, SentencePairs(a, b, self._alignment(i, j)))
        return self._sides[i, j]

    def _alignment(self, i: int, j: int) -> tuple[Alignment, ...]:
        articles, analyses = self.articles, self.analyses
        return sentence_alignment(
            articles[i], articles[j], analyses[i], analyses[j], seen=self._seen
        )


def _add_article(
    rows: list[Row], index: int, groups: dict[str, tuple[Fact, ...]], story: _Story
) -> None:
    """Put each of the article's facts in its best row, or in a new row of its own."""
    scored = []
    for number, row in enumerate(rows):
        for key, members in groups.items():
            score = _best_score(row, members, index, story)
            if score is not None:
                scored.append((score, number, key))
    placed = set()
    for k in greedy(scored):
        _, number, key = scored[k]
        rows[number][index] = groups[key]
        placed.add(key)
    rows.extend({index: members} for key, members in groups.items() if key not in placed)


def _best_score(row: Row, members: tuple[Fact, ...], index: int, story: _Story) -> float | None:
    verdicts = [judge(theirs, members, story.sides(j, index)) for j, theirs in row.items()]
    # a possible conflict is not evidence enough to put two facts in one row of the matrix
    scores = [v.score for v in verdicts if v is not None and v.status != "possible"]
    return max(scores) if scores else None


def _story_row(row: Row, story: _Story) -> StoryRow:
    facts = tuple(row[i][0] if i in row else None for i in range(len(story.views)))
    cells = _cells(facts)
    first = next(f for f in facts if f is not None)
    return StoryRow(first.kind, _label(facts, story), facts, cells, _status(cells))


def _cells(facts: Sequence[Fact | None]) -> tuple[str, ...]:
    """ "agree" with the majority value, "conflict", or "absent"; no majority: all conflict."""
    classes: list[list[int]] = []  # indices of facts that say the same thing
    for i, fact in enumerate(facts):
        if fact is None:
            continue
        home = next((c for c in classes if equivalent(_fact(facts, c[0]), fact)), None)
        if home is None:
            classes.append([i])
        else:
            home.append(i)
    sizes = sorted((len(c) for c in classes), reverse=True)
    majority = max(classes, key=len) if len(sizes) == 1 or sizes[0] > sizes[1] else []
    return tuple(
        "absent" if f is None else "agree" if i in majority else "conflict"
        for i, f in enumerate(facts)
    )


def _fact(facts: Sequence[Fact | None], i: int) -> Fact:
    fact = facts[i]
    assert fact is not None
    return fact


def equivalent(a: Fact, b: Fact) -> bool:
    """Two facts of one row that say the same thing, however written."""
    kind = family(a.kind)
    if kind == "entity":
        return same_entity(entity_name(a), entity_name(b))
    if kind == "quote":
        speakers = {s for s in (a.speaker, b.speaker) if s}
        same_speaker = len(speakers) < 2 or same_entity(*speakers, kind="person")
        return quote_words(a) == quote_words(b) and same_speaker
    same_hedge = kind in ("date", "time") or (a.qualifier or None) == (b.qualifier or None)
    return values_equal(a, b) and same_hedge


def _status(cells: Sequence[str]) -> str:
    present = sum(c != "absent" for c in cells)
    if "conflict" in cells:
        return "disputed"
    if present == 1:
        return "single"
    return "agreed" if present == len(cells) else "partial"


def _row_order(item: tuple[StoryRow, Row]) -> tuple[int, int, int, int]:
    """Disputed, single, partial, agreed; then by kind; then by first appearance."""
    built, row = item
    first = min(row)
    kind = FACT_KINDS.index(built.kind) if built.kind in FACT_KINDS else len(FACT_KINDS)
    return ROW_STATUSES.index(built.status), kind, first, row[first][0].start


def _label(facts: Sequence[Fact | None], story: _Story) -> str:
    """ "Tomas Reyes", "visit (ordinal)", "people (number)", "We will not leave a single…"."""
    present = [(i, f) for i, f in enumerate(facts) if f is not None]
    first = present[0][1]
    kind = family(first.kind)
    if kind == "entity":
        return Counter(entity_name(f) for _, f in present).most_common(1)[0][0]
    if kind == "quote":
        words = (first.value if isinstance(first.value, str) else first.text).split()
        return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")
    return f"{_noun(present, story)} ({first.kind})"


def _noun(present: Sequence[tuple[int, Fact]], story: _Story) -> str:
    """The first fact's unit, else the word nearest it, else another fact's unit."""
    units = [f.unit for _, f in present if f.unit and not is_generic_unit(f.unit)]
    index, first = present[0]
    if first.unit and not is_generic_unit(first.unit):
        return first.unit
    return story.views[index].nearest_word(first) or (units[0] if units else first.kind)
