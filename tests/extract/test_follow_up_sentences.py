"""Follow-up sentences tell more of the incident just told (its victims, its attackers, its toll restated, its
route, its end a day later, blame for it); a counter-strike told only as a response tells none; a summary of
incidents told apart is none of them; a sentence with its own place tells another. Stories written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document
from flareup.pipeline import extract_events


def events(text: str, lang: str, pub: str = "2023-05-12"):
    return extract_events(Document("t", text, parse_pub_date(pub), lang))


@pytest.mark.parametrize("lang,text,killed", [
    # the victims told after the incident
    ("en", "Four people were killed in a knife attack in the city of Leeds on Wednesday. Two nurses were found dead "
           "outside a clinic.", 4),
    ("nl", "Bij een steekpartij in de Engelse stad Leeds zijn woensdag vier mensen om het leven gekomen. Twee "
           "verpleegsters werden dood aangetroffen bij een kliniek.", 4),
    # the attacker killed by police is counted apart and joins
    ("en", "A gunman shot dead six people at a supermarket in Buffalo on Wednesday. The gunman was killed by police.",
     (6, 7)),
    ("nl", "Een schutter heeft woensdag in een supermarkt in Buffalo zes mensen doodgeschoten. De schutter werd door "
           "de politie gedood.", (6, 7)),
    ("fr", "Un tireur a tué six personnes mercredi dans un supermarché de Buffalo. Le tireur a été tué par la police.",
     (6, 7)),
    # the attackers did more
    ("en", "Jihadists attacked the village of Solenzo in Burkina Faso on Wednesday, killing 30 civilians. The attackers "
           "also set fire to the market.", 30),
    ("nl", "Jihadisten hebben woensdag het dorp Solenzo in Burkina Faso aangevallen en daarbij 30 burgers gedood. De "
           "aanvallers staken ook de markt in brand.", 30),
    # a restated toll in a quote
    ("en", "Militants killed at least 25 farmers near the town of Damboa in Nigeria on Wednesday. \"We buried 28 "
           "bodies,\" said a local official.", (25, 28)),
])
def test_a_follow_up_sentence_joins_the_incident(lang: str, text: str, killed) -> None:
    found = events(text, lang)
    assert len(found) == 1, [(e.location, e.killed, e.evidence[0].text[:40]) for e in found]
    assert found[0].killed in (killed if isinstance(killed, tuple) else (killed,))


@pytest.mark.parametrize("lang,text", [
    ("en", "A roadside bomb hit a minibus in Afghanistan's Helmand province on Wednesday, killing nine civilians. The "
           "minibus was travelling between Kandahar and Herat when it hit the bomb."),
    ("nl", "In de Afghaanse provincie Helmand zijn woensdag negen burgers gedood toen een bermbom een minibus raakte. "
           "De minibus reed tussen Kandahar en Herat toen hij op de bom reed."),
    ("en", "A suicide bomber killed 12 soldiers at an army camp in Kashmir on Wednesday. India blamed Pakistan for "
           "the attack; Islamabad denied any role."),
])
def test_a_route_or_blame_sentence_is_no_new_scene(lang: str, text: str) -> None:
    found = events(text, lang)
    assert len(found) == 1, [(e.location, e.country) for e in found]
    assert found[0].country in ("AF", "IN")
    assert found[0].location not in ("Herāt", "Herat", "Islamabad")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen ambushed an army patrol near Mopti in Mali on Wednesday, killing 11 soldiers. The army responded "
           "with air strikes on the group's hideouts."),
    ("nl", "Gewapende mannen hebben woensdag bij Mopti in Mali een legerpatrouille in een hinderlaag gelokt en elf "
           "soldaten gedood. Het leger reageerde met luchtaanvallen op schuilplaatsen van de groep."),
])
def test_a_vague_response_is_no_event(lang: str, text: str) -> None:
    found = events(text, lang)
    assert len(found) == 1, [(e.sub_event_type, e.killed) for e in found]
    assert found[0].killed == 11


def test_a_response_with_its_own_place_and_toll_is_an_event() -> None:
    text = ("Gunmen ambushed an army patrol near Mopti in Mali on Wednesday, killing 11 soldiers. The army responded "
            "with air strikes near Timbuktu on Thursday, killing 20 militants.")
    assert len(events(text, "en")) == 2


def test_a_siege_told_from_its_end_is_one_incident() -> None:
    text = ("Security forces ended a siege at a hotel in Mogadishu on Friday, 14 hours after al-Shabaab fighters "
            "stormed the building. The militants attacked the hotel late on Thursday, setting off a car bomb at the "
            "gate. Six people were killed, police said.")
    found = events(text, "en", "2023-05-12")
    assert len(found) == 1, [(e.date_start, e.actor1) for e in found]
    assert found[0].killed == 6


@pytest.mark.parametrize("lang,text", [
    ("en", "Two attacks in Afghanistan killed at least 30 people on Wednesday. In Kabul, a suicide bomber blew "
           "himself up at a mosque, killing 22. Later that day, a roadside bomb killed eight people in Kandahar."),
    ("nl", "Bij twee aanslagen in Afghanistan zijn woensdag zeker 30 mensen omgekomen. In Kaboel blies een "
           "zelfmoordterrorist zich op bij een moskee, waarbij 22 doden vielen. Later op de dag kwamen in Kandahar acht "
           "mensen om door een bermbom."),
])
def test_a_summary_of_two_attacks_is_neither(lang: str, text: str) -> None:
    found = events(text, lang)
    assert sorted((e.location or "")[:4] for e in found) == ["Kabu", "Kand"], [(e.location, e.killed) for e in found]
    assert all(e.date_start == "2023-05-10" for e in found), [e.date_start for e in found]


def test_a_summary_alone_is_the_incident() -> None:
    found = events("Two attacks killed at least 30 people in Kabul on Wednesday.", "en")
    assert len(found) == 1


def test_a_follow_up_with_its_own_town_tells_another_incident() -> None:
    text = ("Gunmen killed five villagers near Gao in Mali on Wednesday. Two soldiers were killed in an ambush near "
            "Kidal on Thursday.")
    assert len(events(text, "en")) == 2
