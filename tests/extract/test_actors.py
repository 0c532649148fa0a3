"""Who did what to whom, on sentences written for these tests: names qualified by generic nouns,
people who act, perpetrators named by cues before and after them, and the story's group standing in."""
import pytest

from flareup.dates import parse_pub_date
from flareup.extract.actors import find_actors
from flareup.extract.mentions import find_candidates
from flareup.model import Document, Sentence
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def roles(text, lang):
    found = [c for c in find_candidates(Sentence("t", 0, 0, len(text), text), lang, []) if not c.supplement]
    assert len(found) == 1, [(c.main_trigger.sub, c.perpetrator, c.target) for c in found]
    c = found[0]
    return (c.perpetrator.actor.key if c.perpetrator else None, c.target.actor.key if c.target else None)


@pytest.mark.parametrize("text,lang,keys", [
    ("Terrorists of the Maoist Shining Path blew up a power pylon near Huancayo.", "en", ["shining_path"]),
    ("THE TERRORIST SHINING PATH DYNAMITED A BRIDGE.", "en", ["shining_path"]),
    ("Guerrillas of the FMLN attacked an army post.", "en", ["fmln", "state_military"]),
    ("The Cinchonero People's Liberation Movement claimed the bombing.", "en", ["cinchoneros"]),
    ("Shells hit the children's ward of the hospital.", "en", []),
    ("Terroristen van IS doodden vijf soldaten.", "nl", ["islamic_state", "state_military"]),
    ("Strijders van de Taliban vielen soldaten aan.", "nl", ["taliban", "state_military"]),
    ("Des terroristes du Sentier lumineux ont tué quatre paysans.", "fr", ["shining_path", "civilians"]),
])
def test_a_generic_noun_and_the_name_it_qualifies_are_one_actor(text, lang, keys):
    assert [h.actor.key for h in find_actors(text, lang, fold(text))] == keys


@pytest.mark.parametrize("text,lang,expected", [
    # "of" after a word for membership does not make the group a target
    ("A column of ELN rebels attacked the town of Saravena, killing two policemen.", "en", ("eln", "state_police")),
    # people named only by number or sex who act are an unnamed armed group
    ("Two men shot dead a judge outside the courthouse in Medellin.", "en", ("unidentified", None)),
    ("The mayor was killed by three individuals in Cali.", "en", ("unidentified", None)),
    ("Twee mannen vermoordden een rechter in Medellin.", "nl", ("unidentified", None)),
    ("De burgemeester werd doodgeschoten door drie personen in Cali.", "nl", ("unidentified", None)),
    # a count before the actor is not a toll when the actor's verb takes an object
    ("Several gunmen killed a radio announcer in Cali.", "en", ("unidentified", None)),
    ("Five soldiers killed in an ambush near Kandahar.", "en", (None, "state_military")),
    ("RCA : un gendarme tué dans une attaque des rebelles à Bria", "fr", ("rebels", "state_police")),
    # cues before and after the actor
    ("The bishop accused the air force of bombing a village in Morazan, killing two peasants.", "en",
     ("state_air", "civilians")),
    ("The army was responsible for the massacre of six priests in San Salvador.", "en", ("state_military", None)),
    ("Het leger was verantwoordelijk voor het bloedbad in El Mozote, waarbij 200 dorpelingen omkwamen.", "nl",
     ("state_military", "civilians")),
    # who speaks about the violence did not commit it
    ("The rebels blamed the army for the massacre of ten peasants in Morazan.", "en", ("state_military", "civilians")),
    ("De rebellen beschuldigden het leger van het bloedbad in Morazan, waarbij tien boeren omkwamen.", "nl",
     ("state_military", "civilians")),
    # the one who fought the attack off is not its perpetrator
    ("Rebels attacked the town hall in Usulutan, but the attack was repelled by the army.", "en", ("rebels", "state_military")),
    ("Rebellen vielen het gemeentehuis aan, maar de aanval werd afgeslagen door het leger.", "nl", ("rebels", "state_military")),
    # aircraft are a state's
    ("Aerial bombardment kills 8 in Idlib.", "en", ("state_air", None)),
    ("Gevechtsvliegtuigen bombardeerden een markt in Idlib, waarbij twaalf burgers omkwamen.", "nl",
     ("state_air", "civilians")),
])
def test_perpetrator_and_target(text, lang, expected):
    assert roles(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("The FMLN announced a new offensive in the east of the country on Monday. Its radio station said the "
     "campaign would last a month. Government officials dismissed the statement. Reporters visited the area. "
     "On Tuesday a bomb exploded at a power station in Usulutan, killing two guards.", "en"),
    ("Het FMLN kondigde maandag een nieuw offensief aan in het oosten van het land. Zijn radiozender zei dat de "
     "campagne een maand zou duren. De regering deed de verklaring af als propaganda. Journalisten bezochten het "
     "gebied. Dinsdag ontplofte een bom bij een elektriciteitscentrale in Usulutan; daarbij kwamen twee bewakers om.", "nl"),
])
def test_the_group_a_story_is_about_acts_when_nobody_else_is_named(text, lang):
    doc = Document(doc_id="d", text=text, lang=lang, pub=None)
    events = extract_events(doc)
    assert events and all(e.actor1 and e.actor1.startswith("FMLN") for e in events), [e.actor1 for e in events]


