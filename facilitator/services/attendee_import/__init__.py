"""Import attendees from a spreadsheet: map columns, preview every row, apply all or nothing.

The preview says, for every row of the file, what importing would do with it:
create a new person, add an existing person (matched by e-mail, or by the
Turkish-folded full name together with the organization), skip someone who
already attends or who appears elsewhere in the same file, or refuse the row
with a reason naming file, row and column. Nothing is written until
:func:`apply_import`, which writes every row in one transaction or none.

Who is the same person: two records (two rows, or a row and a person of the
directory) with the same e-mail are one person. With the same name and
organization they are one person only when their e-mails do not disagree: a
row with another e-mail than a namesake is somebody else, imported as a new
person, and the preview says whom it was told apart from. So no e-mail in the
file is ever dropped by being taken for someone else's.

This module knows nothing of files: it works on any table with headers and
rows of text (see :class:`SourceTable`); ``facilitator.documents.attendee_files``
reads CSV and XLSX into one.

The package: ``columns`` (fields, column names, names in one cell), ``directory_index``
(what the directory holds), ``preview`` and ``applying``.
"""

from facilitator.services.attendee_import.applying import (
    ImportCancelledError,
    ImportResult,
    ProgressCallback,
    apply_import,
    redo_import,
    undo_import,
)
from facilitator.services.attendee_import.columns import (
    ColumnMapping,
    Field,
    SourceTable,
    column_letter,
    column_name,
    field_label,
    formula_without_value,
    is_honorific,
    split_full_name,
    split_honorific,
)
from facilitator.services.attendee_import.directory_index import (
    DirectoryIndex,
    KnownPerson,
    load_directory,
    read_directory,
)
from facilitator.services.attendee_import.preview import (
    ImportPreview,
    PreviewRow,
    RowStatus,
    build_preview,
    make_preview,
    mapping_problems,
)

__all__ = [
    "ColumnMapping",
    "DirectoryIndex",
    "Field",
    "ImportCancelledError",
    "ImportPreview",
    "ImportResult",
    "KnownPerson",
    "PreviewRow",
    "ProgressCallback",
    "RowStatus",
    "SourceTable",
    "apply_import",
    "build_preview",
    "column_letter",
    "column_name",
    "field_label",
    "formula_without_value",
    "is_honorific",
    "load_directory",
    "make_preview",
    "mapping_problems",
    "read_directory",
    "redo_import",
    "split_full_name",
    "split_honorific",
    "undo_import",
]
