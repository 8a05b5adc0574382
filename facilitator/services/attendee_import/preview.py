"""The preview: every row of the file, checked with the directory's rules and matched
against the directory and the file's other rows (see the package's doc for who is the
same person). Nothing is written.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.services._common import clean_text
from facilitator.services.attendee_import.columns import (
    ColumnMapping,
    Field,
    SourceTable,
    column_name,
    field_label,
    formula_without_value,
    row_error,
    split_full_name,
    split_honorific,
)
from facilitator.services.attendee_import.directory_index import (
    DirectoryIndex,
    KnownPerson,
    email_match_key,
    load_directory,
    name_match_key,
)

# The person fields are checked by the directory's own rules (required given
# name, lengths, the e-mail pattern), so an imported person is exactly as
# valid as one typed into the directory page.
from facilitator.services.directory import clean_person
from facilitator.store import Store
from facilitator.text import person_name, search_key


class RowStatus(enum.StrEnum):
    """What importing does with one row."""

    NEW = "new"  # a new person is created and added
    MATCHED = "matched"  # an existing person is added
    ATTENDING = "attending"  # the person already attends: skipped
    DUPLICATE = "duplicate"  # the same person as another row of the file: skipped
    ERROR = "error"  # the row cannot be imported; nothing is


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the file and what importing would do with it."""

    row_number: int  # as the spreadsheet numbers it (the header is row 1)
    status: RowStatus
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""
    organization_id: int | None = None  # an existing organization
    new_organization: bool = False  # the organization will be created
    person_id: int | None = None  # the existing person (matched, attending)
    matched_name: str = ""  # how that person is listed in the directory
    duplicate_of: int | None = None  # row number of the row imported for this person
    # A new person told apart from a namesake (same name and organization) by their
    # e-mail: an earlier row of the file, or a person of the directory, listed with
    # the e-mail the directory holds.
    namesake_row: int | None = None
    namesake: str = ""
    # Matched by name to a person of the directory who has no e-mail: the e-mail in
    # the file is not added to the directory by the import.
    email_not_saved: bool = False
    error: str = ""  # the full message: file, row, column, problem
    reason: str = ""  # the problem alone, as the preview table shows it
    cells: tuple[str, ...] = ()  # an error row's cells as they are in the file

    @property
    def display_name(self) -> str:
        return person_name(self.honorific, self.given_name, self.family_name)


@dataclass(frozen=True)
class ImportPreview:
    """Every row of the file with its status, the counts, and what keeps the import from running."""

    workshop_id: int | None  # None: into the directory only
    file_name: str
    columns: ColumnMapping
    rows: tuple[PreviewRow, ...]
    problems: tuple[str, ...]  # whole-file problems (e.g. no column holds names)
    table: SourceTable = field(compare=False, repr=False)

    @property
    def counts(self) -> Counter:
        return Counter(r.status for r in self.rows)

    @property
    def new_organizations(self) -> int:
        return len(
            {
                search_key(r.organization)
                for r in self.rows
                if r.new_organization and r.status in (RowStatus.NEW, RowStatus.MATCHED)
            }
        )

    @property
    def to_import(self) -> int:
        return sum(1 for r in self.rows if r.status in (RowStatus.NEW, RowStatus.MATCHED))

    @property
    def errors(self) -> list[str]:
        return [
            *self.problems,
            *(r.error for r in self.rows if r.status is RowStatus.ERROR and r.error),
        ]

    @property
    def can_import(self) -> bool:
        return not self.errors and self.to_import > 0

    def first_error(self) -> str | None:
        """The first problem on one line, saying how many more there are."""
        errors = self.errors
        if not errors:
            return None
        if len(errors) == 1:
            return errors[0]
        return errors[0] + translate("Errors", " (and %n more problem(s))", None, len(errors) - 1)


_PERSON_FIELDS = (
    Field.HONORIFIC,
    Field.GIVEN_NAME,
    Field.FAMILY_NAME,
    Field.POSITION,
    Field.EMAIL,
    Field.PHONE,
)


