"""Comparisons and story matrices built by hand for the report tests, offsets found, not typed.

Two short reports of the Brenner Valley floods (a wire story and a rival's), a third, corrected
version for the story matrix, and a hostile pair whose text, metadata and notes carry markup,
formulas and control characters.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from parallax.model import (
    Alignment,
    Analysis,
    Article,
    Change,
    Comparison,
    Evidence,
    Fact,
    Match,
    ModelInfo,
    Sentence,
    StoryMatrix,
    StoryRow,
    count_words,
)

MODEL = ModelInfo("en_core_web_sm", "3.8.0", fallback=False)
FALLBACK = ModelInfo("blank:en", "rules-1", fallback=True)

WIRE_TEXT = (
    "Floods kill 65 in Brenner Valley as minister makes third visit\n\n"
    "Floods in the Brenner Valley have killed 65 people, officials said on Tuesday, as Interior "
    "Minister Tomas Reyes made his third visit to the area.\n\n"
    'Reyes announced $400 million in emergency aid. "We will not leave a single village '
    'behind," he said.\n\n'
    "The Orsa River had fallen 12% since Sunday, officials said."
)
RIVAL_TEXT = (
    "Brenner Valley toll rises to at least 72\n\n"
    "Floods in the Brenner Valley have killed at least 72 people, officials said on October 22, "
    "as interior minister Tomas Reyes made his fourth visit to the region.\n\n"
    "The level of the Orsa River had fallen 15% since Sunday.\n\n"
    '"We will not leave a single village behind," Reyes said. Mayor Ines Dalca said 40 schools '
    "were closed."
)
CORRECTED_TEXT = (
    WIRE_TEXT.replace("65", "68").replace("third", "fourth")
    + "\n\nMayor Ines Dalca said 40 schools remained closed."
)

_LINE = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"”]?(?=\s|$)|$)")


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """Sentences as the pipeline gives them: lines cut after . ! ? (and a closing quote)."""
    spans = [
        (line.start() + found.start(), line.start() + found.end())
        for line in _LINE.finditer(text)
        for found in _SENTENCE.finditer(line.group())
    ]
    return tuple(Sentence(i, start, end) for i, (start, end) in enumerate(spans))


def span(text: str, sentence: Sentence, words: str) -> tuple[int, int]:
    """Where `words` first occurs as whole words inside `sentence`."""
    pattern = (r"\b" if words[0].isalnum() else "") + re.escape(words)
    pattern += r"\b" if words[-1].isalnum() else ""
    found = re.compile(pattern).search(text, sentence.start, sentence.end)
    assert found, f"{words!r} is not in sentence {sentence.index}"
    return found.start(), found.end()


def point(text: str, sentence: Sentence, words: str) -> tuple[int, int]:
    """The empty range just before `words`: where an insertion goes."""
    start, _ = span(text, sentence, words)
    return start, start


def make_article(article_id: str, text: str, **meta: str | None) -> Article:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=article_id, sha256=sha, text=text, words=count_words(text), **meta)


class Side:
    """One article of a hand-made comparison: its sentences, and facts numbered f1, f2, …"""

    def __init__(self, article: Article, model: ModelInfo = MODEL) -> None:
        self.article = article
        self.model = model
        self.sentences = sentences_of(article.text)
        self.facts: list[Fact] = []

    def fact(self, kind: str, words: str, *, sentence: int, **fields: object) -> Fact:
        start, end = span(self.article.text, self.sentences[sentence], words)
        made = Fact(f"f{len(self.facts) + 1}", kind, words, start, end, sentence, **fields)
        self.facts.append(made)
        return made

    def at(self, sentence: int, words: str) -> tuple[int, int]:
        return span(self.article.text, self.sentences[sentence], words)

    def before(self, sentence: int, words: str) -> tuple[int, int]:
        return point(self.article.text, self.sentences[sentence], words)

    def analysis(self) -> Analysis:
        return Analysis(self.article.id, self.model, self.sentences, tuple(self.facts))


def change(op: str, a: tuple[int, int], b: tuple[int, int], category: str, pair: int) -> Change:
    return Change(op, a[0], a[1], b[0], b[1], category, pair)


def wire(text: str = WIRE_TEXT, **meta: str | None) -> Article:
    defaults = {
        "title": "Floods kill 65 in Brenner Valley as minister makes third visit",
        "outlet": "Northline Wire",
        "byline": "Helena Marsh",
        "published": "2024-10-22",
        "source_path": "/home/ed/wire.txt",
    }
    return make_article("a1b2c3d4", text, **(defaults | meta))


def rival(text: str = RIVAL_TEXT, **meta: str | None) -> Article:
    defaults = {
        "title": "Brenner Valley toll rises to at least 72",
        "outlet": "Harbour Post",
        "byline": "Sam Okafor",
        "published": "2024-10-22",
        "url": "https://harbourpost.example/brenner-floods",
        "format": "html",
    }
    return make_article("e5f6a7b8", text, **(defaults | meta))


def flood_comparison(*, model: ModelInfo = MODEL) -> Comparison:
    """The wire story against the rival's: 3 conflicts, 1 only in A, 2 only in B, 1 variant,
    5 agreed, each pair with the evidence that paired it; four sentence pairs (one moved), one
    sentence unique to each side."""
    a, b = Side(wire(), model), Side(rival(), model)
    a_valley = a.fact("place", "Brenner Valley", sentence=1, value="Brenner Valley")
    b_valley = b.fact("place", "Brenner Valley", sentence=1, value="Brenner Valley")
    a_dead = a.fact("number", "65", sentence=1, value=65, unit="people")
    b_dead = b.fact("number", "72", sentence=1, value=72, unit="people", qualifier="at least")
    a_day = a.fact("date", "Tuesday", sentence=1, value="2024-10-22")
    b_day = b.fact("date", "October 22", sentence=1, value="2024-10-22")
    a_reyes = a.fact("person", "Tomas Reyes", sentence=1, value="Tomas Reyes")
    b_reyes = b.fact("person", "Tomas Reyes", sentence=1, value="Tomas Reyes")
    a_visit = a.fact("ordinal", "third", sentence=1, value=3, unit="visit")
    b_visit = b.fact("ordinal", "fourth", sentence=1, value=4, unit="visit")
    a_aid = a.fact("money", "$400 million", sentence=2, value=400_000_000.0, unit="USD")
    quote = "We will not leave a single village behind"
    a_quote = a.fact("quote", quote, sentence=3, value=quote, speaker="Tomas Reyes")
    a_river = a.fact("place", "Orsa River", sentence=4, value="Orsa River")
    a_fall = a.fact("percent", "12%", sentence=4, value=12, unit="%")
    a_sunday = a.fact("date", "Sunday", sentence=4, value="2024-10-20")
    b_river = b.fact("place", "Orsa River", sentence=2, value="Orsa River")
    b_fall = b.fact("percent", "15%", sentence=2, value=15, unit="%")
    b_sunday = b.fact("date", "Sunday", sentence=2, value="2024-10-20")
    b_quote = b.fact("quote", quote, sentence=3, value=quote, speaker="Tomas Reyes")
    b_mayor = b.fact("person", "Ines Dalca", sentence=4, value="Ines Dalca")
    b_schools = b.fact("number", "40", sentence=4, value=40, unit="schools")
    aligned, river_aligned = (
        Evidence("aligned_sentences", 0.81),
        Evidence("aligned_sentences", 0.74),
    )
    same_position = Evidence("same_position")
    matches = (
        Match(
            "agree",
            "place",
            a_valley,
            b_valley,
            evidence=(Evidence("same_name", "Brenner Valley"),),
        ),
        Match(
            "conflict",
            "number",
            a_dead,
            b_dead,
            "65 vs at least 72 people",
            (
                aligned,
                Evidence("same_counted_thing", "people"),
                Evidence("shared_event_words", ("killed", "floods")),
                same_position,
            ),
        ),
        Match(
            "variant",
            "date",
            a_day,
            b_day,
            "both 2024-10-22",
            (aligned, Evidence("same_value", "2024-10-22")),
        ),
        Match(
            "agree", "person", a_reyes, b_reyes, evidence=(Evidence("same_name", "Tomas Reyes"),)
        ),
        Match(
            "conflict",
            "ordinal",
            a_visit,
            b_visit,
            "third vs fourth visit",
            (aligned, Evidence("same_counted_thing", "visit"), same_position),
        ),
        Match("only_a", "money", a_aid, None),
        Match(
            "agree",
            "quote",
            a_quote,
            b_quote,
            evidence=(Evidence("quote_similarity", 1.0), Evidence("same_speaker", "Tomas Reyes")),
        ),
        Match("agree", "place", a_river, b_river, evidence=(Evidence("same_name", "Orsa River"),)),
        Match(
            "conflict",
            "percent",
            a_fall,
            b_fall,
            "12% vs 15%",
            (river_aligned, Evidence("shared_event_words", ("fallen", "river")), same_position),
        ),
        Match(
            "agree",
            "date",
            a_sunday,
            b_sunday,
            evidence=(river_aligned, Evidence("same_value", "2024-10-20")),
        ),
        Match("only_b", "person", None, b_mayor),
        Match("only_b", "number", None, b_schools),
    )
    alignment = (
        Alignment((0,), (0,), 0.35, "changed"),
        Alignment((1,), (1,), 0.81, "changed"),
        Alignment((3,), (3,), 0.88, "moved"),
        Alignment((4,), (2,), 0.74, "changed"),
    )
    headlines = (a.at(0, a.article.title), b.at(0, b.article.title))
    changes = (
        change("replace", *headlines, "wording", 0),
        change("replace", a.at(1, "65"), b.at(1, "at least 72"), "number", 1),
        change("replace", a.at(1, "Tuesday"), b.at(1, "October 22"), "date", 1),
        change("replace", a.at(1, "Interior Minister"), b.at(1, "interior minister"), "style", 1),
        change("replace", a.at(1, "third"), b.at(1, "fourth"), "number", 1),
        change("replace", a.at(1, "area"), b.at(1, "region"), "wording", 1),
        change("replace", a.at(3, "he"), b.at(3, "Reyes"), "entity", 2),
        change("insert", a.before(4, "Orsa"), b.at(2, "level of the"), "wording", 3),
        change("replace", a.at(4, "12"), b.at(2, "15"), "number", 3),
        change("delete", a.at(4, ", officials said"), b.before(2, "."), "wording", 3),
    )
    return Comparison(a.article, b.article, a.analysis(), b.analysis(), alignment, changes, matches)


def possible_comparison() -> Comparison:
    """The flood comparison with the river's fall (12% vs 15%) a possible conflict, not a
    conflict: 2 conflicts, 1 possible conflict, the rest as before."""
    comparison = flood_comparison()
    matches = tuple(
        dataclasses.replace(m, status="possible") if m.kind == "percent" else m
        for m in comparison.matches
    )
    return dataclasses.replace(comparison, matches=matches)


HOSTILE_TITLE = "Title </title><script>alert(1)</script>"
HOSTILE_A = (
    "Officials said <script>alert(1)</script> that 65 people died.\n\n"
    'A tag "><img src=x onerror=alert(2)> and </style> and a \x1b[31mred\x1b[0m word.\n\n'
    '=HYPERLINK("http://evil.example/x","click") | *bold* | [link](http://evil.example) | cost -3.'
)
HOSTILE_B = (
    "Officials said <b onmouseover=alert(3)>70</b> people died.\n\nNothing else & more &amp; less."
)


def hostile_comparison() -> Comparison:
    """Markup, formulas, Markdown syntax and terminal escapes in every place text can go."""
    a_article = wire(
        HOSTILE_A,
        title=HOSTILE_TITLE,
        outlet='<img src=x onerror="alert(4)">',
        byline="@SUM(1+1)",
        url="javascript:alert(5)",
    )
    b_article = rival(
        HOSTILE_B, title="| pipe | </style>", outlet="Harbour | Post", url='https://ok.example/"><x'
    )
    a, b = Side(a_article), Side(b_article)
    script = a.fact("work", "<script>alert(1)</script>", sentence=0)
    img = a.fact("work", '"><img src=x onerror=alert(2)>', sentence=1)
    formula = a.fact("quote", '=HYPERLINK("http://evil.example/x","click")', sentence=2)
    minus = a.fact("number", "-3", sentence=2, value=-3)
    a_dead = a.fact("number", "65", sentence=0, value=65)
    b_dead = b.fact("number", "70", sentence=0, value=70)
    b_tag = b.fact("work", "<b onmouseover=alert(3)>", sentence=0)
    matches = (
        Match(
            "conflict",
            "number",
            a_dead,
            b_dead,
            "<b onmouseover=alert(6)>65</b> | vs 70",
            (Evidence("shared_event_words", ("<i>died</i>", "*said*|")),),
        ),
        Match(
            "possible",
            "work",
            script,
            b_tag,
            "+cmd|' /C calc'!A0",
            (Evidence("same_words_around", "<script>alert(8)</script> \x1b[31m"),),
        ),
        Match("only_a", "work", img, None, '"><script>alert(7)</script>'),
        Match("only_a", "quote", formula, None, "-2+3"),
        Match("only_a", "number", minus, None, None),
    )
    alignment = (Alignment((0,), (0,), 0.6, "changed"),)
    changes = (change("replace", a.at(0, "65"), b.at(0, "70"), "number", 0),)
    return Comparison(a.article, b.article, a.analysis(), b.analysis(), alignment, changes, matches)


def corrected() -> Article:
    return make_article(
        "c9d0e1f2",
        CORRECTED_TEXT,
        title="Floods kill 68 in Brenner Valley as minister makes fourth visit",
        outlet="Northline Wire (corrected)",
        published="2024-10-23",
    )


def story_matrix(*, label: str = "visit (ordinal)") -> StoryMatrix:
    """Three versions of the story: disputed rows first, then single, partial and agreed."""
    a, b, c = Side(wire()), Side(rival()), Side(corrected())
    visit = (
        a.fact("ordinal", "third", sentence=1, value=3),
        b.fact("ordinal", "fourth", sentence=1, value=4),
        c.fact("ordinal", "fourth", sentence=1, value=4),
    )
    dead = (
        a.fact("number", "65", sentence=1, value=65),
        b.fact("number", "72", sentence=1, value=72, qualifier="at least"),
        c.fact("number", "68", sentence=1, value=68),
    )
    aid = a.fact("money", "$400 million", sentence=2, value=400_000_000)
    mayor = (b.fact("person", "Ines Dalca", sentence=4), c.fact("person", "Ines Dalca", sentence=5))
    reyes = tuple(side.fact("person", "Tomas Reyes", sentence=1) for side in (a, b, c))
    absent_twice = ("agree", "absent", "absent")
    rows = (
        StoryRow("ordinal", label, visit, ("conflict", "agree", "agree"), "disputed"),
        StoryRow("number", "people killed", dead, ("conflict",) * 3, "disputed"),
        StoryRow("money", "$400 million aid", (aid, None, None), absent_twice, "single"),
        StoryRow("person", "Ines Dalca", (None, *mayor), ("absent", "agree", "agree"), "partial"),
        StoryRow("person", "Tomas Reyes", reyes, ("agree",) * 3, "agreed"),
    )
    return StoryMatrix("Brenner floods", (a.article, b.article, c.article), rows)
