"""What a Facilitator database is: its schema revisions, their tables, its application id.

Kept apart from :mod:`facilitator.store.store` so the file checks in
:mod:`facilitator.store.sqlite_file` can tell a Facilitator database from any
other SQLite file without importing the engine code.
"""

from __future__ import annotations

# Every schema revision this version of the app knows, oldest first. The last
# one is the head; tests check it against the migration scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]

# The tables (besides ``alembic_version``) each revision has. A file that
# names a known revision but holds other tables is not a Facilitator database;
# a test checks the head's set against what the migrations create.
_TABLES_0001 = frozenset(
    {
        "agenda_item",
        "agenda_template",
        "agenda_template_item",
        "commitment",
        "note",
        "organization",
        "participation",
        "person",
        "phase",
        "position",
        "proposal",
        "proposal_version",
        "round",
        "round_count",
        "series",
        "speaker_turn",
        "workshop",
    }
)
# 0002 added a column (workshop.time_zone), no table; 0003 the minutes versions and the
# reviews of commitments (and workshop.correction_deadline); 0004 more sectors and
# organization.sector_other, no table; 0005 the ideas, their clusters and dot rounds;
# 0006 the room on their phones (rooms, tokens, the idea box's inbox, anonymous ballots);
# 0007 the live screen's lease (who has a workshop's live screen open).
SCHEMA_TABLES: dict[str, frozenset[str]] = {
    "0001": _TABLES_0001,
    "0002": _TABLES_0001,
    "0003": _TABLES_0001 | {"minutes_version", "commitment_review"},
    "0004": _TABLES_0001 | {"minutes_version", "commitment_review"},
    "0005": _TABLES_0001
    | {"minutes_version", "commitment_review", "idea", "idea_cluster", "dot_round", "dot_vote"},
}
SCHEMA_TABLES["0006"] = SCHEMA_TABLES["0005"] | {"room", "room_token", "room_ballot", "room_idea"}
SCHEMA_TABLES["0007"] = SCHEMA_TABLES["0006"] | {"live_lease"}

# SQLite's header field for "which application's file is this" (PRAGMA
# application_id): "FCLT". Set when the schema is created or upgraded, and on
# the first writable opening of a database made before it was used.
APPLICATION_ID = 0x46434C54


def is_later_revision(revision: str) -> bool:
    """True when ``revision`` looks like a revision of a later version of Facilitator."""
    return revision.isdigit() and len(revision) == len(SCHEMA_HEAD) and revision > SCHEMA_HEAD
