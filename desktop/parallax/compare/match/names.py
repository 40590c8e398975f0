"""Whether two names written by two outlets are the same entity: spelling, aliases, surnames.

Written by hand because no kept library knows that "U.S." is "United States" or that "Austin" is
"Lloyd Austin" but "York" is not "New York"; rapidfuzz does the spelling part.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz import fuzz

# Spelling variants: "Zelensky"/"Zelenskyy" (94), "Zelenskiy"/"Zelenskyy" (89), while
# "Austria"/"Australia" (88), "Mara Vell"/"Mara Bell" (89) and "Iran"/"Iraq" (75) stay apart.
WHOLE_RATIO = 90
TOKEN_RATIO = 88
MIN_FUZZY_CHARS = 5
SHORT_FORM = 3  # a first name this long may be a short form of the other's: "Fred" Frederick

SURNAME_KINDS = frozenset({"person", "organization"})  # kinds the surname rule applies to
# Words that make a different place or body of a shorter name: "New York" is not "York".
MODIFIERS = frozenset(
    """new north south east west northern southern eastern western upper lower central greater
    old little great republic democratic people's peoples united of the""".split()  # noqa: SIM905
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Company forms dropped from every name: "Microsoft Corp." is "Microsoft".
COMPANY_FORMS = ("corp", "corporation", "inc", "ltd", "plc", "llc", "co", "company")
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "on", "in"})

# Common forms of the same country, city or organisation; the first form is the key.
_ALIAS_GROUPS = (
    ("united states", "us", "usa", "united states of america", "america", "u s"),
    ("united kingdom", "uk", "britain", "great britain", "u k"),
    ("united nations", "un", "u n"),
    ("european union", "eu"),
    ("nato", "north atlantic treaty organization", "north atlantic treaty organisation"),
    ("russia", "russian federation"),
    ("china", "people's republic of china", "prc"),
    ("north korea", "dprk", "democratic people's republic of korea"),
    ("south korea", "republic of korea", "rok"),
    ("united arab emirates", "uae"),
    ("turkey", "turkiye"),
    ("czech republic", "czechia"),
    ("myanmar", "burma"),
    ("ivory coast", "cote d'ivoire", "cote divoire"),
    ("netherlands", "holland"),
    ("kyiv", "kiev"),
    ("odesa", "odessa"),
    ("kharkiv", "kharkov"),
    ("mumbai", "bombay"),
    ("beijing", "peking"),
    ("world health organization", "who", "world health organisation"),
    ("international monetary fund", "imf"),
    ("pentagon", "us department of defense", "department of defense", "defense department"),
    ("state department", "us state department", "department of state"),
    ("federal bureau of investigation", "fbi"),
    ("central intelligence agency", "cia"),
    ("international atomic energy agency", "iaea"),
    ("red cross", "international committee of the red cross", "icrc"),
    # US states as news copy abbreviates them ("Springfield, Mo."), where the short form is
    # not also a common word or name ("La.", "Del.", "Miss.", "Ind." are left out).
    ("alabama", "ala"), ("arizona", "ariz"), ("arkansas", "ark"), ("california", "calif"),
    ("colorado", "colo"), ("connecticut", "conn"), ("florida", "fla"), ("georgia", "ga"),
    ("illinois", "ill"), ("kansas", "kan", "kans"), ("kentucky", "ky"), ("maryland", "md"),
    ("massachusetts", "mass"), ("michigan", "mich"), ("minnesota", "minn"), ("missouri", "mo"),
    ("montana", "mont"), ("nebraska", "neb", "nebr"), ("nevada", "nev"),
    ("new hampshire", "n h"), ("new jersey", "n j"), ("new mexico", "n m"),
    ("north carolina", "n c"), ("north dakota", "n d"), ("oklahoma", "okla"),
    ("pennsylvania", "pa", "penn"), ("rhode island", "r i"), ("south carolina", "s c"),
    ("south dakota", "s d"), ("tennessee", "tenn"), ("texas", "tex"), ("vermont", "vt"),
    ("virginia", "va"), ("west virginia", "w va"), ("wisconsin", "wis"), ("wyoming", "wyo"),
)  # fmt: skip
ALIASES = {form: group[0] for group in _ALIAS_GROUPS for form in group}
_COMPANY_FORM = re.compile(r"(?<=\w) (?:" + "|".join(COMPANY_FORMS) + r")$")


