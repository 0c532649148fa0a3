"""Acts that hit different sites are different incidents, even in one town ("a bomb exploded at a bank ... a
dynamite charge destroyed the offices of the electoral council"); a story that tells one act again ("the blast",
"the bank") stays one event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.targets import physical_target
from flareup.extract.triggers import find_triggers
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def site(text: str, lang: str) -> str | None:
    folded = fold(text)
    return physical_target(text, folded, lang, find_triggers(text, lang, folded), 0, len(text))


def events(text: str, lang: str, pub: str = "1989-05-12"):
    return extract_events(Document("t", text, parse_pub_date(pub), lang))


@pytest.mark.parametrize("lang,text,key", [
    ("en", "A BOMB EXPLODED AT A BANK IN DOWNTOWN MEDELLIN.", "bank"),
    ("en", "Rebels dynamited a power pylon near the highway.", "power"),
    ("en", "The town hall was dynamited by rebels last night.", "town_hall"),
    ("en", "A ministry vehicle was partially destroyed by a dynamite charge.", "vehicle"),
    ("en", "A bomb exploded in San Salvador last night.", None),
    ("nl", "Rebellen hebben het gemeentehuis in brand gestoken.", "town_hall"),
    ("nl", "Bij een bank in Medellín is maandag een bom ontploft.", "bank"),
    ("fr", "Des inconnus ont incendié la mairie.", "town_hall"),
    ("fr", "Une bombe a explosé devant une banque à Bamako.", "bank"),
])
def test_the_site_an_act_hit(lang, text, key):
    assert site(text, lang) == key


@pytest.mark.parametrize("lang,text", [
    ("en", "MEDELLIN, 12 MAY 89 -- A BOMB EXPLODED AT A BANK IN DOWNTOWN MEDELLIN TODAY, INJURING TWO PEOPLE. LATER, "
           "A DYNAMITE CHARGE DESTROYED THE OFFICES OF THE ELECTORAL COUNCIL. POLICE BLAMED DRUG TRAFFICKERS."),
    ("nl", "Bij een bank in Medellín is maandag een bom ontploft. Twee mensen raakten gewond. Even later hebben "
           "rebellen het gemeentehuis van Medellín in brand gestoken."),
])
def test_acts_on_different_sites_in_one_town_are_different_incidents(lang, text):
    assert len(events(text, lang)) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded at a bank in Medellin on Monday, wounding two people. The blast also shattered windows "
           "of nearby offices. Police said the bank was closed at the time."),
    ("en", "Gunmen attacked a police station in Kandahar on Monday, killing four officers. The attack on the station "
           "lasted two hours, a spokesman said."),
    ("nl", "Bij een bank in Medellín is maandag een bom ontploft. De explosie vernielde ook de ramen van kantoren in "
           "de buurt. Twee mensen raakten gewond."),
])
def test_a_story_that_tells_one_act_again_stays_one_event(lang, text):
    assert len(events(text, lang)) == 1
