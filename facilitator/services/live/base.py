"""What every part of the live session reads: the workshop, whether it is in session, its
agenda and the item running now.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.models import AgendaItem, Workshop, WorkshopStatus
from facilitator.services._common import get_or_raise

ENDED = (WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT)


def person_name(honorific: str | None, given: str | None, family: str | None) -> str:
    return " ".join(p for p in (honorific, given, family) if p)


def load_workshop(session: Session, workshop_id: int) -> Workshop:
    return get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))


def require_in_session(workshop: Workshop) -> None:
    if workshop.status is WorkshopStatus.IN_SESSION:
        return
    if workshop.status in ENDED:
        raise ValidationError(
            translate("Errors", "The session of “{title}” has ended.").format(title=workshop.title)
        )
    raise ValidationError(
        translate("Errors", "The session of “{title}” has not started.").format(
            title=workshop.title
        )
    )


def agenda_items(session: Session, workshop_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.workshop_id == workshop_id)
            .order_by(AgendaItem.position)
        )
    )


def running_item(items: list[AgendaItem]) -> AgendaItem | None:
    return next((i for i in items if i.actual_start is not None and i.actual_end is None), None)


def current_item_id(session: Session, workshop_id: int) -> int | None:
    return session.scalar(
        select(AgendaItem.id)
        .where(
            AgendaItem.workshop_id == workshop_id,
            AgendaItem.actual_start.is_not(None),
            AgendaItem.actual_end.is_(None),
        )
        .order_by(AgendaItem.position)
        .limit(1)
    )
