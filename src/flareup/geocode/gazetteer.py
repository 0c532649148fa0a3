"""The gazetteer: GeoNames places, provinces (admin1) and countries in one compact, memory-mapped index.

Built once from installed packages (see sources.py) into `Settings().cache_dir/gazetteer-<digest>/`,
where the digest covers the package versions, the index format and the packs' name variants; later
processes only memory-map a few numpy arrays, so loading takes milliseconds.

Entries: every cities500 place (feature "city"); one entry per admin1 ("admin1") and per country
("country"), each placed at the mean of its places' coordinates moved to the nearest of those places:
the settled middle of the province, inside it and on land even for island states and countries with
far-off territories. (The middle of the bounding box came closer to UCDP's province points but
farther from the events reported in "the countryside of X" on the dev headlines.)

Names are found through 64-bit hashes of name keys (keys.py), each pointing at the entries that
carry that name and saying how: the entry's main name, another of its names, or a derived spelling.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from flareup.geocode import sources
from flareup.geocode.keys import (
    NameRules,
    admin_variants,
    index_variants,
    key_hash,
    loose_key,
    name_key,
    name_rules,
    strip_article,
)
from flareup.lang.packs import available_languages
from flareup.model import Place
from flareup.settings import Settings

FORMAT = 10
# countries whose provinces GeoNames files as admin2 under regions ("Lanao del Sur" in "Bangsamoro"): their provinces
# are entries too (feature "admin1", the level the news names), so "de provincie Lanao del Sur" is found
PROVINCES_AT_ADMIN2 = frozenset({"PH"})
_ADMIN2_PREFIX = "Province of "  # only provinces: chartered cities ("Cotabato City") are towns already
# how a key names an entry: its main name, another name, a derived spelling, a consonant skeleton (keys.loose_key)
MAIN, ALT, VARIANT, LOOSE = 0, 1, 2, 3
CITY, ADMIN1, COUNTRY = 0, 1, 2
FEATURES = ("city", "admin1", "country")
SEAT_ADMIN1, SEAT_CAPITAL = 1, 2
MAX_WORDS = 6
_ARRAYS = ("lat", "lon", "pop", "cc", "feat", "seat", "nalt", "gid", "admin", "names_off", "names",
           "key_hash", "key_off", "post")


def _digest(rules: NameRules) -> str:
    blob = json.dumps({"format": FORMAT, "versions": sources.package_versions(), "rules": rules.as_data(),
                       "langs": available_languages()}, sort_keys=True)
    return hashlib.sha1(blob.encode()).hexdigest()[:16]


def _latin(name: str, folded_key: str) -> bool:
    """A name written in Latin letters with a capital (GeoNames also lists lower-case romanisations)."""
    return bool(folded_key) and folded_key.isascii() and any(c.isupper() for c in name)


def _snapped_centre(idx: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> tuple[float, float]:
    """Mean of the places' coordinates, moved to the nearest of those places."""
    la, lo = lat[idx], lon[idx]
    mla, mlo = la.mean(), lo.mean()
    d = (la - mla) ** 2 + ((lo - mlo) * math.cos(math.radians(mla))) ** 2
    j = int(np.argmin(d))
    return float(la[j]), float(lo[j])


