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
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Protocol

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, FacilitatorError, ValidationError
from facilitator.i18n import translate
from facilitator.models import Invitation, Organization, Participation, Person, Role, Workshop
from facilitator.models.directory import (
    _organization_search_text as organization_search_text,
)
from facilitator.models.directory import (
    _person_search_text as person_search_text,
)
from facilitator.services._common import clean_text, get_or_raise

# The person fields are checked by the directory's own rules (required given
# name, lengths, the e-mail pattern), so an imported person is exactly as
# valid as one typed into the directory page.
from facilitator.services.directory import clean_person
from facilitator.store import Store
from facilitator.text import search_key, turkish_lower

# -- the fields a column can hold ----------------------------------------------------


class Field(enum.StrEnum):
    """What a column of the file holds; a column mapped to no field is ignored."""

    FULL_NAME = "full_name"
    HONORIFIC = "honorific"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    ORGANIZATION = "organization"
    POSITION = "position"
    EMAIL = "email"
    PHONE = "phone"


def field_label(value: Field) -> str:
    """The field's name as users read it (headers of the export use the same words)."""
    return {
        Field.FULL_NAME: translate("Fields", "Full name"),
        Field.HONORIFIC: translate("Fields", "Honorific"),
        Field.GIVEN_NAME: translate("Fields", "Given name"),
        Field.FAMILY_NAME: translate("Fields", "Family name"),
        Field.ORGANIZATION: translate("Fields", "Organization"),
        Field.POSITION: translate("Fields", "Position"),
        Field.EMAIL: translate("Fields", "E-mail"),
        Field.PHONE: translate("Fields", "Phone"),
    }[Field(value)]


ColumnMapping = tuple[Field | None, ...]  # one entry per column of the file


class SourceTable(Protocol):
    """A table read from a file: headers, rows of text, and where each row is in the file."""

    @property
    def file_name(self) -> str: ...

    @property
    def headers(self) -> Sequence[str]: ...

    @property
    def rows(self) -> Sequence[Sequence[str]]: ...

    @property
    def row_numbers(self) -> Sequence[int]: ...  # the spreadsheet row of each row (header = 1)


def column_letter(index: int) -> str:
    """Spreadsheet letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_name(headers: Sequence[str], index: int) -> str:
    """A column as a user finds it in the file: its letter and its header, e.g. C (E-posta)."""
    header = headers[index].strip() if index < len(headers) else ""
    letter = column_letter(index)
    return f"{letter} ({header})" if header else letter


def _row_error(
    file_name: str, row: int, column: str | None, problem: str, sheet: str | None = None
) -> str:
    if sheet is not None:
        if column is None:
            return translate("Errors", "{file}, sheet “{sheet}”, row {row}: {problem}").format(
                file=file_name, sheet=sheet, row=row, problem=problem
            )
        return translate(
            "Errors", "{file}, sheet “{sheet}”, row {row}, column {column}: {problem}"
        ).format(file=file_name, sheet=sheet, row=row, column=column, problem=problem)
    if column is None:
        return translate("Errors", "{file}, row {row}: {problem}").format(
            file=file_name, row=row, problem=problem
        )
    return translate("Errors", "{file}, row {row}, column {column}: {problem}").format(
        file=file_name, row=row, column=column, problem=problem
    )


def formula_without_value() -> str:
    """What is wrong with a spreadsheet cell whose formula's result was never saved."""
    return translate(
        "Errors",
        "the cell holds a formula whose result was never saved; open the file in Excel or "
        "LibreOffice, save it, and import it again.",
    )


# -- names -------------------------------------------------------------------------------