@pytest.mark.parametrize("text,lang", [
    ("Soldiers and rebels clashed near Jolo on Sunday, leaving six dead.", "en"),
    ("Bij gevechten tussen soldaten en rebellen bij Jolo vielen zondag zes doden.", "nl"),
])
def test_both_sides_of_a_clash_are_named(text, lang):
    assert set(roles(text, lang)) == {"rebels", "state_military"}


@pytest.mark.parametrize("text,lang", [
    ("Twelve soldiers were killed in clashes near Jolo on Sunday.", "en"),
    ("Bij gevechten bij Jolo kwamen zondag twaalf soldaten om.", "nl"),
    ("Douze soldats ont été tués dimanche dans des combats près de Jolo.", "fr"),
])
def test_a_state_force_in_a_clash_nobody_is_said_to_start_is_a_side(text, lang):
    assert roles(text, lang) == (None, "state_military")


@pytest.mark.parametrize("text,lang", [
    ("The rebels condemned the bombing of a market in Gao that killed five people.", "en"),
    ("De rebellen veroordeelden de bomaanslag op een markt in Gao waarbij vijf mensen omkwamen.", "nl"),
    ("Les rebelles ont condamné l'attentat contre un marché de Gao qui a tué cinq personnes.", "fr"),
])
def test_who_condemns_the_violence_is_not_left_to_have_done_it(text, lang):
    assert roles(text, lang)[0] is None


@pytest.mark.parametrize("text,lang", [
    ("The Shining Path announced a new campaign in the highlands. Reporters visited the area on Monday. "
     "Terrorists blew up a power pylon near Huancayo on Tuesday, killing two guards.", "en"),
    ("Het Lichtend Pad kondigde een nieuwe campagne aan in de hooglanden. Journalisten bezochten maandag het gebied. "
     "Terroristen bliezen dinsdag een hoogspanningsmast op bij Huancayo, waarbij twee bewakers omkwamen.", "nl"),
    ("Le Sentier lumineux a annoncé une nouvelle campagne dans les hauts plateaux. Des journalistes ont visité la "
     "région lundi. Des terroristes ont fait sauter un pylône près de Huancayo mardi, tuant deux gardiens.", "fr"),
])
def test_the_terrorists_of_a_story_are_the_group_it_is_about(text, lang):
    events = extract_events(Document(doc_id="d", text=text, lang=lang, pub=None))
    assert events and all(e.actor1 == "Shining Path" for e in events), [e.actor1 for e in events]


