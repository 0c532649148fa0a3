"""Incidents written for these tests across countries, actors and styles (en, nl, fr): each sentence is one
event with the right family, toll, country and, where named, perpetrator."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document
from flareup.pipeline import extract_events

INCIDENTS = [
    ('en', 'Suspected Boko Haram militants killed 9 farmers near Maiduguri, Borno state, on Tuesday.',
     ('violence_against_civilians', 9, 'NG', 'Boko Haram')),
    ('en', 'A suicide car bomb killed 18 people at a checkpoint in Mogadishu on Saturday; al-Shabaab claimed responsibility.',
     ('explosion_remote_violence', 18, 'SO', 'Al-Shabaab')),
    ('en', 'Russian air strikes killed seven civilians in Maarat al-Numan in Idlib province, monitors said.',
     ('explosion_remote_violence', 7, 'SY', None)),
    ('en', 'Clashes between the army and ELN rebels left 4 soldiers dead in Arauca, Colombia.',
     ('battle', 4, 'CO', None)),
    ('en', 'Taliban fighters stormed a police checkpoint in Kunduz, killing 14 officers, officials said on Wednesday.',
     ('battle', 14, 'AF', 'Taliban')),
    ('en', 'Twenty-one people were killed when militants attacked a church in Kafanchan, Kaduna state.',
     ('violence_against_civilians', 21, 'NG', None)),
    ('en', 'Houthi rebels fired a ballistic missile at Marib city, killing 5 and wounding 12.',
     ('explosion_remote_violence', 5, 'YE', 'Houthi')),
    ('en', 'Israeli strikes on Khan Younis killed 30 people overnight, the health ministry said.',
     ('explosion_remote_violence', 30, 'PS', None)),
    ('en', "Unidentified gunmen abducted 40 passengers from a bus near Zamfara's Gusau on Friday.",
     ('abduction', None, 'NG', None)),
    ('en', 'At least 6 people died when a roadside bomb hit a minibus in Helmand province.',
     ('explosion_remote_violence', 6, 'AF', None)),
    ('en', 'ISWAP fighters ambushed a military convoy near Damboa, killing 11 soldiers.',
     ('battle', 11, 'NG', 'Islamic State West Africa')),
    ('en', 'Police shot dead three protesters in Mandalay on Saturday as the junta cracked down on demonstrations.',
     ('violence_against_civilians', 3, 'MM', None)),
    ('en', 'Mortar shells hit a market in Donetsk, killing four people, local authorities said.',
     ('explosion_remote_violence', 4, 'UA', None)),
    ('en', "JNIM militants killed 15 soldiers in an attack on an army post in Mali's Mopti region.",
     ('battle', 15, 'ML', None)),
    ('en', 'A drone strike killed a senior al-Shabaab commander near Jilib on Thursday.',
     ('explosion_remote_violence', 1, 'SO', None)),
    ('en', 'Two Indian soldiers and three militants were killed in a gunfight in Kupwara, Kashmir.',
     ('battle', 5, 'IN', None)),
    ('en', "Armed men killed 17 gold miners in an attack in South Kivu's Fizi territory.",
     ('violence_against_civilians', 17, 'CD', None)),
    ('nl', 'Bij een bomaanslag op een markt in Kabul zijn zeker twaalf doden gevallen.',
     ('explosion_remote_violence', 12, 'AF', None)),
    ('nl', 'Strijders van al-Shabaab hebben bij een aanval op een legerbasis in Somalië negen militairen gedood.',
     ('battle', 9, 'SO', 'Al-Shabaab')),
    ('nl', 'Bij Russische luchtaanvallen op Idlib kwamen gisteren zeven burgers om het leven.',
     ('explosion_remote_violence', 7, 'SY', None)),
    ('nl', 'Boko Haram ontvoerde vorige week tientallen scholieren uit een school in Kankara.',
     ('abduction', None, 'NG', 'Boko Haram')),
    ('nl', 'In Burkina Faso hebben gewapende mannen zondag vijftien dorpelingen doodgeschoten.',
     ('violence_against_civilians', 15, 'BF', None)),
    ('nl', 'Bij gevechten tussen het leger en de Taliban in Helmand sneuvelden acht militairen.',
     ('battle', 8, 'AF', None)),
    ('nl', 'Een zelfmoordterrorist blies zichzelf op bij een moskee in Peshawar; er vielen 40 doden.',
     ('explosion_remote_violence', 40, 'PK', None)),
    ('fr', 'Des hommes armés ont tué douze civils dans le village de Solhan, au Burkina Faso.',
     ('violence_against_civilians', 12, 'BF', None)),
    ('fr', "Les rebelles de l'UPC ont attaqué Bambari, tuant cinq personnes.",
     ('violence_against_civilians', 5, 'CF', 'UPC')),
    ('nl', 'Gewapende bende ontvoert twintig dorpelingen in Nigeria',  # headline present tense
     ('abduction', None, 'NG', None)),
    ('nl', 'Israëlisch leger doodt drie Palestijnen in Jenin',  # the army's nationality, not the scene's
     ('violence_against_civilians', 3, 'PS', 'Military Forces of Israel')),
    ('en', 'Russian warplanes killed 9 civilians in Idlib.',
     ('explosion_remote_violence', 9, 'SY', 'Military Forces of Russia')),
    ('en', 'Syrian troops shelled Douma, killing 12.',
     ('explosion_remote_violence', 12, 'SY', 'Military Forces of Syria')),
    ('en', 'Bomb blast kills 4 in Quetta',
     ('explosion_remote_violence', 4, 'PK', None)),
    ('en', 'Myanmar junta airstrike on village kills 30 in Sagaing region',
     ('explosion_remote_violence', 30, 'MM', None)),
]


@pytest.mark.parametrize("lang,text,expected", INCIDENTS)
def test_one_incident_with_its_fields(lang: str, text: str, expected: tuple) -> None:
    family, killed, country, perpetrator = expected
    (event,) = extract_events(Document("d", text, parse_pub_date("2020-05-14"), lang))
    got_family = "abduction" if event.sub_event_type == "abduction" else event.event_type
    assert (got_family, event.killed, event.country) == (family, killed, country)
    if perpetrator:
        assert perpetrator.lower() in (event.actor1 or "").lower()


@pytest.mark.parametrize("lang,text,killed", [
    ("en", "In the fight against the Islamic State, Iraqi troops killed 12 militants near Mosul on Sunday.", 12),
    ("en", "Three soldiers were killed in fighting with rebels near Goma on Sunday, the army said.", 3),
    ("en", "Gunmen Kill Five Villagers In Zamfara", 5),
])
def test_names_and_campaign_words_leave_real_incidents_alone(lang: str, text: str, killed: int) -> None:
    """Filters for names ("the Grateful Dead") and appeals ("the fight against") keep these incidents."""
    events = extract_events(Document("d", text, parse_pub_date("2020-05-14"), lang))
    assert [e.killed for e in events] == [killed]


@pytest.mark.parametrize("lang,text,place,killed", [
    ("en", "A man drove a van into pedestrians in Toronto on Monday, killing ten people.", "Toronto", 10),
    ("en", "A truck ploughed into a crowd at a Christmas market in Berlin, killing 12 people.", "Berlin", 12),
    ("nl", "Rond vijf uur reed een busje zigzaggend in op de mensenmassa op een boulevard in Nice. Daarbij vielen tachtig doden.",
     "Nice", 80),
    ("fr", "Un homme a foncé sur la foule avec un camion à Nice jeudi soir, tuant 86 personnes.", "Nice", 86),
])
def test_vehicle_ramming_is_an_attack(lang: str, text: str, place: str, killed: int) -> None:
    events = extract_events(Document("d", text, parse_pub_date("2020-05-14"), lang))
    assert [(e.event_type, e.location, e.killed) for e in events] == [("violence_against_civilians", place, killed)]


def test_a_fake_suicide_vest_makes_a_stabbing_no_bombing() -> None:
    text = ("On Sunday in London a man wearing a fake suicide vest entered a store, grabbed a large knife and began "
            "to stab people.")
    events = extract_events(Document("d", text, parse_pub_date("2020-05-14"), "en"))
    assert [(e.event_type, e.location) for e in events] == [("violence_against_civilians", "London")]


def test_a_possessive_time_word_points_back_to_the_incident_told() -> None:
    text = ("A bombing on Wednesday killed a local journalist in the port city of Mocha, officials said. "
            "At least five other civilians also died in last night's attack, and around twenty more were wounded.")
    events = extract_events(Document("d", text, parse_pub_date("2020-05-14"), "en"))
    assert [(e.location, e.killed) for e in events] == [("Mocha", 6)]


def test_attackers_killed_later_in_a_siege_add_to_the_incident_toll() -> None:
    text = ("Gunmen stormed a hotel in Kabul on Tuesday night, killing 14 people. The Taliban claimed the attack. "
            "Afghan forces killed all five attackers after a 12-hour siege.")
    events = extract_events(Document("d", text, parse_pub_date("2020-05-14"), "en"))
    assert [(e.location, e.killed) for e in events] == [("Kabul", 19)]


# Real incidents told inside the styles of tests/test_non_events.py (a trial, a protest, a memorial, a campaign, a
# match, a film festival): the surrounding non-violent story must not hide the one incident.
INCIDENTS_IN_CALM_STORIES = [
    ('en', 'The trial of three men accused of the 2019 church bombings resumed in Colombo on Monday. Hours earlier, a bomb exploded at a bus stop in Kandy, killing four people.',
     ('explosion_remote_violence', 4, 'LK')),
    ('en', 'Thousands marched through Mandalay on Sunday against the coup. Police opened fire on the crowd, shooting two demonstrators dead.',
     ('violence_against_civilians', 2, 'MM')),
    ('en', 'Families gathered in Kabul on Tuesday to mark the anniversary of the university attack. A suicide bomber blew himself up at the entrance of the ceremony, killing eleven mourners.',
     ('explosion_remote_violence', 11, 'AF')),
    ('en', 'Campaigning for the presidential election entered its final week in Abuja. On Saturday, gunmen killed five supporters of the ruling party at a rally in Kano.',
     ('violence_against_civilians', 5, 'NG')),
    ('en', 'The army held its annual parade in Bamako on Monday. The same day, jihadists attacked a military post near Mopti, killing six soldiers.',
     ('battle', 6, 'ML')),
    ('en', 'Peace talks between the government and the rebels stalled in Addis Ababa. Meanwhile, fighting between the army and rebels in Tigray killed 14 fighters on Wednesday.',
     ('battle', 14, 'ET')),
    ('en', 'A football match in Mogadishu was interrupted on Friday when a grenade was thrown into the crowd, wounding nine spectators.',
     ('explosion_remote_violence', None, 'SO')),
    ('en', 'Police said homicides fell last year in Honduras. But on Sunday gunmen shot dead seven people at a bar in San Pedro Sula.',
     ('violence_against_civilians', 7, 'HN')),
    ('en', 'The former rebel commander died in hospital in Juba on Monday after gunmen shot him outside his home, police said.',
     ('violence_against_civilians', 1, 'SS')),
    ('en', 'Striking miners blocked the road near Rustenburg on Thursday; security guards opened fire, killing three of them.',
     ('violence_against_civilians', 3, 'ZA')),
    ('nl', 'De rechtszaak tegen de verdachten van de aanslag van 2016 ging maandag verder in Brussel. Dinsdag ontplofte in Luik een bom bij een politiebureau, waarbij twee agenten gewond raakten.',
     ('explosion_remote_violence', None, 'BE')),
    ('nl', 'Duizenden betogers trokken zaterdag door Khartoem. Veiligheidstroepen openden het vuur en doodden vier demonstranten.',
     ('violence_against_civilians', 4, 'SD')),
    ('nl', 'In Kaboel kwamen dinsdag honderden mensen samen voor een herdenking. Bij de ingang blies een zelfmoordterrorist zich op; daarbij vielen zeker twaalf doden.',
     ('explosion_remote_violence', 12, 'AF')),
    ('nl', 'De verkiezingscampagne in Mexico is bloedig verlopen. Zondag werden in Guerrero drie mensen doodgeschoten, onder wie een burgemeesterskandidaat.',
     ('violence_against_civilians', 3, 'MX')),
    ('nl', 'Het leger hield vorige week nog een oefening bij Goma. Woensdag vielen M23-rebellen een legerpost in Rutshuru aan, waarbij vijf militairen sneuvelden.',
     ('battle', 5, 'CD')),
    ('fr', "Le procès des attentats s'est ouvert lundi à Paris. Mardi, des hommes armés ont tué sept villageois dans le nord du Burkina Faso.",
     ('violence_against_civilians', 7, 'BF')),
    ('fr', 'Des milliers de manifestants ont défilé à Conakry jeudi. La police a tiré à balles réelles, tuant trois jeunes.',
     ('violence_against_civilians', 3, 'GN')),
    ('fr', "Pendant une cérémonie d'hommage à Kidal, un obus est tombé sur la foule, tuant deux personnes.",
     ('explosion_remote_violence', 2, 'ML')),
    ('en', 'The film festival in Kabul was cancelled on Thursday after a car bomb exploded outside the venue, killing eight people.',
     ('explosion_remote_violence', 8, 'AF')),
    ('en', 'Farmers protesting land seizures in Lagos state were attacked by armed men on Sunday; four farmers were killed.',
     ('violence_against_civilians', 4, 'NG')),
]


@pytest.mark.parametrize("lang,text,expected", INCIDENTS_IN_CALM_STORIES)
def test_an_incident_inside_a_calm_story_is_kept(lang: str, text: str, expected: tuple) -> None:
    family, killed, country = expected
    (event,) = extract_events(Document("d", text, parse_pub_date("2020-05-14"), lang))
    got_family = "abduction" if event.sub_event_type == "abduction" else event.event_type
    assert (got_family, event.killed, event.country) == (family, killed, country)
