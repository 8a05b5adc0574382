"""The agenda of a workshop: timed items, reordering, breaks, copies and templates.

Items are numbered 1..n per workshop under a unique (workshop, position) rule that SQLite and
PostgreSQL both check row by row, so every reordering goes through :func:`_arrange`: the rows
that move are first parked on negative positions, then given their final ones, in one transaction.

Start and end times are not stored; they are computed from the workshop's planned start
and the planned minutes of the items before. Deleting returns snapshots that bring the
items back with the same ids (and re-attach the notes, speaker turns, proposals, ideas and
dot rounds that pointed to them), which is what undo needs; replacing a whole agenda (copy,
template) returns the agenda before and after as snapshots for the same reason. An undo or
redo passes ``expect=``, the snapshots of what it expects to find; when the live screen
recorded actual times, a note was taken on an item or another window changed it since, it
is refused (:class:`StaleEditError`) rather than delete that work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, inspect, select, update
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    AgendaKind,
    AgendaTemplate,
    AgendaTemplateItem,
    DotRound,
    Idea,
    Note,
    Participation,
    Person,
    Proposal,
    Series,
    SpeakerTurn,
    Workshop,
)
from facilitator.services._common import (
    MAX_MINUTES,  # noqa: F401 - the agenda tab limits typing to it
    check_expected,
    check_field,
    check_fields,
    check_seen,
    field_rule,
    get_or_raise,
    unknown_fields,
)
from facilitator.services.attendees import attending_person
from facilitator.store import Store
from facilitator.text import sort_key, turkish_lower

# The lengths the shared field rules allow (the forms limit typing to them).
TITLE_LENGTH = field_rule("agenda_item", "title").max_length
GOAL_LENGTH = field_rule("agenda_item", "goal").max_length  # longer is a document
TEMPLATE_NAME_LENGTH = field_rule("agenda_template", "name").max_length
EDITABLE_FIELDS = frozenset({"title", "kind", "planned_minutes", "presenter_id", "goal"})


# -- plain rows out ------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItemRow:
    """One agenda item with its computed planned start and end (UTC)."""

    id: int
    uuid: str
    workshop_id: int
    position: int
    title: str
    kind: AgendaKind
    planned_minutes: int
    presenter_id: int | None
    presenter_name: str
    goal: str
    planned_start: datetime
    planned_end: datetime
    actual_start: datetime | None
    actual_end: datetime | None


@dataclass(frozen=True)
class Agenda:
    """A workshop's agenda in order, with its total against the time the workshop has."""

    workshop_id: int
    planned_start: datetime
    planned_end: datetime
    items: tuple[AgendaItemRow, ...]
    time_zone: str  # IANA name: the workshop's times are shown in it

    @property
    def total_minutes(self) -> int:
        return sum(item.planned_minutes for item in self.items)

    @property
    def available_minutes(self) -> int:
        return int((self.planned_end - self.planned_start).total_seconds() // 60)

    @property
    def ends_at(self) -> datetime:
        """When the agenda ends if every item keeps to its planned minutes."""
        return self.planned_start + timedelta(minutes=self.total_minutes)

    @property
    def overrun_minutes(self) -> int:
        """Minutes the agenda runs past the planned end (0 when it fits)."""
        return max(0, self.total_minutes - self.available_minutes)

    @property
    def spare_minutes(self) -> int:
        """Minutes left before the planned end (0 when the agenda fills or overruns it)."""
        return max(0, self.available_minutes - self.total_minutes)


@dataclass(frozen=True)
class ItemSnapshot:
    """Everything needed to bring a deleted item back exactly, links included."""

    values: dict
    links: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return self.values["id"]

    @property
    def position(self) -> int:
        return self.values["position"]


@dataclass(frozen=True)
class AgendaChange:
    """A whole-agenda change (copy, template): the agenda before and after, and what was added."""

    workshop_id: int
    before: tuple[ItemSnapshot, ...]
    after: tuple[ItemSnapshot, ...]
    added: int


@dataclass(frozen=True)
class AgendaSource:
    """A workshop whose agenda can be copied."""

    id: int
    number: int | None
    title: str
    series_title: str
    planned_start: datetime
    item_count: int
    total_minutes: int
    time_zone: str  # that workshop's: its day is shown in it


@dataclass(frozen=True)
class TemplateItemRow:
    """One item of an agenda template."""

    title: str
    kind: AgendaKind
    planned_minutes: int
    goal: str


@dataclass(frozen=True)
class TemplateRow:
    """A named, reusable agenda."""

    id: int
    name: str
    items: tuple[TemplateItemRow, ...]

    @property
    def total_minutes(self) -> int:
        return sum(item.planned_minutes for item in self.items)


# -- helpers ---------------------------------------------------------------------------

# Rows pointing to an agenda item: their link is set to NULL when it goes, put back by a restore.
_LINKED = {"note": Note, "speaker_turn": SpeakerTurn, "proposal": Proposal, "idea": Idea}
_LINKED["dot_round"] = DotRound
# What an undo or redo expects an item to still hold (besides what points to it).
_EXPECTED_FIELDS = (*sorted(EDITABLE_FIELDS), "actual_start", "actual_end")
_SNAPSHOT_FIELDS = ("id", "uuid", "created_at", "workshop_id", "position", *_EXPECTED_FIELDS)


def _workshop(session: Session, workshop_id: int) -> Workshop:
    return get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))


