"""Metadata of a pasted page: headline, byline, outlet, publication date and URL, by position.

A page copied as text states its details on lines around the start of the story: the headline
(often twice: in the window title and above the story), an "Author / Outlet" or "By ..." line, a
date line ("PublishedOctober 22, 2024", "Updated 3:45 PM EDT, Mon October 21, 2024") and a wire
dateline at the start of the story ("KYIV, Oct 21 (Reuters) -", "Kyiv [Ukraine], October 21 :").
Only lines near the story's start are read, and a field no line states stays empty: a headline is
never made up from the lead sentence, and a dateline's day gets a year only from another date
on the page that agrees with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from parallax.ingest import bylines, shapes
from parallax.ingest.dated_lines import before_date, date_line, is_labelled_published
from parallax.ingest.dates import MONTH_WORD, find_dates, month_day, with_year
from parallax.ingest.fields import Fields
from parallax.ingest.furniture import DATE_PREFIX, Page
from parallax.ingest.metadata import AGENCY, line_fields

HEADER_LINES = 40  # how far above the story its headline and details may sit
AFTER_START = 16  # ... and how far into it (a byline or date line between standfirst and story)
DATELINE_DAYS = 7  # a dateline's "October 21" takes the year of a page date this close to it
MIN_WORDS = 3  # a headline has at least this many words (not "News Reporter", "Latest News")
DETAILS_BLOCK = 3  # a headline's byline and date lines sit within this many lines under it
NEAR_STORY = 3  # a headline-shaped line this close above the story is its headline

# "KYIV, Oct 21 (Reuters) -", "London (CNN)It was", "HOUSTON, Texas (KTRK) --",
# "Kyiv [Ukraine], October 21 :"
_PLACE = (
    r"^(?P<place>[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3})(?:\s*\[[^\]\n]{2,40}\])?"
    rf"(?:,\s*(?P<where>(?!{MONTH_WORD}\.?\s+\d)[A-Za-z][\w.'’ ]{{1,30}}?))?"
)
_WHEN = r"(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
_DATELINES = (
    re.compile(rf"{_PLACE}(?:,?\s*{_WHEN})?\s*{AGENCY}"),  # "KYIV, Oct 21 (Reuters)"
    re.compile(rf"{_PLACE},?\s*{_WHEN}\s*(?:[-–—]+|:)"),  # "Kyiv [Ukraine], October 21 :"
)


def recover(page: Page, *, title_allowed: bool = True) -> Fields:
    """The fields the lines around the story's start state (see the module docstring)."""
    first = page.story[0]
    window = range(_header_start(page, first), _second_paragraph(page, first))
    headline = _headline(page, first) if title_allowed else None
    dated = _published(page, window, headline)
    found = Fields(title=page.lines[headline].text if headline is not None else None)
    found = found.fill(_credit(page, window, headline, dated))
    found = found.fill(Fields(published=dated[1] if dated else None))
    found = found.fill(_from_dateline(page, dated))
    site, signed = _site_name(page, headline), _copyright_outlet(page)
    if site.outlet and signed.outlet == f"The {site.outlet}":
        site = signed  # the name as the copyright line writes it ("The Seattle Times")
    return found.fill(_url(page, window)).fill(site).fill(signed)


def _header_start(page: Page, first: int) -> int:
    """Where the lines above the story that may hold its headline and details start: at most
    HEADER_LINES lines up, not counting the captions, controls and repeats between (a video
    carousel under the byline)."""
    counted, i = 0, first
    while i > 0 and counted < HEADER_LINES:
        i -= 1
        counted += page.reasons[i] not in _SKIPPED_ABOVE
    return i


_SKIPPED_ABOVE = frozenset({"caption", "control", "repeated"})


def _second_paragraph(page: Page, first: int) -> int:
    """Where the story's second paragraph starts: a byline and date may sit between a standfirst
    and the story, never further in."""
    for i in range(first + 1, min(len(page.lines), first + AFTER_START)):
        if page.reasons[i] is None and page.lines[i].prose:
            return i
    return max(first, min(len(page.lines), first + AFTER_START))


# Headline -----------------------------------------------------------------------------------
def _headline(page: Page, first: int) -> int | None:
    """The line of the headline: a headline-shaped line above the story that is shown twice near
    the top, or stands next to the byline and date lines (above them, most often); else the
    story's first line when it is shaped and placed like one; None when no line is one."""
    scored, beside = _scored_candidates(page, first)
    chosen = None
    if scored:
        best = max(score for score, _ in scored)
        tops = sorted(i for score, i in scored if score == best)
        # of a headline and the standfirst below it, both beside the byline: the first
        while len(tops) > 1 and tops[-1] - tops[-2] <= 2:
            tops.pop()
        chosen = tops[-1]
    # a line shown twice far above the story, with no byline or date beside it (a slogan in the
    # page's header), gives way to a first line that sits over the byline and date
    placed = chosen is not None and (chosen in beside or first - chosen <= NEAR_STORY)
    if not placed and _first_line_is_headline(page, first):
        return first
    return chosen


