"""The columns of an attendee file: which field each holds, how a column and a row are
named in messages, and how a name in one cell splits into title, given and family name.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Protocol

from facilitator.i18n import translate
from facilitator.text import turkish_lower


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


def row_error(
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
