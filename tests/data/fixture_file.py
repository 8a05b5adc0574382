"""What every ``make_schema_*_db.py`` does last: the database compacted into one file
(no write-ahead log, no free pages) and copied over the committed fixture."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def write_fixture(work: Path, target: Path) -> None:
    conn = sqlite3.connect(work)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    shutil.copyfile(work, target)
    print(f"wrote {target}")
