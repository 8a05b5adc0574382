"""A time zone per workshop (an IANA name such as Europe/Istanbul): where it is held, so
its times are shown the same on every computer. Existing workshops get the zone of the
computer that runs the migration, where they were prepared so far.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from facilitator.zones import computer_zone

    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(
            sa.Column(
                "time_zone",
                sa.String(length=64),
                nullable=False,
                server_default=computer_zone(),
            )
        )
    # The zone is always written by the application; the default served the existing rows.
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.alter_column("time_zone", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_column("time_zone")
