"""What one line of a pasted page looks like: prose, a headline, a list item, a control, a credit.

Each test reads the shape of a line (its length, its words, how it starts and ends, the marks a
browser or a text-mode browser leaves) rather than any one site's words. The few words that are
recognised are the ones every news page uses for its controls ("Subscribe", "Share", "Sign in").
"""

from __future__ import annotations

import re

from parallax.ingest.dates import MONTH_WORD

MIN_PROSE_WORDS = 8  # fewer words than this is a label, a name or a headline, not a sentence
LONG_PROSE_WORDS = 25  # a line this long is prose even without a full stop
MAX_HEADLINE_WORDS = 32
LOWER_SHARE = 0.5  # of the words of a short sentence, at least this share are lower case
LOWER_SHARE_LONG = 0.3
WORDS_PER_MARK = 40
MAX_HEADLINE_CHARS = 200
MAX_CONTROL_WORDS = 6

_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?…]["'”’]?\s*\(\w[^()]{0,40}\)$""")
_LIST_ITEM = re.compile(r"^(?:[*+•·▪◦o#-]|\d{1,3}[.)])\s+")
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
# "..." or "…" with only marks after it, matched on the reversed line (a forward search for
# "...\W*$" ran on to the end of the line from every "..." in it)
_CUT_SHORT_REVERSED = re.compile(r"\W*?(?:\.\.\.|…)")


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Marks a text-mode browser (or a copy of form controls) leaves: buttons, check boxes, inputs.
_WIDGET = re.compile(r"\((?:BUTTON|IMAGE|EMBED)\)|\[[ xX]?\]|_{4,}|^IFRAME:|^EMBED\b|^\[[^\]]*\]$")
# Controls and calls to action; a short line made of these words is page furniture.
_CONTROL_WORDS = word_set(
    "subscribe subscribed subscription subscriptions unsubscribe sign signin signup log login "
    "logout register account my profile share shares shared tweet email e-mail mail print "
    "comment comments menu search close open skip content main navigation toggle watch play "
    "replay pause video videos more less next previous prev back top home follow us link "
    "copied advertise advertisement advertisements ad ads sponsored paid promoted newsletter "
    "newsletters donate contribute support apps app download listen podcast podcasts read "
    "continue reading story full article view all see image images photo photos gallery "
    "slideshow caption expand collapse options settings feedback help contact cookies cookie "
    "accept reject agree manage privacy terms policy notice load loading to the in on of for "
    "and with your now here this free today whatsapp facebook twitter linkedin reddit "
    "pinterest instagram youtube flipboard telegram x icon icons logo button buttons related store "
    "trending popular latest most min minute minutes sections section topics pdf version"
)
# "Read more: ...", "Related: ...", "Also read ...", "Recommended ...": a pointer to another story.
_TEASER_LABEL = re.compile(
    r"^(?:read (?:more|also|next)|also read|related(?: \w+)?|recommended(?: \w+)?|"
    r"more (?:from|on|about|stories|news)\b[^:]*|see also|watch|listen|latest on|"
    r"explore further|you may also like|most (?:read|popular|viewed))\b\s*:?",
    re.IGNORECASE,
)
# Photo credits and captions: "Photo: AP", "(Photo by X/Getty Images)", "Credit: ...".
_CREDIT = re.compile(
    r"(?:^|[\s(.…|])(?:photo(?:graph)?s?|image|picture|credit|illustration|source|video)"
    r"(?:\s+by)?\s*(?::|\.\.\.|…)\s*\S"
    r"|\(photo by\b|getty images|\bap photo\b|\bafp via\b|/(?:ap|afp|reuters|epa|getty)\b"
    r"|\bshutterstock\b|\balamy\b|^\s*(?:file|photo)\s*[-–—:]",
    re.IGNORECASE,
)
# Contributors named after the story: "With input from ...", "Additional reporting by ...".
_CONTRIBUTORS = re.compile(
    r"^\(?(?:with (?:input|inputs|reporting|additional reporting|contributions?) from|"
    r"(?:additional |further )?reporting by|editing by|compiled by|writing by|"
    r"(?:this|the) (?:story|article|report) (?:was|has been) (?:updated|corrected|produced))\b",
    re.IGNORECASE,
)
# The tail of a copied social-media post: "pic.twitter.com/abc— Name (@handle) October 21, 2024".
# It starts only where no longer tail could (not inside a run of dashes or of spaces): a search
# tried from every dash of a long rule, each trying every split of it, took minutes.
EMBED_TAIL = re.compile(
    r"(?:(?:pic\.twitter\.com/\S*?|https?://t\.co/\S*?)(?:\s+|(?<![—–-]))|(?<!\s)\s+|(?<![—–-]))"
    r"[—–-]+\s*[^\n—–]{1,60}?\(@\w{1,30}\)\s*[^\n]{0,40}$"
    r"|pic\.twitter\.com/\S*\s*$"
)
_NOTICE = re.compile(
    r"\b(?:cookies?|newsletters?|sign(?:ed)? up|subscri(?:be|ption)|privacy policy|"
    r"terms (?:of|and) (?:use|service|conditions)|all rights reserved|your browser|javascript|"
    r"\bads?\b|advertis\w+|copyright|©|letters? to the editor|this article|this form)",
    re.IGNORECASE,
)
# "Why markets slipped (Jane Doe — The Ledger)": a link to another story with its source in brackets
_SOURCED_LINK = re.compile(r"^\S.{8,160}?\s\((?:[^()]{2,50}\s[—–-]\s)?[A-Z][^()]{1,50}\)$")
# "CityNew": a word of three lower-case letters or more running into a capitalised word
# ("McDonald", "YouTube" and "iPhone" have fewer before the capital)
# A match starts only where a run of lower-case letters starts (or at the capital before it) and
# never gives letters back: linear, where the plain pattern retried every letter of a long run.
_GLUED = re.compile(r"(?:[A-Z]|(?<![a-z]))[a-z]{3,}+(?=[A-Z][a-z])")
MIN_GLUED = 4  # brand names glue a word or two ("PlayStation", "SoftBank"); menus glue more
_MONTH_WORD = re.compile(rf"\b{MONTH_WORD}\b", re.IGNORECASE)
_TO_READER = re.compile(
    r"\b(?:you|your|we use|sign up|subscribe|click|tap|log in|register|our newsletters?)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\bcopyright\b|\(c\)\s*\d{4}|all rights reserved", re.IGNORECASE)


