"""Applying a previewed import in one transaction (every row or none), and undoing it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import insert
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, FacilitatorError, ValidationError
from facilitator.i18n import translate
from facilitator.models import Invitation, Organization, Participation, Person, Role
from facilitator.models.directory import organization_search_text, person_search_text
from facilitator.services.attendee_import.directory_index import read_directory
from facilitator.services.attendee_import.preview import (
    ImportPreview,
    PreviewRow,
    RowStatus,
    make_preview,
)
from facilitator.store import Store
from facilitator.text import search_key


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


def _insert(session: Session, model, values: list[dict]) -> list[int]:
    """Insert rows in bulk; their new ids, in the order of ``values``."""
    if not values:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, values))


def _as_added(row: PreviewRow) -> PreviewRow:
    """A row as what it adds: the person and institution it names, whether they are made
    by this import or (made meanwhile by someone else's) found in the directory."""
    if row.status not in (RowStatus.NEW, RowStatus.MATCHED):
        return row
    return replace(
        row,
        status=RowStatus.NEW,
        person_id=None,
        matched_name="",
        organization_id=None,
        new_organization=False,
    )


def same_outcome(preview: ImportPreview, fresh: ImportPreview) -> bool:
    """Whether the preview made again inside the import's transaction imports the same.

    Another organizer may have imported the same people or institutions meanwhile (on a
    shared server, at the same moment): a row previewed as new that now finds the one
    they made adds the same person, and is not a reason to refuse. Anything else that
    differs (a row now attending, a duplicate, an error, another namesake) is.
    """
    if (preview.workshop_id, preview.columns, preview.problems) != (
        fresh.workshop_id,
        fresh.columns,
        fresh.problems,
    ) or len(preview.rows) != len(fresh.rows):
        return False
    for before, now in zip(preview.rows, fresh.rows, strict=True):
        if before == now:
            continue
        meanwhile = before.status is RowStatus.NEW and now.status is RowStatus.MATCHED
        made_elsewhere = before.new_organization and now.organization_id is not None
        if not (meanwhile or made_elsewhere) or _as_added(before) != _as_added(now):
            return False
    return True


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
        if not same_outcome(preview, fresh):
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
        # filled in here by the functions those listeners call.
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
                            "search_text": organization_search_text(name, "", ""),
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
                            "search_text": person_search_text(
                                r.given_name, r.family_name, r.email, r.position
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
                if preview.workshop_id is not None:  # None: into the directory only
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


def undo_import(
    store: Store, result: ImportResult, *, expect: dict[int, dict] | None = None
) -> dict[str, list[dict]]:
    """Remove what an import wrote (its attendees, then the people and organizations it
    created); returns what :func:`redo_import` needs to put it all back.

    ``expect``: per imported attendee, the values the import left
    (:func:`attendees.expected_values`). When any changed since (a check-in on the live
    screen, another window), :class:`StaleEditError` is raised and nothing is removed.
    """
    from facilitator.services import snapshots
    from facilitator.services.attendees import check_attendees_expected
    from facilitator.services.directory import organization_references, person_references

    with store.transaction() as s:
        check_attendees_expected(s, result.participation_ids, expect)
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
