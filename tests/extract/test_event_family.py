"""Event family on phenomena that used to be coded as battles; every sentence is invented."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document
from flareup.pipeline import extract_events


def families(text: str, lang: str) -> list[str]:
    return [e.event_type for e in extract_events(Document("t", text, parse_pub_date("2020-05-06"), lang))]


@pytest.mark.parametrize("text,lang", [
    ("A retired police colonel was murdered in Morelia on Friday.", "en"),
    ("De moord op een gepensioneerde politiekolonel in Morelia schokte vrijdag de stad.", "nl"),
    ("Le meurtre d'un colonel de police à la retraite a choqué Morelia vendredi.", "fr"),
])
def test_a_murder_is_violence_against_civilians_whoever_the_victim(text, lang):
    assert families(text, lang) == ["violence_against_civilians"]


@pytest.mark.parametrize("text,lang", [
    ("Unidentified gunmen shot dead a judge in Morelia on Friday.", "en"),
])
def test_unnamed_gunmen_are_the_attackers_not_an_armed_target(text, lang):
    assert families(text, lang) == ["violence_against_civilians"]
