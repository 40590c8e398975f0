"""Closed word lists the entity repairs, name resolution and quote attribution rely on.

All entries are lower case; compare with `word.casefold()`.
"""

from __future__ import annotations

from parallax.text.vocabulary import MONTH_NAMES, WEEKDAYS

# spaCy (OntoNotes) labels we keep, and the fact kind each becomes. CARDINAL, MONEY, PERCENT,
# QUANTITY, ORDINAL, DATE and TIME are left to the rule-based finders; LANGUAGE is not a fact.
LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "law",
    "PRODUCT": "product",
}
ENTITY_KINDS = frozenset(LABEL_KINDS.values())
PLACE_LABELS = frozenset(label for label, kind in LABEL_KINDS.items() if kind == "place")


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (lists below are easier to read as prose)."""
    return frozenset(text.split())


# Words that come before a name as a role, never part of it.
TITLES = words(
    """
    mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra president vice-president minister
    prime secretary secretary-general undersecretary chancellor governor mayor senator sen rep
    representative congressman congresswoman ambassador envoy general gen admiral adm colonel
    col major maj captain capt lieutenant lt sergeant sgt commander cmdr chief judge justice
    king queen prince princess pope sheikh spokesman spokeswoman spokesperson chairman
    chairwoman chair director commissioner premier deputy leader executive constable police
    coach detective officer inspector superintendent sheriff bishop archbishop cardinal rabbi
    imam president-elect councillor councilman councilwoman
    """
)

# Portfolio words: an "organisation" made of only these is the half of a job title
# ("Interior Minister", "Secretary of Defense"), not an organisation.
PORTFOLIOS = words(
    """
    defense defence interior foreign finance justice health education treasury home energy
    transport transportation agriculture labor labour commerce trade state environment economy
    culture housing security tourism industry communications information
    """
)
PORTFOLIO_ROLES = words(
    """
    minister secretary ministers secretaries undersecretary spokesman spokeswoman
    """
)

# Lower-case words a model sometimes includes at the start of a name span.
LEADING_JUNK = words(
    """
    the a an another additional some this that these those former late then
    """
)

# Title-case nouns that follow a name in headline style and are not part of it.
HEADLINE_NOUNS = words(
    """
    visit visits trip trips plan plans speech speeches remarks statement statements says said
    interview testimony meeting meetings policy policies campaign administration government
    office team aides allies critics supporters decision comments call calls warning
    memo memos letter letters notes emails email files report reports tweet tweets firing
    trial case hearing deal arrest death murder funeral wedding book film
    """
)

# Capitalised words that start sentences or headlines and are never a first name.
NOT_FIRST_NAMES = words(
    """
    the a an and but or if when while as after before since because at in on of for to by with
    from this that these those it he she they we i his her their our its there here later then
    meanwhile also earlier now yet still however today yesterday tomorrow instead so thus last
    next once soon even only just both all many some most several few
    """
) | frozenset(WEEKDAYS + MONTH_NAMES)

# Prepositions after which a single capitalised word is a place, not a person ("in Kyiv").
PLACE_PREPOSITIONS = frozenset(["in", "near", "across", "outside", "inside", "throughout"])

# Suffixes and particles that do not identify a person on their own.
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"])
NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "al",
        "el",
        "ibn",
    ]
)

# Words an organisation name shares with many others, so a short form made only of them
# ("Council") is not enough to say which organisation is meant.
GENERIC_ORG_WORDS = words(
    """
    the of and for council office ministry department agency party union company corporation
    corp inc ltd group committee commission association authority bank board court service
    national international federal state regional city university institute foundation
    """
)
# Words that may follow an organisation's distinctive name in its full form: "Northline" is
# "Northline Wire", "Boeing" is "Boeing Co.", but "Microsoft" is not "Microsoft Security Alliance".
ORG_SUFFIX_WORDS = GENERIC_ORG_WORDS | words(
    """
    wire news press post times herald tribune journal media network radio television tv
    airlines airways motors systems holdings co plc llc sa ag gmbh nv limited incorporated
    """
)
ACRONYM_SKIP = frozenset(["of", "the", "and", "for", "&", "on", "in"])

# Verbs (and one phrase) that attribute speech; "according to" is handled as one unit.
SPEECH_VERBS = words(
    """
    said says say told tells tell added adds wrote writes asked asks stated states declared
    declares explained explains noted notes insisted insists argued argues warned warns claimed
    claims replied replies responded responds recalled recalls continued continues announced
    announces remarked acknowledged admitted tweeted posted shouted urged urges promised
    promises vowed vows conceded cautioned stressed stresses emphasised emphasized predicted
    suggested commented observed testified whispered exclaimed joked pleaded complained
    countered conceded reiterated confirmed confirms
    """
)
# Capitalised subjects of "said" at the start of a sentence that are not names.
COMMON_SUBJECTS = words(
    """
    officials police witnesses authorities residents analysts experts critics sources doctors
    investigators prosecutors others many some both they we it people reports observers officers
    survivors relatives families lawyers diplomats economists scientists researchers rescuers
    firefighters soldiers troops leaders ministers organisers organizers spokesmen
    """
)
MALE_HONORIFICS = frozenset(("mr", "mr.", "sir", "lord", "king", "prince"))
FEMALE_HONORIFICS = frozenset(("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen"))

# Lower-case words a headline-case line may hold ("Floods in Carrow Leave Hundreds Without Power").
HEADLINE_SMALL_WORDS = words(
    """
    a an the of in on for to and or nor but at by with as from into onto over under vs vs. via
    per up off out
    """
)
# Last words that make a capitalised phrase an organisation by its shape.
ORG_HEAD_WORDS = words(
    """
    council ministry department agency party union company corporation corp corp. inc inc. ltd
    ltd. llc plc committee commission association authority bank board court service
    university college institute foundation parliament senate congress assembly police army
    navy force forces airlines group
    """
)

# Compass words: a place named only by them ("the South", "the Midwest", "North East") says
# where only relative to something the text does not name, so it is not a place fact.
COMPASS_WORDS = words(
    """
    the north south east west northern southern eastern western north-east north-west
    south-east south-west northeast northwest southeast southwest midwest mid-west
    """
)
