"""Shared fixtures: where the read-only ../shared folder is, and skipping when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the repository (gold data, seed article); skip when absent."""
    if not (SHARED / "eval" / "dev").is_dir():
        pytest.skip("../shared (dev gold and examples) is not beside this clone")
    return SHARED