def _scored_candidates(page: Page, first: int) -> tuple[list[tuple[int, int]], set[int]]:
    """(score, line) of the headline-shaped lines above the story that may be the headline, and
    the lines of them that stand beside a byline or date line."""
    top = range(_header_start(page, first), first)
    candidates = [i for i in top if _can_be_headline(page, i)]
    keys = {i: page.lines[i].key for i in candidates}
    others = [line.key for line in page.lines[:first]]
    scored, beside = [], set()
    for i in candidates:
        shortened = any(j > i and keys[i] in keys[j] for j in candidates)  # a menu's short copy
        lengthened = any(j < i and keys[j] in keys[i] for j in candidates)
        twice = (_shown_twice(others, keys[i]) or lengthened) and not shortened
        details = _beside_details(page, i, first)
        if details:
            beside.add(i)
        score = 3 * twice + details - 3 * shortened
        if len(keys[i].split()) < MIN_WORDS + 1:
            score = -1  # three words: a headline only right above the story
        if score > 0 or (score >= -1 and first - i <= NEAR_STORY):
            scored.append((score, i))
    return scored, beside


def _first_line_is_headline(page: Page, first: int) -> bool:
    """Whether the story's first line is its headline: a line no longer than a headline, not
    opening with a dateline, with a byline or date line between it and the next line of the story
    ("Jobs are back. Few feel it." over "By ..." and a date reads as prose)."""
    if first >= len(page.lines):
        return False
    text = page.lines[first].text
    if (
        text[-1:] in (":", ",")
        or len(text) > shapes.MAX_HEADLINE_CHARS
        or len(shapes.words(text)) > shapes.MAX_HEADLINE_WORDS
        or any(form.match(DATE_PREFIX.sub("", text, count=1)) for form in _DATELINES)
    ):
        return False
    for j in range(first + 1, min(len(page.lines), first + AFTER_START)):
        if _is_byline_or_date(page.lines[j].text):
            return True
        if page.reasons[j] is None and page.lines[j].prose:
            return False
    return False


def _is_byline_or_date(line: str) -> bool:
    if date_line(line) is not None or _byline(line) is not None:
        return True
    found = line_fields(line)
    return found is not None and bool(found.byline or found.published)


def _beside_details(page: Page, i: int, first: int) -> int:
    """2 when a byline or date line follows the line closely (4 when both do, right under it), 1
    when one comes just before. A
    details line right above another headline-shaped line is that line's ("24 September 2019"
    over the headline), not the one of a line further up."""
    below = any(
        _is_details(page, j) and not (j + 1 < first and _can_be_headline(page, j + 1))
        for j in range(i + 1, min(first, i + 6))
    )
    above = any(_is_details(page, j) for j in range(max(0, i - 2), i))
    if below and _byline_and_date_under(page, i, first):
        return 4  # the headline's own block: it outweighs a line shown twice (a video's title)
    return 2 if below else 1 if above else 0


def _byline_and_date_under(page: Page, i: int, first: int) -> bool:
    """Whether a byline line and a date line both come right under line i."""
    under = [page.lines[j].text for j in range(i + 1, min(first, i + 1 + DETAILS_BLOCK))]
    return any(_byline(text) is not None for text in under) and any(
        date_line(text) is not None for text in under
    )


def _can_be_headline(page: Page, i: int) -> bool:
    line = page.lines[i]
    if page.reasons[i] not in (None, "before the story", "repeated", "headline") or line.prose:
        return False
    text = line.text
    if len(shapes.words(text)) < MIN_WORDS or bylines.GLUED_BY.match(text):
        return False
    if bylines.is_person(text) or bylines.is_role(text):
        return False
    return shapes.is_headline(text) and not _is_details_line(text)


def _shown_twice(others: list[str], key: str) -> bool:
    """The line again near the top, alone or inside another line ("Business|<headline>")."""
    return sum(key in other for other in others) >= 2


def _is_details(page: Page, i: int) -> bool:
    return page.reasons[i] == "metadata" or _is_details_line(page.lines[i].text)


