"""Towns the gazetteer lacks keep the text's name, placed at what is known; countries one travels to are no scene;
a department word names a province. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from flareup.geocode import find_places


def _places(text: str, lang: str = "en", countries=()) -> list[tuple[str, str, str, int]]:
    return [(h.hit.text, h.place.name, h.place.country, h.place.precision) for h in find_places(text, lang, countries)]


@pytest.mark.parametrize("lang,text,name", [
    ("en", "GUERRILLAS BURNED THE HAMLET OF QUEBRADITOS, CAUCA DEPARTMENT, ON 3 MAY.", "Quebraditos"),
    ("en", "Guerrillas burned the village of Quebraditos in Cauca department on Sunday.", "Quebraditos"),
    ("nl", "Guerrillastrijders staken het dorp Quebraditos in het departement Cauca in brand.", "Quebraditos"),
    ("fr", "Des guérilleros ont incendié le village de Quebraditos, dans le département du Cauca.", "Quebraditos"),
])
def test_an_unlisted_village_keeps_its_name_at_its_province(lang, text, name):
    places = _places(text, lang, ["CO"])
    village = [p for p in places if p[1] == name]
    assert village and village[0][2] == "CO" and village[0][3] == 2
    assert any(p[1] == "Cauca" and p[3] == 3 for p in places)


def test_in_an_unlisted_town_then_its_department():
    places = _places("SIX PEASANTS WERE KILLED IN LOMAS VERDOSAS, CHALATENANGO DEPARTMENT, YESTERDAY.", "en", ["SV"])
    assert places[0][:4] == ("LOMAS VERDOSAS", "Lomas Verdosas", "SV", 2)


def test_an_unlisted_village_without_a_province_is_placed_in_the_story_country():
    assert _places("THE REBELS RAIDED THE VILLAGE OF QUEBRADITOS.", "en", ["PE"]) == [
        ("QUEBRADITOS", "Quebraditos", "PE", 3)]


@pytest.mark.parametrize("text", [
    "AN ARMY PATROL CLASHED WITH REBELS IN THE SAME TOWN.",  # no name after an article in capitals
    "THE MAYOR SAID IN THE CITY TODAY THAT TWO BOMBS EXPLODED.",
    "THE GUNMEN LEFT THE TOWN YESTERDAY.",  # "TOWN" without "OF": a common word may follow in capitals
])
def test_common_words_in_capitals_are_no_unlisted_town(text):
    assert _places(text, "en", ["SV"]) == []


@pytest.mark.parametrize("lang,text,scene", [
    ("en", "He was kidnapped in Guatemala City as he was about to take a flight to Nicaragua.", "GT"),
    ("nl", "Hij werd in Guatemala-Stad ontvoerd voor zijn vlucht naar Nicaragua.", "GT"),
    ("fr", "Il a été enlevé à Guatemala avant son vol pour le Nicaragua.", "GT"),
])
def test_a_country_one_travels_to_is_not_the_scene(lang, text, scene):
    assert {p[2] for p in _places(text, lang, ["GT"])} == {scene}


def test_a_country_name_before_a_settlement_word_is_a_quarter():
    text = "COMMANDOS ATTACKED A POLICE POST IN THE COSTA RICA NEIGHBORHOOD OF SAN SALVADOR."
    assert {p[2] for p in _places(text, "en", ["SV", "CR"])} == {"SV"}


def test_a_department_word_names_the_province_not_a_namesake_towns_province():
    places = _places("THE POLICE BASE WAS ATTACKED IN SAN MARTIN DEPARTMENT.", "en", ["PE"])
    assert [(p[1], p[3]) for p in places] == [("San Martin", 3)]
