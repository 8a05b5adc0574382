"""After the round: an idea or a cluster becomes a proposal (put to the room's consensus)
or a commitment (an institution's promise on the roadmap), and keeps the link back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError
from facilitator.i18n import translate
from facilitator.models import DecisionMethod, Idea, Voice
from facilitator.services import commitments
from facilitator.services.ideas.board import adopt, cluster_of, parse_key
from facilitator.services.ideas.rows import CLUSTER
from facilitator.services.proposals.rows import ProposalRow
from facilitator.services.proposals.wording import create_proposal, title_from_text
from facilitator.store import Store


def _source(s: Session, workshop_id: int, target_key: str):
    """The idea or cluster a key names, with the words a proposal or commitment starts from:
    (row, title, wording)."""
    prefix, row_id = parse_key(target_key)
    if prefix == CLUSTER:
        cluster = cluster_of(s, workshop_id, row_id)
        ideas = s.scalars(
            select(Idea).where(Idea.cluster_id == cluster.id).order_by(Idea.added_at, Idea.id)
        ).all()
        wording = "\n".join([cluster.name, *(f"• {i.text}" for i in ideas)])
        return cluster, cluster.name, wording
    idea = adopt(s, workshop_id, target_key)
    return idea, title_from_text(idea.text), idea.text


def promote_to_proposal(
    store: Store,
    workshop_id: int,
    target_key: str,
    *,
    method: DecisionMethod | str = DecisionMethod.GRADIENTS,
    voice: Voice | str = Voice.PERSON,
) -> ProposalRow:
    """A proposal worded as the idea (or as the cluster: its name and its ideas), on the
    agenda item running now; the idea or cluster keeps the link to it."""
    with store.transaction() as s, store.sharing(s):
        source, title, wording = _source(s, workshop_id, target_key)
        if source.proposal_id is not None:
            raise ConflictError(translate("Errors", "This has already become a proposal."))
        row = create_proposal(
            store,
            workshop_id,
            title[:300],
            wording,
            method=method,
            voice=voice,
            agenda_item_id=getattr(source, "agenda_item_id", None),
        )
        source.proposal_id = row.id
        s.flush()
        return row


def promote_to_commitment(
    store: Store, workshop_id: int, target_key: str, organization_id: int | None, **fields
) -> commitments.CommitmentRow:
    """A commitment of ``organization_id`` made at the workshop, worded as the idea (or as
    the cluster's name); the idea or cluster keeps the link to it. For an idea, its author
    is the responsible person when they speak for that institution."""
    with store.transaction() as s, store.sharing(s):
        source, title, _ = _source(s, workshop_id, target_key)
        if source.commitment_id is not None:
            raise ConflictError(translate("Errors", "This has already become a commitment."))
        author = getattr(source, "author_id", None)
        if (
            "person_id" not in fields
            and author is not None
            and organization_id is not None
            and getattr(source, "organization_id", None) == organization_id
        ):
            fields["person_id"] = author
        fields.setdefault("title", source.text if isinstance(source, Idea) else title)
        row = commitments.create_commitment(
            store, fields.pop("title"), organization_id, workshop_id=workshop_id, **fields
        )
        source.commitment_id = row.id
        s.flush()
        return row
