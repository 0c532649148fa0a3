"""Name keys: one spelling-insensitive form per place name, so "Al-Sukhnah", "as Sukhnah" and "Sukhna" meet.

A key is the folded name (case, diacritics) with apostrophes dropped and other punctuation turned
into spaces, each word's ending canonicalised ("-ah" -> "-a"). Leading transliterated articles
("al-", "as-") are dropped in a variant key. Places of countries whose names are transliterated
(Arabic, Persian, Burmese, ...) are also keyed by their consonant shape (loose_key). The article and ending lists are pack data
(`[variants]` in places.toml); the gazetteer uses the union over the shipped packs.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from flareup.lang.packs import available_languages, load_pack
from flareup.text.normalize import fold

_APOSTROPHES = "'`\u00b4\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019"
_NON_WORD = re.compile(r"[\W_]+")


class _FoldTable(dict):
    """fold() one character at a time, as a str.translate table filled on demand (fold keeps lengths)."""

    def __missing__(self, code: int) -> str | None:
        c = chr(code)
        value = None if c in _APOSTROPHES else fold(c)
        self[code] = value
        return value


_FOLD = _FoldTable()


@dataclass(frozen=True)
class NameRules:
    """Transliteration variants shared by all languages' gazetteer keys."""

    articles: frozenset[str] = frozenset()
    endings: tuple[tuple[str, str], ...] = ()
    admin_words: frozenset[str] = frozenset()
    transliterated: frozenset[str] = frozenset()  # languages (ISO 639) whose place names reach us transliterated

    def as_data(self) -> dict:
        return {"articles": sorted(self.articles), "endings": [list(e) for e in self.endings],
                "admin_words": sorted(self.admin_words), "transliterated": sorted(self.transliterated)}

    @classmethod
    def from_data(cls, r: dict) -> "NameRules":
        return cls(frozenset(r["articles"]), tuple(tuple(e) for e in r["endings"]), frozenset(r["admin_words"]),
                   frozenset(r.get("transliterated", ())))


def name_rules(langs: Iterable[str] | None = None) -> NameRules:
    """The union of the packs' `[variants]` tables (the shipped languages by default)."""
    articles: set[str] = set()
    endings: dict[str, str] = {}
    admin: set[str] = set()
    translit: set[str] = set()
    for lang in available_languages() if langs is None else langs:
        v = load_pack(lang).toml("places").get("variants", {})
        articles.update(bare_key(a) for a in v.get("articles", []))
        endings.update((fold(a), fold(b)) for a, b in v.get("endings", []))
        admin.update(bare_key(w) for w in v.get("admin_words", []))
        translit.update(v.get("transliterated", []))
    ends = tuple(sorted(endings.items(), key=lambda e: -len(e[0])))
    return NameRules(frozenset(a for a in articles if a), ends, frozenset(w for w in admin if w), frozenset(translit))


def bare_key(name: str) -> str:
    """Folded words of a name joined by single spaces, apostrophes dropped ("Ta'izz" -> "taizz")."""
    return " ".join(_NON_WORD.sub(" ", name.translate(_FOLD)).split())


@lru_cache(maxsize=8)
def _ending_pattern(endings: tuple[tuple[str, str], ...]) -> re.Pattern:
    alts = "|".join(re.escape(old) for old, _ in endings)
    return re.compile(rf"(?<=\w\w\w)({alts})(?= |$)")


def canon(bare: str, rules: NameRules) -> str:
    """Canonical key of a bare key: word endings unified ("sukhnah" -> "sukhna")."""
    if not rules.endings:
        return bare
    table = dict(rules.endings)
    return _ending_pattern(rules.endings).sub(lambda m: table[m.group(1)], bare)


def name_key(name: str, rules: NameRules) -> str:
    return canon(bare_key(name), rules)


def strip_article(key: str, rules: NameRules) -> str | None:
    """The key without a leading article ("as sukhna" -> "sukhna"), or None when it has none."""
    head, _, rest = key.partition(" ")
    if rest and head in rules.articles:
        return rest
    return None


def repeated_head(key: str, rules: NameRules) -> str | None:
    """The name from its article on when its first word comes back after the article ("bab al bab" -> "al bab"):
    a translation that kept the town's word both bare and with its article; None otherwise."""
    if key.count(" ") != 2:
        return None
    words = key.split(" ")
    if words[1] in rules.articles and words[0] == words[2]:
        return " ".join(words[1:])
    return None


def index_variants(key: str, rules: NameRules) -> Iterator[tuple[str, bool]]:
    """Extra keys a gazetteer name is also found under, each with whether it is a weak guess.

    Inner articles dropped or joined ("deir ez zor" -> "deir zor", "deir ezzor") are other spellings of
    the same name; a dropped leading article ("al bab" -> "bab") is weaker: many words are names then.
    """
    words = key.split(" ")
    if len(words) < 2:
        return
    stripped = strip_article(key, rules)
    if stripped:
        yield stripped, True
    inner = [0 < i < len(words) - 1 and w in rules.articles for i, w in enumerate(words)]
    if any(inner):
        yield " ".join(w for w, art in zip(words, inner) if not art), False
        joined, skip = [], False
        for i, w in enumerate(words):
            if skip:
                skip = False
            elif inner[i]:
                joined.append(w + words[i + 1])
                skip = True
            else:
                joined.append(w)
        yield " ".join(joined), False


def admin_variants(key: str, rules: NameRules) -> Iterator[tuple[str, bool]]:
    """An admin1 name without its generic words ("muhafazat kirkuk" -> "kirkuk"), and its spellings."""
    yield from index_variants(key, rules)
    words = key.split(" ")
    kept = [w for w in words if w not in rules.admin_words]
    if kept and len(kept) < len(words):
        bare = " ".join(kept)
        yield bare, False
        yield from index_variants(bare, rules)


_SHAPE = str.maketrans("aeiouywq", "*******k")  # vowels and glides (where transliterations differ most) -> "*"
_REPEAT = re.compile(r"(.)(?=\1)")  # a letter the same letter follows
LOOSE_MIN = 3  # consonants (and word breaks) a loose key needs, or too many names share it


def loose_key(key: str) -> str | None:
    """The shape of a key where transliterations agree: its consonants, each run of vowels or glides as one "*",
    q as k, doubled letters once, words run together ("kabasin", "qabbasin" -> "k*b*s*n"; "ein issa", "ayn isa"
    -> "*n*s*"; "kafr zita", "kafrzita" -> "k*frz*t*").

    Vowels may differ but not move: "Congrès" ("c*ngr*s") is not "Congers" ("c*ng*rs"). None when the key has
    too few consonants to tell names apart.
    """
    shape = _REPEAT.sub("", key.translate(_SHAPE))
    if len(shape) - shape.count("*") < LOOSE_MIN:  # a word break counts: two words tell more
        return None
    return "~" + _REPEAT.sub("", shape.replace(" ", "")) if " " in shape else "~" + shape


def key_hash(key: str) -> int:
    """A stable 64-bit hash (the same in every process, unlike hash())."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")
