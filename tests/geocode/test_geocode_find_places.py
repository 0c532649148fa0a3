"""Which names in a sentence are places, which entry each one is, and how precisely (ACLED 1/2/3)."""
from __future__ import annotations

import pytest

from flareup.geocode import document_countries, find_places, load_gazetteer
from flareup.model import PlaceHit


def places(text: str, lang: str, countries=()) -> list[tuple[str, str, str, int]]:
    return [(h.place.name, h.place.country, h.place.feature, h.place.precision) for h in find_places(text, lang, countries)]


def only(text: str, lang: str, countries=()) -> PlaceHit:
    hits = find_places(text, lang, countries)
    assert len(hits) == 1, hits
    return hits[0]


# --- the seed article's phrases (invented sentences around them) and their English equivalents -----------
def test_near_baghdad_is_baghdad_at_precision_2() -> None:
    h = only("Tien strijders kwamen om nadat ze in de buurt van Bagdad in een hinderlaag liepen.", "nl")
    assert (h.place.name, h.place.country, h.place.precision, h.hit.text, h.hit.rule) == (
        "Baghdad", "IQ", 2, "Bagdad", "nl.near")


def test_town_of_sukhna_is_the_syrian_town() -> None:
    h = only("Een aanval op regeringstroepen in het stadje Sukhna liep uit op een veldslag.", "nl", ["SY", "IQ"])
    p = h.place
    assert (p.name, p.country, p.precision, p.feature, p.admin1) == ("As Sukhnah", "SY", 1, "city", "Homs")
    assert (round(p.lat, 3), round(p.lon, 3)) == (34.885, 38.871)
    assert h.hit.rule == "nl.settlement"


def test_desert_east_of_homs_is_the_province() -> None:
    hits = find_places("Duizenden strijders zitten in de woestijn ten oosten van Homs, richting de grens met Irak.",
                       "nl", ["SY", "IQ"])
    homs = hits[0]
    assert (homs.place.name, homs.place.country, homs.place.feature, homs.place.precision) == ("Homs", "SY", "admin1", 3)
    assert homs.hit.rule == "nl.region"


@pytest.mark.parametrize("text, expected", [
    ("Ten militiamen were killed in an ambush near Baghdad.", ("Baghdad", "IQ", "city", 2)),
    ("An attack on government troops in the town of Sukhna left 32 soldiers dead.", ("As Sukhnah", "SY", "city", 1)),
    ("Thousands of fighters are dug in in the desert east of Homs.", ("Homs", "SY", "admin1", 3)),
    ("A bomb exploded in Sukhna on Sunday.", ("As Sukhnah", "SY", "city", 1)),
    ("A roadside bomb went off outside Mosul.", ("Mosul", "IQ", "city", 2)),
    ("Gunmen attacked a checkpoint north of Baghdad.", ("Baghdad", "IQ", "city", 2)),
    ("The group launched an offensive in Nineveh province.", ("Ninawa", "IQ", "admin1", 3)),
    ("Rebels shelled villages in Homs province.", ("Homs", "SY", "admin1", 3)),
    ("Rebels shelled villages in the countryside of Idlib.", ("Idlib", "SY", "admin1", 3)),
    ("Drone strikes hit eastern Aleppo overnight.", ("Aleppo", "SY", "city", 2)),
])
def test_english_cues(text: str, expected: tuple) -> None:
    assert places(text, "en", ["SY", "IQ"])[0] == expected


@pytest.mark.parametrize("text, lang", [("Five soldiers were killed in Iraq.", "en"),
                                        ("Vijf militairen kwamen om in Irak.", "nl")])
def test_country_is_precision_3_at_its_own_point(text: str, lang: str) -> None:
    h = only(text, lang)
    assert (h.place.name, h.place.feature, h.place.precision) == ("Iraq", "country", 3)
    assert h.place.geonameid and h.place.admin1 is None
    assert abs(h.place.lat - 33) < 3 and abs(h.place.lon - 44) < 3


def test_provincie_before_the_name() -> None:
    assert places("Er vielen doden in de provincie Homs.", "nl") == [("Homs", "SY", "admin1", 3)]


@pytest.mark.parametrize("name, expected", [("Mosoel", "Mosul"), ("Kaboel", "Kabul"), ("Mogadiscio", "Mogadishu"),
                                            ("Al-Sukhnah", "As Sukhnah"), ("as-Sukhnah", "As Sukhnah")])
def test_spellings_in_a_sentence(name: str, expected: str) -> None:
    assert places(f"Bij een aanslag in {name} vielen doden.", "nl", ["SY", "IQ", "AF", "SO"])[0][0] == expected


def test_between_x_and_y_gives_both_near() -> None:
    assert places("Er werd gevochten tussen Homs en Hama.", "nl") == [
        ("Homs", "SY", "city", 2), ("Ḩamāh", "SY", "city", 2)]


def test_coordinated_names_share_the_cue() -> None:
    assert [p[0] for p in places("Air strikes hit Idlib, Aleppo and Hama.", "en", ["SY"])] == ["Idlib", "Aleppo", "Ḩamāh"]


