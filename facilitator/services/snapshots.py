"""Taking rows out and putting them back exactly (same ids, same UUIDs) — for undo."""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError
from facilitator.i18n import translate


def take(session: Session, model, ids) -> list[dict]:
    """Delete the rows of ``model`` with these ids; return every column of each."""
    columns = [attr.key for attr in inspect(model).column_attrs]
    rows = session.scalars(select(model).where(model.id.in_(list(ids)))).all()
    snapshots = [{key: getattr(row, key) for key in columns} for row in rows]
    for row in rows:
        session.delete(row)
    session.flush()
    return snapshots


def put_back(session: Session, model, snapshots: list[dict]) -> None:
    """Insert rows taken by :func:`take` again, as they were.

    Refused (:class:`ConflictError`) when a row recorded since took one's id (SQLite hands
    out the highest id again once its row is deleted): two rows never become one.
    """
    ids = [values["id"] for values in snapshots if values.get("id") is not None]
    if ids and session.scalar(select(model.id).where(model.id.in_(ids)).limit(1)) is not None:
        raise ConflictError(
            translate(
                "Errors",
                "This can no longer be brought back: what was recorded since has taken its place.",
            )
        )
    session.add_all(model(**values) for values in snapshots)
    session.flush()