def mapping_problems(file_name: str, headers: Sequence[str], columns: ColumnMapping) -> list[str]:
    """Problems of the mapping itself: a field taken by two columns, no column of names."""
    problems = []
    taken: dict[Field, list[int]] = {}
    for index, value in enumerate(columns):
        if value is not None:
            taken.setdefault(Field(value), []).append(index)
    for value, indexes in taken.items():
        if len(indexes) > 1:
            problems.append(
                translate("Errors", "{file}: columns {columns} are all mapped to {field}.").format(
                    file=file_name,
                    columns=", ".join(column_name(headers, i) for i in indexes),
                    field=field_label(value),
                )
            )
    if Field.FULL_NAME not in taken and Field.GIVEN_NAME not in taken:
        problems.append(
            translate(
                "Errors",
                "{file}: no column holds the names; map one to {full} or to {given}.",
            ).format(
                file=file_name,
                full=field_label(Field.FULL_NAME),
                given=field_label(Field.GIVEN_NAME),
            )
        )
    return problems


def _cell(cells: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _has_break(text: str) -> bool:
    return "\n" in text or "\r" in text


def _names(
    cells: Sequence[str], where: dict[Field, int]
) -> tuple[dict[str, str], dict[str, int | None]]:
    """The person's name fields and, for each, the column it came from."""
    given = " ".join(_cell(cells, where.get(Field.GIVEN_NAME)).split())
    explicit = " ".join(_cell(cells, where.get(Field.HONORIFIC)).split())
    if given or Field.FULL_NAME not in where:
        honorific, given = split_honorific(given)
        family = " ".join(_cell(cells, where.get(Field.FAMILY_NAME)).split())
        name_column = where.get(Field.GIVEN_NAME)
        family_column = where.get(Field.FAMILY_NAME)
    else:
        honorific, given, family = split_full_name(_cell(cells, where[Field.FULL_NAME]))
        name_column = family_column = where[Field.FULL_NAME]
    columns = {
        "given_name": name_column,
        "family_name": family_column,
        "honorific": where.get(Field.HONORIFIC) if explicit else name_column,
        "position": where.get(Field.POSITION),
        "email": where.get(Field.EMAIL),
        "phone": where.get(Field.PHONE),
        "organization": where.get(Field.ORGANIZATION),
    }
    return {"honorific": explicit or honorific, "given_name": given, "family_name": family}, columns


_NAME_KEYS = ("honorific", "given_name", "family_name")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A row whose values are valid, waiting to be matched."""

    number: int
    cleaned: dict
    organization: str
    org_key: str
    org_id: int | None  # an existing organization
    new_org: bool
    email_key: str
    name_key: str

    @property
    def group(self) -> tuple:
        """Name and organization: rows of a group may be one person (see the module doc)."""
        return (self.name_key, ("new", self.org_key) if self.new_org else self.org_id)


class _PreviewBuilder:
    """Reads the rows of a table, then decides each row's status."""

    def __init__(self, directory: DirectoryIndex, table: SourceTable, columns: ColumnMapping):
        self.directory = directory
        self.headers = list(table.headers)
        self.file_name = table.file_name
        self.sheet = getattr(table, "sheet", None)
        # Cells whose formula has no saved result (a workbook saved by a script).
        self.formula_cells = getattr(table, "formula_cells", frozenset())
        self.where = {Field(v): i for i, v in reversed(list(enumerate(columns))) if v is not None}
        self.mapped = sorted(self.where.values())
        self.organization_label = field_label(Field.ORGANIZATION)
        # Filled while matching, row by row.
        self.by_person: dict[int, tuple[int, str]] = {}  # person → (row, that row's e-mail)
        self.by_email: dict[str, int] = {}
        self.by_group: dict[tuple, list[tuple[int, str]]] = {}  # → [(row, e-mail)]
        # Filled before matching: a group's row that an e-mail-less row of it is.
        self.group_row: dict[tuple, int] = {}

    def is_blank(self, cells: Sequence[str], number: int) -> bool:
        """Nothing to import: blank, and no mapped cell is a formula without its result."""
        if "".join(cells).strip():
            return False
        return not any((number, i) in self.formula_cells for i in self.mapped)

    def error(
        self, number: int, cells: Sequence[str], column: int | None, problem: str
    ) -> PreviewRow:
        where_text = None if column is None else column_name(self.headers, column)
        return PreviewRow(
            row_number=number,
            status=RowStatus.ERROR,
            error=row_error(self.file_name, number, where_text, problem, self.sheet),
            reason=problem,
            cells=tuple(cells),
        )

    def read(self, cells: Sequence[str], number: int) -> PreviewRow | _Candidate:
        """The row's values, checked; an error row when they cannot be imported."""
        width = len(self.headers)
        if len(cells) > width:
            extra = next((i for i in range(width, len(cells)) if cells[i].strip()), None)
            if extra is not None:
                return self.error(
                    number,
                    cells,
                    extra,
                    translate(
                        "Errors",
                        "the row has %n cell(s) but the header has {m}; is a separator "
                        "inside a value that is not in quotes?",
                        None,
                        len(cells),
                    ).format(m=width),
                )
        unsaved = next((i for i in self.mapped if (number, i) in self.formula_cells), None)
        if unsaved is not None:
            # It reads as blank: an e-mail or an organization would be lost without a word.
            return self.error(number, cells, unsaved, formula_without_value())
        broken = next(
            (i for i in self.mapped if i < len(cells) and _has_break(cells[i].strip())), None
        )
        if broken is not None:
            # A quote left open swallows the following lines into one cell.
            return self.error(
                number,
                cells,
                broken,
                translate("Errors", "the value runs over several lines; is a quote left open?"),
            )
        where = self.where
        values, columns = _names(cells, where)
        values["position"] = _cell(cells, where.get(Field.POSITION))
        values["email"] = _cell(cells, where.get(Field.EMAIL))
        values["phone"] = _cell(cells, where.get(Field.PHONE))
        organization = " ".join(_cell(cells, where.get(Field.ORGANIZATION)).split())
        try:
            cleaned = clean_person(None, values)
            organization = clean_text(
                organization, "organization", self.organization_label, max_length=300
            )
        except ValidationError as exc:
            if exc.field == "given_name" and not any(values[k] for k in _NAME_KEYS):
                return self.error(
                    number,
                    cells,
                    columns["given_name"],
                    translate("Errors", "the row has no name."),
                )
            return self.error(number, cells, columns.get(exc.field or ""), str(exc))
        org_key = search_key(organization)
        org_id = self.directory.organizations.get(org_key) if organization else None
        return _Candidate(
            number=number,
            cleaned=cleaned,
            organization=organization,
            org_key=org_key,
            org_id=org_id,
            new_org=bool(organization) and org_id is None,
            email_key=email_match_key(cleaned["email"]),
            name_key=name_match_key(cleaned["given_name"], cleaned["family_name"]),
        )

    def plan(self, candidates: Sequence[_Candidate]) -> None:
        """Which row each group's rows without an e-mail are: the first row of the group
        with an e-mail (wherever it is in the file), else the group's first row."""
        for c in candidates:
            if c.email_key and c.group not in self.group_row:
                self.group_row[c.group] = c.number
        for c in candidates:
            self.group_row.setdefault(c.group, c.number)

    def match(self, c: _Candidate) -> PreviewRow:
        directory = self.directory
        email = c.email_key
        organization, org_id = c.organization, c.org_id

        person = directory.people_by_email.get(email) if email else None
        namesake: KnownPerson | None = None
        by_name = False
        if person is None and not c.new_org:
            namesakes = directory.people_by_name.get((c.name_key, org_id), ())
            if not email:
                person = namesakes[0] if namesakes else None
            else:
                # A namesake with another e-mail is somebody else; one without an
                # e-mail may be this person.
                person = next((p for p in namesakes if not p.email), None)
                if person is None and namesakes:
                    namesake = namesakes[0]
            by_name = person is not None

        earlier = namesake_row = None
        if person is not None and person.id in self.by_person:
            first_row, first_email = self.by_person[person.id]
            if email and first_email and email != first_email:
                # Two rows with different e-mails took the same e-mail-less person by
                # name: the later one is somebody else.
                person, by_name, namesake_row = None, False, first_row
            else:
                earlier = first_row
        if earlier is None and email:
            earlier = self.by_email.get(email)
        if earlier is None and not email and self.group_row[c.group] != c.number:
            earlier = self.group_row[c.group]
        if earlier is None and email and namesake_row is None:
            namesake_row = next(
                (n for n, e in self.by_group.get(c.group, ()) if e and e != email), None
            )
        if earlier is None:
            if person is not None:
                self.by_person.setdefault(person.id, (c.number, email))
            if email:
                self.by_email.setdefault(email, c.number)
            self.by_group.setdefault(c.group, []).append((c.number, email))

        if person is not None and not organization and person.organization_id is not None:
            # Nothing in the file: they represent their current organization.
            org_id = person.organization_id
            organization = directory.organization_names.get(org_id, "")

        if earlier is not None:
            status = RowStatus.DUPLICATE
        elif person is None:
            status = RowStatus.NEW
        elif person.id in directory.attending:
            status = RowStatus.ATTENDING
        else:
            status = RowStatus.MATCHED
        cleaned = c.cleaned
        return PreviewRow(
            row_number=c.number,
            status=status,
            honorific=cleaned["honorific"],
            given_name=cleaned["given_name"],
            family_name=cleaned["family_name"],
            position=cleaned["position"],
            email=cleaned["email"],
            phone=cleaned["phone"],
            organization=organization,
            organization_id=org_id,
            new_organization=c.new_org,
            person_id=person.id if person else None,
            matched_name=person.display_name if person else "",
            duplicate_of=earlier,
            namesake_row=namesake_row if status is RowStatus.NEW else None,
            namesake=(
                f"{namesake.display_name} <{namesake.email}>"
                if namesake is not None and status is RowStatus.NEW
                else ""
            ),
            email_not_saved=by_name and bool(email) and earlier is None,
        )


def make_preview(
    directory: DirectoryIndex, table: SourceTable, columns: ColumnMapping
) -> ImportPreview:
    """What importing ``table`` with this mapping would do, row by row (writes nothing)."""
    headers = list(table.headers)
    columns = (tuple(columns) + (None,) * len(headers))[: len(headers)]
    problems = mapping_problems(table.file_name, headers, columns)
    builder = _PreviewBuilder(directory, table, columns)
    read: list[PreviewRow | _Candidate] = []
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        if builder.is_blank(cells, number):
            continue  # blank rows (often trailing ones) are not data
        if problems:
            # Without a usable mapping every row would repeat the same complaint.
            read.append(
                PreviewRow(
                    row_number=number,
                    status=RowStatus.ERROR,
                    reason=problems[0],
                    cells=tuple(cells),
                )
            )
            continue
        read.append(builder.read(cells, number))
    builder.plan([r for r in read if isinstance(r, _Candidate)])
    rows = tuple(builder.match(r) if isinstance(r, _Candidate) else r for r in read)
    return ImportPreview(
        workshop_id=directory.workshop_id,
        file_name=table.file_name,
        columns=columns,
        rows=rows,
        problems=tuple(problems),
        table=table,
    )


def build_preview(
    store: Store, workshop_id: int | None, table: SourceTable, columns: ColumnMapping
) -> ImportPreview:
    """Read the directory and preview the import of ``table`` into the workshop (None:
    into the directory only)."""
    return make_preview(load_directory(store, workshop_id), table, columns)
