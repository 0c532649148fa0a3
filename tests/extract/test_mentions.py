"""Sentence-level incident detection on sentences written for these tests, in both languages."""
import pytest

from flareup.extract.mentions import find_candidates
from flareup.model import Sentence


def candidates(text, lang):
    """Incidents only: a bare toll ("in all, 25 died") is a supplement to an incident told before."""
    return [c for c in find_candidates(Sentence("t", 0, 0, len(text), text), lang, []) if not c.supplement]


def summary(c):
    return (c.main_trigger.sub, c.count("killed") and c.count("killed")[0],
            c.perpetrator.actor.key if c.perpetrator else None, c.target.actor.key if c.target else None)


@pytest.mark.parametrize("text,lang,expected", [
    ("Gunmen ambushed a police convoy near Kandahar on Tuesday, killing five officers.", "en",
     ("ambush", 5, "unidentified", "state_police")),
    ("A suicide bomber blew himself up at a mosque in Peshawar, killing 40 worshippers.", "en",
     ("suicide_bomb", 40, None, "civilians")),
    ("Taliban fighters attacked an army checkpoint in Ghazni, killing twelve soldiers.", "en",
     ("attack", 12, "taliban", "state_military")),
    ("Twelve soldiers were killed by Islamic State militants in an attack on their base near Mosul.", "en",
     ("attack", 12, "islamic_state", "state_military")),
    ("Al-Shabaab claimed responsibility for the car bomb that killed 20 people in Mogadishu.", "en",
     ("remote_explosive", 20, "al_shabaab", "civilians")),
    ("Saudi-led airstrikes kill dozens of Houthi rebels in Marib.", "en", ("air_strike", 24, "saudi_coalition", "houthis")),
    ("Boko Haram militants kidnapped 30 schoolgirls from a village in Borno state.", "en",
     ("abduction", None, "boko_haram", None)),
    ("Een aanval op regeringstroepen in het stadje Sukhna mondde uit in een twee dagen durende veldslag waarbij "
     "32 militairen en 26 IS-strijders omkwamen.", "nl", ("armed_clash", 58, "islamic_state", "state_military")),
    ("Bij een zelfmoordaanslag op een markt in Kabul zijn zeker twintig burgers om het leven gekomen.", "nl",
     ("suicide_bomb", 20, None, "civilians")),
    ("De Taliban hebben een legerpost in Ghazni aangevallen; daarbij kwamen twaalf soldaten om.", "nl",
     ("attack", 12, "taliban", "state_military")),
    ("Bij een bomaanslag in Mogadishu, opgeëist door al-Shabaab, vielen tien doden.", "nl",
     ("remote_explosive", 10, "al_shabaab", None)),
    ("Een drone-aanval doodde drie strijders van al-Shabaab bij Jilib.", "nl", ("drone_strike", 3, None, "al_shabaab")),
    ("Bombo en Zedstad mortigis dek personojn.", "zz", ("remote_explosive", None, None, "civilians")),
    ("Security forces neutralized seven PKK militants in Hakkari province.", "en", ("killing", 7, "state_military", "pkk")),
    ("Het leger heeft zeven PKK-strijders geneutraliseerd in de provincie Hakkari.", "nl", ("killing", 7, "state_military", "pkk")),
])
def test_incidents_are_found_with_their_fields(text, lang, expected):
    found = candidates(text, lang)
    assert len(found) == 1, [summary(c) for c in found]
    got = summary(found[0])
    assert got[0] == expected[0] and got[1] == expected[1]
    assert got[2] == expected[2]
    assert got[3] == expected[3]


@pytest.mark.parametrize("text,lang", [
    ("The group threatened to attack government buildings in the capital.", "en"),
    ("Officials warned that militants could launch new attacks during the election.", "en"),
    ("The army denied that its troops had shelled the village.", "en"),
    ("Will the ceasefire stop the shelling of Donetsk?", "en"),
    ("Police foiled a bomb plot and arrested three suspects.", "en"),
    ("The man was sentenced to life for the 2015 bombing that killed 130 people.", "en"),
    ("A heart attack killed the former minister at his home.", "en"),
    ("Three people died in a car crash on the motorway.", "en"),
    ("Typhoon strikes the Philippines, forcing thousands from their homes.", "en"),
    ("US intelligence estimates that 3,000 fighters are active in Iraq.", "en"),
    ("De terreurgroep dreigde met nieuwe aanslagen in Europa.", "nl"),
    ("Eind maart stuurde de IS-afdeling in Homs een propagandavideo de wereld in.", "nl"),
    ("De Amerikaanse inlichtingendiensten schatten dat 2.500 tot 3.000 IS-strijders actief zijn in Irak.", "nl"),
    ("Experts merken op dat er weliswaar meer aanslagen zijn, maar dat die ruw en simpel zijn.", "nl"),
    ("Bij een verkeersongeval op de A2 kwamen twee mensen om het leven.", "nl"),
    ("Het leger ontkende dat het dorp was gebombardeerd.", "nl"),
    ("Protesters clashed with riot police outside parliament in Ottawa on Tuesday.", "en"),
    ("The court sought to strike a balance between the rights of judges and journalists.", "en"),
    ("Betogers raakten slaags met de oproerpolitie in Den Haag.", "nl"),
    ("Estos bombo en Zedstad.", "zz"),
    ("The court upheld his indictment on two counts of murder and five counts of kidnapping.", "en"),
    ("De rechter liet de aanklacht wegens moord en ontvoering in stand.", "nl"),
    ("Le juge a maintenu son inculpation pour meurtre et enlèvement.", "fr"),
    ("Sanctions followed alleged assassination plots against dissidents in Denmark.", "en"),
    ("De sancties volgden op een vermeend complot voor een aanslag op dissidenten in Denemarken.", "nl"),
    ("A small explosive device was deactivated by police in Almería.", "en"),
    ("The group bought a mortar and shell manufacturer in Austria.", "en"),
    ("Water bombing by aircraft was ruled out over the cathedral.", "en"),
    ("The reform neutralized the opposition's main argument.", "en"),
    ("Oranje werd in Madrid uitgeschakeld door Spanje.", "nl"),
])
def test_non_events_are_not_incidents(text, lang):
    assert candidates(text, lang) == []
