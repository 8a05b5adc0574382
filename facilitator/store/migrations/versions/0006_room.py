"""The room on their phones: each workshop's room (its code, whether the idea box is open),
attendees' tokens, ideas waiting in the moderator's queue, and the ballots of rounds
counted anonymously. Only new tables: nothing already stored changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _base_columns():
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _reference(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _keys(table: str) -> list:
    return [
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "room",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("idea_box_open", sa.Boolean(), nullable=False),
        *_base_columns(),
        _reference("room", "workshop_id", "workshop", "CASCADE"),
        *_keys("room"),
        sa.UniqueConstraint("workshop_id", name=op.f("uq_room_workshop_id")),
    )
    op.create_table(
        "room_token",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("selector", sa.String(length=32), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("proxy_for_id", sa.Integer(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        *_base_columns(),
        _reference("room_token", "workshop_id", "workshop", "CASCADE"),
        _reference("room_token", "person_id", "person", "CASCADE"),
        _reference("room_token", "proxy_for_id", "person", "SET NULL"),
        *_keys("room_token"),
        sa.UniqueConstraint("selector", name=op.f("uq_room_token_selector")),
        sa.UniqueConstraint(
            "workshop_id", "person_id", name=op.f("uq_room_token_workshop_id_person_id")
        ),
    )
    _indexes("room_token", "workshop_id", "person_id", "proxy_for_id")
    op.create_table(
        "room_ballot",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("token_id", sa.Integer(), nullable=True),
        *_base_columns(),
        _reference("room_ballot", "round_id", "round", "CASCADE"),
        _reference("room_ballot", "person_id", "person", "CASCADE"),
        _reference("room_ballot", "token_id", "room_token", "SET NULL"),
        *_keys("room_ballot"),
        sa.UniqueConstraint(
            "round_id", "person_id", name=op.f("uq_room_ballot_round_id_person_id")
        ),
    )
    _indexes("room_ballot", "round_id", "person_id", "token_id")
    op.create_table(
        "room_idea",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("token_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=True),
        sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=True),
        *_base_columns(),
        _reference("room_idea", "workshop_id", "workshop", "CASCADE"),
        _reference("room_idea", "token_id", "room_token", "SET NULL"),
        _reference("room_idea", "idea_id", "idea", "SET NULL"),
        *_keys("room_idea"),
    )
    _indexes("room_idea", "workshop_id", "token_id")


def downgrade() -> None:
    for table in ("room_idea", "room_ballot", "room_token", "room"):
        op.drop_table(table)