class _Builder:
    def __init__(self, rules: NameRules):
        self.rules = rules
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.pop: list[int] = []
        self.cc: list[int] = []
        self.feat: list[int] = []
        self.nalt: list[int] = []
        self.gid: list[int] = []
        self.admin: list[int] = []
        self.names: list[str] = []
        self.hashes: list[int] = []
        self.posts: list[int] = []
        self.cc_codes: dict[str, int] = {}
        self._keys: dict[str, str] = {}  # name -> key, many places share names
        self._loose: dict[str, str | None] = {}  # key -> its loose key

    def cc_index(self, cc: str) -> int:
        return self.cc_codes.setdefault(cc, len(self.cc_codes))

    def add(self, name: str, lat: float, lon: float, pop: int, cc: str, feat: int, gid: int, nalt: int) -> int:
        i = len(self.names)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(max(0, int(pop or 0)))
        self.cc.append(self.cc_index(cc))
        self.feat.append(feat)
        self.gid.append(gid)
        self.nalt.append(nalt)
        self.admin.append(-1)
        return i

    def add_keys(self, i: int, names: Iterable[str], admin: bool = False, loose: bool = False) -> None:
        """Index an entry under its names; the first is its main name (how a name matched counts later).

        With `loose`, also under each key's consonant shape (a transliterated name: "Kabasin" for "Qabbasin")."""
        keys: dict[str, int] = {}
        for n, name in enumerate(names):
            k = self._keys.get(name)
            if k is None:
                k = self._keys[name] = name_key(name, self.rules)
            if not _latin(name, k):
                continue
            how = MAIN if n == 0 else ALT
            keys[k] = min(keys.get(k, how), how)
            for v, weak in admin_variants(k, self.rules) if admin else index_variants(k, self.rules):
                v_how = VARIANT if weak else ALT
                keys[v] = min(keys.get(v, v_how), v_how)
        for k in list(keys) if loose else ():
            shape = self._loose.get(k, "")
            if shape == "":
                shape = self._loose[k] = loose_key(k)
            if shape:
                keys.setdefault(shape, LOOSE)
        for k, how in keys.items():
            self.hashes.append(key_hash(k))
            self.posts.append(i * 4 + how)


def _keep_alt(alt: str) -> bool:
    """Alternate names worth matching: Latin, with a capital, not an airport code."""
    return alt != alt.lower() and not (alt.isupper() and len(alt) <= 4)


def build_gazetteer(settings: Settings | None = None) -> Path:
    """The index folder in the cache dir, built first when missing (some seconds, once per data version).

    A lock file keeps parallel workers from building the same index at once.
    """
    settings = settings or Settings()
    rules = name_rules()
    target = settings.cache_dir / f"gazetteer-{_digest(rules)}"
    if (target / "meta.json").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / "gazetteer.lock", "w") as lock:
        _lock(lock)
        if not (target / "meta.json").exists():
            t0 = time.perf_counter()
            b = _Builder(rules)
            seat = _add_places(b)
            _write(target, b, seat, time.perf_counter() - t0)
    return target


def _lock(f) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: parallel first builds just do the work twice
        return
    fcntl.flock(f, fcntl.LOCK_EX)


def _add_places(b: _Builder) -> np.ndarray:
    """All entries with their names; returns the seat flags (capital, admin1 seat) per entry."""
    cities = sources.read_cities()
    countries = sources.read_countries()
    loose = {c["iso"] for c in countries
             if (c.get("languages") or "").split(",")[0].split("-")[0] in b.rules.transliterated}
    members: dict[tuple[str, str], list[int]] = {}
    by_cc: dict[str, list[int]] = {}
    for c in cities:
        alts = [a for a in c.get("alternatenames", []) if _keep_alt(a)]
        i = b.add(c["name"], c["latitude"], c["longitude"], c.get("population", 0), c["countrycode"], CITY,
                  int(c["geonameid"]), len(alts))
        b.add_keys(i, [c["name"], *alts], loose=c["countrycode"] in loose)
        by_cc.setdefault(c["countrycode"], []).append(i)
        if c.get("admin1code"):
            members.setdefault((c["countrycode"], c["admin1code"]), []).append(i)
    lat, lon, pop = np.array(b.lat), np.array(b.lon), np.array(b.pop)
    seat: dict[int, int] = {}
    adm_names = sources.admin1_names(cities)
    for (cc, code), idx in sorted(members.items()):
        name = adm_names.get((cc, code))
        if not name:
            continue
        arr = np.array(idx)
        seat[int(arr[np.argmax(pop[arr])])] = SEAT_ADMIN1
        a = b.add(name, *_snapped_centre(arr, lat, lon), int(pop[arr].sum()), cc, ADMIN1, 0, 0)
        b.add_keys(a, [name], admin=True, loose=cc in loose)
        for i in idx:
            b.admin[i] = a
    _add_admin2(b, cities, lat, lon, pop, loose)
    langs = available_languages()
    for ctry in countries:
        cc = ctry["iso"]
        idx = np.array(by_cc.get(cc, []), dtype=np.int64)
        if not len(idx):
            continue
        capital = [int(i) for i in idx if b.names[i] == ctry.get("capital")]
        if capital:
            seat[max(capital, key=lambda i: b.pop[i])] = SEAT_CAPITAL
        k = b.add(ctry["name"], *_snapped_centre(idx, lat, lon), int(ctry.get("population") or pop[idx].sum()), cc,
                  COUNTRY, int(ctry.get("geonameid") or 0), 0)
        b.add_keys(k, [ctry["name"], *sources.country_names(cc, langs)])
    flags = np.zeros(len(b.names), dtype=np.uint8)
    for i, v in seat.items():
        flags[i] = v
    return flags


