"""Loads language packs: data folders under flareup/packs/<code>/, one file per concern."""
from __future__ import annotations

import csv
import tomllib
from functools import lru_cache
from pathlib import Path

from flareup.errors import PackError

PACKS_DIR = Path(__file__).resolve().parent.parent / "packs"


def available_languages() -> list[str]:
    """Codes of the shipped packs that real text may use (the fictional test pack `zz` excluded)."""
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.toml").exists() and p.name != "zz")


class Pack:
    """One language's knowledge; each concern (triggers, dates, places, ...) is read once on demand."""

    def __init__(self, code: str, root: Path):
        self.code = code
        self.root = root
        self._cache: dict[str, object] = {}

    def toml(self, concern: str) -> dict:
        """The parsed `<concern>.toml` of this pack, or {} when the pack has none."""
        if concern not in self._cache:
            path = self.root / f"{concern}.toml"
            try:
                self._cache[concern] = tomllib.loads(path.read_text("utf-8")) if path.exists() else {}
            except tomllib.TOMLDecodeError as exc:
                raise PackError(f"{path}: invalid TOML: {exc}") from None
        return self._cache[concern]  # type: ignore[return-value]

    def tsv(self, concern: str) -> list[dict]:
        """Rows of `<concern>.tsv` (header line, tab-separated, '#' comments), or [] when absent."""
        key = concern + ".tsv"
        if key not in self._cache:
            path = self.root / key
            rows: list[dict] = []
            if path.exists():
                lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
                rows = [dict(r) for r in csv.DictReader(lines, delimiter="\t")]
            self._cache[key] = rows
        return self._cache[key]  # type: ignore[return-value]


@lru_cache(maxsize=None)
def load_pack(code: str) -> Pack:
    """The pack for a language code; PackError when the language has none."""
    root = PACKS_DIR / code
    if not (root / "pack.toml").exists():
        raise PackError(f"no language pack for {code!r} (have: {', '.join(available_languages())})")
    return Pack(code, root)