@pytest.mark.parametrize("text,lang", [
    ("The FMLN suspended talks with the government after a dynamite attack on a union office in San Salvador "
     "killed ten people. The guerrillas said the army was responsible for the dynamite attack on the union office.",
     "en"),
    ("Het FMLN schortte de gesprekken met de regering op na een bomaanslag op een vakbondskantoor in San Salvador "
     "waarbij tien mensen omkwamen. Volgens de guerrilla was het leger verantwoordelijk voor de bomaanslag op het "
     "vakbondskantoor.", "nl"),
])
def test_a_perpetrator_a_cue_names_beats_an_armed_group_merely_mentioned(text, lang):
    events = extract_events(Document(doc_id="d", text=text, lang=lang, pub=None))
    assert events and events[0].actor1.startswith("Military Forces"), [e.actor1 for e in events]


@pytest.mark.parametrize("text,lang", [
    ("At least nine people were killed in air raids on the town of Saraqib.", "en"),
    ("Bij luchtaanvallen op de stad Saraqib kwamen zeker negen mensen om.", "nl"),
    ("Au moins neuf personnes ont été tuées dans des frappes aériennes sur la ville de Saraqib.", "fr"),
])
def test_air_strikes_left_without_a_role_are_the_state_air_force_acting(text, lang):
    assert roles(text, lang) == ("state_air", "civilians")


@pytest.mark.parametrize("text,lang", [
    ("Gunmen machinegunned the home of retired colonel Juan Perez in the capital on Monday.", "en"),
    ("Unidentified men shot dead the wife of a colonel in the capital on Monday.", "en"),
    ("Gewapende mannen schoten maandag in de hoofdstad de vrouw van een generaal dood.", "nl"),
    ("Des hommes armés ont abattu lundi dans la capitale l'épouse d'un général.", "fr"),
])
def test_a_retired_officer_or_an_officers_relative_is_no_armed_target(text, lang):
    events = extract_events(Document("t", text, parse_pub_date("2020-05-06"), lang))
    assert [e.actor2_type for e in events if e.actor2_type == "state_forces"] == []
    assert [e.event_type for e in events] == ["violence_against_civilians"]


def test_a_serving_officer_stays_an_armed_target():
    events = extract_events(Document("t", "Rebels attacked an army colonel in the capital on Monday.",
                                     parse_pub_date("2020-05-06"), "en"))
    assert [e.actor2_type for e in events] == ["state_forces"]


@pytest.mark.parametrize("text,lang", [
    ("A bomb exploded at a bank in the capital on Monday. A guard fired at the attackers, who fled in a red car.", "en"),
    ("Maandag ontplofte een bom bij een bank in de hoofdstad. Een bewaker schoot op de aanvallers, die in een rode auto vluchtten.", "nl"),
])
def test_unnamed_attackers_read_as_the_target_are_the_perpetrator_when_nobody_else_acts(text, lang):
    events = extract_events(Document("t", text, parse_pub_date("2020-05-06"), lang))
    assert [(e.actor1_type, e.actor2_type) for e in events] == [("unidentified_armed_group", None)]


