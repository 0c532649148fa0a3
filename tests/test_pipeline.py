"""The whole extraction pipeline on the project's first real input and on sentences written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.errors import SkipDocument
from flareup.geodesy import great_circle_km
from flareup.ingest.textfile import read_text_file
from flareup.model import Document
from flareup.pipeline import extract_events


@pytest.fixture(scope="module")
def seed_events(shared):
    path = shared / "examples" / "nl-2020-05-is-comeback.txt"
    (doc,) = list(read_text_file(path, str(path), "seed"))
    return extract_events(doc)


def test_seed_has_the_ambush_near_baghdad(seed_events):
    (ambush,) = [e for e in seed_events if e.country == "IQ"]
    assert ambush.sub_event_type == "ambush" and ambush.killed == 10
    assert ambush.location == "Baghdad" and ambush.geo_precision == 2
    assert "2020-04-25" <= ambush.date_start and ambush.date_end <= "2020-05-31"
    assert ambush.actor2_type == "militia" and ambush.actor1 == "Islamic State"
    assert "hinderlaag" in ambush.evidence[0].text


def test_seed_has_the_two_day_battle_at_sukhna(seed_events):
    battles = [e for e in seed_events if e.country == "SY" and e.killed]
    (battle,) = battles
    assert battle.event_type == "battle" and battle.killed == 58
    assert great_circle_km(battle.lat, battle.lon, 34.89, 38.87) <= 25 and battle.admin1 == "Homs"
    assert "2020-04-01" <= battle.date_start <= battle.date_end <= "2020-04-10"
    assert battle.actor1 == "Islamic State" and battle.actor2 == "Military Forces of Syria"


def test_seed_reports_no_propaganda_estimate_withdrawal_or_history(seed_events):
    assert all(e.country in ("IQ", "SY") for e in seed_events)
    assert len(seed_events) <= 3  # the optional offensive east of Homs is the only other event allowed
    for e in seed_events:
        text = " ".join(ev.text for ev in e.evidence)
        assert "propagandavideo" not in text and "2.500" not in text and "2014" not in text


@pytest.mark.parametrize("lang,date,text,country,killed", [
    ("en", "2021-03-14", "A car bomb exploded near a police station in Kandahar on Saturday, killing seven officers.", "AF", 7),
    ("nl", "2021-03-14", "Bij een bomaanslag in Mogadishu zijn zaterdag zeker twaalf mensen om het leven gekomen.", "SO", 12),
    ("en", "2019-06", "Boko Haram fighters ambushed a military convoy outside Maiduguri, killing 20 soldiers.", "NG", 20),
])
def test_written_reports_become_dated_placed_events(lang, date, text, country, killed):
    doc = Document("t", text, parse_pub_date(date), lang)
    (event,) = extract_events(doc)
    assert event.country == country and event.killed == killed
    assert event.date_start >= (date + "-01")[:10] or len(date) == 10


def test_a_document_without_violence_gives_no_event():
    doc = Document("t", "The parliament in The Hague debated the budget on Tuesday. The vote is next week.",
                   parse_pub_date("2021-03-14"), "en")
    assert extract_events(doc) == []


def test_a_language_without_pack_is_skipped_with_a_reason():
    with pytest.raises(SkipDocument, match="no language pack"):
        extract_events(Document("t", "Una bomba mató a diez personas en Kabul.", None, "es"))


@pytest.mark.parametrize("lang,text,killed", [
    ("nl", "Bij een schietpartij in Teheran zijn twintig mensen omgekomen. In totaal kwamen zeker 25 mensen om het leven.", 25),
    ("en", "Gunmen attacked a market in Kano on Monday, killing 12 people. The death toll rose to 19 on Tuesday.", 19),
])
def test_a_later_toll_updates_the_incident_told_before(lang, text, killed):
    (event,) = extract_events(Document("t", text, parse_pub_date("2021-03-14"), lang))
    assert event.killed == killed and len(event.evidence) == 2


def test_a_bare_toll_without_an_incident_is_no_event():
    doc = Document("t", "In totaal kwamen vorig jaar 25 mensen om het leven in het verkeer.", parse_pub_date("2021-03-14"), "nl")
    assert extract_events(doc) == []


def test_a_wire_dateline_is_when_the_story_was_filed_not_the_incident():
    text = ("LIMA, 12 MAR 90 (EFE) -- A CAR BOMB EXPLODED YESTERDAY OUTSIDE A POLICE STATION IN AYACUCHO, "
            "KILLING FOUR POLICEMEN.")
    (event,) = extract_events(Document("t", text, parse_pub_date("1990-03-12"), "en"))
    assert (event.date_start, event.date_end) == ("1990-03-11", "1990-03-11")
    assert event.killed == 4 and event.country == "PE"


@pytest.mark.parametrize("lang,text,country", [
    ("nl", "Precies een jaar na de aanslagen in Brussel is Londen woensdag opgeschrikt door een terreuraanslag "
           "waarbij vier doden vielen.", "GB"),
    ("en", "Exactly a year after the attacks in Brussels, a terror attack in London killed four people on Wednesday.",
     "GB"),
])
def test_an_anniversary_clause_keeps_its_place_to_itself(lang, text, country):
    (event,) = extract_events(Document("t", text, parse_pub_date("2017-03-23"), lang))
    assert event.country == country and event.killed == 4


def test_a_year_before_the_trigger_marks_history():
    text = "Police said the bomber had links to the men behind the 2015 attacks in Paris that killed 130 people."
    assert extract_events(Document("t", text, parse_pub_date("2019-05-25"), "en")) == []


def test_attacks_on_a_list_of_towns_are_one_event_per_town():
    text = "Bombs exploded in Medellin, Cali and Bogota on Wednesday, killing six people."
    events = extract_events(Document("t", text, parse_pub_date("1989-10-05"), "en"))
    assert sorted(e.location for e in events) == ["Bogotá", "Cali", "Medellín"]
    assert sorted(e.killed or 0 for e in events) == [0, 0, 6]  # the toll is not split by town in the text


@pytest.mark.parametrize("lang,text,towns", [
    ("en", "Air strikes killed eleven civilians in Kabasin, Aleppo, on Monday.", ["Kabbasin"]),
    ("fr", "Des frappes aériennes ont tué onze civils à Saraqib, Idlib, lundi.", ["Saraqib"]),
    ("nl", "Bij luchtaanvallen in Saraqib, Idlib, kwamen maandag elf burgers om.", ["Saraqib"]),
    ("en", "Air strikes killed eleven civilians in Saraqib, Idlib and Ariha on Monday.", ["Arīḩā", "Idlib", "Saraqib"]),
])
def test_a_province_after_a_town_only_says_where_it_lies(lang, text, towns):
    events = extract_events(Document("t", text, parse_pub_date("2016-03-08"), lang))
    assert sorted(e.location for e in events) == towns  # a list goes on after it: then it is one of the towns


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman killed three people at a market in Strasbourg on Tuesday. "
           "Police found him in Neudorf shortly after the attack."),
    ("nl", "Een schutter doodde dinsdag drie mensen op een markt in Straatsburg. "
           "De politie vond hem in Neudorf, kort na de aanslag."),
    ("fr", "Un tireur a tué trois personnes sur un marché à Strasbourg mardi. "
           "La police l'a retrouvé à Neudorf peu après l'attaque."),
])
def test_an_incident_used_as_a_point_in_time_is_no_new_incident(lang, text):
    (event,) = extract_events(Document("d", text, parse_pub_date("2018-12-14"), lang))
    assert event.location == "Strasbourg" and event.killed == 3


@pytest.mark.parametrize("lang,text", [
    ("en", "After the attacks in Paris last year, police searched Brussels for suspects."),
    ("nl", "Na de aanslagen in Parijs vorig jaar werd in Brussel naar verdachten gezocht."),
])
def test_a_sentence_that_only_refers_to_an_incident_tells_none(lang, text):
    assert extract_events(Document("d", text, parse_pub_date("2016-03-23"), lang)) == []


def test_references_come_from_the_pack():
    from flareup.extract.triggers import find_triggers
    from flareup.text.normalize import fold

    text = "Pos la bombo en Zedstad, la bombo mortigis dek."
    first, second = find_triggers(text, "zz", fold(text))[:2]
    assert first.reference and second.anaphoric and not second.reference


@pytest.mark.parametrize("lang,text", [
    ("en", "A suicide bomber killed five policemen in Lashkar Gah on Tuesday. "
           "Since January, 2,640 people have died in attacks across Afghanistan."),
    ("nl", "Een zelfmoordterrorist doodde dinsdag vijf agenten in Lashkar Gah. "
           "Van januari tot eind november vielen er in totaal 2640 doden in Afghanistan."),
])
def test_a_toll_over_months_is_no_incident_and_no_update(lang, text):
    (event,) = extract_events(Document("d", text, parse_pub_date("2017-12-01"), lang))
    assert event.killed == 5


@pytest.mark.parametrize("lang,text", [
    ("nl", "Aanslag Manchester: steun voor slachtoffers\n\nBij een zelfmoordaanslag in een concertzaal in Manchester "
           "kwamen maandagavond 22 mensen om. Ook Australië betuigde steun. 'Het was een compleet bloedbad.'"),
    ("en", "Bombing Manchester: support for victims\n\nA suicide bomber killed 22 people at a concert hall in "
           "Manchester on Monday night. Australia also sent support. 'It was a complete bloodbath.'"),
])
def test_a_headline_and_a_bare_description_stay_with_the_incident(lang, text):
    (event,) = extract_events(Document("d", text, parse_pub_date("2017-05-23"), lang))
    assert event.location == "Manchester" and event.killed == 22


def test_a_capital_first_name_still_makes_a_longer_name():
    from flareup.geocode import find_places

    assert find_places("Jack London wrote about the attack.", "en", ["US"]) == []