def _item(session: Session, item_id: int) -> AgendaItem:
    return get_or_raise(session, AgendaItem, item_id, translate("Errors", "agenda item"))


def _items(session: Session, workshop_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.workshop_id == workshop_id)
            .order_by(AgendaItem.position)
        )
    )


def _arrange(session: Session, ordered: list) -> None:
    """Number ``ordered`` 1..n, adding the new (transient) rows among them.

    Rows whose position changes are parked on distinct negative positions and
    flushed first, so no statement ever meets a position still held by another row.
    """
    moving = [
        row
        for number, row in enumerate(ordered, start=1)
        if inspect(row).persistent and row.position != number
    ]
    for parking, row in enumerate(moving, start=1):
        row.position = -parking
    if moving:
        session.flush()
    for number, row in enumerate(ordered, start=1):
        row.position = number
        if not inspect(row).persistent:
            session.add(row)
    session.flush()


def _attending(session: Session, workshop_id: int) -> set[int]:
    return set(
        session.scalars(
            select(Participation.person_id).where(Participation.workshop_id == workshop_id)
        )
    )


def _check_presenter(session: Session, workshop_id: int, person_id) -> int | None:
    if person_id is None:
        return None
    if not isinstance(person_id, int) or isinstance(person_id, bool):
        raise ValidationError(
            translate("Errors", "The presenter must be a person attending the workshop."),
            "presenter_id",
        )
    attending_person(session, workshop_id, person_id, "presenter_id")
    return person_id


def _check_minutes(value) -> int:
    return check_field("agenda_item", "planned_minutes", value, "planned_minutes")


def _clean(session: Session, workshop_id: int, changes: dict) -> dict:
    unknown_fields(changes, set(EDITABLE_FIELDS))
    labels = {
        "title": translate("Fields", "Title"),
        "kind": translate("Fields", "kind of agenda item"),
        "goal": translate("Fields", "Goal"),
    }
    cleaned: dict = check_fields("agenda_item", changes, labels)
    if "planned_minutes" in changes:
        cleaned["planned_minutes"] = _check_minutes(changes["planned_minutes"])
    if "presenter_id" in changes:
        cleaned["presenter_id"] = _check_presenter(session, workshop_id, changes["presenter_id"])
    return cleaned


def agenda_rows(session: Session, workshop: Workshop) -> tuple[AgendaItemRow, ...]:
    stmt = (
        select(AgendaItem, Person)
        .outerjoin(Person, AgendaItem.presenter_id == Person.id)
        .where(AgendaItem.workshop_id == workshop.id)
        .order_by(AgendaItem.position)
    )
    clock = workshop.planned_start.astimezone(UTC)
    rows = []
    for item, presenter in session.execute(stmt):
        end = clock + timedelta(minutes=item.planned_minutes)
        rows.append(
            AgendaItemRow(
                id=item.id,
                uuid=item.uuid,
                workshop_id=item.workshop_id,
                position=item.position,
                title=item.title,
                kind=AgendaKind(item.kind),
                planned_minutes=item.planned_minutes,
                presenter_id=item.presenter_id,
                presenter_name=presenter.display_name() if presenter else "",
                goal=item.goal,
                planned_start=clock,
                planned_end=end,
                actual_start=item.actual_start.astimezone(UTC) if item.actual_start else None,
                actual_end=item.actual_end.astimezone(UTC) if item.actual_end else None,
            )
        )
        clock = end
    return tuple(rows)


