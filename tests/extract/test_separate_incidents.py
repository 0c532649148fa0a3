"""A text that says it tells another incident ("another bomb", "in a separate incident", "guerrillas also
attacked") tells a new one, even at the same town on the same day; one incident told several times stays one.
Sentences and stories written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.triggers import find_triggers
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
    ("The bomb exploded at a bank.", "en", "bomb", False),
    ("The soldiers were also killed.", "en", "killed", False),  # a weak word with 'also' adds to the incident told
    ("Een tweede bom ontplofte bij het station.", "nl", "bom", True),
    ("Bij een ander incident werd een rechter ontvoerd.", "nl", "ontvoerd", True),
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
