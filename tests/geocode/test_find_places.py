

def test_an_elided_article_does_not_hide_the_name():
    from flareup.geocode import find_places

    found = [(p.place.name, p.place.country) for p in find_places("Frappes aériennes au sud d'Alep.", "fr", ["SY"])]
    assert ("Aleppo", "SY") in found
