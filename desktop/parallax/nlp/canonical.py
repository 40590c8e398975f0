"""Resolving the names of one article to their fullest form ("Austin" -> "Lloyd Austin").

Within one article only (linking across articles is the compare step's job):

- people: a mention's name words (titles, initials and suffixes such as "III" set aside) are
  matched against the fullest names; "Lloyd J. Austin III" and "Lloyd Austin" share the words
  {Lloyd, Austin}, so both are one person; "Austin" or "Lloyd" alone, or "L. Austin", joins the
  name that has that word (and initial). When two people share the word, the one mentioned last
  before it wins, else the first one after. The canonical form is the longest one written.
- a one-word organisation, product or work that is the surname of a person named in full in
  the article is that person (small models often tag a repeated surname "Reyes" as ORG).
- other names: the same name in any case ("CARROW", "Carrow") is one; an all-capital acronym
  of an organisation's initials ("NWO") or a distinctive part of its name ("Northline" for
  "Northline Wire") is that organisation.
- canonical forms drop a leading "the"/"The", collapse whitespace and keep the name as written;
  an all-capital place of five letters or more ("CARROW" in a dateline) is title-cased when the
  article never writes it otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from parallax.nlp.lexicon import (
    ACRONYM_SKIP,
    GENERIC_ORG_WORDS,
    LABEL_KINDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_SUFFIX_WORDS,
    TITLES,
)
from parallax.nlp.repairs import NameSpan


@dataclass(frozen=True, slots=True)
class Name:
    """A name in the text with its fact kind and canonical form."""

    start: int
    end: int
    kind: str
    canonical: str
    source: str


@dataclass(slots=True)
class _Mention:
    index: int
    start: int
    kind: str
    form: str  # as written, whitespace collapsed, without a leading "the"
    words: list[str] = field(default_factory=list)  # identifying words, case-folded
    initials: list[str] = field(default_factory=list)


def display_form(surface: str) -> str:
    """`surface` with whitespace collapsed and a leading "the"/"The" dropped."""
    words = surface.split()
    if len(words) > 1 and words[0] in ("the", "The"):
        words = words[1:]
    return " ".join(words)


def resolve_names(text: str, spans: Sequence[NameSpan]) -> list[Name]:
    """Every span with its kind and canonical name, in the order given."""
    mentions = [_mention(i, text, span) for i, span in enumerate(spans)]
    _surnames_are_people(mentions)
    canonical = _person_canonicals([m for m in mentions if m.kind == "person"])
    canonical |= _other_canonicals([m for m in mentions if m.kind != "person"])
    return [
        Name(span.start, span.end, m.kind, canonical[m.index], span.source)
        for span, m in zip(spans, mentions, strict=True)
    ]


def _mention(index: int, text: str, span: NameSpan) -> _Mention:
    form = display_form(text[span.start : span.end])
    mention = _Mention(index, span.start, LABEL_KINDS[span.label], form)
    mention.words, mention.initials = _name_words(form)
    return mention


def _name_words(form: str) -> tuple[list[str], list[str]]:
    """Identifying words and initials of a name: "Lloyd J. Austin III" -> [lloyd, austin], [j]."""
    words, initials = [], []
    for word in form.replace("’", "'").split():
        key = word.casefold().rstrip(",")
        if len(key.rstrip(".")) == 1 and key[0].isalpha():
            initials.append(key[0])
        elif key not in NAME_SUFFIXES and key.rstrip(".") not in TITLES:
            words.append(key)
    return words, initials


def _surnames_are_people(mentions: list[_Mention]) -> None:
    surnames = {m.words[-1] for m in mentions if m.kind == "person" and len(m.words) > 1}
    for m in mentions:
        one_word = len(m.words) == 1 and not m.initials
        if m.kind in ("organization", "product", "work") and one_word and m.words[0] in surnames:
            m.kind = "person"


# People ----------------------------------------------------------------------------------------
def _person_canonicals(mentions: list[_Mention]) -> dict[int, str]:
    clusters = _person_clusters([m for m in mentions if len(_core(m)) > 1])
    canonical = {}
    for m in mentions:
        cluster = _cluster_for(m, clusters)
        canonical[m.index] = cluster[0].form if cluster else m.form
    return canonical


def _core(m: _Mention) -> list[str]:
    """Name words other than particles ("de", "van"), which alone identify nobody."""
    return [w for w in m.words if w not in NAME_PARTICLES]


def _person_clusters(full: list[_Mention]) -> list[list[_Mention]]:
    """Full names grouped by shared words; each group's first member is its longest form."""
    clusters: list[list[_Mention]] = []
    for m in sorted(full, key=_fullness):
        home = next((c for c in clusters if set(m.words) <= set(c[0].words)), None)
        if home is None:
            clusters.append([m])
        else:
            home.append(m)
    return clusters


