"""Schema versions: create a new store at the newest revision, upgrade an older one.

Alembic is imported only when a store actually needs upgrading: checking the version on
every unlock reads one row and compares it with HEAD (a test keeps HEAD in step).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0004"


def _config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    return HEAD


def scripts_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    try:
        row: Any = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    except Exception:
        return None
    return str(row[0]) if row else None


def upgrade(conn: Connection) -> None:
    """Bring the schema to head inside the caller's transaction (SQLite DDL is transactional)."""
    from alembic import command

    command.upgrade(_config(conn), "head")
