"""Geocoding: place names in a sentence -> gazetteer entries with ACLED precision."""
from flareup.geocode.disambiguate import document_countries, find_places
from flareup.geocode.gazetteer import Gazetteer, build_gazetteer, load_gazetteer

__all__ = ["Gazetteer", "build_gazetteer", "document_countries", "find_places", "load_gazetteer"]
