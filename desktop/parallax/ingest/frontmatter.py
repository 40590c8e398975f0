"""Front matter: a "---" block of "key: value" lines opening a Markdown or text file."""

from __future__ import annotations

import re

from parallax.ingest.dates import parse_date
from parallax.ingest.fields import Fields

MAX_LINES = 60
_FENCES = ("---", "...")
_PAIR = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)")
_ITEM = re.compile(r"\s*-\s+(?P<value>.+)")
_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "publish_date", "published_at", "created"),
    "byline": ("author", "authors", "byline", "by"),
    "outlet": ("source", "outlet", "publisher", "publication", "site", "site_name", "sitename"),
    "url": ("url", "link", "canonical", "canonical_url", "source_url", "permalink"),
}
_KNOWN_KEYS = frozenset(key for keys in _KEYS.values() for key in keys)


def split_front_matter(text: str) -> tuple[Fields, str]:
    """The metadata of a leading front matter block, and the text after it (or all of it)."""
    lines = text.split("\n", MAX_LINES)  # the last item is the rest of the text, unsplit
    if lines[0].strip() != "---":
        return Fields(), text
    end = next(
        (i for i, line in enumerate(lines[1:MAX_LINES], 1) if line.rstrip() in _FENCES), None
    )
    values = _values(lines[1:end]) if end else None
    if end is None or not values or not values.keys() & _KNOWN_KEYS:
        return Fields(), text  # not front matter, or none we understand: keep it as text
    return _fields(values), "\n".join(lines[end + 1 :])


def _values(lines: list[str]) -> dict[str, list[str]] | None:
    """key -> values of YAML-like lines (lists as "- item" lines or [a, b]); None if not that."""
    values: dict[str, list[str]] = {}
    key = None
    for line in lines:
        pair, item = _PAIR.fullmatch(line.strip()), _ITEM.fullmatch(line)
        if pair:
            key = pair["key"].lower()
            values[key] = _inline_list(pair["value"])
        elif item and key:
            values[key].append(_unquote(item["value"]))
        elif line.strip() and not line.lstrip().startswith("#"):
            return None
    return values


def _inline_list(value: str) -> list[str]:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return [_unquote(part) for part in value[1:-1].split(",") if part.strip()]
    return [_unquote(value)] if value else []


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


def _fields(values: dict[str, list[str]]) -> Fields:
    found = {name: _first(values, keys) for name, keys in _KEYS.items()}
    if (found["outlet"] or "").startswith(("http://", "https://")):
        found["url"], found["outlet"] = found["url"] or found["outlet"], None
    authors = next((values[key] for key in _KEYS["byline"] if values.get(key)), [])
    found["byline"] = ", ".join(authors) or None
    found["published"] = parse_date(found["published"] or "")
    return Fields(**found)


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    return next((values[key][0] for key in keys if values.get(key)), None)
