"""Byline lines ("By Jane Doe and Omar Haddad | Reuters") -> the writers' names and the outlet."""

from __future__ import annotations

import re

from parallax.ingest.dates import find_dates, parse_date
from parallax.ingest.fields import Fields
from parallax.ingest.shapes import is_ui_word, word_set

_BYLINE = re.compile(r"(?:(?:written|reported|words|story|text)\s+)?by\s*:?\s+(?P<rest>\S.*)", re.I)
# Separators start only where a run of spaces starts ((?<!\s)): tried inside every run, they cost
# time quadratic in its length (a line of 5,000-space gaps took 45 s per 200 KB).
_PARTS = re.compile(r"(?<!\s)\s*\|\s*|(?<!\s)\s+[–—•·-]\s+")
_NAME_SEPARATORS = re.compile(r"(?<!\s)\s*,\s*(?:and\s+)?|(?<!\s)\s+(?:and|&)\s+", re.IGNORECASE)
_NAME_PREFIX = re.compile(r"^(?:al|el|ad|ash|d|l|o)['’-]", re.I)  # al-Haddad, d'Amico, O'Neill
_PARTICLES = word_set("de da das dos du del della der den di la le van von ter bin ibn y e al el")
_NOT_IN_NAMES = word_set("the a an this that its his her their our my")
_ROLE_WORDS = word_set(
    "correspondent correspondents reporter reporters writer writers editor editors "
    "contributor contributors columnist journalist analyst producer staff senior chief "
    "special deputy associate managing bureau professor author"
)
KNOWN_OUTLETS = frozenset(
    {
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "bloomberg",
        "bloomberg news",
        "bbc",
        "bbc news",
        "cnn",
        "dpa",
        "efe",
        "ansa",
        "xinhua",
        "kyodo",
        "kyodo news",
        "yonhap",
        "interfax",
        "tass",
        "ukrinform",
        "al jazeera",
        "npr",
        "upi",
        "pa media",
        "anadolu agency",
    }
)
OUTLET_WORDS = word_set(
    "news times post press agency journal herald tribune guardian telegraph gazette "
    "chronicle observer independent standard daily wire review mail express media radio "
    "tv television network broadcasting magazine weekly monitor insider today ledger "
    "courier paper edition"
)
_OUTLET_NAME = re.compile(r"[A-Z0-9À-Þ][\w&'’.\- ]{0,59}")
MAX_OUTLET_WORDS = 6
MAX_NAME_TOKENS = 5


def parse_byline(line: str) -> Fields | None:
    """The byline (and outlet or date) a whole "By ..." line states, or None if it is not one."""
    match = _BYLINE.fullmatch(line.strip())
    if not match:
        return None
    first, *others = _PARTS.split(match["rest"])
    found = _names_part(first)
    for part in others:
        extra = _part_after_bar(part)
        if found is None or extra is None:
            return None
        found = found.fill(extra)
    return found


def outlet_name(text: str) -> str | None:
    """`text` as an outlet name if it can be one: short, capitalised, not a sentence."""
    text = text.strip().rstrip(".").strip()
    if not _OUTLET_NAME.fullmatch(text) or len(text.split()) > MAX_OUTLET_WORDS:
        return None
    return None if re.search(r"[.!?]\s", text) else text


def is_known_outlet(text: str) -> bool:
    return text.strip().lower() in KNOWN_OUTLETS


def _names_part(text: str) -> Fields | None:
    """ "Jane Doe", "Jane Doe and Omar Haddad", "Jane Doe, Reuters", "Jane Doe, Senior Editor"."""
    if is_known_outlet(text):
        return Fields(byline=text, outlet=text)  # "By Reuters"
    head, *segments = [segment.strip() for segment in text.split(",")]
    if not is_names(head):
        return None
    names, outlet = [head], None
    for segment in segments:
        if is_role(segment):
            continue
        if outlet is None and _is_outlet(segment):
            outlet = segment
        else:
            names.append(segment)  # more names, or something we cannot place: keep it as written
    return Fields(byline=", ".join(names), outlet=outlet)


def _part_after_bar(text: str) -> Fields | None:
    """What follows a "|" or a dash in a byline: an outlet, a date or a role."""
    published = parse_date(text)
    if published:
        return Fields(published=published)
    if is_role(text):
        return Fields()
    outlet = outlet_name(text)
    return Fields(outlet=outlet) if outlet else None


def is_names(text: str) -> bool:
    """Whether `text` is one or more personal names ("Jane Doe, Li Wei and Omar al-Haddad")."""
    names = _NAME_SEPARATORS.split(text.strip())
    return bool(text.strip()) and all(_is_name(name) for name in names)


def _is_name(name: str) -> bool:
    tokens = name.split()
    if not 2 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    if tokens[0].lower() in _PARTICLES or tokens[-1].lower() in _PARTICLES:
        return False
    return all(_is_name_token(token) for token in tokens)


def _is_name_token(token: str) -> bool:
    lowered = token.lower()
    if lowered in _PARTICLES:
        return True
    core = _NAME_PREFIX.sub("", token)
    if lowered in _NOT_IN_NAMES or not core or not core[0].isupper():
        return False
    return all(c.isalpha() or c in "'’.-" for c in core)


def is_role(text: str) -> bool:
    return any(word in _ROLE_WORDS for word in re.findall(r"\w+", text.lower()))


def _is_outlet(text: str) -> bool:
    """A comma part that names an outlet: a known agency, "The ...", or an outlet-like word."""
    if outlet_name(text) is None:
        return False
    words = text.split()
    if is_known_outlet(text) or words[0] == "The" or "." in text.rstrip("."):
        return True
    return any(word.lower().strip(".") in OUTLET_WORDS for word in words)


GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")  # "ByAlex Bozarjian", as a page copy glues it
_BY_FOR = re.compile(r"by\s+(?P<names>.+?)\s*(?:,\s*|\s+for\s+)(?P<outlet>[^,]{2,60})", re.I)
_NAMES_SLASH_OUTLET = re.compile(r"(?P<names>[^/|]{3,80}?)\s+[/|]\s+(?P<outlet>[^/|]{2,60})")
MAX_BYLINE_CHARS = 150


def loose_byline(line: str) -> Fields | None:
    """A byline as pages print it: "By A and B, CNN", "By A | Outlet", "ByAlex Bozarjian",
    "By A For The Daily Ledger", "Jane Doe / Outlet"; None if the line is not one."""
    text = GLUED_BY.sub("By ", line.strip())
    if len(text) > MAX_BYLINE_CHARS:
        return None
    found = parse_byline(text)
    if found is not None:
        return found
    match = _BY_FOR.fullmatch(text)
    if match and is_person(match["names"].strip()):
        return Fields(byline=match["names"].strip(), outlet=outlet_name(match["outlet"]))
    match = _NAMES_SLASH_OUTLET.fullmatch(text)
    if match and is_person(match["names"]) and not find_dates(match["outlet"]):
        return Fields(byline=match["names"].strip(), outlet=outlet_name(match["outlet"]))
    return None


def is_person(text: str) -> bool:
    """Names of people, not of an outlet ("Yahoo News") or a role ("News Reporter")."""
    if not is_names(text) or is_role(text):
        return False
    tokens = [word for word in text.split() if word.lower() not in ("and", "&")]
    return not any(is_ui_word(word) or word.lower() in OUTLET_WORDS for word in tokens)
