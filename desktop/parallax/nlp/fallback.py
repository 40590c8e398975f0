"""Name rules: the names of the fallback pipeline (no trained model), and hints for the model.

Hand-written because no kept library finds names without a trained model. The rules find fewer
names than the model, but the ones they find are likely right: a name after a title ("Mayor
Ines Dalca"), before or after a speech verb ("Zelenskyy said", "Rustem Umerov, the minister,
said"), before an organisation or place head word ("Valley Relief Council", "Orsa River"), or
after "in"/"at"/"from"/"near".
With a trained model, the first two fill in names the model missed (see entities.py).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from parallax.nlp.lexicon import COMMON_SUBJECTS, NOT_FIRST_NAMES, TITLES

NAME_RULES = "parallax_name_rules"

_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.)"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"


def alternation(words: set[str] | frozenset[str]) -> str:
    """A regex matching any of `words`, as a trie: at each position the engine tries one first
    letter instead of every word (ten times faster than a plain alternation of 100 titles)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


_TITLE = alternation(TITLES | {title.capitalize() for title in TITLES})
_VERB = "said|says|told|added|wrote|asked|warned"
_ORG_HEAD = (
    "Council|Ministry|Office|Agency|Party|Union|Company|Corporation|Corp|Inc|Ltd|Committee|"
    "Commission|Association|Authority|Bank|Board|Court|Service|University|Institute|"
    "Foundation|Department|Parliament|Senate|Congress|Police|Army|Navy|Times|Post|Herald|News"
)
_PLACE_HEAD = "River|Valley|Mountains?|Lake|Sea|Ocean|Province|County|Region|Island|Bay|Strait"
_NOT_BEFORE_SPEAKER = frozenset(["of", "in", "at", "from", "for", "to", "near", "with", "by", "on"])

_TITLED = re.compile(rf"\b{_TITLE}\.?[ ]+(?P<name>{_NAME})")
_SPEAKING = (
    re.compile(rf"(?P<name>{_NAME}),?[ ]+(?:{_VERB})\b"),
    re.compile(rf"\b(?:{_VERB})[ ]+(?P<name>{_WORD}[ ]{_NAME})"),
    # "Rustem Umerov, Ukraine's defense minister, said"
    re.compile(rf"(?P<name>{_WORD}[ ]{_NAME}),[ ][^,.;:!?\"“”\n]{{3,60}},[ ](?:{_VERB})\b"),
)
_RULES = (
    ("ORG", re.compile(rf"(?P<name>(?:{_WORD}[ ](?:of[ ](?:the[ ])?)?){{1,4}}(?:{_ORG_HEAD}))\b")),
    ("LOC", re.compile(rf"(?P<name>(?:{_WORD}[ ]){{1,3}}(?:{_PLACE_HEAD}))\b")),
    ("PERSON", _TITLED),
    *(("PERSON", pattern) for pattern in _SPEAKING),
    ("GPE", re.compile(rf"\b(?:in|at|from|near)[ ]+(?P<name>{_NAME})")),
)
_HEADS = re.compile(rf"\b(?:{_ORG_HEAD}|{_PLACE_HEAD})$")


def rule_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every name the rules find, overlaps included."""
    found: list[tuple[int, int, str]] = []
    for label, pattern in _RULES:
        found.extend((s, e, label) for s, e in _names(text, pattern, label))
    return found


def titled_names(text: str) -> list[tuple[int, int]]:
    """People named right after a title: "Mayor [Ines Dalca]", "Mr. [Reyes]"."""
    return _names(text, _TITLED, "PERSON")


def speaking_names(text: str) -> list[tuple[int, int]]:
    """People named right before or after a speech verb: "[Zelenskyy] said"."""
    return [span for pattern in _SPEAKING for span in _names(text, pattern, "PERSON")]


def _names(text: str, pattern: re.Pattern[str], label: str) -> list[tuple[int, int]]:
    found = []
    for match in pattern.finditer(text):
        start, end = _clean(text, *match.span("name"))
        if label == "PERSON":
            start = _skip_common_words(text, start, end)
        if start < end and (label != "PERSON" or _person_like(text, start, end)):
            found.append((start, end))
    return found


def _skip_common_words(text: str, start: int, end: int) -> int:
    """Move past leading words the text also writes in lower case ("Later Dalca said")."""
    while start < end:
        space = text.find(" ", start, end)
        if space < 0 or not _has_word(text, text[start:space].lower()):
            return start
        start = space + 1
    return start


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Skip leading function words ("The", "When") and everything up to a title inside."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    keep = 0
    for i, (s, e) in enumerate(words):
        word = text[start + s : start + e].casefold().rstrip(".")
        if word in TITLES or (i == keep and word in NOT_FIRST_NAMES):
            keep = i + 1
    if keep >= len(words):
        return start, start
    return start + words[keep][0], end


def _person_like(text: str, start: int, end: int) -> bool:
    """Not an organisation or place by its last word, not after "of"/"in" ("Dalca of Carrow"),
    and not one word the text also writes in lower case ("Officials said")."""
    before = text[max(0, start - 6) : start].split()
    if _HEADS.search(text, start, end) or (before and before[-1] in _NOT_BEFORE_SPEAKER):
        return False
    word = text[start:end]
    if " " in word:
        return True
    return word.casefold() not in COMMON_SUBJECTS and not _has_word(text, word.lower())


def _has_word(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` as a whole word (a plain search: no regex to compile)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(word, at + 1)
    return False


@Language.component(NAME_RULES)
def name_rules(doc: Doc) -> Doc:
    """Set `doc.ents` from `rule_names`, longest first where two overlap."""
    spans = []
    for start, end, label in rule_names(doc.text):
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc
