import pytest

from flareup.text.matcher import PatternSet, PhraseMatcher
from flareup.text.normalize import fold
from flareup.text.segment import split_sentences


def test_fold_keeps_length_and_strips_case_and_diacritics():
    s = "Tweeëndertig SOLDATEN in Bagdâd – ’s avonds"
    assert len(fold(s)) == len(s)
    assert fold(s) == "tweeendertig soldaten in bagdad - 's avonds"


def test_phrase_matcher_whole_words_longest_first_and_prefix():
    m = PhraseMatcher([("aanslag*", "a"), ("in de buurt van", "near"), ("IS", "is"), ("bom", "b")])
    text = "Aanslagen in de buurt van Bagdad; bommen en een bom."
    found = [(text[s:e], p) for s, e, p in m.find(text)]
    assert found == [("Aanslagen", "a"), ("in de buurt van", "near"), ("bom", "b")]


def test_pattern_set_matches_separable_verbs():
    m = PatternSet([("kwamen ... om", "killed")])
    text = "Afgelopen weekend kwamen tien leden van een militie om."
    (s, e, p), = m.find(text)
    assert text[s:e] == "kwamen tien leden van een militie om" and p == "killed"


def test_gapped_patterns_keep_order_gap_and_word_boundaries():
    m = PatternSet([("killed ... mayor", 1), ("mayor ... shot dead", 2), ("a ... b ... c", 3)], max_gap=2)
    hits = lambda t: sorted((t[s:e], p) for s, e, p in m.find_all(t))  # noqa: E731
    assert hits("Gunmen killed the town mayor.") == [("killed the town mayor", 1)]
    assert hits("Gunmen killed the old town mayor.") == []  # three words between: beyond the gap
    assert hits("The mayor was shot dead.") == [("mayor was shot dead", 2)]
    assert hits("The mayoral candidate was shot dead.") == []  # whole words only
    assert hits("x a y b z c") == [("a y b z c", 3)]
    assert hits("c b a") == []  # parts in order


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Gen. Smith arrived at approx. 3 p.m. on Apr. 3. Two soldiers died.", 2),
    ("nl", "Volgens o.a. de VN vielen er doden. Het leger ontkende dat.", 2),
    ("en", "Bomb kills 5 in Kabul\nThe blast hit a market. Police said more died.", 3),
    ("zz", "Bombo en Zedstad zd. mortigis dek. Tri mortaj.", 2),
])
def test_sentences_respect_abbreviations_and_lines(lang, text, expected):
    sents = split_sentences("d", text, lang)
    assert len(sents) == expected
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_a_clause_final_particle_reaches_further_than_the_gap():
    m = PatternSet([("viel ... aan", 1)], max_gap=6, long_gap=12)
    far = "Al-Shabaab viel vorige week dinsdag een legerbasis in het zuiden van Somalië aan."
    assert [p for _, _, p in m.find_all(far)] == [1]
    assert m.find_all("Al-Shabaab viel vorige week dinsdag een legerbasis in het zuiden van Somalië aan de grens.") == []
    assert m.find_all("Hij viel vorige week, na een lange dag in het zuiden van het land, in slaap en dacht aan.") == []
