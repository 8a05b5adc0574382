"""Alembic environment: runs on the connection the Store hands over, in batch mode."""

from alembic import context

from facilitator.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the Store runs migrations
    raise RuntimeError("Facilitator migrations run through facilitator.store, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