def _is_details_line(line: str) -> bool:
    """A byline or a date line."""
    if line_fields(line) is not None or date_line(line) is not None:
        return True
    return _byline(line) is not None


# Date ---------------------------------------------------------------------------------------
def _published(page: Page, window: range, headline: int | None) -> tuple[int, str] | None:
    """(line, ISO date) of the publication date: the first date line below the headline, else
    the date line nearest the story; a "Published" date before an "Updated" one."""
    first = page.story[0]
    prefixed = DATE_PREFIX.match(page.lines[first].text) if first < len(page.lines) else None
    if prefixed:
        return first, prefixed["date"]
    dated = [(i, iso) for i in window if (iso := date_line(page.lines[i].text)) is not None]
    if not dated:
        return None
    below = [(i, found) for i, found in dated if headline is not None and i > headline]
    found = below or dated[::-1]
    # a date the page labels as the publication beats a bare one ("Letters for Jan. 17")
    labelled = [(i, iso) for i, iso in found if is_labelled_published(page.lines[i].text)]
    return (labelled or found)[0]


def _from_dateline(page: Page, dated: tuple[int, str] | None) -> Fields:
    """The outlet in a wire dateline, and its date when the page gives the year."""
    if page.story[0] >= len(page.lines):
        return Fields()
    text = DATE_PREFIX.sub("", page.lines[page.story[0]].text, count=1)
    match = next((m for m in (form.match(text) for form in _DATELINES) if m), None)
    if not match:
        return Fields()
    outlet = match.groupdict().get("outlet")
    outlet = outlet if outlet and len(outlet) > 1 else None
    published = None
    when = month_day(match["when"]) if match["when"] else None
    if when and not dated:
        published = _year_for(page, *when)
    return Fields(outlet=outlet, published=published)


def _year_for(page: Page, month: int, day: int) -> str | None:
    """The date month/day in the year of another date on the page no more than a week away."""
    for line in page.lines:
        for iso, _, _ in find_dates(line.text):
            other = dt.date.fromisoformat(iso)
            for year in (other.year - 1, other.year, other.year + 1):
                candidate = with_year(month, day, year)
                if (
                    candidate
                    and abs((dt.date.fromisoformat(candidate) - other).days) <= DATELINE_DAYS
                ):
                    return candidate
    return None


# Byline and outlet --------------------------------------------------------------------------
_LEGAL = re.compile(
    r"(?:,?\s+(?:llc|inc\.?|ltd\.?|limited|plc|corp\.?|corporation|gmbh|company|co\.?|group|"
    r"newspaper limited|media))+\.?$",
    re.IGNORECASE,
)
_NAME_RUN = re.compile(r"(?:The\s+)?[A-Z][\w.&'’-]*[A-Za-z0-9](?:\s+[A-Z][\w.&'’-]*[A-Za-z0-9])*")
MIN_SITE_NAME_LINES = 2
MAX_SITE_LINE_CHARS = 100
SITE_HEAD_LINES = 5
MASTHEAD_LINES = 3  # the site's name printed this close above the headline heads the page too
MAX_MASTHEAD_WORDS = 5
MIN_SITE_NAME_CHARS = 3

# "Axios Media | Privacy": the copyright's part of a footer line (no match inside a run of spaces)
_FOOTER_PARTS = re.compile(r"(?<!\s)\s+[|~]\s+")
MAX_COPYRIGHT_CHARS = 120


def _credit(page: Page, window: range, headline: int | None, dated) -> Fields:
    """Byline and outlet from the first credit line after the headline (or near the story)."""
    start = headline + 1 if headline is not None else window.start
    named = None  # a line of only a person's name under the headline: the writer, with no "By"
    for i in range(start, window.stop):
        text = page.lines[i].text
        found = _byline(text)
        if found is not None and named is not None and _PHOTO_CREDIT.fullmatch(text):
            return Fields(byline=named)  # "Jane Doe / AP" after the writer credits a photo
        if found is not None:
            return found
        if named is None and headline is not None and bylines.is_person(shapes.item_text(text)):
            named = shapes.item_text(text)
    if dated is not None:
        return _names_beside_date(page, dated[0])
    return Fields()


# "Noah Berger / AP": a name, a slash and a short credit, as photos are credited
_PHOTO_CREDIT = re.compile(r"[^/|]{3,60}?\s+/\s+[^/|\s][^/|]{0,30}")


def _byline(line: str) -> Fields | None:
    return bylines.loose_byline(shapes.item_text(line))