# --- names that are no place here --------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("Will Smith said the attack was terrible.", "en"),
    ("Mark Rutte visited the troops on Monday.", "en"),
    ("Mark said the attack had failed.", "en"),
    ("Van der Berg zei dat de aanval mislukte.", "nl"),
    ("Van de voormalige landen is dit het zwakste.", "nl"),
    ("Rijn zei dat de aanval mislukte.", "nl"),
    ("Most of the fighters fled.", "en"),
    ("Gilles de Kerchove waarschuwde onlangs voor nieuwe aanslagen.", "nl"),
    ("President Bashar al-Assad spoke on television.", "en"),
    ("The Syria-based group claimed the attack.", "en"),
    ("De Syrië-expert waarschuwde voor een nieuwe golf van aanslagen.", "nl"),
    ("the police said a man from the village was arrested.", "en"),
])
def test_words_and_people_are_not_places(text: str, lang: str) -> None:
    assert find_places(text, lang) == []


def test_candidates_exist_for_the_negative_names() -> None:
    """The negative cases above mean something: these names are places somewhere."""
    g = load_gazetteer()
    assert all(g.lookup(n) for n in ("Mark", "Van", "Most", "Police"))


def test_a_cue_makes_a_small_place_a_place() -> None:
    assert places("Soldiers were attacked in Van on Monday.", "en")[0][:2] == ("Van", "TR")


def test_origin_is_not_the_events_place() -> None:
    assert [p[0] for p in places("A doctor from Mosul was killed in Kabul.", "en")] == ["Kabul"]
    assert [p[0] for p in places("Een arts uit Mosoel kwam om bij een aanslag in Kaboel.", "nl")] == ["Kabul"]


def test_speaker_place_is_not_the_events_place() -> None:
    assert [p[0] for p in places("A spokesman in Washington said a strike near Kabul killed two.", "en")] == ["Kabul"]
    assert places("De regering in Bagdad kampt met een crisis.", "nl") == []


def test_possessive_country_only_says_which_place() -> None:
    assert places("Saudi-led airstrikes kill Houthi rebels in Yemen's Marib.", "en")[0][:2] == ("Ma'rib", "YE")


def test_comma_country_only_says_which_place() -> None:
    assert places("Two people were shot in Homs, Syria.", "en") == [("Homs", "SY", "city", 1)]


def test_document_countries_decide_between_namesakes() -> None:
    assert places("Clashes in Sukhna left two dead.", "en", ["YE"])[0][1] == "YE"
    assert places("Clashes in Sukhna left two dead.", "en", ["SY"])[0][1] == "SY"


def test_big_place_needs_no_cue_but_a_small_one_does() -> None:
    assert places("Baghdad was hit by rockets.", "en")[0][:2] == ("Baghdad", "IQ")
    assert places("Sukhna was hit by rockets.", "en") == []


def test_all_caps_text() -> None:
    assert places("TWO SOLDIERS WERE KILLED IN SAN SALVADOR ON MONDAY.", "en") == [("San Salvador", "SV", "city", 1)]


def test_title_case_headline() -> None:
    assert places("Rebels Kill Five Soldiers Near Mosul", "en")[0][:2] == ("Mosul", "IQ")


def test_hits_point_into_the_text() -> None:
    text = "Strijders vielen aan in de buurt van Mosoel."
    h = only(text, "nl")
    assert text[h.hit.start:h.hit.end] == h.hit.text == "Mosoel"


# --- document countries -------------------------------------------------------------------------------
def test_document_countries_ranks_names_adjectives_and_cities() -> None:
    text = ("Het Iraakse leger staat er alleen voor. In Irak en Syrië sloeg de groep opnieuw toe. "
            "Bij Mosoel vielen doden; ook in Bagdad was het onrustig. De Syrische regering zweeg.")
    assert document_countries(text, "nl")[:2] == ["IQ", "SY"]
    assert document_countries("Iraqi forces and Syrian rebels clashed.", "en") == ["IQ", "SY"]


def test_document_countries_of_the_seed_article(shared) -> None:
    text = (shared / "examples" / "nl-2020-05-is-comeback.txt").read_text("utf-8")
    assert set(document_countries(text, "nl")[:2]) == {"IQ", "SY"}


def test_acronym_aliases_only_in_capitals_of_mixed_case_text() -> None:
    assert places("Fighting in the CAR left five dead.", "en") == [("Central African Republic", "CF", "country", 3)]
    assert [p[0] for p in places("A CAR BOMB EXPLODED IN SAN SALVADOR.", "en")] == ["San Salvador"]
    assert places("Us and them, said the singer in an interview.", "en") == []


def test_not_places_block_the_names_inside_them() -> None:
    assert places("Pirates attacked a tanker in the Gulf of Aden.", "en") == []
    assert places("Pirates attacked a tanker in Aden.", "en")[0][:2] == ("Aden", "YE")