def _agenda(session: Session, workshop: Workshop) -> Agenda:
    return Agenda(
        workshop_id=workshop.id,
        planned_start=workshop.planned_start.astimezone(UTC),
        planned_end=workshop.planned_end.astimezone(UTC),
        items=agenda_rows(session, workshop),
        time_zone=workshop.time_zone,
    )


def _row_of(session: Session, item: AgendaItem) -> AgendaItemRow:
    agenda = _agenda(session, _workshop(session, item.workshop_id))
    return next(row for row in agenda.items if row.id == item.id)


def _links(session: Session, item_id: int) -> dict[str, tuple[int, ...]]:
    return {
        name: tuple(session.scalars(select(model.id).where(model.agenda_item_id == item_id)))
        for name, model in _LINKED.items()
    }


def _snapshot(session: Session, item: AgendaItem) -> ItemSnapshot:
    return ItemSnapshot({f: getattr(item, f) for f in _SNAPSHOT_FIELDS}, _links(session, item.id))


def added_item(row: AgendaItemRow) -> ItemSnapshot:
    """What an item just added holds, as an undo's ``expect=`` (nothing points to it yet)."""
    values = {f: getattr(row, f) for f in ("id", "workshop_id", "position", *_EXPECTED_FIELDS)}
    return ItemSnapshot(values, {name: () for name in _LINKED})


def _expect_labels() -> dict[str, str]:
    return {
        "actual_start": translate("Fields", "actual start"),
        "actual_end": translate("Fields", "actual end"),
        "links": translate("Fields", "notes, speaking turns, proposals, ideas or dot rounds"),
        "items": translate("Fields", "agenda items"),
    }


def _check_item(session: Session, item: AgendaItem, expected: ItemSnapshot) -> None:
    """Refuse (:class:`StaleEditError`) when ``item`` no longer holds what ``expected``
    holds: its fields, actual times included, and what points to it (see ``_LINKED``)."""
    fields = [f for f in _EXPECTED_FIELDS if f in expected.values]
    links = _links(session, item.id)
    current = SimpleNamespace(
        **{f: getattr(item, f) for f in fields},
        links={name: frozenset(links[name]) for name in expected.links},
    )
    wanted = {f: expected.values[f] for f in fields}
    wanted["links"] = {name: frozenset(ids) for name, ids in expected.links.items()}
    check_expected(current, wanted, _expect_labels())


def _check_agenda(session: Session, workshop_id: int, expected: Iterable[ItemSnapshot]) -> None:
    """Refuse unless the agenda is exactly ``expected``: the same items in the same order,
    each still holding what its snapshot holds."""
    expected = sorted(expected, key=lambda x: x.position)
    items = _items(session, workshop_id)
    check_expected(
        SimpleNamespace(items=[item.id for item in items]),
        {"items": [snapshot.id for snapshot in expected]},
        _expect_labels(),
    )
    for item, snapshot in zip(items, expected, strict=True):
        _check_item(session, item, snapshot)


def _new_from_snapshot(session: Session, snapshot: ItemSnapshot) -> AgendaItem:
    if session.get(AgendaItem, snapshot.id) is not None:
        raise ConflictError(
            translate("Errors", "The agenda item “{title}” is already there.").format(
                title=snapshot.values["title"]
            )
        )
    values = {k: v for k, v in snapshot.values.items() if k != "position"}
    presenter_id = values.get("presenter_id")
    if presenter_id is not None and session.get(Person, presenter_id) is None:
        values["presenter_id"] = None  # deleted from the directory meanwhile
    return AgendaItem(**values)


def _relink(session: Session, snapshots) -> None:
    for snapshot in snapshots:
        for name, ids in snapshot.links.items():
            if ids:
                model = _LINKED[name]
                session.execute(
                    update(model)
                    .where(model.id.in_(ids), model.agenda_item_id.is_(None))
                    .values(agenda_item_id=snapshot.id)
                    .execution_options(synchronize_session=False)
                )


def _delete_all(session: Session, workshop_id: int) -> None:
    for item in _items(session, workshop_id):
        session.delete(item)
    session.flush()


