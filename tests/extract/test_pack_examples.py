"""Every trigger rule in every pack carries an invented example sentence; the rule must fire on it."""
import pytest

from flareup.extract.mentions import find_candidates
from flareup.extract.triggers import find_triggers
from flareup.lang.packs import load_pack
from flareup.model import Sentence
from flareup.text.normalize import fold

RULES = [(lang, rule) for lang in ("en", "nl", "fr", "zz") for rule in load_pack(lang).toml("triggers").get("rule", [])]


@pytest.mark.parametrize("lang,rule", RULES, ids=[r["id"] for _, r in RULES])
def test_rule_fires_on_its_example(lang, rule):
    example = rule["example"]
    fired = {t.rule for t in find_triggers(example, lang, fold(example))}
    assert rule["id"] in fired, (example, fired)


@pytest.mark.parametrize("lang,rule", [x for x in RULES if not x[1].get("outcome")], ids=lambda x: x if isinstance(x, str) else x["id"])
def test_example_reports_an_incident(lang, rule):
    example = rule["example"]
    assert find_candidates(Sentence("t", 0, 0, len(example), example), lang, []), example
