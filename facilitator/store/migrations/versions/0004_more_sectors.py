"""More sectors for organizations: cooperative, chamber or professional body, media; and the
words of "other" (organization.sector_other, e.g. "Meslek birliği"). Existing organizations
keep their sector; their "other" says nothing more.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BEFORE = ("company", "ngo", "foundation", "university", "public", "international", "other")
_AFTER = (
    "company",
    "ngo",
    "foundation",
    "cooperative",
    "chamber",
    "university",
    "public",
    "media",
    "international",
    "other",
)


def _sector(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(
        *values,
        name="sector",
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values),
    )


def _in_place(values: tuple[str, ...], before: tuple[str, ...]) -> None:
    """On a server (PostgreSQL) the CHECK constraint of the sector is replaced in place."""
    op.drop_constraint(op.f("ck_organization_sector"), "organization", type_="check")
    op.alter_column(
        "organization",
        "sector",
        existing_type=sa.String(length=max(len(v) for v in before)),
        type_=sa.String(length=max(len(v) for v in values)),
        existing_nullable=False,
    )
    op.create_check_constraint("sector", "organization", sa.column("sector").in_(values))


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        _in_place(_AFTER, _BEFORE)
        op.add_column(
            "organization",
            sa.Column("sector_other", sa.String(length=120), nullable=False, server_default=""),
        )
        op.alter_column("organization", "sector_other", server_default=None)
        return
    # SQLite cannot change a CHECK constraint in place: the table is copied with the new one.
    with op.batch_alter_table("organization", recreate="always") as batch_op:
        batch_op.alter_column(
            "sector",
            existing_type=_sector(_BEFORE),
            type_=_sector(_AFTER),
            existing_nullable=False,
        )
        batch_op.add_column(
            sa.Column("sector_other", sa.String(length=120), nullable=False, server_default="")
        )
    # The application always writes it; the default served the existing rows.
    with op.batch_alter_table("organization") as batch_op:
        batch_op.alter_column("sector_other", server_default=None)


def downgrade() -> None:
    organization = sa.table("organization", sa.column("sector", sa.String))
    op.execute(
        organization.update().where(organization.c.sector.not_in(_BEFORE)).values(sector="other")
    )
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("organization", "sector_other")
        _in_place(_BEFORE, _AFTER)
        return
    with op.batch_alter_table("organization", recreate="always") as batch_op:
        batch_op.drop_column("sector_other")
        batch_op.alter_column(
            "sector",
            existing_type=_sector(_AFTER),
            type_=_sector(_BEFORE),
            existing_nullable=False,
        )