# Academic and professional titles written before a name, longest first so that
# "Prof. Dr." is taken whole rather than as "Prof." followed by a name "Dr.".
# Matched on the Turkish lower-cased text; each needs its dot or a space after it.
_HONORIFICS = (
    r"dr\.?\s*öğr\.?\s*üyesi",
    r"yrd\.?\s*doç\.?\s*dr",
    r"prof\.?\s*dr",
    r"doç\.?\s*dr",
    r"doc\.?\s*dr",
    r"öğr\.?\s*gör\.?\s*dr",
    r"öğr\.?\s*gör",
    r"arş\.?\s*gör\.?\s*dr",
    r"arş\.?\s*gör",
    r"op\.?\s*dr",
    r"uzm\.?\s*dr",
    r"prof",
    r"doç",
    r"doc",
    r"dr",
    r"av",
    r"mr",
    r"mrs",
    r"ms",
)
_HONORIFIC_START = re.compile(r"(?:" + "|".join(_HONORIFICS) + r")(?:\.\s*|\s+)")
_HONORIFIC_ONLY = re.compile(r"(?:" + "|".join(_HONORIFICS) + r")\.?")


def is_honorific(text: str) -> bool:
    """True when the text is a title such as "Prof. Dr." or "Doç. Dr." and nothing else."""
    return bool(_HONORIFIC_ONLY.fullmatch(turkish_lower(" ".join(text.split()))))


def split_honorific(text: str) -> tuple[str, str]:
    """("Prof. Dr.", "Ayşe Yılmaz") from "Prof. Dr. Ayşe Yılmaz"; the name is never emptied."""
    text = " ".join(text.split())
    # turkish_lower keeps the length of the text, so positions carry over.
    match = _HONORIFIC_START.match(turkish_lower(text))
    if not match or match.end() >= len(text):
        return "", text
    return text[: match.end()].strip(), text[match.end() :].strip()


def split_full_name(text: str) -> tuple[str, str, str]:
    """(honorific, given name, family name) of a name in one cell; the last word is the family.

    "Prof. Dr. Ayşe Nur Yılmaz" → ("Prof. Dr.", "Ayşe Nur", "Yılmaz"); a single
    word is a given name without a family name.
    """
    honorific, rest = split_honorific(text)
    words = rest.split()
    if len(words) < 2:
        return honorific, rest, ""
    return honorific, " ".join(words[:-1]), words[-1]


# -- what the directory already holds --------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person of the directory, as matching needs them."""

    id: int
    display_name: str
    organization_id: int | None
    email: str = ""  # as the directory holds it; "" when it holds none


@dataclass(frozen=True)
class DirectoryIndex:
    """The directory and the workshop's attendees, read once, as the preview looks them up."""

    workshop_id: int
    workshop_title: str
    people_by_email: dict[str, KnownPerson]
    # Everyone of that name at that organization, in the order they were added.
    people_by_name: dict[tuple[str, int | None], tuple[KnownPerson, ...]]
    organizations: dict[str, int]  # folded name and folded short name → id
    organization_names: dict[int, str]
    attending: frozenset[int]  # person ids already attending the workshop


_BATCH = 500  # rows fetched at a time when reading the directory


def _name_key(given: str, family: str) -> str:
    return search_key(f"{given} {family}")


def _email_key(email: str) -> str:
    return email.strip().casefold()


def read_directory(session: Session, workshop_id: int) -> DirectoryIndex:
    """Read what matching needs: people by e-mail and by name and organization, organizations."""
    workshop = get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))
    organizations: dict[str, int] = {}
    names: dict[int, str] = {}
    # Read in batches: one fetch of the whole directory runs in C for tens of
    # milliseconds without letting the GUI thread have the interpreter.
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.short_name)
        .order_by(Organization.id)
        .execution_options(yield_per=_BATCH)
    ).all()
    for org_id, name, _short_name in rows:
        names[org_id] = name
        organizations.setdefault(search_key(name), org_id)
    # A full name wins over someone else's short name; short names only fill gaps.
    for org_id, _name, short_name in rows:
        if short_name:
            organizations.setdefault(search_key(short_name), org_id)
    by_email: dict[str, KnownPerson] = {}
    by_name: dict[tuple[str, int | None], list[KnownPerson]] = {}
    for pid, honorific, given, family, email, org_id in session.execute(
        select(
            Person.id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Person.email,
            Person.organization_id,
        )
        .order_by(Person.id)
        .execution_options(yield_per=_BATCH)
    ):
        display = " ".join(p for p in (honorific, given, family) if p)
        if org_id is not None:
            display += f" ({names.get(org_id, '')})"
        known = KnownPerson(pid, display, org_id, email or "")
        if email:
            by_email.setdefault(_email_key(email), known)
        by_name.setdefault((_name_key(given, family), org_id), []).append(known)
    attending = frozenset(
        session.scalars(
            select(Participation.person_id).where(Participation.workshop_id == workshop_id)
        )
    )
    return DirectoryIndex(
        workshop_id=workshop_id,
        workshop_title=workshop.title,
        people_by_email=by_email,
        people_by_name={key: tuple(people) for key, people in by_name.items()},
        organizations=organizations,
        organization_names=names,
        attending=attending,
    )


