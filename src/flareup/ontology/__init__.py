"""Language-free knowledge: event types and their families, actor types, canonical actors."""
from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Actor:
    key: str
    canonical: str  # may hold "{country}", filled per event
    type: str
    home: tuple[str, ...] = ()  # countries the group fights in: a hint for places the text leaves vague

    def name(self, country_name: str | None) -> str:
        """The canonical name for an event in `country_name`; without a country, the bare name."""
        if country_name:
            return self.canonical.replace("{country}", country_name)
        return self.canonical.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()


@lru_cache(maxsize=None)
def event_types() -> dict:
    return tomllib.loads((_HERE / "event_types.toml").read_text("utf-8"))


def family_of(sub_event_type: str) -> str:
    return event_types()["sub_event_types"][sub_event_type]["family"]


def rank_of(sub_event_type: str) -> int:
    return event_types()["sub_event_types"][sub_event_type]["rank"]


@lru_cache(maxsize=None)
def actor_types() -> dict:
    return tomllib.loads((_HERE / "actor_types.toml").read_text("utf-8"))["types"]


def is_armed(actor_type: str | None) -> bool:
    return bool(actor_type and actor_types().get(actor_type, {}).get("armed"))


def is_non_state(actor_type: str | None) -> bool:
    """A rebel group, militia or unidentified armed group: armed, and no state's."""
    return bool(actor_type and actor_types().get(actor_type, {}).get("non_state"))


@lru_cache(maxsize=None)
def actors() -> dict[str, Actor]:
    lines = [ln for ln in (_HERE / "actors.tsv").read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return {r["key"]: Actor(r["key"], r["canonical"], r["type"], tuple((r.get("home") or "").split()))
            for r in csv.DictReader(lines, delimiter="\t")}
