"""Every places.toml: well formed, its examples do what they say, and the engine needs no en or nl (zz)."""
from __future__ import annotations

import pytest

from flareup.geocode import document_countries, find_places, load_gazetteer
from flareup.geocode.cues import KINDS, load_cues
from flareup.geocode.names import resolved_aliases
from flareup.lang.packs import load_pack

LANGS = ("en", "fr", "nl", "zz")
CUES = [(lang, cue) for lang in LANGS for cue in load_pack(lang).toml("places").get("cue", [])]


@pytest.mark.parametrize("lang, cue", [c for c in CUES if "example" in c[1]], ids=lambda v: v.get("id", v) if isinstance(v, dict) else v)
def test_cue_example(lang: str, cue: dict) -> None:
    hits = find_places(cue["example"], lang, cue.get("countries", ()))
    names = [h.place.name for h in hits]
    if cue["kind"] in ("origin", "speaker"):
        assert cue["expect"] not in names, hits
        return
    hit = next((h for h in hits if h.place.name == cue["expect"]), None)
    assert hit is not None, hits
    assert (hit.hit.rule, hit.place.precision) == (cue["id"], cue["precision"])


@pytest.mark.parametrize("lang", LANGS)
def test_pack_is_well_formed(lang: str) -> None:
    data = load_pack(lang).toml("places")
    seen: dict[str, str] = {}
    for cue in data["cue"]:
        assert cue["id"].startswith(lang + ".") and cue["kind"] in KINDS
        for phrase in cue["phrases"]:
            assert seen.setdefault(phrase.lower(), cue["id"]) == cue["id"], f"{phrase!r} in two cues"
    countries = load_gazetteer().country_index
    for cc in data.get("adjectives", {}):
        assert cc in countries, cc


@pytest.mark.parametrize("lang", LANGS)
def test_every_alias_names_a_gazetteer_entry(lang: str) -> None:
    resolved = resolved_aliases(load_cues(lang), load_gazetteer())
    assert set(resolved) == set(load_cues(lang).aliases)


def test_locative_cues_have_examples() -> None:
    for lang, cue in CUES:
        if cue["kind"] not in ("det", "link", "and"):
            assert "example" in cue and "expect" in cue, cue["id"]


# --- the fictional language -----------------------------------------------------------------------------
def test_zz_alias_and_cues() -> None:
    assert [(h.place.name, h.place.precision, h.hit.rule) for h in find_places("Bombo apud Zedstad.", "zz")] == [
        ("Baghdad", 2, "zz.apud")]


def test_zz_stop_name_needs_a_cue() -> None:
    assert find_places("Homs mortigis tri personojn.", "zz") == []
    assert [h.place.feature for h in find_places("Bombo en provinco Homs.", "zz", ["SY"])] == ["admin1"]


def test_zz_origin_and_coordination() -> None:
    hits = find_places("Soldatoj el Zedstad mortigis en Homs kaj Hama.", "zz", ["SY"])
    assert [h.place.name for h in hits] == ["Homs", "Ḩamāh"]


def test_zz_document_countries() -> None:
    assert document_countries("La zedirakaj soldatoj en Zedlando.", "zz") == ["IQ"]


def test_english_cues_mean_nothing_in_zz() -> None:
    assert find_places("Soldiers were killed near Sukhna.", "zz", ["SY"]) == []