def load_directory(store: Store, workshop_id: int) -> DirectoryIndex:
    """:func:`read_directory` in a session of its own (for previews that are rebuilt often)."""
    with store.session() as s:
        return read_directory(s, workshop_id)


# -- the preview -----------------------------------------------------------------------


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
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)


@dataclass(frozen=True)
class ImportPreview:
    """Every row of the file with its status, the counts, and what keeps the import from running."""

    workshop_id: int
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
        return errors[0] + translate("Errors", " (and {n} more problems)").format(n=len(errors) - 1)


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
            error=_row_error(self.file_name, number, where_text, problem, self.sheet),
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
                        "the row has {n} cells but the header has {m}; is a separator "
                        "inside a value that is not in quotes?",
                    ).format(n=len(cells), m=width),
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
            email_key=_email_key(cleaned["email"]),
            name_key=_name_key(cleaned["given_name"], cleaned["family_name"]),
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
    store: Store, workshop_id: int, table: SourceTable, columns: ColumnMapping
) -> ImportPreview:
    """Read the directory and preview the import of ``table`` into the workshop."""
    return make_preview(load_directory(store, workshop_id), table, columns)


# -- applying --------------------------------------------------------------------------


class ImportCancelledError(FacilitatorError):
    """The user stopped the import; the transaction was rolled back and nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: counts for people, and the ids of every row it created."""

    created: int  # new people, each added to the workshop
    matched: int  # existing people added to the workshop
    skipped: int  # already attending, or a repeat of an earlier row
    organizations_created: int
    participation_ids: tuple[int, ...]
    person_ids: tuple[int, ...]  # the people created
    organization_ids: tuple[int, ...]  # the organizations created


ProgressCallback = Callable[[int, int], None]  # (rows done, rows in all)


def _search_text(listener, **values) -> str:
    """The search text the model's own insert listener would store for these values."""
    row = SimpleNamespace(**values)
    listener(None, None, row)
    return row.search_text


def _insert(session: Session, model, values: list[dict]) -> list[int]:
    """Insert rows in bulk; their new ids, in the order of ``values``."""
    if not values:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, values))