def _add_admin2(b: _Builder, cities: list[dict], lat: np.ndarray, lon: np.ndarray, pop: np.ndarray,
                loose: set[str]) -> None:
    """Provinces of the PROVINCES_AT_ADMIN2 countries, each at its places' settled middle (their towns keep their region)."""
    names = sources.admin2_names(cities, PROVINCES_AT_ADMIN2)
    members: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(cities):  # cities were added first, in order: entry i is cities[i]
        name = names.get(int(c["geonameid"]), "")
        if name.startswith(_ADMIN2_PREFIX):
            members.setdefault((c["countrycode"], name[len(_ADMIN2_PREFIX):]), []).append(i)
    for (cc, name), idx in sorted(members.items()):
        arr = np.array(idx)
        a = b.add(name, *_snapped_centre(arr, lat, lon), int(pop[arr].sum()), cc, ADMIN1, 0, 0)
        b.add_keys(a, [name], admin=True, loose=cc in loose)


def _write(target: Path, b: _Builder, seat: np.ndarray, seconds: float) -> None:
    h = np.array(b.hashes, dtype=np.uint64)
    p = np.array(b.posts, dtype=np.int64)
    order = np.lexsort((p, h))
    h, p = h[order], p[order]
    place = p // 4
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (place[1:] != place[:-1])  # one posting per (key, place), its best match
    h, p = h[keep], p[keep]
    uniq, starts = np.unique(h, return_index=True)
    blobs = [n.encode("utf-8") for n in b.names]
    names_off = np.zeros(len(blobs) + 1, dtype=np.int64)
    names_off[1:] = np.cumsum([len(x) for x in blobs])
    arrays = {
        "lat": np.array(b.lat, dtype=np.float64), "lon": np.array(b.lon, dtype=np.float64),
        "pop": np.array(b.pop, dtype=np.int64), "cc": np.array(b.cc, dtype=np.uint16),
        "feat": np.array(b.feat, dtype=np.uint8), "seat": seat, "nalt": np.array(b.nalt, dtype=np.uint16),
        "gid": np.array(b.gid, dtype=np.int64), "admin": np.array(b.admin, dtype=np.int32),
        "names_off": names_off, "names": np.frombuffer(b"".join(blobs), dtype=np.uint8),
        "key_hash": uniq, "key_off": np.append(starts, len(h)).astype(np.int64), "post": p.astype(np.int32),
    }
    tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    for name, arr in arrays.items():
        np.save(tmp / f"{name}.npy", arr)
    codes = sorted(b.cc_codes, key=b.cc_codes.get)
    countries = {codes[b.cc[i]]: i for i, f in enumerate(b.feat) if f == COUNTRY}
    meta = {"format": FORMAT, "versions": sources.package_versions(), "rules": b.rules.as_data(),
            "cc": codes, "places": len(b.names), "keys": int(len(uniq)),
            "build_seconds": round(seconds, 2), "countries": countries}
    (tmp / "meta.json").write_text(json.dumps(meta), "utf-8")
    try:
        os.replace(tmp, target)
    except OSError:  # another process finished first
        shutil.rmtree(tmp, ignore_errors=True)
    for old in target.parent.glob("gazetteer-*"):
        if old.is_dir() and old != target and "." not in old.name:
            shutil.rmtree(old, ignore_errors=True)  # indexes of older package versions or formats


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to, and how the name matched it (MAIN, ALT, VARIANT or LOOSE)."""

    index: int
    how: int = MAIN

    @property
    def variant(self) -> bool:
        return self.how == VARIANT


class Gazetteer:
    """Read-only view of a built index; arrays are memory-mapped, so many processes share them."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.meta = json.loads((folder / "meta.json").read_text("utf-8"))
        # memory-mapped (shared between processes, paged in on use), seen as plain arrays for fast indexing
        a = {n: np.asarray(np.load(folder / f"{n}.npy", mmap_mode="r")) for n in _ARRAYS}
        self.lat, self.lon, self.pop, self.cc, self.feat = a["lat"], a["lon"], a["pop"], a["cc"], a["feat"]
        self.seat, self.nalt, self.gid, self.admin = a["seat"], a["nalt"], a["gid"], a["admin"]
        self._names_off, self._names = a["names_off"], a["names"]
        self._key_hash = a["key_hash"]
        self._key_off, self._post = a["key_off"], a["post"]
        self.cc_codes: list[str] = self.meta["cc"]
        self.country_index: dict[str, int] = self.meta["countries"]
        self.rules = NameRules.from_data(self.meta["rules"])

    def __len__(self) -> int:
        return int(self.meta["places"])

    def name(self, i: int) -> str:
        return bytes(self._names[self._names_off[i]:self._names_off[i + 1]]).decode("utf-8")

    def country(self, i: int) -> str:
        return self.cc_codes[int(self.cc[i])]

    def feature(self, i: int) -> str:
        return FEATURES[int(self.feat[i])]

    def find_keys(self, keys: Sequence[str]) -> list[list[Candidate]]:
        """Candidates for each name key (already folded and canonical), in one vectorised search."""
        if not keys:
            return []
        hs = np.fromiter((key_hash(k) for k in keys), dtype=np.uint64, count=len(keys))
        pos = np.searchsorted(self._key_hash, hs)
        out: list[list[Candidate]] = []
        n = len(self._key_hash)
        for h, j in zip(hs.tolist(), pos.tolist()):
            if j >= n or int(self._key_hash[j]) != h:
                out.append([])
                continue
            posts = self._post[self._key_off[j]:self._key_off[j + 1]].tolist()
            out.append([Candidate(p >> 2, p & 3) for p in posts])
        return out

    def lookup(self, name: str) -> list[Place]:
        """Every entry a name may refer to: countries first, then by how well the name fits and by population."""
        key = name_key(name, self.rules)
        cands = {c.index: c for c in self.find_keys([key])[0]}
        stripped = strip_article(key, self.rules)
        if stripped:
            for c in self.find_keys([stripped])[0]:
                cands.setdefault(c.index, Candidate(c.index, VARIANT))
        order = sorted(cands.values(), key=lambda c: (c.how == VARIANT, int(self.feat[c.index]) != COUNTRY, c.how,
                                                     -int(self.pop[c.index])))
        return [self.place(c.index) for c in order]

    def country_place(self, iso2: str) -> Place | None:
        """The country itself as a place (precision 3), for an event whose sentence names no place."""
        i = self.country_index.get(iso2.upper())
        return None if i is None else self.place(i)

    def place(self, i: int, precision: int | None = None) -> Place:
        """The entry as a Place; precision defaults to 1 for a town, 3 for a province or country."""
        feat = int(self.feat[i])
        cc = self.country(i)
        country_i = self.country_index.get(cc)
        admin_i = int(self.admin[i]) if feat == CITY else (i if feat == ADMIN1 else -1)
        gid = int(self.gid[i])
        return Place(
            name=self.name(i), country=cc, country_name=self.name(country_i) if country_i is not None else cc,
            lat=round(float(self.lat[i]), 5), lon=round(float(self.lon[i]), 5),
            precision=precision if precision is not None else (1 if feat == CITY else 3),
            geonameid=gid or None, admin1=self.name(admin_i) if admin_i >= 0 else None,
            feature=FEATURES[feat], population=int(self.pop[i]))


@lru_cache(maxsize=1)
def load_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer for this process, building the index first when the cache has none."""
    settings = Settings() if cache_dir is None else Settings(cache_dir=cache_dir)
    return Gazetteer(build_gazetteer(settings))
