"""Namesakes the text itself rules out: a longer name, a reference point, a province, a settlement word, a
headline label. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from flareup.geocode import find_places


def _places(text: str, lang: str = "en", countries=()) -> list[tuple[str, str, str]]:
    return [(h.hit.text, h.place.name, h.place.country) for h in find_places(text, lang, countries)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Shells fell on the Bab al-Kabir quarter in Aleppo city on Monday."),
    ("fr", "Des obus sont tombés sur le quartier Bab al-Kabir dans la ville d'Alep lundi."),
    ("nl", "Granaten vielen maandag op de wijk Bab al-Kabir in de stad Aleppo."),
])
def test_a_name_that_goes_on_with_an_article_is_not_its_first_word(lang, text):
    assert [p[2] for p in _places(text, lang)] == ["SY"]  # Aleppo, not the town of Al Bab


@pytest.mark.parametrize("lang,text", [
    ("en", "The bus was attacked in Juntas de Miravalle, where the wounded were taken."),
    ("nl", "De bus werd aangevallen in Juntas del Miravalle, waar de gewonden heen gingen."),
])
def test_a_name_that_goes_on_with_a_particle_is_not_its_first_word(lang, text):
    assert _places(text, lang) == []  # not Juntas in Costa Rica


def test_french_de_after_a_town_does_not_make_a_longer_name():
    assert [p[1] for p in _places("Des hommes armés ont attaqué Bambari de nuit.", "fr")] == ["Bambari"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Nine fighters were killed in al-Mallah north of Aleppo city."),
    ("nl", "Negen strijders kwamen om in al-Mallah ten noorden van de stad Aleppo."),
])
def test_a_town_far_from_the_reference_point_the_text_gives_is_a_namesake(lang, text):
    assert [p[1] for p in _places(text, lang, ["SY"])] == ["Aleppo"]


def test_a_big_place_is_not_dropped_for_a_smaller_one_after_it():
    assert "Kabul" in [p[1] for p in _places("A bomb exploded in Kabul on Thursday.", "en", ["AF"])]


def test_a_village_of_a_province_the_gazetteer_lacks_is_no_namesake_abroad():
    text = "REBELS ATTACKED AN ARMY POST IN LA LAGUNA, CHALATENANGO DEPARTMENT, ON 2 MAY."
    places = _places(text, "en", ["SV"])
    assert [p[2] for p in places] == ["SV", "SV"]  # no La Laguna abroad: the village's name, placed in its province
    assert places[0][:2] == ("LA LAGUNA", "La Laguna")


@pytest.mark.parametrize("lang,text", [
    ("en", "TWO PATROLMEN OF THE SANTO DOMINGO CANTON WERE MURDERED."),
    ("fr", "Deux patrouilleurs du canton de Santo Domingo ont été assassinés."),
])
def test_a_settlement_word_makes_a_foreign_capital_a_local_namesake(lang, text):
    assert all(country == "SV" for _, _, country in _places(text, lang, ["SV"]))  # a local village, not the capital abroad


def test_another_name_of_a_small_town_abroad_is_a_word_in_capitals():
    text = "THE ATTACK OCCURRED 40 KM FROM THE CITY OF HUANCAYO."
    assert [p[1] for p in _places(text, "en", ["PE", "US"])] == ["Huancayo"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dernière minute : Birao, trois civils tués par des hommes armés"),
    ("en", "Breaking news: Birao, three civilians killed by gunmen"),
])
def test_a_town_after_a_headline_label_is_the_headline_place(lang, text):
    assert [p[1] for p in _places(text, lang)] == ["Birao"]


def test_a_settlement_word_prefers_the_story_countrys_town():
    text = "GUERRILLAS BURNED A FARM IN SEVILLA MUNICIPALITY YESTERDAY."
    assert [p[2] for p in _places(text, "en", ["CO", "ES"])] == ["CO"]


def test_a_country_name_before_a_province_abroad_is_a_town_of_that_province():
    text = "THE HOSTAGES WERE FREED IN GRENADA, EASTERN ANTIOQUIA DEPARTMENT."
    assert {p[2] for p in _places(text, "en", ["CO"])} == {"CO"}


def test_a_distance_told_keeps_a_far_town():
    text = "THE ATTACK OCCURRED IN SEVILLA MUNICIPALITY (370 KM FROM BOGOTA)."
    assert [p[1] for p in _places(text, "en", ["CO"])] == ["Sevilla", "Bogotá"]


def test_in_capitals_a_mid_size_town_of_a_secondary_country_needs_a_cue():
    text = "LABOR LEADER MARIA ELIZABETH GOMEZ DIED IN A HOSPITAL IN SAN SALVADOR."
    assert [p[2] for p in _places(text, "en", ["SV", "US"])] == ["SV"]
