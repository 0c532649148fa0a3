"""Wire-report incidents (MUC style) that an engine tuned on headlines used to miss: a bomb with no
casualties that did damage, a blast told as news in a story about an armed group, a list item opened
with "in another incident", a dated reference to an incident inside the report window, and an act
whose victims a relative clause describes ("who were accused of ..."). Sentences written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.modality import blocking_modality
from flareup.extract.triggers import find_triggers
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def events(text: str, lang: str, pub: str = "1990-02-05"):
    return extract_events(Document("t", text, parse_pub_date(pub), lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "A BOMB DESTROYED THE OFFICES OF THE ELECTORAL COUNCIL IN HUANCAYO LAST NIGHT."),
    ("nl", "Een bom verwoestte maandagnacht het kantoor van de kiesraad in Utrecht."),
    ("fr", "Une bombe a détruit lundi soir le bureau du conseil électoral à Lyon."),
])
def test_a_bomb_that_did_damage_is_an_incident_without_casualties(lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Contestants had to remove the shell of an egg without damaging the membrane."),
    ("en", "The new album was a bomb, critics said, and it destroyed the band's reputation."),
])
def test_damage_words_do_not_make_a_figure_of_speech_violent(lang, text):
    assert events(text, lang) == []


def test_a_blast_told_as_news_in_a_story_about_an_armed_group_is_an_incident():
    text = ("LIMA, 5 FEB 90 -- [TEXT] SHINING PATH GUERRILLAS DYNAMITED A POWER TOWER IN HUANCAYO LAST NIGHT. "
            "RESIDENTS SAID A BEER TRUCK WAS ALSO BLOWN UP 3 DAYS AGO.")
    assert len(events(text, "en")) == 2


@pytest.mark.parametrize("text,lang,word", [
    ("In another incident, three policemen were wounded.", "en", "wounded"),
    ("FINALLY, ELN GUERRILLAS BLEW UP A PRIVATE PLANE.", "en", "blew up"),
    ("Bij een ander incident raakten drie agenten gewond.", "nl", "gewond"),
    ("Dans un autre incident, trois policiers ont été blessés.", "fr", "blessés"),
])
def test_a_sentence_that_opens_with_another_incident_tells_a_new_one_whatever_its_word(text, lang, word):
    hit = next(t for t in find_triggers(text, lang, fold(text)) if fold(t.text).startswith(fold(word)))
    assert hit.other


def test_a_dated_reference_names_an_incident_inside_the_report_window():
    text = "BOGOTA, 5 FEB 90 -- SECURITY WAS TIGHTENED IN BOGOTA FOLLOWING THE ASSASSINATION OF THE SENATOR ON 1 FEBRUARY."
    (event,) = events(text, "en")
    assert event.date_start == "1990-02-01"


def test_an_undated_reference_still_tells_no_incident():
    assert events("SECURITY WAS TIGHTENED IN BOGOTA FOLLOWING THE ASSASSINATION.", "en") == []


@pytest.mark.parametrize("lang,text,word,blocked", [
    ("en", "Two peasants, who were accused of helping the police, were shot dead by rebels.", "shot dead", False),
    ("en", "Two peasants were accused of having shot dead a policeman.", "shot dead", True),
    ("nl", "Twee boeren, die verdacht van spionage waren, werden door rebellen doodgeschoten.", "doodgeschoten", False),
])
def test_a_cue_inside_a_closed_relative_clause_does_not_govern_the_act(lang, text, word, blocked):
    folded = fold(text)
    t = next(t for t in find_triggers(text, lang, folded) if fold(t.text).startswith(fold(word)))
    assert (blocking_modality(text, lang, folded, t.start, t.end, False) is not None) is blocked
