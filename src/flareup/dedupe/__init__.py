"""Merging reports of one incident: within a document, then across documents and languages."""
from flareup.dedupe.merge import BlockKey, blocking_key, merge_events

__all__ = ["BlockKey", "blocking_key", "merge_events"]
