"""The live screen's lease: which running Facilitator has a workshop's live screen open,
shown to the others as its user and computer, since when, and when it last gave a sign of
life. Only a new table: nothing already stored changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "live_lease",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("holder_label", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("renewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_live_lease_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_lease")),
        sa.UniqueConstraint("uuid", name=op.f("uq_live_lease_uuid")),
        # One lease per workshop: two clients racing to open the same live screen cannot
        # both insert one, whatever else protects them.
        sa.UniqueConstraint("workshop_id", name=op.f("uq_live_lease_workshop_id")),
    )


def downgrade() -> None:
    op.drop_table("live_lease")
