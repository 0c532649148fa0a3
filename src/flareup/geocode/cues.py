"""A language's place cues (places.toml) compiled for matching: locative phrases, stop-names, adjectives, aliases."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from flareup.errors import PackError
from flareup.geocode.keys import bare_key
from flareup.lang.packs import load_pack
from flareup.text.matcher import PhraseMatcher
from flareup.text.normalize import fold

# language-free kinds a cue phrase maps onto (see en/places.toml)
TERMINAL = frozenset({"at", "near", "between", "origin", "speaker"})
MODIFIER = frozenset({"direction", "part", "region", "district", "settlement", "det", "link"})
KINDS = TERMINAL | MODIFIER | {"and"}


@dataclass(frozen=True)
class Cue:
    kind: str
    rule: str


@dataclass
class PlaceCues:
    """Everything places.toml says, ready for one sentence after another."""

    lang: str
    matcher: PhraseMatcher
    stop_keys: frozenset[str]
    not_places: PhraseMatcher
    possessives: tuple[str, ...]
    adjectives: PhraseMatcher
    aliases: dict[str, str]  # bare key -> "CC" or "CC:Gazetteer name"
    acronyms: frozenset[str]  # aliases written in capitals ("US", "CAR"): only written so in the text
    particles: frozenset[tuple[str, ...]]  # small words inside a longer name ("de" in "Juntas de Uramita")
    setting: PhraseMatcher  # "the attack took place in ...": a sentence that says where the incident just told happened
    routes: PhraseMatcher  # "highway", "road": after "A-B" they make the towns a route's ends
    resolved: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # per gazetteer folder


@lru_cache(maxsize=None)
def load_cues(lang: str) -> PlaceCues:
    """The compiled places.toml of a language pack; PackError on an unknown cue kind."""
    data = load_pack(lang).toml("places")
    phrases = []
    for entry in data.get("cue", []):
        kind = entry.get("kind")
        if kind not in KINDS:
            raise PackError(f"{lang}/places.toml: cue {entry.get('id')!r} has unknown kind {kind!r}")
        cue = Cue(kind, entry["id"])
        phrases.extend((p, cue) for p in entry.get("phrases", []))
    adjectives = [(a, cc) for cc, words in data.get("adjectives", {}).items() for a in words]
    return PlaceCues(
        lang=lang,
        matcher=PhraseMatcher(phrases),
        stop_keys=frozenset(bare_key(n) for n in data.get("stop_names", [])),
        not_places=PhraseMatcher((n, True) for n in data.get("not_places", [])),
        possessives=tuple(fold(p) for p in data.get("possessives", [])),
        adjectives=PhraseMatcher(adjectives),
        aliases={bare_key(k): v for k, v in data.get("aliases", {}).items()},
        acronyms=frozenset(bare_key(k) for k in data.get("aliases", {}) if k.replace(".", "").isupper()),
        particles=frozenset(tuple(bare_key(w).split()) for w in data.get("name_particles", []) if bare_key(w)),
        setting=PhraseMatcher((p, True) for p in data.get("setting", [])),
        routes=PhraseMatcher((p, True) for p in data.get("routes", [])),
    )
