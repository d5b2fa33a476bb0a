"""Showroom core: models, database, services, rules, reports and exports. No Qt below here."""

__version__ = "0.1.0"
