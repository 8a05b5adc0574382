"""The database file: the lock, backups, restoring a damaged file."""
