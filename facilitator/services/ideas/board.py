"""The ideas board: cards (typed on the board, or notes of kind "idea"), their clusters.

Every write is one transaction, committed before the function returns. Cards are named by
their key (``rows.IdeaRow.key``): "i12" for an idea, "n40" for a note of kind "idea" that
is not yet a card of its own. Such a note becomes one (:func:`adopt`) the first time it is
edited on the board, clustered, voted on or promoted — in the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from facilitator.errors import (
    ChangedElsewhereError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    DotRound,
    Idea,
    IdeaCluster,
    Note,
    NoteKind,
    Organization,
    Participation,
    Person,
    Sector,
)
from facilitator.services._common import (
    MAX_ID,
    check_aware,
    check_field,
    check_seen,
    get_or_raise,
    shown,
    shown_now,
)
from facilitator.services.ideas import taking
from facilitator.services.ideas.rows import (
    CLUSTER,
    IDEA,
    NOTE,
    Board,
    ClusterRow,
    DotRoundRow,
    IdeaRow,
    key,
)
from facilitator.services.live.base import current_item_id, load_workshop, person_name
from facilitator.store import Store
from facilitator.text import name_key


def _idea_label() -> str:
    return translate("Fields", "Idea")


def _cluster_label() -> str:
    return translate("Fields", "Cluster name")


# -- reading -----------------------------------------------------------------------------


def _speaker_org():
    """The organization a note's speaker represents at the note's workshop."""
    return (
        select(Participation.organization_id)
        .where(
            Participation.workshop_id == Note.workshop_id,
            Participation.person_id == Note.speaker_id,
        )
        .scalar_subquery()
    )


@cache
def _idea_query(one: bool):
    """The cards' select, built once (an aliased join costs more to build than to run):
    by workshop, or (``one``) the card with the id ``only`` too."""
    author = aliased(Person)
    org = aliased(Organization)
    query = (
        select(
            Idea.id,
            Idea.text,
            Note.id,
            Note.text,
            Idea.author_id,
            author.honorific,
            author.given_name,
            author.family_name,
            Idea.organization_id,
            org.name,
            org.sector,
            Idea.agenda_item_id,
            Idea.cluster_id,
            Idea.added_at,
            Idea.proposal_id,
            Idea.commitment_id,
        )
        .select_from(Idea)
        .outerjoin(Note, Note.uuid == Idea.note_uuid)
        .outerjoin(author, author.id == Idea.author_id)
        .outerjoin(org, org.id == Idea.organization_id)
        .where(Idea.workshop_id == bindparam("workshop"))
    )
    return query.where(Idea.id == bindparam("only")) if one else query


def _idea_rows(s: Session, workshop_id: int, only: int | None = None) -> list[IdeaRow]:
    query = _idea_query(only is not None)
    params = (
        {"workshop": workshop_id, "only": only} if only is not None else {"workshop": workshop_id}
    )
    rows = []
    for (
        iid,
        text,
        note_id,
        note_text,
        author_id,
        hon,
        given,
        family,
        org_id,
        org_name,
        sector,
        item_id,
        cluster_id,
        added_at,
        proposal_id,
        commitment_id,
    ) in s.execute(query, params):
        rows.append(
            IdeaRow(
                key=key(IDEA, iid),
                idea_id=iid,
                note_id=note_id,
                text=note_text if note_text is not None else text,
                author_id=author_id,
                author_name=person_name(hon, given, family) if author_id else "",
                organization_id=org_id,
                organization_name=org_name or "",
                sector=Sector(sector) if sector else None,
                agenda_item_id=item_id,
                cluster_id=cluster_id,
                added_at=added_at.astimezone(UTC),
                proposal_id=proposal_id,
                commitment_id=commitment_id,
            )
        )
    return rows


@cache
def _note_query(one: bool):
    """Notes of kind "idea" not yet cards, built once as :func:`_idea_query`."""
    org = aliased(Organization)
    adopted = select(Idea.id).where(Idea.note_uuid == Note.uuid).exists()
    query = (
        select(
            Note.id,
            Note.text,
            Note.speaker_id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            org.id,
            org.name,
            org.sector,
            Note.agenda_item_id,
            Note.noted_at,
        )
        .select_from(Note)
        .outerjoin(Person, Person.id == Note.speaker_id)
        .outerjoin(
            Participation,
            and_(
                Participation.workshop_id == Note.workshop_id,
                Participation.person_id == Note.speaker_id,
            ),
        )
        .outerjoin(org, org.id == Participation.organization_id)
        .where(Note.workshop_id == bindparam("workshop"), Note.kind == NoteKind.IDEA, ~adopted)
    )
    return query.where(Note.id == bindparam("only")) if one else query


def _note_rows(s: Session, workshop_id: int, only: int | None = None) -> list[IdeaRow]:
    """Notes of kind "idea" that are not yet cards of their own."""
    query = _note_query(only is not None)
    params = (
        {"workshop": workshop_id, "only": only} if only is not None else {"workshop": workshop_id}
    )
    return [
        IdeaRow(
            key=key(NOTE, nid),
            idea_id=None,
            note_id=nid,
            text=text,
            author_id=speaker_id,
            author_name=person_name(hon, given, family) if speaker_id else "",
            organization_id=org_id,
            organization_name=org_name or "",
            sector=Sector(sector) if sector else None,
            agenda_item_id=item_id,
            cluster_id=None,
            added_at=at.astimezone(UTC),
        )
        for nid, text, speaker_id, hon, given, family, org_id, org_name, sector, item_id, at in (
            s.execute(query, params)
        )
    ]


def _clusters(s: Session, workshop_id: int, ideas: list[IdeaRow]) -> list[ClusterRow]:
    members: dict[int, list[str]] = {}
    for idea in ideas:
        if idea.cluster_id is not None:
            members.setdefault(idea.cluster_id, []).append(idea.key)
    return [
        ClusterRow(
            id=c.id,
            name=c.name,
            position=c.position,
            idea_keys=tuple(members.get(c.id, ())),
            proposal_id=c.proposal_id,
            commitment_id=c.commitment_id,
        )
        for c in s.scalars(
            select(IdeaCluster)
            .where(IdeaCluster.workshop_id == workshop_id)
            .order_by(IdeaCluster.position, IdeaCluster.id)
        )
    ]


def round_row(r: DotRound) -> DotRoundRow:
    return DotRoundRow(
        id=r.id,
        workshop_id=r.workshop_id,
        number=r.number,
        question=r.question,
        voice=r.voice,
        budget=r.budget,
        on_clusters=r.on_clusters,
        opened_at=r.opened_at,
        closed_at=r.closed_at,
    )


def _current_round(s: Session, workshop_id: int) -> DotRoundRow | None:
    r = s.scalars(
        select(DotRound)
        .where(DotRound.workshop_id == workshop_id)
        .order_by(DotRound.closed_at.is_not(None), DotRound.number.desc())
        .limit(1)
    ).first()
    return round_row(r) if r is not None else None


def read_board(s: Session, workshop_id: int) -> Board:
    ideas = _idea_rows(s, workshop_id) + _note_rows(s, workshop_id)
    ideas.sort(key=lambda i: (i.added_at, i.key))
    return Board(
        workshop_id=workshop_id,
        ideas=tuple(ideas),
        clusters=tuple(_clusters(s, workshop_id, ideas)),
        round=_current_round(s, workshop_id),
    )


def board(store: Store, workshop_id: int) -> Board:
    """The board of a workshop as it stands."""
    with store.session() as s:
        load_workshop(s, workshop_id)
        return read_board(s, workshop_id)


def read_idea(s: Session, workshop_id: int, idea_key: str) -> IdeaRow:
    s.flush()
    prefix, row_id = parse_key(idea_key)
    rows = (
        _idea_rows(s, workshop_id, row_id) if prefix == IDEA else _note_rows(s, workshop_id, row_id)
    )
    if not rows:
        raise NotFoundError(translate("Errors", "This idea is no longer on the board."))
    return rows[0]


# -- keys --------------------------------------------------------------------------------


_KEY = re.compile(r"[inc][1-9][0-9]{0,18}")


def parse_key(value) -> tuple[str, int]:
    """("i", 12) for "i12": the kind of card (or cluster) a key names and its id."""
    if isinstance(value, str) and _KEY.fullmatch(value) and int(value[1:]) <= MAX_ID:
        return value[0], int(value[1:])
    raise ValidationError(
        translate("Errors", "“{key}” names no idea or cluster.").format(key=shown(value, 40))
    )


def adopt(s: Session, workshop_id: int, idea_key: str) -> Idea:
    """The idea a key names, making a note of kind "idea" a card of its own if need be."""
    prefix, row_id = parse_key(idea_key)
    if prefix == IDEA:
        idea = get_or_raise(s, Idea, row_id, translate("Errors", "idea"))
    elif prefix == NOTE:
        note = get_or_raise(s, Note, row_id, translate("Errors", "note"))
        idea = s.scalar(select(Idea).where(Idea.note_uuid == note.uuid))
        if idea is None:
            if note.kind is not NoteKind.IDEA:
                raise ConflictError(translate("Errors", "This note is no longer an idea."))
            organization_id = None
            if note.speaker_id is not None:
                organization_id = s.scalar(
                    select(Participation.organization_id).where(
                        Participation.workshop_id == note.workshop_id,
                        Participation.person_id == note.speaker_id,
                    )
                )
            idea = Idea(
                workshop_id=note.workshop_id,
                agenda_item_id=note.agenda_item_id,
                note_uuid=note.uuid,
                text=note.text,
                author_id=note.speaker_id,
                organization_id=organization_id,
                added_at=note.noted_at,
            )
            s.add(idea)
            s.flush()
    else:
        raise ValidationError(translate("Errors", "A cluster is not an idea."))
    if idea.workshop_id != workshop_id:
        raise ValidationError(translate("Errors", "The idea is not from this workshop."))
    return idea


def cluster_of(s: Session, workshop_id: int, cluster_id) -> IdeaCluster:
    cluster = get_or_raise(s, IdeaCluster, cluster_id, _cluster_word())
    if cluster.workshop_id != workshop_id:
        raise ValidationError(translate("Errors", "The cluster is not from this workshop."))
    return cluster


def _cluster_word() -> str:
    return translate("Errors", "cluster")


# -- ideas -------------------------------------------------------------------------------


def _check_people(s: Session, workshop_id: int, author_id, organization_id) -> tuple:
    if author_id is not None:
        get_or_raise(s, Person, author_id, translate("Errors", "person"))
        if organization_id is None:
            organization_id = s.scalar(
                select(Participation.organization_id).where(
                    Participation.workshop_id == workshop_id,
                    Participation.person_id == author_id,
                )
            )
    if organization_id is not None:
        get_or_raise(s, Organization, organization_id, translate("Errors", "organization"))
    return author_id, organization_id


def _check_item(s: Session, workshop_id: int, item_id) -> int | None:
    if item_id is None:
        return None
    item = get_or_raise(s, AgendaItem, item_id, translate("Errors", "agenda item"))
    if item.workshop_id != workshop_id:
        raise ValidationError(
            translate("Errors", "The agenda item “{title}” is not on this agenda.").format(
                title=item.title
            ),
            "agenda_item_id",
        )
    return item.id


def add_idea(
    store: Store,
    workshop_id: int,
    text: str,
    *,
    now: datetime,
    author_id: int | None = None,
    organization_id: int | None = None,
    agenda_item_id: int | None = None,
    cluster_id: int | None = None,
) -> IdeaRow:
    """A new card, on the running agenda item unless another is given. The author's
    institution at the workshop is the idea's unless another is given. Before the
    workshop as well as live."""
    with store.transaction() as s:
        idea = insert_idea(
            s,
            workshop_id,
            text,
            now=now,
            author_id=author_id,
            organization_id=organization_id,
            agenda_item_id=agenda_item_id,
            cluster_id=cluster_id,
        )
        return read_idea(s, workshop_id, key(IDEA, idea.id))


def insert_idea(
    s: Session,
    workshop_id: int,
    text: str,
    *,
    now: datetime,
    author_id: int | None = None,
    organization_id: int | None = None,
    agenda_item_id: int | None = None,
    cluster_id: int | None = None,
) -> Idea:
    """:func:`add_idea` inside the caller's unit of work (an idea approved from the room's
    queue is added and marked approved in one commit)."""
    now = check_aware(now, "added_at", translate("Fields", "Time")).astimezone(UTC)
    load_workshop(s, workshop_id)
    text = check_field("note", "text", text, _idea_label())
    author_id, organization_id = _check_people(s, workshop_id, author_id, organization_id)
    item_id = _check_item(s, workshop_id, agenda_item_id)
    if item_id is None:
        item_id = current_item_id(s, workshop_id)
    if cluster_id is not None:
        cluster_id = cluster_of(s, workshop_id, cluster_id).id
    idea = Idea(
        workshop_id=workshop_id,
        agenda_item_id=item_id,
        cluster_id=cluster_id,
        text=text,
        author_id=author_id,
        organization_id=organization_id,
        added_at=now,
    )
    s.add(idea)
    s.flush()
    return idea


def edit_idea(
    store: Store,
    workshop_id: int,
    idea_key: str,
    *,
    expect_text: str | None = None,
    seen_text: str | None = None,
    text: str,
) -> IdeaRow:
    """New words for a card (for a card from a note, the note's words change too).
    ``expect_text``: the words it must still have, else nothing changes; ``seen_text`` (an
    edit's): the words the user saw, else :class:`ChangedElsewhereError`."""
    with store.transaction() as s:
        idea = adopt(s, workshop_id, idea_key)
        text = check_field("note", "text", text, _idea_label())
        note = s.scalar(select(Note).where(Note.uuid == idea.note_uuid)) if idea.note_uuid else None
        now = note.text if note is not None else idea.text
        if seen_text is not None and now != seen_text:
            raise ChangedElsewhereError("text", _idea_label(), now, shown_now(idea, "text", now))
        if expect_text is not None and now != expect_text:
            raise ConflictError(
                translate(
                    "Errors", "The idea was changed elsewhere since; it now reads “{text}”."
                ).format(text=shown(now, 80))
            )
        idea.text = text
        if note is not None:
            note.text = text
        return read_idea(s, workshop_id, key(IDEA, idea.id))


def delete_idea(
    store: Store, workshop_id: int, idea_key: str, *, expect: dict | None = None
) -> dict:
    """Take a card off the board with its dots; returns what :func:`restore_idea` puts back.
    A card from a note takes its note with it (the note is an idea, and nothing else).
    ``expect`` (an undo's): the card's values it must still have (``text``, ``cluster_id``,
    ``proposal_id``, ``commitment_id``), else nothing changes."""
    with store.transaction() as s:
        return taking.take_idea(s, adopt(s, workshop_id, idea_key), expect)


def restore_idea(store: Store, taken: dict) -> IdeaRow:
    """Undo of :func:`delete_idea`: the card, its note and its dots as they were."""
    with store.transaction() as s:
        idea = taking.put_idea(s, taken)
        return read_idea(s, idea["workshop_id"], key(IDEA, idea["id"]))


def delete_cards(store: Store, workshop_id: int, idea_keys=(), cluster_ids=()) -> dict:
    """Cards and clusters off the board in one step (all or nothing); a cluster's cards
    that are not deleted with it stay, out of any cluster. Returns what
    :func:`restore_cards` puts back."""
    with store.transaction() as s:
        ideas = [taking.take_idea(s, adopt(s, workshop_id, k)) for k in idea_keys]
        clusters = [taking.take_cluster(s, cluster_of(s, workshop_id, c)) for c in cluster_ids]
        return {"ideas": ideas, "clusters": clusters}


def restore_cards(store: Store, taken: dict) -> list[str]:
    """Undo of :func:`delete_cards`, in one step; returns the keys of what is back."""
    with store.transaction() as s:
        back = [key(CLUSTER, taking.put_cluster(s, t)["id"]) for t in taken["clusters"]]
        return back + [key(IDEA, taking.put_idea(s, t)["id"]) for t in taken["ideas"]]


# -- clusters ----------------------------------------------------------------------------


def _clean_name(value) -> str:
    return check_field("idea_cluster", "name", value, _cluster_label())


def same_name(a: str, b: str) -> bool:
    """Whether two cluster names are one ("İŞ BİRLİĞİ" and "iş birliği" are)."""
    return name_key(a) == name_key(b)


def _same_name(s: Session, workshop_id: int, name: str, but: int | None = None) -> None:
    for cid, other in s.execute(
        select(IdeaCluster.id, IdeaCluster.name).where(IdeaCluster.workshop_id == workshop_id)
    ):
        if cid != but and same_name(other, name):
            raise ConflictError(
                translate("Errors", "There is already a cluster “{name}”.").format(
                    name=shown(other)
                )
            )


def _placements(s: Session, workshop_id: int, keys) -> dict[str, int | None]:
    """Where each card is now (by its key as given), making notes cards."""
    return {k: adopt(s, workshop_id, k).cluster_id for k in keys}


def create_cluster(store: Store, workshop_id: int, name: str, idea_keys=()) -> ClusterRow:
    """A new cluster, last on the board, with the cards ``idea_keys`` moved into it
    (``ClusterRow.before``: where each was, by idea id, for the undo)."""
    with store.transaction() as s:
        load_workshop(s, workshop_id)
        name = _clean_name(name)
        _same_name(s, workshop_id, name)
        last = s.scalar(
            select(func.max(IdeaCluster.position)).where(IdeaCluster.workshop_id == workshop_id)
        )
        cluster = IdeaCluster(workshop_id=workshop_id, name=name, position=(last or 0) + 1)
        s.add(cluster)
        s.flush()
        before: dict[int, int | None] = {}
        for k in idea_keys:
            idea = adopt(s, workshop_id, k)
            before[idea.id] = idea.cluster_id
            idea.cluster_id = cluster.id
        return replace(_cluster_row(s, workshop_id, cluster.id), before=before)


def _cluster_row(s: Session, workshop_id: int, cluster_id: int) -> ClusterRow:
    s.flush()
    board_now = read_board(s, workshop_id)
    found = board_now.cluster(cluster_id)
    if found is None:
        raise NotFoundError(translate("Errors", "This cluster is no longer on the board."))
    return found


def rename_cluster(
    store: Store,
    workshop_id: int,
    cluster_id: int,
    name: str,
    *,
    expect: str | None = None,
    seen: str | None = None,
) -> ClusterRow:
    """Rename a cluster. ``expect`` (an undo's or redo's): the name it must still have;
    ``seen`` (an edit's): the name the user saw, else :class:`ChangedElsewhereError`."""
    with store.transaction() as s:
        cluster = cluster_of(s, workshop_id, cluster_id)
        if seen is not None:
            check_seen(cluster, {"name": seen}, lambda values: values, {"name": _cluster_label()})
        if expect is not None and cluster.name != expect:
            raise ConflictError(
                translate(
                    "Errors", "The cluster was renamed elsewhere since; it is now “{name}”."
                ).format(name=shown(cluster.name))
            )
        name = _clean_name(name)
        _same_name(s, workshop_id, name, but=cluster.id)
        cluster.name = name
        return _cluster_row(s, workshop_id, cluster.id)


def place(
    store: Store,
    workshop_id: int,
    idea_keys,
    cluster_id: int | None,
    *,
    expect: dict[str, int | None] | None = None,
) -> dict[str, int | None]:
    """Move cards into a cluster (None: out of any). Returns where each was, by the key it
    has now ("n40" becomes "i12"), for the undo; ``expect``: where each must still be."""
    with store.transaction() as s:
        if cluster_id is not None:
            cluster_id = cluster_of(s, workshop_id, cluster_id).id
        before: dict[str, int | None] = {}
        for k in idea_keys:
            idea = adopt(s, workshop_id, k)
            if expect is not None and k in expect and idea.cluster_id != expect[k]:
                raise ConflictError(
                    translate("Errors", "The idea was moved elsewhere since; nothing was moved.")
                )
            before[key(IDEA, idea.id)] = idea.cluster_id
            idea.cluster_id = cluster_id
        return before


def regroup(
    store: Store,
    workshop_id: int,
    placements: dict[str, int | None],
    *,
    expect: dict[str, int | None],
) -> dict[str, int | None]:
    """Each card into its own cluster (None: out of any), in one step: the undo and redo of
    :func:`place`. ``expect``: where each must still be, else nothing moves. Returns where
    each was."""
    with store.transaction() as s:
        before: dict[str, int | None] = {}
        for k, cluster_id in placements.items():
            idea = adopt(s, workshop_id, k)
            if idea.cluster_id != expect.get(k, idea.cluster_id):
                raise ConflictError(
                    translate("Errors", "The idea was moved elsewhere since; nothing was moved.")
                )
            before[key(IDEA, idea.id)] = idea.cluster_id
            idea.cluster_id = cluster_of(s, workshop_id, cluster_id).id if cluster_id else None
        return before


def delete_cluster(
    store: Store,
    workshop_id: int,
    cluster_id: int,
    *,
    expect_name: str | None = None,
    put_back: dict[int, int | None] | None = None,
) -> dict:
    """Take a cluster off the board; its cards stay, out of any cluster (``put_back``: idea
    id → the cluster it goes back to, the undo of :func:`create_cluster`). Dots given to
    the cluster go with it. ``expect_name``: the name it must still have. Returns what
    :func:`restore_cluster` puts back."""
    with store.transaction() as s:
        cluster = cluster_of(s, workshop_id, cluster_id)
        return taking.take_cluster(s, cluster, expect_name=expect_name, put_back=put_back)


def restore_cluster(store: Store, taken: dict) -> ClusterRow:
    with store.transaction() as s:
        cluster = taking.put_cluster(s, taken)
        return _cluster_row(s, cluster["workshop_id"], cluster["id"])


def idea_from_key(store: Store, workshop_id: int, idea_key: str) -> IdeaRow:
    with store.session() as s:
        return read_idea(s, workshop_id, idea_key)


__all__ = [
    "CLUSTER",
    "IDEA",
    "NOTE",
    "add_idea",
    "adopt",
    "board",
    "create_cluster",
    "delete_cards",
    "delete_cluster",
    "delete_idea",
    "edit_idea",
    "parse_key",
    "place",
    "read_board",
    "regroup",
    "rename_cluster",
    "restore_cards",
    "restore_cluster",
    "restore_idea",
    "same_name",
]