def copy_item(item, workshop_id: int, presenter_id: int | None) -> AgendaItem:
    """A new agenda item for ``workshop_id`` with the title, kind, minutes and goal of
    ``item`` (an agenda or template item); the caller places it."""
    return AgendaItem(
        workshop_id=workshop_id,
        title=item.title,
        kind=item.kind,
        planned_minutes=item.planned_minutes,
        presenter_id=presenter_id,
        goal=item.goal,
    )


# -- reading -------------------------------------------------------------------------


def get_agenda(store: Store, workshop_id: int) -> Agenda:
    """The agenda of a workshop, in order, with computed start and end times."""
    with store.session() as s:
        return _agenda(s, _workshop(s, workshop_id))


def copy_sources(store: Store, workshop_id: int) -> list[AgendaSource]:
    """Other workshops that have an agenda: earlier ones first (latest first), then later ones."""
    with store.session() as s:
        target = _workshop(s, workshop_id)
        shown = (
            Workshop.id,
            Workshop.number,
            Workshop.title,
            Series.title,
            Workshop.planned_start,
            Workshop.time_zone,
        )
        stmt = (
            select(*shown, func.count(AgendaItem.id), func.sum(AgendaItem.planned_minutes))
            .join(AgendaItem, AgendaItem.workshop_id == Workshop.id)
            .outerjoin(Series, Series.id == Workshop.series_id)
            .where(Workshop.id != workshop_id)
            .group_by(*shown)
        )
        sources = [
            AgendaSource(
                id=wid,
                number=number,
                title=title,
                series_title=series_title or "",
                planned_start=start.astimezone(UTC),
                item_count=count,
                total_minutes=int(total or 0),
                time_zone=zone,
            )
            for wid, number, title, series_title, start, zone, count, total in s.execute(stmt)
        ]
    target_start = target.planned_start.astimezone(UTC)
    sources.sort(
        key=lambda r: (r.planned_start >= target_start, -r.planned_start.timestamp(), r.id)
    )
    return sources


# -- editing items -------------------------------------------------------------------


def _following_kind(above: list[AgendaItem]) -> AgendaKind:
    """A new item's kind: that of the nearest item above it that is not a break (a titled
    item after a coffee break is rarely another break), else a discussion."""
    kinds = [AgendaKind(i.kind) for i in above if AgendaKind(i.kind) is not AgendaKind.BREAK]
    return kinds[-1] if kinds else AgendaKind.DISCUSSION


def _add(s: Session, workshop_id: int, position: int | None, **fields) -> AgendaItemRow:
    items = _items(s, workshop_id)
    if position is None:
        position = len(items) + 1
    if (
        not isinstance(position, int)
        or isinstance(position, bool)
        or not 1 <= position <= len(items) + 1
    ):
        raise ValidationError(
            translate("Errors", "The position must be between 1 and {n}.").format(n=len(items) + 1),
            "position",
        )
    if fields.get("kind", AgendaKind.DISCUSSION) is None:
        fields["kind"] = _following_kind(items[: position - 1])
    values = _clean(s, workshop_id, fields)
    item = AgendaItem(workshop_id=workshop_id, **values)
    items.insert(position - 1, item)
    _arrange(s, items)
    return _row_of(s, item)


def add_item(
    store: Store,
    workshop_id: int,
    title: str,
    *,
    kind: AgendaKind | str | None = None,
    planned_minutes: int = 15,
    presenter_id: int | None = None,
    goal: str = "",
    position: int | None = None,
) -> AgendaItemRow:
    """Add an item at the end, or at ``position`` (1-based) moving the later ones down;
    without a ``kind``, of the kind of the item above it (see :func:`_following_kind`)."""
    with store.transaction() as s:
        _workshop(s, workshop_id)
        return _add(
            s,
            workshop_id,
            position,
            title=title,
            kind=kind,
            planned_minutes=planned_minutes,
            presenter_id=presenter_id,
            goal=goal,
        )


def insert_break(
    store: Store, after_item_id: int, title: str, *, planned_minutes: int = 15
) -> AgendaItemRow:
    """Insert a break right after the given item."""
    with store.transaction() as s:
        after = _item(s, after_item_id)
        return _add(
            s,
            after.workshop_id,
            after.position + 1,
            title=title,
            kind=AgendaKind.BREAK,
            planned_minutes=planned_minutes,
        )


