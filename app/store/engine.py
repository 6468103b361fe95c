"""SQLCipher engine: raw-key open, enforced pragmas, and the only SQLite-specific SQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.pool import QueuePool

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store.errors import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    StoreDamaged,
    StoreError,
    UnsafeStore,
    sqlite_code,
    translate,
)
from app.store.malloc import memstatus_off

# Before this module can open any connection: see app/store/malloc.py.
memstatus_off()

# 64 MiB page cache: with SQLite's default 2 MiB, encryption costs 3-5x on large scans;
# with 64 MiB it costs 0.98-1.08x (measured on this machine class).
CACHE_KIB = 65536

# What must hold on every connection, checked after open.
REQUIRED = {"temp_store": 2, "foreign_keys": 1, "journal_mode": "wal"}


def _raw_key_literal(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("The database key must be 256 bits.")
    return f"x'{key.hex()}'"


def _connect_pragmas(dbapi_conn: Any, read_only: bool) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA cipher_memory_security = OFF")
        # A file temp store would spill plaintext sort runs to disk.
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cur.execute("PRAGMA busy_timeout = 10000")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def _silence_sqlcipher() -> None:
    # SQLCipher logs decryption failures to stderr by default; the app says it plainly.
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


def make_engine(path: Path, key: bytes, *, read_only: bool = False) -> Engine:
    """An engine over the encrypted file; no connection is opened yet.

    The raw key goes in as the URL's password, which SQLAlchemy's pysqlcipher dialect
    turns into `PRAGMA key` first thing on every connection (and masks in any repr).
    """
    _silence_sqlcipher()
    url = URL.create("sqlite+pysqlcipher", password=_raw_key_literal(key), database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        _connect_pragmas(dbapi_conn, read_only)

    _control_transactions(engine)
    return engine


def _control_transactions(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and ignores SAVEPOINT semantics;
    # the documented recipe is to turn it off and emit BEGIN ourselves. Writes take the
    # write lock at once (BEGIN IMMEDIATE) so that the audit chain's "last entry" read
    # and the append happen under one lock.
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def check_pragmas(engine: Engine) -> dict[str, Any]:
    """Read back the safety pragmas; raise UnsafeStore if any is not in force."""
    found: dict[str, Any] = {}
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="DEFERRED")  # a read: no write lock
        for name, want in REQUIRED.items():
            value = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            found[name] = value
            if (str(value).lower() if isinstance(want, str) else value) != want:
                raise UnsafeStore(f"The store's {name} is {value!r}; it must be {want!r}.")
        conn.rollback()
    return found


def probe(engine: Engine) -> None:
    """First read: tells a store that will not decrypt (with a key known to be right).

    The read takes no write lock (a deferred BEGIN), so another program writing is no
    obstacle; and only SQLite's own verdict on the pages (not a database, corrupt: the
    first page's HMAC failed) is called damage. A lock held too long, a full disk or a
    read-only folder each get their own sentence (errors.translate)."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="DEFERRED")
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            conn.rollback()
    except Exception as exc:  # sqlcipher3.DatabaseError, wrapped by SQLAlchemy
        if sqlite_code(exc) not in (SQLITE_NOTADB, SQLITE_CORRUPT):
            told = translate(exc, Path(str(engine.url.database or "")))
            if told is not None:
                raise told from exc
            raise StoreError(msg(QT_TRANSLATE_NOOP("Core", "The store file %1 could not be "
                    "read (%2); this alone does not show it is damaged: check the disk and "
                    "try again."), engine.url.database, getattr(exc, "orig", exc))) from exc
        raise StoreDamaged(
            "The passphrase is right but the store file cannot be read: it is damaged. "
            "Restore the latest backup."
        ) from exc


def integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's structural check; empty when healthy."""
    problems: list[str] = []
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            problems += [str(r[0]) for r in rows]
            rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
            problems += [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
        except Exception as exc:
            problems.append(str(getattr(exc, "orig", exc)))
        conn.rollback()
    return problems


@contextmanager
def raw_connection(engine: Engine) -> Iterator[Any]:
    """The DB-API connection, for bulk loads and the online backup API."""
    conn = engine.raw_connection()
    try:
        yield conn.driver_connection
    finally:
        conn.close()


def checkpoint_wal(engine: Engine) -> None:
    with raw_connection(engine) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def online_backup(engine: Engine, target: Path, key: bytes) -> None:
    """Consistent encrypted copy while the store is in use (SQLite online backup API)."""
    import sqlcipher3

    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute(f"PRAGMA key = \"{_raw_key_literal(key)}\"")
        dest.execute("PRAGMA temp_store = MEMORY")
        with raw_connection(engine) as src:
            src.backup(dest)
    finally:
        dest.close()


def name_prefix_range(prefix: str) -> tuple[str, str]:
    from app.domain.text import fold, prefix_upper_bound

    p = fold(prefix)
    return p, prefix_upper_bound(p)
