"""The shell of every HTML report: one offline file with a strict CSP, inline CSS, no scripts.

The Content-Security-Policy forbids loading anything (scripts, fonts, frames, remote images), so
even an escaping bug could not make the page fetch or run something. An article's own URL is
shown as a link, because an editor wants to open the source, but only for http(s) URLs, with
rel="noreferrer noopener" and no referrer; clicking it is the only way the page touches a network.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from parallax.model import Article
from parallax.report import digest
from parallax.report.html_marks import esc
from parallax.report.html_style import CSS
from parallax.report.json_report import generator

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def page(title: str, body: str) -> str:
    """A complete HTML document around `body` (already HTML)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n"
        f"{body}\n{footer()}\n</body>\n</html>\n"
    )


def footer() -> str:
    info = generator()
    return (
        f"<footer>Made by {esc(info['name'])} {esc(info['version'])}. This file is self-contained: "
        "it loads nothing from the network.</footer>"
    )


def attrs(**values: str | None) -> str:
    """` name="value"` pairs, escaped; `class_` stands for `class`; None leaves one out."""
    return "".join(
        f' {name.rstrip("_")}="{esc(value)}"' for name, value in values.items() if value is not None
    )


def element(tag: str, content: str, **values: str | None) -> str:
    """`<tag ...>content</tag>`; `content` is HTML already, attribute values are escaped here."""
    return f"<{tag}{attrs(**values)}>{content}</{tag}>"


def safe_link(url: str) -> str:
    """An http(s) URL as a link that sends no referrer and opens apart; anything else as text."""
    if not _is_web(url):
        return esc(url)
    return element(
        "a",
        esc(url),
        href=url.strip(),
        target="_blank",
        rel="noreferrer noopener",
        referrerpolicy="no-referrer",
    )


def _is_web(url: str) -> bool:
    try:
        return urlsplit(url.strip()).scheme.lower() in ("http", "https")
    except ValueError:  # e.g. an unbalanced "[" in the host
        return False


def article_meta(article: Article) -> str:
    """The article's metadata and fingerprint as a definition list."""
    fields = [
        ("Title", esc(digest.title_of(article))),
        ("Outlet", esc(article.outlet or "")),
        ("Byline", esc(article.byline or "")),
        ("Published", esc(article.published or "")),
        ("URL", safe_link(article.url) if article.url else ""),
        ("Words", f"{article.words:,}"),
        ("SHA-256", f"<code>{esc(article.sha256)}</code>"),
        ("ID", f"<code>{esc(article.id)}</code>"),
    ]
    rows = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in fields if value)
    return f'<dl class="meta">{rows}</dl>'
