"""What to call an article: its headline, or when it has none its first words, marked as such.

An article without a headline keeps an empty title in the library (Parallax never invents one);
lists, pane headers and reports show its lead instead, in a way that says it is not a title.
"""

from __future__ import annotations

import re

from parallax.model import Article

NO_HEADLINE = "[no headline]"
NO_HEADLINE_TIP = "No headline: the first words of the text"
LEAD_WIDTH = 60
_LEAD_SAMPLE = 600  # characters read for the first sentence; a lead is rarely longer
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)")


def headline(article: Article) -> str:
    """The headline on one line; "" when the article has none."""
    return " ".join((article.title or "").split())


def has_headline(article: Article) -> bool:
    return bool(headline(article))


def lead_words(text: str, *, width: int = LEAD_WIDTH) -> str:
    """The text's first sentence on one line, cut after a word to `width` characters at most
    (with "…" when cut)."""
    lead = " ".join(text[:_LEAD_SAMPLE].split())
    end = _SENTENCE_END.search(lead)
    if end is not None:
        lead = lead[: end.end()]
    if len(lead) <= width:
        return lead
    cut = lead[: max(width - 1, 1)]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def shown_title(article: Article, *, width: int = LEAD_WIDTH + len(NO_HEADLINE) + 1) -> str:
    """The headline on one line, or `[no headline] First words of the text…` within `width`."""
    title = headline(article)
    if title:
        return title
    lead = lead_words(article.text, width=max(width - len(NO_HEADLINE) - 1, 10))
    return f"{NO_HEADLINE} {lead}" if lead else f"{NO_HEADLINE} {article.id}"
