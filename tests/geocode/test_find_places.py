

def test_an_elided_article_does_not_hide_the_name():
    from flareup.geocode import find_places

    found = [(p.place.name, p.place.country) for p in find_places("Frappes aériennes au sud d'Alep.", "fr", ["SY"])]
    assert ("Aleppo", "SY") in found


def test_a_province_after_a_town_says_which_town():
    from flareup.geocode import find_places

    found = find_places("Gunmen killed five people in San Pedro, Coahuila on Sunday.", "en", ["MX"])
    assert (found[0].place.name, found[0].place.admin1) == ("San Pedro", "Coahuila")
