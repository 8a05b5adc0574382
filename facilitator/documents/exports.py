"""One entry point that makes any workshop document from the store: used by the CLI and the app.

:func:`export_document` gathers the data (one unit of work), then writes the
file; bad input raises a :class:`facilitator.errors.FacilitatorError` before
anything is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from facilitator.documents.minutes_versions import VersionStamp
from facilitator.documents.template import RenderOptions
from facilitator.errors import ValidationError
from facilitator.i18n import translate

PDF_DOCUMENTS = ("minutes", "roadmap", "agenda", "attendance")
WORD_DOCUMENTS = ("minutes", "agenda", "attendance")  # also written as .docx
DOCUMENTS = (*PDF_DOCUMENTS, "ics")


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file and, for PDFs, its number of pages (None for a .docx,
    whose pages Word counts)."""

    path: Path
    pages: int | None
    stamp: VersionStamp | None = None  # minutes: the version written


def expected_suffix(what: str) -> str:
    """The file ending of ``what`` (the first, for documents written in several formats)."""
    return accepted_suffixes(what)[0]


def accepted_suffixes(what: str) -> tuple[str, ...]:
    """The file endings ``what`` can be written as: .ics, .pdf, or .pdf and .docx."""
    if what == "ics":
        return (".ics",)
    return (".pdf", ".docx") if what in WORD_DOCUMENTS else (".pdf",)


def check_output(what: str, output: str | os.PathLike) -> Path:
    """The output path, refused unless it ends as the document needs and its folder exists."""
    if what not in DOCUMENTS:
        raise ValidationError(
            translate("Errors", "“{value}” is not a document Facilitator makes.").format(
                value=str(what)[:40]
            )
        )
    path = Path(output)
    suffixes = accepted_suffixes(what)
    if path.suffix.lower() not in suffixes:
        name = path.name or str(path)
        if len(suffixes) > 1:
            raise ValidationError(
                translate("Errors", "{file}: the file name must end in .pdf or .docx.").format(
                    file=name
                )
            )
        raise ValidationError(
            translate("Errors", "{file}: the file name must end in {suffix}.").format(
                file=name, suffix=suffixes[0]
            )
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            translate("Errors", "The folder {folder} does not exist.").format(folder=folder)
        )
    return path


def export_document(
    store,
    what: str,
    workshop_id: int,
    output: str | os.PathLike,
    options: RenderOptions,
    *,
    version: str | int | None = None,
    agenda_only: bool = False,
    organizer: tuple[str, str] | None = None,
) -> ExportResult:
    """Make the document ``what`` of ``workshop_id`` (roadmap: of its series) at ``output``,
    a PDF or, for minutes, agenda and attendance, a Word document when it ends in .docx.

    Minutes: ``version`` is None (the latest final, else the current draft, recorded as
    the next version), "draft", "final" or a version number;
    ``agenda_only`` makes the draft of a workshop not held yet from its agenda alone.
    """
    from facilitator.services import document_data as data

    path = check_output(what, output)
    if what != "roadmap" and not options.organizer:  # the roadmap names its coordinator
        options = replace(options, organizer=data.organizer_of(store, workshop_id))
    if path.suffix.lower() == ".docx":
        return _export_word(store, what, workshop_id, path, options, version, agenda_only)
    if what == "minutes":
        from facilitator.documents.minutes import write_minutes

        minutes, stamp = minutes_to_print(store, workshop_id, version, agenda_only)
        return ExportResult(path, write_minutes(path, minutes, options, stamp), stamp)
    if what == "agenda":
        from facilitator.documents.agenda import write_agenda

        return ExportResult(path, write_agenda(path, data.agenda_data(store, workshop_id), options))
    if what == "attendance":
        from facilitator.documents.attendance import write_attendance

        sheet = data.attendance_data(store, workshop_id)
        return ExportResult(path, write_attendance(path, sheet, options))
    if what == "roadmap":
        from facilitator.documents.roadmap import write_roadmap

        series_id = data.series_of_workshop(store, workshop_id)
        return ExportResult(path, write_roadmap(path, data.roadmap_data(store, series_id), options))
    from facilitator.documents.calendar import write_calendar

    agenda = data.agenda_data(store, workshop_id)
    write_calendar(path, agenda, options.language, organizer=organizer)
    return ExportResult(path, None)


def _export_word(store, what, workshop_id, path, options, version, agenda_only) -> ExportResult:
    """The .docx of the minutes (the same version the PDF would be), agenda or attendance."""
    from facilitator.services import document_data as data

    if what == "minutes":
        from facilitator.documents.docx_minutes import write_minutes_docx

        minutes, stamp = minutes_to_print(store, workshop_id, version, agenda_only)
        write_minutes_docx(path, minutes, options, stamp)
        return ExportResult(path, None, stamp)
    if what == "agenda":
        from facilitator.documents.docx_agenda import write_agenda_docx

        write_agenda_docx(path, data.agenda_data(store, workshop_id), options)
        return ExportResult(path, None)
    from facilitator.documents.docx_attendance import write_attendance_docx

    write_attendance_docx(path, data.attendance_data(store, workshop_id), options)
    return ExportResult(path, None)


def minutes_to_print(
    store, workshop_id: int, version: str | int | None = None, agenda_only: bool = False
):
    """The minutes' data and the version stamp an export prints (see :func:`export_document`)."""
    from datetime import UTC, datetime

    from facilitator.services import minutes_record

    if agenda_only:
        if version not in (None, "draft"):
            raise ValidationError(
                translate("Errors", "An agenda-only draft has no version: leave out --version.")
            )
        data = minutes_record.agenda_only(store, workshop_id)
        return data, VersionStamp(0, False, datetime.now(UTC), agenda_only=True)
    chosen = minutes_record.for_export(store, workshop_id, version)
    row = chosen.row
    stamp = VersionStamp(
        number=row.number,
        final=row.final,
        date=row.created_at,
        sha256=row.sha256,
        since_final=chosen.since_final,
        changes=chosen.changes,
        correction_deadline=None
        if row.final
        else minutes_record.correction_deadline(store, workshop_id),
    )
    return chosen.data, stamp
