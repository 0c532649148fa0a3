"""Documents flareup reads but does not analyse, and why (shown in the run summary, not counted as failures)."""
from __future__ import annotations

from flareup.model import Document


def skip_reason(doc: Document) -> str | None:
    """Why a document is not sent to extraction (its language has no pack), or None to extract it."""
    from flareup.lang.packs import available_languages

    if doc.lang and doc.lang not in available_languages():
        return f"unsupported language {doc.lang!r}"
    return None
