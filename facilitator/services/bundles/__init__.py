"""Workshop bundles: one ``.facilitator`` file that carries a workshop to another database.

A bundle is a zip holding two JSON files: ``manifest.json`` (format name and
version, the workshop, the number of rows per table, a SHA-256 checksum of the
data) and ``data.json`` (the rows, table by table). Rows are written from the
models with every column except the local integer ids; a reference to another
row is written as that row's UUID. The bundle holds the workshop and everything
it refers to: its agenda, attendees, notes, speaking turns, proposals with their
versions, rounds, positions and counts, its commitments, its ideas board (ideas,
clusters, dot rounds and their dots), the phases of its series, and every person,
organization and series those rows point to. An idea made from a note names the note
by its UUID, which the note keeps in every database.

Every value of every row is checked with the rules the services keep
(:data:`facilitator.services._common.FIELD_RULES`: text without control
characters, times in the years 1900–2200, bounded numbers, finite amounts,
valid e-mail addresses) and with the schema's own rules between fields. Export
checks the rows it writes the same way, so a database never writes a bundle it
would refuse; a value stored before these rules existed is named, to be
corrected first.

Importing merges by UUID: a row whose UUID the database lacks is created; a
row the database has with the same content is matched; a row that differs is
listed in the preview (a ``RowConflict`` with its ``differences``), and nothing
of it changes without an explicit choice: the preview keeps this database's
version (``KEEP_MINE``) unless the user takes the bundle's (``TAKE_THEIRS``) for
that row, and :func:`apply_import` refuses to run while a differing row has no
choice. Which side changed a differing row cannot be told (no record is kept of
the version imported last), and a row's ``updated_at`` is whatever the computer
that wrote it claimed: it is shown, never used to choose. A bundle claiming a
row was created or changed in the future (beyond a day of clock difference) is
refused altogether: its clock, or the file, cannot be trusted.

Everything is written in one unit of work or nothing is. A file that is not a
well-formed bundle is refused with a message naming the problem (and the
table, row and field when one is to blame) before anything is written: not a
zip, truncated, encrypted or compressed other than by deflate, unsafe names,
sizes or compression ratios beyond the caps, an unknown format version, a wrong
checksum, a manifest whose workshop or counts do not match the data, values of
the wrong type or outside the rules, duplicate UUIDs, a reference to a row the
bundle lacks, a dot round whose dots the services would never have taken (see
``board_rules``).

The package: ``schema`` (format, tables, values and rules), ``export``, ``reading`` (a
bundle read safely), ``board_rules`` (the ideas board's rules) and ``importing``
(preview and import).
"""

from facilitator.services.bundles.export import ExportResult, export_bundle
from facilitator.services.bundles.importing import (
    FieldDifference,
    ImportPreview,
    ImportResult,
    RowConflict,
    apply_import,
    choose_all,
    preview_import,
)
from facilitator.services.bundles.schema import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    FUTURE_TOLERANCE,
    KEEP_MINE,
    MANIFEST,
    MAX_DATA_BYTES,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    SUFFIX,
    TABLES,
    TAKE_THEIRS,
)

__all__ = [
    "DATA",
    "FORMAT",
    "FORMAT_VERSION",
    "FUTURE_TOLERANCE",
    "KEEP_MINE",
    "MANIFEST",
    "MAX_DATA_BYTES",
    "MAX_ENTRIES",
    "MAX_MANIFEST_BYTES",
    "MAX_RATIO",
    "SUFFIX",
    "TABLES",
    "TAKE_THEIRS",
    "ExportResult",
    "FieldDifference",
    "ImportPreview",
    "ImportResult",
    "RowConflict",
    "apply_import",
    "choose_all",
    "export_bundle",
    "preview_import",
]
