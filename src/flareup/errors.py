"""The exception tree; every error carries a one-line message fit to show a user.

    FlareupError
    +-- InputError      a document or file cannot be read (names the file and, where known, the line)
    +-- PackError       a language pack is missing or malformed
    +-- StoreError      the database cannot be opened or written
    +-- SkipDocument    a readable document flareup does not process (no language pack, no text)
"""


class FlareupError(Exception):
    """Base of all errors flareup reports to users as one line."""


class InputError(FlareupError):
    """A document or file cannot be read."""


class PackError(FlareupError):
    """A language pack is missing or malformed."""


class StoreError(FlareupError):
    """The database cannot be opened or written."""


class SkipDocument(FlareupError):
    """A readable document that flareup does not process (no language pack, no text); reported as skipped."""
