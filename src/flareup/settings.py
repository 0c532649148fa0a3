"""One Settings object for paths and the clock; no hidden globals."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _cache_dir() -> Path:
    base = os.environ.get("FLAREUP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "flareup")
    return Path(base)


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path("flareup.duckdb")
    cache_dir: Path = field(default_factory=_cache_dir)


DEFAULT = Settings()
