"""Dates: date phrases in a sentence -> intervals [start, end] with precision, against the publication date.

All words live in packs/<lang>/dates.toml, mapped onto language-free roles and keys; one engine
(phrases -> expressions -> resolve) interprets them, as dateparser does.
"""
from flareup.dates.events import event_span, find_dates, find_durations, only_duration
from flareup.dates.pubdate import default_span, parse_pub_date

__all__ = ["default_span", "event_span", "find_dates", "find_durations", "only_duration", "parse_pub_date"]
