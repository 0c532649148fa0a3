"""Acts a report tells apart stay apart: a list of incidents in one clause ("one at the park, another at the
university"). A news story that tells one incident many times (headline, lead, body, "the blast", tolls,
quotes) stays one event, and so does a complex attack told act by act (explosions, then a hostage siege).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.mentions import distributed_items
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def events(text: str, lang: str, pub: str = "1990-02-05"):
    return extract_events(Document("t", text, parse_pub_date(pub), lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "Three bombs exploded in Huancayo last night, one at the central park, another at the university "
           "and a third at a bank."),
    ("nl", "Gisteravond zijn in Utrecht drie bommen ontploft: een bij het station, een andere bij de universiteit "
           "en een derde bij een bank."),
    ("fr", "Trois bombes ont explosé hier soir à Lyon : l'une devant la gare, une autre à l'université et une "
           "troisième dans une banque."),
])
def test_one_clause_that_lists_its_incidents_tells_one_per_item(lang, text):
    assert len(events(text, lang)) == 3


def test_listed_incidents_take_their_own_towns():
    text = "GUERRILLAS MURDERED THREE PEASANTS IN HUANCAYO, TWO IN AYACUCHO, AND ONE IN HUANTA ON SUNDAY."
    assert sorted(e.location for e in events(text, "en")) == ["Ayacucho", "Huancayo", "Huanta"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two soldiers in the convoy were killed and one in the truck was wounded when a bomb exploded in Kandahar."),
    ("nl", "Twee soldaten in het konvooi kwamen om en een in de vrachtwagen raakte gewond bij een bomaanslag in Kandahar."),
])
def test_counts_of_one_incident_are_no_list_of_incidents(lang, text):
    assert len(events(text, lang, "2020-05-04")) == 1


def test_list_items_need_an_opener_and_a_place_word():
    assert distributed_items(fold("a bomb killed 5 people in kabul and wounded 10 in the attack."), "en") == []
    items = distributed_items(fold("three bombs went off, one at the park, another at the bank."), "en")
    assert len(items) == 2


def test_a_kidnapping_and_a_bombing_in_a_wire_story_are_two_incidents():
    text = ("LIMA, 4 FEB 90 -- GUERRILLAS KIDNAPPED THE MAYOR OF HUANTA ON SATURDAY. "
            "A DYNAMITE CHARGE DESTROYED THE OFFICES OF THE ELECTORAL COUNCIL IN HUANTA.")
    assert len(events(text, "en")) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Car bomb kills six in Kandahar. A car bomb exploded outside a police station in Kandahar on Monday, "
           "killing six people, officials said. The blast also wounded 14 people. \"It was a massacre,\" a witness "
           "said. No group has claimed the attack. The explosion destroyed several shops, and the death toll "
           "rose to six overnight."),
    ("nl", "Zes doden bij autobom in Kandahar. Bij een bomaanslag op een politiebureau in Kandahar zijn maandag "
           "zes mensen omgekomen, melden de autoriteiten. Door de explosie raakten ook veertien mensen gewond. "
           "Niemand heeft de aanslag opgeëist."),
    ("fr", "Six morts dans un attentat à la voiture piégée à Kandahar. Une voiture piégée a explosé lundi devant "
           "un commissariat de Kandahar, tuant six personnes. L'explosion a aussi blessé quatorze personnes. "
           "L'attentat n'a pas été revendiqué."),
])
def test_a_news_story_telling_one_bombing_many_times_stays_one_event(lang, text):
    assert len(events(text, lang, "2020-05-04")) == 1


def test_a_kidnapping_that_ends_in_a_killing_of_the_same_hostage_told_back_stays_one():
    text = ("Gunmen kidnapped a businessman in Kandahar on Monday. The kidnappers killed him on Tuesday, "
            "police said. The kidnapping was the third this month.")
    kinds = {e.sub_event_type for e in events(text, "en", "2020-05-06")}
    assert "abduction" in kinds


@pytest.mark.parametrize("lang,text", [
    ("en", "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday evening after two explosions at the gate. "
           "Security forces ended the siege after a day and a half; the death toll rose to 21."),
    ("nl", "Strijders van al-Shabaab drongen vrijdagavond een hotel in Mogadishu binnen na twee explosies bij de "
           "ingang. Bij de gijzeling kwamen 21 mensen om."),
])
def test_a_complex_attack_told_act_by_act_stays_one_event(lang, text):
    assert len(events(text, lang, "2022-08-21")) == 1
