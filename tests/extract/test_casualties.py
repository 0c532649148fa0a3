import pytest

from flareup.extract.casualties import find_casualties
from flareup.text.normalize import fold


def casualties(text, lang):
    return [(c.kind, c.quantity.best, c.subset, c.attackers, c.update) for c in find_casualties(text, lang, fold(text))]


@pytest.mark.parametrize("text,lang,expected", [
    ("Een aanval mondde uit in een veldslag waarbij 32 militairen en 26 strijders omkwamen.", "nl",
     [("killed", 32, False, False, False), ("killed", 26, False, False, False)]),
    ("Afgelopen weekend kwamen tien leden van een militie om nadat ze in een hinderlaag liepen.", "nl",
     [("killed", 10, False, False, False)]),
    ("At least twenty-five people were killed and dozens injured in the blast.", "en",
     [("killed", 25, False, False, False), ("injured", 24, False, False, False)]),
    ("A bomb killed 10 people, including 3 children, in Kabul in 2019.", "en", [("killed", 10, False, False, False)]),
    ("The death toll rose to 63 on Sunday.", "en", [("killed", 63, False, False, True)]),
    ("Five soldiers were killed and two attackers died in the raid.", "en",
     [("killed", 5, False, False, False), ("killed", 2, False, True, False)]),
    ("Bij de aanslag vielen zeker twaalf doden en twintig gewonden.", "nl",
     [("killed", 12, False, False, False), ("injured", 20, False, False, False)]),
    ("Tri personoj mortaj en Zedstad.", "zz", [("killed", 3, False, False, False)]),
    ("Unknown gunmen assassinate two soldiers in Deir Ezzor", "en", [("killed", 2, False, False, False)]),
    ("15 children and women are the victims of a massacre in Aleppo city", "en", [("killed", 15, False, False, False)]),
    ("15 kinderen en vrouwen zijn de slachtoffers van een bloedbad in Aleppo", "nl", [("killed", 15, False, False, False)]),
    ("Des hommes armés assassinent deux soldats à Ménaka", "fr", [("killed", 2, False, False, False)]),
])
def test_counts_attach_to_their_cue(text, lang, expected):
    assert casualties(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("De Amerikaanse inlichtingendiensten schatten dat 2.500 tot 3.000 IS-strijders actief zijn in Irak.", "nl"),
    ("A bomb exploded 30 km from Mosul in 2014, a 45-year-old witness said.", "en"),
    ("In 2014 conquered the group large parts of Syria.", "en"),
    ("THE JUDGE WAS MURDERED ON FRIDAY 28 JULY IN MEDELLIN.", "en"),
    ("De rechter werd op 28 juli in Medellín vermoord.", "nl"),
    ("Le juge a été assassiné le 28 juillet à Medellín.", "fr"),
    ("Two days of fighting left the town in ruins, dozens of houses were destroyed.", "en"),
])
def test_unrelated_numbers_are_not_counts(text, lang):
    assert casualties(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("A bomb exploded outside a bank in Lima, but no one was hurt.", "en"),
    ("Bij een bomaanslag op een bank in Lima vielen geen doden of gewonden.", "nl"),
])
def test_reported_zero_is_zero_not_unknown(text, lang):
    from flareup.extract.mentions import find_candidates
    from flareup.model import Sentence

    (cand,) = find_candidates(Sentence("t", 0, 0, len(text), text), lang, [])
    assert cand.count("killed") == (0, 0, 0)


def test_coordinated_groups_with_an_article_add_up():
    from flareup.extract.mentions import find_candidates
    from flareup.model import Sentence

    text = "In the blast, eight women, a 10-year-old girl and four men were injured."
    (cand,) = find_candidates(Sentence("t", 0, 0, len(text), text), "en", [])
    assert cand.count("injured")[0] == 13


@pytest.mark.parametrize("text,lang", [
    ("The mayor of Kandahar was shot dead by gunmen on Tuesday.", "en"),
    ("De burgemeester van Kandahar werd dinsdag door schutters doodgeschoten.", "nl"),
    ("Le maire de Kandahar a été abattu mardi par des hommes armés.", "fr"),
    ("Youth leader shot dead in Mogadishu", "en"),  # headline: the victim is the subject, no article
    ("Prominent tribal elder shot dead by gunmen in Kandahar", "en"),
    ("Un soldat tué à Bangui", "fr"),
])
def test_one_death_told_without_a_number_counts_one(text, lang):
    from flareup.extract.mentions import find_candidates
    from flareup.model import Sentence

    (cand,) = find_candidates(Sentence("t", 0, 0, len(text), text), lang, [])
    assert cand.count("killed") == (1, 1, 1)