@pytest.mark.parametrize("text,lang,expected", [
    # a nationality adjective after the noun is part of the actor, and the passive participle follows it
    ("Des soldats centrafricains tués par les 3R près de Bocaranga.", "fr", ("three_r", "state_military")),
    # a phrase naming part of a group: the cue before it tells the group's role
    ("Une attaque des anti-Balaka contre des éléments de l'ex-Séléka à Bangassou.", "fr", ("anti_balaka", "seleka")),
    # actors joined by a conjunction act together; the first named stands for them
    ("The army and Russian mercenaries killed six villagers near Bria.", "en", ("state_military", "civilians")),
    ("Les FACA et les mercenaires russes ont tué six villageois près de Bria.", "fr", ("state_military", "civilians")),
    ("Het leger en Russische huurlingen doodden zes dorpelingen bij Bria.", "nl", ("state_military", "civilians")),
    # the actor whose operation it was acted; a target cue does not reach through a preposition
    ("Four militants killed in a police raid in Chittagong.", "en", ("state_police", "rebels")),
    ("Vier militanten gedood bij een politie-inval in Chittagong.", "nl", ("state_police", "rebels")),
    ("Quatre rebelles tués dans une opération de l'armée près de Kaga-Bandoro.", "fr", ("state_military", "rebels")),
    # militants named by the people they fight for are that people's armed group
    ("Rohingya militants attacked a border post near Buthidaung.", "en", ("arsa", None)),
])
def test_roles_in_headlines(text, lang, expected):
    assert roles(text, lang) == expected


def test_a_nationality_after_the_noun_gives_the_actor_its_country():
    text = "Des soldats centrafricains ont été tués."
    hit = find_actors(text, "fr", fold(text))[0]
    assert (hit.text, hit.country) == ("soldats centrafricains", "CF")


def test_a_rebel_coalition_named_armed_forces_is_no_state_force():
    text = "The United Armed Forces of Novorossiya shelled the town."
    assert [h.actor.key for h in find_actors(text, "en", fold(text))] == ["novorossiya"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Pakistan kills 12 militants in North Waziristan.", "en", "Military Forces of Pakistan"),
    ("Israel strikes Gaza, killing nine people.", "en", "Military Forces of Israel"),
    ("Israël frappe Gaza et tue neuf personnes.", "fr", "Military Forces of Israel"),
    ("Israël bombardeert Gaza, negen doden.", "nl", "Military Forces of Israel"),
])
def test_a_country_named_before_a_verb_its_forces_do_is_those_forces(text, lang, expected):
    events = extract_events(Document(doc_id="d", text=text, lang=lang, pub=None))
    assert [e.actor1 for e in events] == [expected]


def test_a_country_before_a_noun_names_no_actor():
    events = extract_events(Document(doc_id="d", text="Afghanistan attack kills ten people.", lang="en", pub=None))
    assert events and all(e.actor1_type == "unidentified_armed_group" for e in events)  # nobody named: not the state


@pytest.mark.parametrize("text,lang", [
    ("A bomb exploded outside the bank in Oruro last night, injuring two guards.", "en"),
    ("Bij de ingang van het gemeentehuis van Kandahar ontplofte gisteren een bom; drie agenten raakten gewond.", "nl"),
    ("Une bombe a explosé devant la mairie de Bouar, blessant deux gardiens.", "fr"),
])
def test_an_attack_nobody_is_said_to_have_carried_out_is_by_an_unidentified_armed_group(text, lang):
    events = extract_events(Document(doc_id="d", text=text, lang=lang, pub=None))
    assert events and all(e.actor1_type == "unidentified_armed_group" for e in events)


@pytest.mark.parametrize("text,lang", [
    ("Warplanes pounded the outskirts of Idlib, killing six people.", "en"),
    ("Heavy fighting broke out near Sirte on Monday; four fighters died.", "en"),
])
def test_strikes_and_clashes_are_not_given_an_unidentified_attacker(text, lang):
    events = extract_events(Document(doc_id="d", text=text, lang=lang, pub=None))
    assert events and all(e.actor1_type != "unidentified_armed_group" for e in events)


@pytest.mark.parametrize("text,key", [
    ("THE POLICE HOLD THE TUPAC AMARY REVOLUTIONARY MOVEMENT RESPONSIBLE FOR THE BLAST.", "mrta"),
    ("The self-styled Zarate-Wilka group said it shot the two missionaries.", "zarate_willka"),
    ("A group calling itself the Zarate Willca Armed Forces of Liberation left leaflets.", "zarate_willka"),
    ("The Workers Self-Defense Movement claimed the attack on the judge.", "ado"),
    ("Men of the Ricardo Franco Front burned the bus.", "ricardo_franco"),
])
def test_spelling_variants_of_group_names(text, key):
    assert key in [h.actor.key for h in find_actors(text, "en", fold(text))]


