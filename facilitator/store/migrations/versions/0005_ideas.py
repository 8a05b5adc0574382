"""Ideas of the room: idea cards (typed on the board, or notes of kind "idea" once they are
grouped or voted on), the clusters they are grouped into, dot-voting rounds and their dots.
The idea and the cluster keep the link to the proposal or commitment they became. Only new
tables: nothing already stored changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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
        "idea_cluster",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        *_base_columns(),
        _reference("idea_cluster", "workshop_id", "workshop", "CASCADE"),
        _reference("idea_cluster", "proposal_id", "proposal", "SET NULL"),
        _reference("idea_cluster", "commitment_id", "commitment", "SET NULL"),
        *_keys("idea_cluster"),
    )
    _indexes("idea_cluster", "workshop_id", "proposal_id", "commitment_id")

    op.create_table(
        "idea",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("note_uuid", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        *_base_columns(),
        _reference("idea", "workshop_id", "workshop", "CASCADE"),
        _reference("idea", "agenda_item_id", "agenda_item", "SET NULL"),
        _reference("idea", "cluster_id", "idea_cluster", "SET NULL"),
        _reference("idea", "author_id", "person", "SET NULL"),
        _reference("idea", "organization_id", "organization", "SET NULL"),
        _reference("idea", "proposal_id", "proposal", "SET NULL"),
        _reference("idea", "commitment_id", "commitment", "SET NULL"),
        *_keys("idea"),
        sa.UniqueConstraint("note_uuid", name=op.f("uq_idea_note_uuid")),
    )
    _indexes(
        "idea",
        "workshop_id",
        "agenda_item_id",
        "cluster_id",
        "author_id",
        "organization_id",
        "proposal_id",
        "commitment_id",
    )

    op.create_table(
        "dot_round",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=False),
        sa.Column(
            "voice",
            sa.Enum(
                "person",
                "organization",
                "counts",
                name="voice",
                native_enum=False,
                create_constraint=True,
                length=12,
            ),
            nullable=False,
        ),
        sa.Column("budget", sa.Integer(), nullable=False),
        sa.Column("on_clusters", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        *_base_columns(),
        sa.CheckConstraint("budget > 0", name=op.f("ck_dot_round_budget_positive")),
        sa.CheckConstraint(
            "closed_at IS NULL OR (opened_at IS NOT NULL AND closed_at >= opened_at)",
            name=op.f("ck_dot_round_closed_after_opened"),
        ),
        _reference("dot_round", "workshop_id", "workshop", "CASCADE"),
        _reference("dot_round", "agenda_item_id", "agenda_item", "SET NULL"),
        *_keys("dot_round"),
        sa.UniqueConstraint("workshop_id", "number", name=op.f("uq_dot_round_workshop_id_number")),
    )
    _indexes("dot_round", "workshop_id", "agenda_item_id")

    op.create_table(
        "dot_vote",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("dots", sa.Integer(), nullable=False),
        *_base_columns(),
        sa.CheckConstraint("dots > 0", name=op.f("ck_dot_vote_dots_positive")),
        sa.CheckConstraint(
            "(idea_id IS NULL AND cluster_id IS NOT NULL)"
            " OR (idea_id IS NOT NULL AND cluster_id IS NULL)",
            name=op.f("ck_dot_vote_one_target"),
        ),
        _reference("dot_vote", "round_id", "dot_round", "CASCADE"),
        _reference("dot_vote", "idea_id", "idea", "CASCADE"),
        _reference("dot_vote", "cluster_id", "idea_cluster", "CASCADE"),
        _reference("dot_vote", "person_id", "person", "SET NULL"),
        _reference("dot_vote", "organization_id", "organization", "SET NULL"),
        *_keys("dot_vote"),
    )
    _indexes("dot_vote", "round_id", "idea_id", "cluster_id", "person_id", "organization_id")


def downgrade() -> None:
    for table in ("dot_vote", "dot_round", "idea", "idea_cluster"):
        op.drop_table(table)