def _names_beside_date(page: Page, i: int) -> Fields:
    """Names on the date line or on a line just around it; an outlet named on the date line."""
    found = Fields()
    for j in (i, i - 1, i - 2, i + 1, i - 3):
        if not 0 <= j < len(page.lines):
            continue
        text = before_date(page.lines[j].text)
        if text and bylines.is_person(text):
            found = found.fill(Fields(byline=text))
        elif j == i and text and (outlet := bylines.outlet_name(text)):
            found = found.fill(Fields(outlet=outlet))
    return found


def _copyright_outlet(page: Page) -> Fields:
    """The outlet a copyright line names ("© 2020 Axios Media"), from the bottom up."""
    for line in reversed(page.lines):
        if not shapes.is_copyright(line.text):
            continue  # (a line's first part names a copyright only if the line does)
        item = shapes.item_text(line.text)  # "* © 2020 The Daily Ledger Company" in a footer list
        footer = _FOOTER_PARTS.search(item)
        text = item[: footer.start()] if footer else item
        if len(text) <= MAX_COPYRIGHT_CHARS and shapes.is_copyright(text):
            found = line_fields(text)
            if found is not None and found.outlet:
                return Fields(outlet=_LEGAL.sub("", found.outlet).strip(" ,.") or None)
    return Fields()


def _site_name(page: Page, headline: int | None) -> Fields:
    """The name a site gives itself in its own menus and footers ("About Axios", "Axios
    newsletters", "Support The Guardian"): a capitalised name on several furniture lines that
    also heads the page (its first lines, or the masthead just above the headline) or signs its
    copyright line."""
    title = page.lines[headline].text if headline is not None else None
    counts: Counter[str] = Counter()
    for line, reason in zip(page.lines, page.reasons, strict=True):
        if reason is not None and len(line.text) <= MAX_SITE_LINE_CHARS:
            counts.update(list(dict.fromkeys(_names_in(line.text))))  # in order, unlike a set
    # the head and copyright lines as one text: a name never spans two lines
    signed = "\n".join(line.text for line in page.lines[:SITE_HEAD_LINES])
    signed += "\n" + "\n".join(line.text for line in page.lines if shapes.is_copyright(line.text))
    if headline is not None:  # a masthead names a paper ("The Hutchinson News"), not a section
        above = page.lines[max(0, headline - MASTHEAD_LINES) : headline]
        signed += "\n" + "\n".join(line.text for line in above if _is_masthead(line.text))
    named = [
        name
        for name, n in counts.items()
        if n >= MIN_SITE_NAME_LINES
        and not (title and name in title)
        and not (" " not in name and name.lower() in bylines.OUTLET_WORDS)
        and _signs(signed, name)
    ]
    if not named:
        return Fields()
    return Fields(outlet=max(named, key=lambda name: (counts[name] * len(name.split()), len(name))))


def _signs(signed: str, name: str) -> bool:
    """Whether `signed` holds `name` as a word, as written or in capitals ("NEWS18.com")."""
    return any(
        form in signed and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", signed)
        for form in (name, name.upper())
    )


def _is_masthead(line: str) -> bool:
    """A line that is only a paper's name: a few capitalised words, one of them a word papers
    use in their names ("News", "Times", "Herald"), and more than that word."""
    words = line.split()
    return (
        2 <= len(words) <= MAX_MASTHEAD_WORDS
        and _NAME_RUN.fullmatch(line) is not None
        and any(word.lower() in bylines.OUTLET_WORDS for word in words)
    )


def _names_in(text: str) -> list[str]:
    """Capitalised runs of one to three words in `text` ("The Guardian", "POLITICO"); not the
    first word of a line that goes on in lower case ("Available for everyone")."""
    found = []
    for match in _NAME_RUN.finditer(text):
        tokens = match.group().split()
        opens_sentence = (
            len(tokens) == 1
            and not text[: match.start()].strip(" *•-+")
            and re.match(r"\s+[a-z]", text[match.end() :]) is not None
        )
        if opens_sentence:
            continue
        for size in range(1, min(3, len(tokens)) + 1):
            for start in range(len(tokens) - size + 1):
                part = tokens[start : start + size]
                lead = part[0] == "The" and size > 1  # "The Guardian" names itself with "The"
                if part[-1] == "The" or shapes.is_ui_word(part[-1]):
                    continue
                if shapes.is_ui_word(part[0]) and not lead:
                    continue
                if sum(len(t) for t in part) >= MIN_SITE_NAME_CHARS:
                    found.append(" ".join(part))
    return found


def _url(page: Page, window: range) -> Fields:
    for i in window:
        found = line_fields(page.lines[i].text)
        if found is not None and found.url:
            return Fields(url=found.url)
    return Fields()