@pytest.mark.parametrize("text,lang", [
    ("The judge was shot dead outside his office in Cali, it was confirmed by police.", "en"),
    ("According to local police, a bomb exploded at the bank in Cali, injuring two clerks.", "en"),
    ("Volgens de politie ontplofte gisteren een bom bij de bank in Kandahar; twee klerken raakten gewond.", "nl"),
    ("Selon la police, une bombe a explosé devant la banque de Bouar, blessant deux employés.", "fr"),
])
def test_who_reports_or_confirms_an_attack_did_not_carry_it_out(text, lang):
    events = extract_events(Document(doc_id="d", text=text, lang=lang, pub=None))
    assert events and all(e.actor1_type not in ("state_forces", "government") for e in events)


def test_a_source_cue_does_not_reach_across_a_comma():
    text = "According to witnesses, ELN rebels attacked the town of Saravena, killing two policemen."
    assert roles(text, "en")[0] == "eln"


@pytest.mark.parametrize("text,lang", [
    ("A man wearing army fatigues shot the mayor.", "en"),
    ("Two men in military uniforms killed the judge.", "en"),
    ("Mannen in legeruniformen schoten de burgemeester dood.", "nl"),
    ("Des hommes en uniforme militaire ont tué le maire.", "fr"),
])
def test_forces_named_as_clothing_are_no_actor(text, lang):
    assert all(h.actor.type != "state_forces" for h in find_actors(text, lang, fold(text)))


@pytest.mark.parametrize("text,lang,key", [
    ("Police said the bombing of the bridge near Saravena was the work of the ELN.", "en", "eln"),
    ("De aanslag op de brug bij Saravena was volgens de politie het werk van de ELN.", "nl", "eln"),
])
def test_an_attack_called_the_work_of_a_group_is_by_that_group(text, lang, key):
    assert roles(text, lang)[0] == key


@pytest.mark.parametrize("text,lang,perpetrator", [
    # Central African armed groups by their acronyms and names, and a coalition named by its own name
    ("Centrafrique : des éléments du FDPC tuent cinq villageois près de Zémio", "fr", "fdpc"),
    ("RCA : des combattants de la coalition CPC attaquent un poste de gendarmerie", "fr", "cpc"),
    ("Les rebelles de Révolution et Justice ont tué deux commerçants", "fr", "revolution_justice"),
    ("CAR: FDPC fighters killed five villagers near Zemio", "en", "fdpc"),
    ("CAR: CPC coalition rebels attacked a gendarmerie post", "en", "cpc"),
])
def test_central_african_groups_are_named(text, lang, perpetrator):
    assert roles(text, lang)[0] == perpetrator


def test_a_coalition_named_by_its_own_name_is_that_group_not_a_foreign_coalition():
    text = "RCA : la coalition Siriri affronte les antibalaka près de Baoro"
    assert [h.actor.key for h in find_actors(text, "fr", fold(text))] == ["siriri", "anti_balaka"]


@pytest.mark.parametrize("text", [
    "Centrafrique : les Faca tuent six rebelles près de Bossangoa",
    "Centrafrique : les FACA tuent six rebelles près de Bossangoa",
])
def test_a_short_acronym_counts_in_each_spelling_the_pack_lists(text):
    assert [h.actor.key for h in find_actors(text, "fr", fold(text))][:1] == ["state_military"]


def test_a_short_acronym_listed_only_in_capitals_is_not_a_word():
    text = "Le Upc de la ville a organisé une fête"  # invented: the acronym only counts as UPC
    assert "upc" not in [h.actor.key for h in find_actors(text, "fr", fold(text))]