def same_entity(a: str, b: str, *, kind: str | None = None) -> bool:
    """True when names `a` and `b` (canonical names from two articles) denote one entity.

    `kind` is the fact kind when known: the surname rule ("Austin" = "Lloyd Austin") applies to
    people and organisations, and to unknown kinds; never when the longer name only adds place
    words ("York" / "New York").
    """
    x, y = name_key(a), name_key(b)
    if not x or not y:
        return False
    if x == y or _acronym_of(a, y) or _acronym_of(b, x):
        return True
    if x.replace(" ", "") == y.replace(" ", ""):  # "Del Giudice" / "DelGiudice"
        return True
    if _fuzzy_equal(x, y):
        return True
    return _person_rule_applies(x, y, kind) and _tokens_fit(*sorted((x, y), key=len))


def same_name(a: str, b: str) -> bool:
    """`same_entity` without the surname rule: one name spelt, abbreviated or aliased two ways
    ("Gulf of Aden" / "Gulf of Eden", "U.S." / "United States")."""
    return same_entity(a, b, kind="name")


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """The name folded for comparison: no case, accents, periods, leading "the" or "'s";
    common aliases mapped to one form ("U.S." -> "united states")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace(".", " ").replace("-", " ")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    text = " ".join(text.split())
    text = re.sub(r"^the ", "", text)
    text = _COMPANY_FORM.sub("", text)
    return ALIASES.get(text, ALIASES.get(text.replace(" ", ""), text))


def _acronym_of(raw: str, key: str) -> bool:
    """ "NATO" for "north atlantic treaty organization": capitals of the other's words."""
    letters = raw.replace(".", "").strip()
    if len(letters) < 2 or not letters.isupper() or not letters.isalpha():
        return False
    words = [w for w in key.split() if w not in ACRONYM_SKIP]
    return len(words) >= 2 and "".join(w[0] for w in words) == letters.casefold()


def _fuzzy_equal(x: str, y: str) -> bool:
    if min(len(x), len(y)) < MIN_FUZZY_CHARS or x[0] != y[0]:
        return False
    if fuzz.ratio(x, y) < WHOLE_RATIO:
        return False
    return _digits(x) == _digits(y)  # "Apollo 11" is not "Apollo 12"


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _person_rule_applies(x: str, y: str, kind: str | None) -> bool:
    """People and organisations ("Saints" / "New Orleans Saints"), unless the longer name only
    adds place words: "York" is not "New York", "Sudan" not "South Sudan"."""
    if kind is not None and kind not in SURNAME_KINDS:
        return False
    short, long = sorted((x, y), key=len)
    extra = set(long.split()) - set(short.split())
    return not extra or not extra <= MODIFIERS


def _tokens_fit(short: str, long: str) -> bool:
    """Every word of the shorter name is in the longer, in order, ending on the same surname:
    "austin" in "lloyd j austin iii", "l austin" in "lloyd austin"."""
    have = [w for w in short.split() if w not in SUFFIXES]
    want = [w for w in long.split() if w not in SUFFIXES]
    if not have or len(have) > len(want):
        return False
    if not _word_fits(have[-1], want[-1], initial=False):
        return False
    rest = iter(want[:-1])
    return all(any(_word_fits(w, v, initial=True) for v in rest) for w in have[:-1])


def _word_fits(word: str, other: str, *, initial: bool) -> bool:
    if word == other:
        return True
    if initial and (len(word) == 1 or len(word) >= SHORT_FORM):
        return other.startswith(word)  # "J." for "James", "Fred" for "Frederick"
    return min(len(word), len(other)) >= MIN_FUZZY_CHARS and fuzz.ratio(word, other) >= TOKEN_RATIO
