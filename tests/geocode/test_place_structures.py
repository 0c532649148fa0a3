"""Place phrases whose structure says which name is the scene: 'the X district of Y', 'the <country> town of X',
'<city>'s <quarter>', 'the A-B highway near X'; and provinces GeoNames files one level down (the Philippines)."""
from __future__ import annotations

import pytest

from flareup.geocode import document_countries, find_places, load_gazetteer


def _places(text: str, lang: str) -> list[tuple[str, str, int]]:
    return [(p.place.name, p.place.feature, p.place.precision) for p in find_places(text, lang, document_countries(text, lang))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers killed two rebels in the Sangin district of Helmand province."),
    ("nl", "Militairen doodden twee rebellen in het district Sangin in de provincie Helmand."),
    ("fr", "Des soldats ont tué deux rebelles dans le district de Sangin, dans la province de Helmand."),
])
def test_a_district_is_its_town_not_the_province_around_it(lang: str, text: str) -> None:
    assert ("Sangīn", "city", 2) in _places(text, lang)


def test_a_district_of_a_province_is_not_a_namesake_abroad() -> None:
    names = [n for n, _, _ in _places("Troops killed two militants in the Chardara district of Kunduz province.", "en")]
    assert "Shardara" not in names and "Kunduz" in names


def test_a_country_before_town_of_only_says_whose_town_follows() -> None:
    assert _places("Gunmen attacked a police post in the northern Mali town of Gao on Monday.", "en") == [("Gao", "city", 1)]


def test_a_city_in_the_possessive_only_says_where_its_quarter_lies() -> None:
    names = [n for n, _, _ in _places("A car bomb exploded in Baghdad's Sadr City neighbourhood on Monday.", "en")]
    assert names == ["Sadr City"]


@pytest.mark.parametrize("lang,text", [
    ("en", "A roadside bomb hit a bus on the Kabul-Jalalabad highway near Surobi."),
    ("nl", "Een bermbom trof een bus op de Kabul-Jalalabad-snelweg bij Surobi."),
])
def test_the_towns_of_a_route_give_way_to_the_place_near_it(lang: str, text: str) -> None:
    assert [n for n, _, _ in _places(text, lang)] == ["Sarōbī"]


def test_a_route_alone_is_located_near_its_first_town() -> None:
    assert _places("A roadside bomb hit a bus on the Kabul-Jalalabad highway on Monday.", "en") == [("Kabul", "city", 2)]


def test_a_hyphenated_name_without_a_route_word_is_no_route() -> None:
    assert ("Kabul", "city", 1) in _places("Fighting raged in Kabul-Jalalabad.", "en")


@pytest.mark.parametrize("name", ["Lanao del Sur", "Sulu", "Maguindanao"])
def test_philippine_provinces_are_in_the_gazetteer(name: str) -> None:
    top = load_gazetteer().lookup(name)[0]
    assert (top.name, top.country, top.feature) == (name, "PH", "admin1")


@pytest.mark.parametrize("lang,text", [
    ("en", "The Philippine army fought rebels in Sulu province."),
    ("nl", "Het Filipijnse leger vocht in de provincie Sulu tegen rebellen."),
])
def test_a_philippine_province_is_found_by_its_name(lang: str, text: str) -> None:
    assert document_countries(text, lang)[0] == "PH"
    assert ("Sulu", "admin1", 3) in _places(text, lang)