def update_item(
    store: Store, item_id: int, *, expect: dict | None = None, seen: dict | None = None, **changes
) -> AgendaItemRow:
    """Change some fields of an item, all or none. An undo's or redo's ``expect``, an edit's
    ``seen`` (what the user saw): refused when the item no longer holds it (``check_seen``)."""
    with store.transaction() as s:
        item = _item(s, item_id)
        if expect:
            check_expected(item, _clean(s, item.workshop_id, expect))
        check_seen(item, seen, lambda values: _clean(s, item.workshop_id, values))
        for key, value in _clean(s, item.workshop_id, changes).items():
            setattr(item, key, value)
        s.flush()
        return _row_of(s, item)


def move_item(store: Store, item_id: int, position: int) -> int:
    """Move an item to ``position`` (1-based); the others close up. Returns its old position."""
    with store.transaction() as s:
        item = _item(s, item_id)
        items = _items(s, item.workshop_id)
        if not isinstance(position, int) or isinstance(position, bool):
            position = 0
        if not 1 <= position <= len(items):
            raise ValidationError(
                translate("Errors", "The position must be between 1 and {n}.").format(n=len(items)),
                "position",
            )
        old = item.position
        items.remove(item)
        items.insert(position - 1, item)
        _arrange(s, items)
        return old


def delete_items(
    store: Store, item_ids: list[int], *, expect: Iterable[ItemSnapshot] | None = None
) -> list[ItemSnapshot]:
    """Delete items (the later ones close up); returns what brings them back exactly.

    ``expect`` (an undo's or redo's): snapshots of the items as the caller last saw them
    (:func:`added_item`, or what :func:`restore_items` returned). When one of them changed
    since — actual times recorded on the live screen, a note taken on it, renamed in
    another window — :class:`StaleEditError` is raised and nothing is deleted.
    """
    with store.transaction() as s:
        ids = set(item_ids)
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.id.in_(ids))))
        if len(items) != len(ids):
            raise NotFoundError(translate("Errors", "Some of these agenda items no longer exist."))
        by_id = {item.id: item for item in items}
        for snapshot in expect or ():
            if snapshot.id in by_id:
                _check_item(s, by_id[snapshot.id], snapshot)
        snapshots = sorted((_snapshot(s, item) for item in items), key=lambda x: x.position)
        workshop_ids = {item.workshop_id for item in items}
        for item in items:
            s.delete(item)
        s.flush()
        for workshop_id in workshop_ids:
            _arrange(s, _items(s, workshop_id))
        return snapshots


def restore_items(store: Store, snapshots: list[ItemSnapshot]) -> list[ItemSnapshot]:
    """Bring deleted items back at their old places, with the same ids and links.

    Returns what was brought back (a presenter deleted meanwhile is gone, a note
    moved to another item stays there): what deleting them again expects.
    """
    with store.transaction() as s:
        restored = []
        for snapshot in sorted(snapshots, key=lambda x: x.position):
            workshop_id = snapshot.values["workshop_id"]
            _workshop(s, workshop_id)
            items = _items(s, workshop_id)
            index = min(max(snapshot.position, 1), len(items) + 1) - 1
            item = _new_from_snapshot(s, snapshot)
            items.insert(index, item)
            _arrange(s, items)
            restored.append(item)
        _relink(s, snapshots)
        s.flush()
        return [_snapshot(s, item) for item in restored]


# -- whole agendas ---------------------------------------------------------------------


def put_agenda(
    store: Store,
    workshop_id: int,
    snapshots,
    *,
    expect: Iterable[ItemSnapshot] | None = None,
) -> tuple[ItemSnapshot, ...]:
    """Make the workshop's agenda exactly ``snapshots`` (same ids), e.g. to undo a copy.

    ``expect`` (an undo's or redo's): the agenda it must find, as snapshots (what the
    step being undone or redone left). When an item was added, deleted, moved or
    changed since — actual times recorded on the live screen included — or a note was
    taken on one, :class:`StaleEditError` is raised and the agenda stays as it is.
    Returns the agenda put, as snapshots (what the next undo or redo expects).
    """
    with store.transaction() as s:
        _workshop(s, workshop_id)
        if expect is not None:
            _check_agenda(s, workshop_id, expect)
        _delete_all(s, workshop_id)
        ordered = sorted(snapshots, key=lambda x: x.position)
        _arrange(s, [_new_from_snapshot(s, snapshot) for snapshot in ordered])
        _relink(s, ordered)
        s.flush()
        return tuple(_snapshot(s, item) for item in _items(s, workshop_id))


