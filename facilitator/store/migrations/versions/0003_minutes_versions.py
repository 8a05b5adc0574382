"""The record of a workshop: numbered minutes versions (drafts and a frozen final), the
review of earlier commitments at a workshop (status before and after, who reported),
and the day by which corrections to the draft minutes are due.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_STATUSES = ("proposed", "committed", "in_progress", "done", "dropped")


def _base_columns():
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(sa.Column("correction_deadline", sa.Date(), nullable=True))

    op.create_table(
        "minutes_version",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        *_base_columns(),
        sa.CheckConstraint("number > 0", name=op.f("ck_minutes_version_number_positive")),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_minutes_version_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_version")),
        sa.UniqueConstraint("uuid", name=op.f("uq_minutes_version_uuid")),
        sa.UniqueConstraint(
            "workshop_id", "number", name=op.f("uq_minutes_version_workshop_id_number")
        ),
    )
    op.create_index(
        op.f("ix_minutes_version_workshop_id"), "minutes_version", ["workshop_id"], unique=False
    )

    op.create_table(
        "commitment_review",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column(
            "status_before",
            sa.Enum(
                *_STATUSES,
                name="review_status_before",
                native_enum=False,
                create_constraint=True,
                length=11,
            ),
            nullable=False,
        ),
        sa.Column(
            "status_after",
            sa.Enum(
                *_STATUSES,
                name="review_status_after",
                native_enum=False,
                create_constraint=True,
                length=11,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        *_base_columns(),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_review_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_commitment_review_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["person.id"],
            name=op.f("fk_commitment_review_reviewed_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_review")),
        sa.UniqueConstraint("uuid", name=op.f("uq_commitment_review_uuid")),
        sa.UniqueConstraint(
            "commitment_id",
            "workshop_id",
            name=op.f("uq_commitment_review_commitment_id_workshop_id"),
        ),
    )
    for column in ("commitment_id", "workshop_id", "reviewed_by_id"):
        op.create_index(
            op.f(f"ix_commitment_review_{column}"), "commitment_review", [column], unique=False
        )


def downgrade() -> None:
    op.drop_table("commitment_review")
    op.drop_table("minutes_version")
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_column("correction_deadline")
