"""Taking rows out and putting them back exactly (same ids, same UUIDs) — for undo."""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session


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
    """Insert rows taken by :func:`take` again, as they were."""
    session.add_all(model(**values) for values in snapshots)
    session.flush()
