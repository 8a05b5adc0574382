"""Creating a proposal, its wordings (amending keeps the earlier ones as history), its
fields, and deleting it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, StaleEditError, ValidationError
from facilitator.i18n import translate
from facilitator.models import AgendaItem, DecisionMethod, Note, Proposal, ProposalVersion, Voice
from facilitator.services._common import (
    check_choice,
    check_expected,
    check_field,
    check_id,
    get_or_raise,
    unknown_fields,
)
from facilitator.services.proposals.reading import (
    clean_statement,
    load_proposal,
    load_workshop,
    proposal_row,
    refuse_while_open,
)
from facilitator.services.proposals.rows import EDITABLE_FIELDS, NOTE_TITLE_LENGTH, ProposalRow
from facilitator.store import Store


def _clean_title(value) -> str:
    return check_field("proposal", "title", value, translate("Fields", "Title"))


def _clean_wording(value) -> str:
    return check_field("proposal_version", "text", value, translate("Fields", "Proposal text"))


def _check_item(session: Session, workshop_id: int, item_id) -> int | None:
    if item_id is None:
        return None
    item = get_or_raise(session, AgendaItem, item_id, translate("Errors", "agenda item"))
    if item.workshop_id != workshop_id:
        raise ValidationError(
            translate("Errors", "The agenda item “{title}” is not on this agenda.").format(
                title=item.title
            ),
            "agenda_item_id",
        )
    return item.id


def create_proposal(
    store: Store,
    workshop_id: int,
    title: str,
    text: str,
    *,
    method: DecisionMethod | str = DecisionMethod.GRADIENTS,
    voice: Voice | str = Voice.PERSON,
    agenda_item_id: int | None = None,
    source_note_id: int | None = None,
) -> ProposalRow:
    """A new proposal with its first wording."""
    with store.transaction() as s:
        load_workshop(s, workshop_id)
        values = dict(
            workshop_id=workshop_id,
            title=_clean_title(title),
            method=check_choice(method, DecisionMethod, "method", translate("Fields", "method")),
            voice=check_choice(voice, Voice, "voice", translate("Fields", "voice")),
            agenda_item_id=_check_item(s, workshop_id, agenda_item_id),
        )
        wording = _clean_wording(text)
        if source_note_id is not None:
            note = get_or_raise(s, Note, source_note_id, translate("Errors", "note"))
            if note.workshop_id != workshop_id:
                raise ValidationError(
                    translate("Errors", "The note is not from this workshop."), "source_note_id"
                )
            values["source_note_id"] = note.id
        proposal = Proposal(**values)
        s.add(proposal)
        s.flush()
        s.add(ProposalVersion(proposal_id=proposal.id, number=1, text=wording))
        return proposal_row(s, proposal)


def title_from_text(text: str) -> str:
    """A title for a proposal typed as one text: its first line, cut at a word."""
    first = " ".join(text.split("\n", 1)[0].split())
    if len(first) <= NOTE_TITLE_LENGTH:
        return first
    cut = first[: NOTE_TITLE_LENGTH - 1]
    if " " in cut[NOTE_TITLE_LENGTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def proposal_from_note(
    store: Store,
    note_id: int,
    *,
    method: DecisionMethod | str = DecisionMethod.GRADIENTS,
    voice: Voice | str = Voice.PERSON,
) -> ProposalRow:
    """A proposal worded as the note, on the note's agenda item; its title is the note's start."""
    with store.session() as s:
        note = get_or_raise(s, Note, check_id(note_id, "note"), translate("Errors", "note"))
        workshop_id, item_id, text = note.workshop_id, note.agenda_item_id, note.text
    return create_proposal(
        store,
        workshop_id,
        title_from_text(text),
        text,
        method=method,
        voice=voice,
        agenda_item_id=item_id,
        source_note_id=note_id,
    )


def amend(store: Store, proposal_id: int, text: str) -> ProposalRow:
    """A new wording; the earlier ones are kept as history. Refused while a round is open."""
    with store.transaction() as s:
        proposal = load_proposal(s, proposal_id, numbering=True)
        wording = _clean_wording(text)
        refuse_while_open(proposal)
        if proposal.versions and proposal.versions[-1].text == wording:
            raise ValidationError(
                translate("Errors", "The new wording is the same as the current one."), "text"
            )
        number = max((v.number for v in proposal.versions), default=0) + 1
        s.add(ProposalVersion(proposal_id=proposal.id, number=number, text=wording))
        return proposal_row(s, proposal)


def remove_last_wording(
    store: Store, proposal_id: int, *, expect: int | None = None
) -> ProposalRow:
    """Take back the latest amendment (what undo does); refused when a round tested it.

    ``expect`` (an undo's): the number of the wording the amendment made; when the
    proposal was amended again since (the live screen, another window), that newer
    wording would go instead: :class:`StaleEditError` and nothing changes.
    """
    with store.transaction() as s:
        proposal = load_proposal(s, proposal_id)
        if expect is not None and (not proposal.versions or proposal.versions[-1].number != expect):
            raise StaleEditError(
                translate(
                    "Errors",
                    "“{title}” was amended again since; undoing would remove the newer "
                    "wording, so nothing was changed.",
                ).format(title=proposal.title)
            )
        if len(proposal.versions) < 2:
            raise ValidationError(
                translate("Errors", "“{title}” has no amendment to take back.").format(
                    title=proposal.title
                )
            )
        last = proposal.versions[-1]
        if any(r.version_id == last.id for r in proposal.rounds):
            raise ConflictError(
                translate(
                    "Errors", "A round was held on the amended wording of “{title}”; it stays."
                ).format(title=proposal.title)
            )
        s.delete(last)
        s.flush()
        s.expire(proposal)
        return proposal_row(s, proposal)


def update_proposal(
    store: Store, proposal_id: int, *, expect: dict | None = None, **changes
) -> ProposalRow:
    """Change ``title``, ``method``, ``voice``, ``review_date``, ``outcome_statement``,
    ``agenda_item_id``. Method and voice cannot change while a round is open.

    ``expect`` (an undo's or redo's, in stored form): the values the proposal must still
    hold, else :class:`StaleEditError` and nothing changes.
    """
    unknown_fields(changes, EDITABLE_FIELDS)
    if expect:
        unknown_fields(expect, EDITABLE_FIELDS)
    with store.transaction() as s:
        proposal = load_proposal(s, proposal_id)
        if expect:
            check_expected(proposal, expect)
        if "title" in changes:
            proposal.title = _clean_title(changes["title"])
        if "method" in changes or "voice" in changes:
            refuse_while_open(proposal)
        if "method" in changes:
            proposal.method = check_choice(
                changes["method"], DecisionMethod, "method", translate("Fields", "method")
            )
        if "voice" in changes:
            proposal.voice = check_choice(
                changes["voice"], Voice, "voice", translate("Fields", "voice")
            )
        if "review_date" in changes:
            proposal.review_date = check_field(
                "proposal",
                "review_date",
                changes["review_date"],
                translate("Fields", "Review date"),
            )
        if "outcome_statement" in changes:
            proposal.outcome_statement = clean_statement(changes["outcome_statement"])
        if "agenda_item_id" in changes:
            proposal.agenda_item_id = _check_item(
                s, proposal.workshop_id, changes["agenda_item_id"]
            )
        return proposal_row(s, proposal)


def delete_proposal(store: Store, proposal_id: int, *, expect: ProposalRow | None = None) -> None:
    """Delete a proposal with its wordings and rounds.

    A proposal that has a decision number is refused: its number must stay
    in the register (and never be given again); change its outcome instead.

    ``expect`` (an undo's, e.g. of adding the proposal): the proposal as that step left
    it. When since then a round was opened or held on it, it was amended, decided or a
    field changed (the live screen, another window), deleting would take that work with
    it: :class:`StaleEditError` and nothing changes.
    """
    with store.transaction() as s:
        proposal = load_proposal(s, proposal_id)
        if expect is not None:
            _check_unchanged(proposal, expect)
        if proposal.decision_number is not None:
            raise ConflictError(
                translate(
                    "Errors",
                    "“{title}” is decision {label} of the register; change its outcome instead.",
                ).format(title=proposal.title, label=proposal_row(s, proposal).label)
            )
        s.delete(proposal)


def _check_unchanged(proposal: Proposal, expect: ProposalRow) -> None:
    """Refuse (:class:`StaleEditError`) when ``proposal`` no longer is as ``expect`` shows it:
    a round opened, closed or recorded in, a wording added or taken back, a field changed."""
    rounds = [
        (r.id, r.closed_at is None, len(r.positions), sum(c.count for c in r.counts))
        for r in proposal.rounds
    ]
    expected = [
        (r.id, r.is_open, len(r.positions), r.total if r.voice is Voice.COUNTS else 0)
        for r in expect.rounds
    ]
    if rounds != expected:
        raise StaleEditError(
            translate(
                "Errors",
                "Rounds were held on “{title}” since; undoing would delete them with their "
                "positions, so nothing was changed.",
            ).format(title=proposal.title)
        )
    if [(v.number, v.text) for v in proposal.versions] != [
        (v.number, v.text) for v in expect.versions
    ]:
        raise StaleEditError(
            translate(
                "Errors",
                "“{title}” was amended since; undoing would delete the newer wording, so "
                "nothing was changed.",
            ).format(title=proposal.title)
        )
    check_expected(
        proposal,
        {field: getattr(expect, field) for field in sorted(EDITABLE_FIELDS)}
        | {"outcome": expect.outcome},
    )