def is_ui_word(word: str) -> bool:
    return word.lower().strip(".'’") in _CONTROL_WORDS


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def item_text(line: str) -> str:
    """The line without a list marker."""
    return _LIST_ITEM.sub("", line, count=1)


def is_prose(line: str) -> bool:
    """A line of running text: enough words, mostly lower case, ending as sentences end."""
    text = item_text(line)
    found = words(text)
    if len(found) < MIN_PROSE_WORDS:
        return False
    lower = sum(1 for word in found if word[0].islower())
    if lower < len(found) * (LOWER_SHARE if len(found) < LONG_PROSE_WORDS else LOWER_SHARE_LONG):
        return False  # Title Case or CAPITALS: a headline, a menu row, a list of names
    if _CUT_SHORT_REVERSED.match(text[::-1]):
        return False  # cut short ("..." and marks at the end): a teaser of another story
    if _SENTENCE_END.search(text):
        return True
    # a long line with no sentence end is prose if it has a sentence's punctuation (not a table)
    marks = len(re.findall(r"[.,;:!?](?=\s)", text))
    return len(found) >= LONG_PROSE_WORDS and marks * WORDS_PER_MARK >= len(found)


def is_control(line: str) -> bool:
    """A line that is only controls: a lone "x", a bullet, a button, a share count, a form field,
    or a few words of calls to action ("Sign in", "Share this article", "Advertisement")."""
    text = item_text(line).strip()
    if not any(c.isalpha() for c in text):
        return True  # bullets, rules, counts, "2.4K"
    if len(text) <= 2:
        return True
    if _WIDGET.search(text):
        return len(words(_WIDGET.sub(" ", text))) <= MAX_CONTROL_WORDS
    found = [word.lower().strip(".'’") for word in words(text)]
    if not found or len(found) > MAX_CONTROL_WORDS:
        return False
    if (
        re.search(r"\d", text)
        and len(found) <= 2
        and len(text) <= 16
        and not _MONTH_WORD.search(text)
    ):
        return True  # "845 shares", "4 Min Read", "Image 1 of 1"
    return all(word in _CONTROL_WORDS for word in found)


def is_sourced_link(line: str) -> bool:
    """A title with its source in brackets ("Why markets slipped (Jane Doe — The Ledger)"): one
    entry of a list of links to other stories, when several follow each other."""
    return not is_prose(line) and bool(_SOURCED_LINK.match(item_text(line)))


def is_teaser_label(line: str) -> bool:
    """ "Read more:", "Related Coverage", "More from Politics", "Latest on:" and the like."""
    text = item_text(line).strip()
    return len(words(text)) <= MAX_CONTROL_WORDS and bool(_TEASER_LABEL.match(text))


def starts_teaser(line: str) -> bool:
    """ "Read more: <another story>" on one line."""
    text = item_text(line).strip()
    match = _TEASER_LABEL.match(text)
    return match is not None and text[match.end() - 1 : match.end()] == ":"


def is_credit(line: str) -> bool:
    """A caption's credit or a contributors' line (never a sentence of the story)."""
    return bool(_CREDIT.search(line)) or is_contributors(line)


def is_contributors(line: str) -> bool:
    return bool(_CONTRIBUTORS.match(item_text(line)))


def is_notice(line: str) -> bool:
    """Cookie, newsletter and subscription notices: such words, addressed to the reader."""
    return bool(_NOTICE.search(line)) and bool(_TO_READER.search(line))


def is_copyright(line: str) -> bool:
    return bool(_COPYRIGHT.search(line))


def is_headline(line: str) -> bool:
    """Shaped like a headline: a few words with letters, not a sentence run on, not a list item."""
    if is_list_item(line) or len(line) > MAX_HEADLINE_CHARS:
        return False
    found = words(line)
    if not 2 <= len(found) <= MAX_HEADLINE_WORDS:
        return False
    if line.rstrip().endswith((".", ",", ";", ":", "|", "-", "–", "—")) and not line.endswith(
        "..."
    ):
        return False
    if not any(c.isupper() for c in line) or is_glued_row(line):
        return False  # a tag line ("coronavirus new york city"), links copied without spaces
    return not is_control(line) and sum(len(word) for word in found) >= 10


def is_glued_row(line: str) -> bool:
    """A row of links copied without the spaces between them ("New York CityNew JerseyLong
    Island"): several words that run straight into a capitalised one."""
    return len(_GLUED.findall(line)) >= MIN_GLUED


def norm(line: str) -> str:
    """A line compared with others: case, quotes, entities and spacing set aside."""
    line = line.replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&")
    line = line.translate(_QUOTES)
    return " ".join(re.findall(r"\w+", line.casefold()))


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