def apply_import(
    store: Store,
    preview: ImportPreview,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    every: int = 250,
) -> ImportResult:
    """Write the previewed import in one transaction: every row, or nothing at all.

    The preview is made again inside the transaction; if the directory or the
    workshop changed meanwhile so that a row would be imported differently,
    nothing is written and the user is asked to look at the preview again.
    People and participations are written ``every`` rows at a time; after each
    batch ``progress(done, total)`` is called and ``cancelled()`` is asked, and
    a true answer rolls everything back (:class:`ImportCancelledError`).
    """
    first = preview.first_error()
    if first is not None:
        raise ValidationError(first)
    with store.transaction() as s:
        fresh = make_preview(read_directory(s, preview.workshop_id), preview.table, preview.columns)
        if fresh != preview:
            raise ConflictError(
                translate(
                    "Errors",
                    "{file}: the directory or the attendees changed since the preview was "
                    "made; look at the preview again.",
                ).format(file=preview.file_name)
            )
        to_write = [r for r in fresh.rows if r.status in (RowStatus.NEW, RowStatus.MATCHED)]
        total = len(to_write)

        # Bulk inserts skip the models' insert listeners, so the search text is
        # filled in here by those same listeners.
        new_orgs: dict[str, str] = {}
        for r in to_write:
            if r.new_organization:
                new_orgs.setdefault(search_key(r.organization), r.organization)
        org_ids = dict(
            zip(
                new_orgs,
                _insert(
                    s,
                    Organization,
                    [
                        {
                            "name": name,
                            "search_text": _search_text(
                                organization_search_text, name=name, short_name="", city=""
                            ),
                        }
                        for name in new_orgs.values()
                    ],
                ),
                strict=True,
            )
        )

        person_ids: list[int] = []
        participation_ids: list[int] = []
        for start in range(0, total, every):
            batch = to_write[start : start + every]
            new_people = [r for r in batch if r.status is RowStatus.NEW]
            created = iter(
                _insert(
                    s,
                    Person,
                    [
                        {
                            "honorific": r.honorific,
                            "given_name": r.given_name,
                            "family_name": r.family_name,
                            "position": r.position,
                            "email": r.email,
                            "phone": r.phone,
                            "organization_id": _organization_id(r, org_ids),
                            "search_text": _search_text(
                                person_search_text,
                                given_name=r.given_name,
                                family_name=r.family_name,
                                email=r.email,
                                position=r.position,
                            ),
                        }
                        for r in new_people
                    ],
                )
            )
            values = []
            for r in batch:
                if r.status is RowStatus.NEW:
                    person_id = next(created)
                    person_ids.append(person_id)
                else:
                    person_id = r.person_id
                values.append(
                    {
                        "workshop_id": preview.workshop_id,
                        "person_id": person_id,
                        "organization_id": _organization_id(r, org_ids),
                        "role": Role.PARTICIPANT,
                        "invitation": Invitation.INVITED,
                    }
                )
            participation_ids.extend(_insert(s, Participation, values))
            if progress is not None:
                progress(start + len(batch), total)
            if cancelled is not None and cancelled():
                raise ImportCancelledError(
                    translate("Errors", "The import was cancelled; nothing was imported.")
                )
        counts = fresh.counts
        return ImportResult(
            created=counts[RowStatus.NEW],
            matched=counts[RowStatus.MATCHED],
            skipped=counts[RowStatus.ATTENDING] + counts[RowStatus.DUPLICATE],
            organizations_created=len(org_ids),
            participation_ids=tuple(participation_ids),
            person_ids=tuple(person_ids),
            organization_ids=tuple(org_ids.values()),
        )


def _organization_id(row: PreviewRow, created: dict[str, int]) -> int | None:
    if row.new_organization:
        return created[search_key(row.organization)]
    return row.organization_id


def undo_import(store: Store, result: ImportResult) -> dict[str, list[dict]]:
    """Remove what an import wrote (its attendees, then the people and organizations it
    created); returns what :func:`redo_import` needs to put it all back."""
    from facilitator.services import snapshots
    from facilitator.services.directory import organization_references, person_references

    with store.transaction() as s:
        participations = snapshots.take(s, Participation, result.participation_ids)
        # People and organizations the directory has used since (another workshop,
        # a merge, a colleague moved there) stay; only untouched ones go.
        people = [pid for pid in result.person_ids if not person_references(s, pid)]
        taken_people = snapshots.take(s, Person, people)
        orgs = [oid for oid in result.organization_ids if not organization_references(s, oid)]
        return {
            "participations": participations,
            "people": taken_people,
            "organizations": snapshots.take(s, Organization, orgs),
        }


def redo_import(store: Store, taken: dict[str, list[dict]]) -> None:
    """Put back what :func:`undo_import` removed, with the same ids."""
    from facilitator.services import snapshots

    with store.transaction() as s:
        snapshots.put_back(s, Organization, taken["organizations"])
        snapshots.put_back(s, Person, taken["people"])
        snapshots.put_back(s, Participation, taken["participations"])
