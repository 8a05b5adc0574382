"""The ideas board in a bundle: what the ideas services keep true of ideas, clusters, dot
rounds and dots, checked on the bundle's rows before anything is written, and again with
this database's rows when both hold the same workshop.

The services never make a vote on a card of another workshop, a dot round with two
numbers alike, two rounds open at once, or a voter past the round's budget; a bundle that
claims one (a damaged or hand-made file) is refused whole, naming the row and the field.
Bringing a workshop in whose dot round this database also recorded dots must not take a
voter past the budget either (two laptops recording the same round): refused, naming the
round and the voter, and nothing is imported.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.i18n import translate
from facilitator.models import Voice
from facilitator.services._common import shown
from facilitator.services.bundles.schema import refusal, row_label


def _damaged(where: str, field: str, problem: str):
    return refusal(
        translate("Errors", "The bundle is damaged: {where}, {field}: {problem}"),
        where=where,
        field=field,
        problem=problem,
    )


def _where(rows: dict[str, list[dict]], table: str) -> dict[str, str]:
    """ "table #n" of every row of ``table`` by UUID, as the other refusals name rows."""
    return {values["uuid"]: f"{table} #{n}" for n, values in enumerate(rows[table], start=1)}


def check_board(rows: dict[str, list[dict]]) -> None:
    """The bundle's own ideas, clusters, rounds and dots hold together (references are
    UUIDs here, already known to point inside the bundle)."""
    workshop_of = {
        table: {v["uuid"]: v["workshop_id"] for v in rows[table]}
        for table in ("agenda_item", "note", "idea_cluster", "idea", "dot_round")
    }
    _check_ideas(rows, workshop_of)
    _check_rounds(rows, workshop_of)
    _check_votes(rows, workshop_of)


def _check_ideas(rows, workshop_of) -> None:
    made_from: dict[str, str] = {}
    for number, idea in enumerate(rows["idea"], start=1):
        where = f"idea #{number}"
        workshop = idea["workshop_id"]
        if idea["cluster_id"] is not None and workshop_of["idea_cluster"][idea["cluster_id"]] != (
            workshop
        ):
            raise _damaged(
                where,
                "cluster_id",
                translate("Errors", "its cluster is on another workshop's board"),
            )
        item = idea["agenda_item_id"]
        if item is not None and workshop_of["agenda_item"][item] != workshop:
            raise _damaged(
                where,
                "agenda_item_id",
                translate("Errors", "its agenda item is on another workshop's agenda"),
            )
        note = idea["note_uuid"]
        if note is None:
            continue
        if note in workshop_of["note"] and workshop_of["note"][note] != workshop:
            raise _damaged(
                where, "note_uuid", translate("Errors", "its note is from another workshop")
            )
        if note in made_from:
            raise _damaged(
                where,
                "note_uuid",
                translate("Errors", "{other} is already the card of this note").format(
                    other=made_from[note]
                ),
            )
        made_from[note] = where


def _check_rounds(rows, workshop_of) -> None:
    numbers: dict[tuple[str, int], str] = {}
    open_rounds: dict[str, str] = {}
    for number, r in enumerate(rows["dot_round"], start=1):
        where = f"dot_round #{number}"
        workshop = r["workshop_id"]
        item = r["agenda_item_id"]
        if item is not None and workshop_of["agenda_item"][item] != workshop:
            raise _damaged(
                where,
                "agenda_item_id",
                translate("Errors", "its agenda item is on another workshop's agenda"),
            )
        other = numbers.setdefault((workshop, r["number"]), where)
        if other != where:
            raise _damaged(
                where,
                "number",
                translate("Errors", "{other} of the same workshop has this number").format(
                    other=other
                ),
            )
        if r["closed_at"] is None:
            other = open_rounds.setdefault(workshop, where)
            if other != where:
                raise _damaged(
                    where,
                    "closed_at",
                    translate(
                        "Errors", "{other} of the same workshop is open too; one is open at a time"
                    ).format(other=other),
                )


def _voter_problem(r: dict, vote: dict) -> tuple[str, str] | None:
    """(field, problem) when the vote does not name its voter as the round records them."""
    if r["voice"] is Voice.PERSON and vote["person_id"] is None:
        return "person_id", translate(
            "Errors", "its round records each person's dots, but it names no person"
        )
    if r["voice"] is Voice.ORGANIZATION and (
        vote["organization_id"] is None or vote["person_id"] is not None
    ):
        field = "organization_id" if vote["organization_id"] is None else "person_id"
        return field, translate(
            "Errors", "its round records each institution's dots, so it names an institution only"
        )
    if r["voice"] is Voice.COUNTS and (
        vote["person_id"] is not None or vote["organization_id"] is not None
    ):
        field = "person_id" if vote["person_id"] is not None else "organization_id"
        return field, translate("Errors", "its round records counts, so it names no voter")
    return None


def _check_votes(rows, workshop_of) -> None:
    rounds = {r["uuid"]: r for r in rows["dot_round"]}
    round_where = _where(rows, "dot_round")
    used: dict[tuple[str, str], int] = defaultdict(int)
    for number, vote in enumerate(rows["dot_vote"], start=1):
        where = f"dot_vote #{number}"
        r = rounds[vote["round_id"]]
        if vote["idea_id"] is not None:
            field, target_table = "idea_id", "idea"
            wrong_kind = r["on_clusters"]
            kind_problem = translate("Errors", "its round puts dots on clusters, not on ideas")
        else:
            field, target_table = "cluster_id", "idea_cluster"
            wrong_kind = not r["on_clusters"]
            kind_problem = translate("Errors", "its round puts dots on ideas, not on clusters")
        if workshop_of[target_table][vote[field]] != r["workshop_id"]:
            raise _damaged(
                where, field, translate("Errors", "it is on a card of another workshop's board")
            )
        if wrong_kind:
            raise _damaged(where, field, kind_problem)
        problem = _voter_problem(r, vote)
        if problem is not None:
            raise _damaged(where, *problem)
        if r["voice"] is Voice.COUNTS:
            continue
        voter = vote["organization_id"] if r["voice"] is Voice.ORGANIZATION else vote["person_id"]
        used[(r["uuid"], voter)] += vote["dots"]
        if used[(r["uuid"], voter)] > r["budget"]:
            raise _damaged(
                where,
                "dots",
                translate(
                    "Errors",
                    "its voter puts {used} dots in {round}, more than the {budget} each has",
                ).format(
                    used=used[(r["uuid"], voter)], round=round_where[r["uuid"]], budget=r["budget"]
                ),
            )


# -- with this database's rows -------------------------------------------------------------


def _not_imported(text: str, **values):
    return refusal(text, **values)


def check_with_database(
    s: Session, rows: dict[str, list[dict]], existing: dict[str, dict], written: set[str]
) -> None:
    """Before writing: the rows the import writes (``written``: new, or taken from the
    bundle) must not give a round number this database's rounds of the workshop keep, nor
    make a card of a note another card is made of."""
    from facilitator.models import DotRound, Idea, Note, Workshop

    workshop_ids = {u: row.id for u, row in existing["workshop"].items()}
    titles = {v["uuid"]: v["title"] for v in rows["workshop"]}
    for r in rows["dot_round"]:
        workshop_id = workshop_ids.get(r["workshop_id"])
        if r["uuid"] not in written or workshop_id is None:
            continue
        other = s.scalar(
            select(DotRound.uuid).where(
                DotRound.workshop_id == workshop_id,
                DotRound.number == r["number"],
                DotRound.uuid != r["uuid"],
            )
        )
        if other is not None and other not in written:
            raise _not_imported(
                translate(
                    "Errors",
                    "Not imported: the workshop “{title}” already has another dot round "
                    "number {number} here (recorded on two computers?).",
                ),
                title=shown(titles[r["workshop_id"]], 80),
                number=r["number"],
            )
    bundle_notes = {v["uuid"] for v in rows["note"]}
    for number, idea in enumerate(rows["idea"], start=1):
        note = idea["note_uuid"]
        if idea["uuid"] not in written or note is None:
            continue
        other = s.scalar(select(Idea.uuid).where(Idea.note_uuid == note, Idea.uuid != idea["uuid"]))
        if other is not None and other not in written:
            raise _damaged(
                f"idea #{number}",
                "note_uuid",
                translate("Errors", "another card in this database is made of this note"),
            )
        if note not in bundle_notes:
            note_workshop = s.scalar(
                select(Workshop.uuid)
                .join(Note, Note.workshop_id == Workshop.id)
                .where(Note.uuid == note)
            )
            if note_workshop is not None and note_workshop != idea["workshop_id"]:
                raise _damaged(
                    f"idea #{number}",
                    "note_uuid",
                    translate("Errors", "its note is from another workshop"),
                )


def check_after_writing(
    s: Session, rows: dict[str, list[dict]], ids: dict[str, dict[str, int]]
) -> None:
    """After writing, before committing: the workshops' dot rounds as they now stand, this
    database's dots and the bundle's together, keep one round open at a time and every
    voter within the budget."""
    from facilitator.models import DotRound, DotVote, Organization, Person, Workshop

    s.flush()
    round_ids = [ids["dot_round"][r["uuid"]] for r in rows["dot_round"]]
    workshop_ids = {ids["workshop"][r["workshop_id"]] for r in rows["dot_round"]}
    for workshop_id in sorted(workshop_ids):
        numbers = list(
            s.scalars(
                select(DotRound.number)
                .where(DotRound.workshop_id == workshop_id, DotRound.closed_at.is_(None))
                .order_by(DotRound.number)
            )
        )
        if len(numbers) > 1:
            raise _not_imported(
                translate(
                    "Errors",
                    "Not imported: the workshop “{title}” would have dot rounds {first} and "
                    "{second} open at once; close one of them here, then import again.",
                ),
                title=shown(s.get(Workshop, workshop_id).title, 80),
                first=numbers[0],
                second=numbers[1],
            )
    for start in range(0, len(round_ids), 500):
        for r in s.scalars(select(DotRound).where(DotRound.id.in_(round_ids[start : start + 500]))):
            if r.voice is Voice.COUNTS:
                continue
            column = DotVote.organization_id if r.voice is Voice.ORGANIZATION else DotVote.person_id
            over = s.execute(
                select(column, func.sum(DotVote.dots))
                .where(DotVote.round_id == r.id, column.is_not(None))
                .group_by(column)
                .having(func.sum(DotVote.dots) > r.budget)
                .order_by(column)
                .limit(1)
            ).first()
            if over is None:
                continue
            voter_id, used = over
            if r.voice is Voice.ORGANIZATION:
                voter = s.get(Organization, voter_id).name
            else:
                person = s.get(Person, voter_id)
                voter = row_label(
                    "person", {"given_name": person.given_name, "family_name": person.family_name}
                )
            raise _not_imported(
                translate(
                    "Errors",
                    "Not imported: in dot round {number} of “{title}”, {voter} would have put "
                    "{used} dots with the ones recorded here, more than the {budget} each has.",
                ),
                number=r.number,
                title=shown(s.get(Workshop, r.workshop_id).title, 80),
                voter=shown(voter, 80),
                used=used,
                budget=r.budget,
            )
