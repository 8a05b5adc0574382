"""Running the Alembic migrations shipped inside the package (imported only when needed)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from facilitator.store.schema import APPLICATION_ID

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade the schema to the newest revision, all of it or nothing.

    Every migration runs in one transaction (on SQLite, DDL is transactional
    once the Store begins transactions itself): killed or failing midway, the
    database is left as it was. On SQLite, batch migrations copy tables, so
    foreign keys are switched off during the run (outside the transaction,
    where the pragma has effect) and checked before the commit.
    """
    config = alembic_config()
    with engine.execution_options(facilitator_begin="immediate").connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"migration left broken references: {problems[:5]}")
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
