"""A text that says it tells another incident ("another bomb", "in a separate incident", "guerrillas also
attacked") tells a new one, even at the same town on the same day; one incident told several times stays one.
Sentences and stories written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.incidents import _places_agree
from flareup.extract.triggers import find_triggers
from flareup.geocode import load_gazetteer
from flareup.geodesy import great_circle_km
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def events(text: str, lang: str, pub: str = "1990-02-05"):
    return extract_events(Document("t", text, parse_pub_date(pub), lang))


def other(text: str, lang: str, word: str) -> bool:
    hit = next(t for t in find_triggers(text, lang, fold(text)) if fold(t.text).startswith(fold(word)))
    return hit.other


@pytest.mark.parametrize("text,lang,word,expected", [
    ("ANOTHER BOMB EXPLODED AT A BANK.", "en", "BOMB", True),
    ("A second explosion shook the market an hour later.", "en", "explosion", True),
    ("In a separate incident, gunmen kidnapped a judge.", "en", "kidnapped", True),
    ("The guerrillas also attacked a police post.", "en", "attacked", True),
    ("A new attack shook the capital this evening.", "en", "attack", True),
    ("Meanwhile, gunmen kidnapped two engineers near the dam.", "en", "kidnapped", True),
    ("The bomb exploded at a bank.", "en", "bomb", False),
    ("The soldiers were also killed.", "en", "killed", False),  # a weak word with 'also' adds to the incident told
    ("Een tweede bom ontplofte bij het station.", "nl", "bom", True),
    ("Bij een ander incident werd een rechter ontvoerd.", "nl", "ontvoerd", True),
    ("Intussen werden bij de dam twee ingenieurs ontvoerd.", "nl", "ontvoerd", True),
    ("Een nieuwe aanslag trof de hoofdstad.", "nl", "aanslag", True),
    ("De bom ontplofte bij een bank.", "nl", "bom", False),
    ("Une deuxième bombe a explosé près de la gare.", "fr", "bombe", True),
    ("La bombe a explosé près de la gare.", "fr", "bombe", False),
])
def test_words_that_say_another_incident_is_told(text, lang, word, expected):
    assert other(text, lang, word) is expected


@pytest.mark.parametrize("lang,text", [
    ("en", "LIMA, 5 FEB 90 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK IN LIMA LAST NIGHT, THE POLICE REPORTED. "
           "ANOTHER BOMB EXPLODED IN FRONT OF THE MINISTRY OF LABOR IN LIMA LAST NIGHT."),
    ("en", "LIMA, 5 FEB 90 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK IN LIMA LAST NIGHT, THE POLICE REPORTED. "
           "IN A SEPARATE INCIDENT, UNIDENTIFIED MEN KIDNAPPED A BUSINESSMAN IN LIMA LAST NIGHT."),
    ("en", "LIMA, 5 FEB 90 (EFE) -- [TEXT] GUERRILLAS DYNAMITED A POWER TOWER IN LIMA LAST NIGHT. "
           "THE GUERRILLAS ALSO ATTACKED A POLICE POST IN LIMA LAST NIGHT."),
    ("nl", "Een bom ontplofte maandagavond bij een bank in Utrecht. "
           "Een tweede bom ontplofte maandagavond bij het station van Utrecht."),
])
def test_another_incident_at_the_same_town_and_day_is_a_second_event(lang, text):
    assert len(events(text, lang)) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "LIMA, 5 FEB 90 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK IN LIMA LAST NIGHT. "
           "THE BOMB DESTROYED THE FRONT OF THE BUILDING. THE POLICE SAID THE EXPLOSION WAS HEARD ALL OVER LIMA. "
           "TWO GUARDS WERE ALSO INJURED."),
    ("nl", "Een bom ontplofte maandagavond bij een bank in Utrecht. De bom verwoestte de gevel. "
           "De politie zei dat de explosie in heel Utrecht te horen was. Ook raakten twee bewakers gewond."),
])
def test_one_incident_told_several_times_stays_one_event(lang, text):
    assert len(events(text, lang)) == 1


def test_towns_ten_km_apart_are_separate_scenes_a_province_holds_its_towns():
    g = load_gazetteer()
    medellin = next(p for p in g.lookup("Medellin") if p.country == "CO" and p.precision == 1)
    rionegro = min((p for p in g.lookup("Rionegro") if p.country == "CO" and p.precision == 1),
                   key=lambda p: great_circle_km(p.lat, p.lon, medellin.lat, medellin.lon))
    antioquia = next(p for p in g.lookup("Antioquia") if p.country == "CO" and p.precision == 3)
    assert 10 < great_circle_km(rionegro.lat, rionegro.lon, medellin.lat, medellin.lon) < 50
    assert _places_agree(medellin, rionegro) is False
    assert _places_agree(medellin, medellin) is True
    assert _places_agree(medellin, antioquia) is True


@pytest.mark.parametrize("lang,text", [
    ("en", "SAN SALVADOR, 3 FEB 90 -- A BOMB EXPLODED IN SOYAPANGO LAST NIGHT. "
           "THE POLICE SAID A BOMB EXPLODED IN SANTA TECLA LAST NIGHT."),
    ("nl", "Maandagavond ontplofte een bom bij een bank in Utrecht. "
           "Volgens de politie ontplofte er maandagavond een bom in Amersfoort."),
])
def test_the_same_act_in_two_towns_is_two_events(lang, text):
    assert len(events(text, lang)) == 2


@pytest.mark.parametrize("lang,text,scene", [
    ("en", "LAST WEEK IN HUANCAYO, 415 KM SOUTHEAST OF LIMA, A CANDIDATE FOR DEPUTY WAS MURDERED BY GUERRILLAS.",
     "Huancayo"),
    ("nl", "In de stad Kandahar, 450 kilometer ten zuidwesten van Kabul, is dinsdag een bom ontploft.", "Kandahār"),
])
def test_a_distance_from_another_place_locates_the_scene_it_is_not_the_scene(lang, text, scene):
    (event,) = events(text, lang)
    assert event.location == scene