def _fullness(m: _Mention) -> tuple:
    """Sort key: mixed case before all capitals, more words, longer, earlier."""
    return (m.form.isupper(), -len(m.words) - len(m.initials), -len(m.form), m.start)


def _cluster_for(m: _Mention, clusters: list[list[_Mention]]) -> list[_Mention] | None:
    """The cluster whose longest name has all of `m`'s words and initials; the nearest
    preceding one when several do."""
    fits = [c for c in clusters if _fits(m, c[0])]
    if len(fits) <= 1:
        return fits[0] if fits else None
    before = [
        (max(x.start for x in c if x.start <= m.start), c) for c in fits if _starts_before(c, m)
    ]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return min(fits, key=lambda c: min(x.start for x in c))


def _starts_before(cluster: list[_Mention], m: _Mention) -> bool:
    return any(x.start <= m.start for x in cluster)


def _fits(m: _Mention, full: _Mention) -> bool:
    if not m.words or not set(m.words) <= set(full.words):
        return False
    letters = {w[0] for w in full.words} | set(full.initials)
    return all(i in letters for i in m.initials)


# Everything else -------------------------------------------------------------------------------
def _other_canonicals(mentions: list[_Mention]) -> dict[int, str]:
    groups: dict[tuple[str, str], list[_Mention]] = {}
    for m in mentions:
        groups.setdefault((m.kind, m.form.casefold().replace("’", "'")), []).append(m)
    best = {key: min(group, key=_fullness) for key, group in groups.items()}
    target = {key: _merged_into(key, best) for key in groups}
    canonical: dict[int, str] = {}
    for key, group in groups.items():
        form = _final_form(best[target[key]], group)
        canonical.update((m.index, form) for m in group)
    return canonical


def _final_form(best: _Mention, group: list[_Mention]) -> str:
    form = best.form
    letters = sum(c.isalpha() for c in form)
    if best.kind == "place" and form.isupper() and letters >= 5 and "." not in form:
        return " ".join(word.capitalize() for word in form.split())
    return form


def _merged_into(key: tuple[str, str], best: dict) -> tuple[str, str]:
    """The group `key` belongs to: itself, or the one organisation it abbreviates."""
    kind = key[0]
    if kind != "organization":
        return key
    others = [k for k in best if k[0] == kind and k != key]
    form = best[key].form
    matches = [k for k in others if _abbreviates(form, best[k].form)]
    return matches[0] if len(matches) == 1 else key


def _abbreviates(short: str, full: str) -> bool:
    """ "NWO" of "National Weather Office", or "Northline" of "Northline Wire" (the distinctive
    start of the name, followed only by words like Wire, Airlines, Co.)."""
    bare = short.replace(".", "")
    if bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 6:
        initials = "".join(w[0] for w in full.split() if w.casefold() not in ACRONYM_SKIP)
        if bare == initials.upper() and len(initials) == len(bare):
            return True
    short_words = [w.strip(".,") for w in short.casefold().split()]
    full_words = [w.strip(".,") for w in full.casefold().split()]
    if full_words[:1] == ["the"]:
        full_words = full_words[1:]
    if len(short_words) >= len(full_words) or set(short_words) <= GENERIC_ORG_WORDS:
        return False
    n = len(short_words)
    return full_words[:n] == short_words and set(full_words[n:]) <= ORG_SUFFIX_WORDS