def _append(s: Session, workshop_id: int, before, added: list) -> AgendaChange:
    _arrange(s, _items(s, workshop_id) + added)
    after = tuple(_snapshot(s, item) for item in _items(s, workshop_id))
    return AgendaChange(workshop_id, tuple(before), after, len(added))


def copy_agenda(
    store: Store, source_workshop_id: int, target_workshop_id: int, *, replace: bool = False
) -> AgendaChange:
    """Copy another workshop's agenda, replacing this one's or after its items.

    Presenters are kept only when they attend the target workshop; actual
    times are not copied.
    """
    with store.transaction() as s:
        target = _workshop(s, target_workshop_id)
        source = _workshop(s, source_workshop_id)
        if source.id == target.id:
            raise ValidationError(
                translate("Errors", "Choose another workshop to copy the agenda from.")
            )
        source_items = _items(s, source.id)
        if not source_items:
            raise ValidationError(
                translate("Errors", "“{title}” has no agenda to copy.").format(title=source.title)
            )
        attending = _attending(s, target.id)
        before = tuple(_snapshot(s, item) for item in _items(s, target.id))
        if replace:
            _delete_all(s, target.id)
        added = [
            copy_item(
                item, target.id, item.presenter_id if item.presenter_id in attending else None
            )
            for item in source_items
        ]
        return _append(s, target.id, before, added)


# -- templates ---------------------------------------------------------------------------


def _template_row(template: AgendaTemplate) -> TemplateRow:
    return TemplateRow(
        id=template.id,
        name=template.name,
        items=tuple(
            TemplateItemRow(
                title=i.title,
                kind=AgendaKind(i.kind),
                planned_minutes=i.planned_minutes,
                goal=i.goal,
            )
            for i in template.items
        ),
    )


def list_templates(store: Store) -> list[TemplateRow]:
    """Every agenda template, in Turkish alphabetical order of name."""
    with store.session() as s:
        rows = [_template_row(t) for t in s.scalars(select(AgendaTemplate))]
    rows.sort(key=lambda r: (sort_key(r.name), r.id))
    return rows


def save_template(
    store: Store, workshop_id: int, name: str, *, replace: bool = False
) -> TemplateRow:
    """Save the workshop's agenda as a named template (without times or presenters).

    A template of the same name (ignoring case, the Turkish way) is refused
    unless ``replace`` is set, in which case its items are replaced.
    """
    with store.transaction() as s:
        _workshop(s, workshop_id)
        name = check_field("agenda_template", "name", name, translate("Fields", "Template name"))
        items = _items(s, workshop_id)
        if not items:
            raise ValidationError(
                translate("Errors", "The agenda is empty: there is nothing to save as a template.")
            )
        folded = turkish_lower(name)
        existing = next(
            (t for t in s.scalars(select(AgendaTemplate)) if turkish_lower(t.name) == folded),
            None,
        )
        if existing is not None and not replace:
            raise ConflictError(
                translate("Errors", "A template named “{name}” already exists.").format(
                    name=existing.name
                )
            )
        if existing is None:
            template = AgendaTemplate(name=name)
            s.add(template)
        else:
            template = existing
            template.name = name
            template.items.clear()
        s.flush()
        for position, item in enumerate(items, start=1):
            template.items.append(
                AgendaTemplateItem(
                    position=position,
                    title=item.title,
                    kind=item.kind,
                    planned_minutes=item.planned_minutes,
                    goal=item.goal,
                )
            )
        s.flush()
        return _template_row(template)


def delete_template(store: Store, template_id: int) -> None:
    """Delete a template; agendas started from it stay as they are."""
    with store.transaction() as s:
        s.delete(get_or_raise(s, AgendaTemplate, template_id, translate("Errors", "template")))


def apply_template(
    store: Store, template_id: int, workshop_id: int, *, replace: bool = True
) -> AgendaChange:
    """Start the workshop's agenda from a template (replacing it), or add the template's items."""
    with store.transaction() as s:
        _workshop(s, workshop_id)
        template = get_or_raise(s, AgendaTemplate, template_id, translate("Errors", "template"))
        if not template.items:
            raise ValidationError(
                translate("Errors", "The template “{name}” has no items.").format(
                    name=template.name
                )
            )
        before = tuple(_snapshot(s, item) for item in _items(s, workshop_id))
        if replace:
            _delete_all(s, workshop_id)
        added = [copy_item(item, workshop_id, None) for item in template.items]
        return _append(s, workshop_id, before, added)
