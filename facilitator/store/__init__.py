"""The database: engine, SQLite pragmas, sessions, migrations, file checks and backups."""

from facilitator.store.store import KNOWN_REVISIONS, SCHEMA_HEAD, Store, resolve_location

__all__ = ["KNOWN_REVISIONS", "SCHEMA_HEAD", "Store", "resolve_location"]
