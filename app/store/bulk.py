"""Bulk inserts for generators and importers: plain tuples straight to executemany.

SQLAlchemy's per-row parameter processing cost more than the inserts themselves at
500,000 rows, so bulk paths hand the driver tuples already in the storage form. The
storage form is dialect-specific (SQLite keeps dates as ISO text), which is why this
lives in the store layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table


def sqlite_date(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def sqlite_datetime(t: datetime) -> str:
    # The exact text SQLAlchemy's SQLite DateTime type writes and parses.
    return (f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:"
            f"{t.second:02d}.{t.microsecond:06d}")


def date_text(v: Any) -> str:
    """A date read raw from the driver as ISO text, whatever the backend returns."""
    return v.isoformat() if isinstance(v, date) else str(v)


def for_driver(conn: Connection, sql: str) -> str:
    """`sql` written with qmark placeholders (`?`), in the driver's own style: psycopg takes
    `%s` (and a literal `%` doubled). Bulk SQL is ours, so `?` never appears in a literal."""
    if conn.dialect.paramstyle in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    return sql


def driver_sql(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run qmark-style SQL on either backend; the rows it returns, if any."""
    result = conn.exec_driver_sql(for_driver(conn, sql), tuple(params))
    return [tuple(r) for r in result] if result.returns_rows else []


def execute_many(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """executemany on the connection's own DB-API cursor, inside its transaction.

    `sql` uses qmark placeholders and values in storage form (storage_value)."""
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.executemany(for_driver(conn, sql), rows)
    finally:
        cur.close()


def storage_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return sqlite_datetime(v)
    if isinstance(v, date):
        return sqlite_date(v)
    if isinstance(v, bool):
        return int(v)
    return v


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """executemany of tuples whose values are already in storage form (see storage_value)."""
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(for_driver(conn, f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'),
                         rows if isinstance(rows, list) else list(rows))


@contextmanager
def deferred_indexes(conn: Connection, tables: Sequence[Table]) -> Iterator[None]:
    """Drop the tables' secondary indexes for a bulk load and build them again after it,
    inside the caller's transaction (a failure rolls the drop back with the load). On a
    server only the owner role may drop an index, and PostgreSQL keeps indexes up to date
    cheaply enough: the load goes in with them."""
    if conn.dialect.name != "sqlite":
        yield
        return
    indexes = [ix for t in tables for ix in t.indexes]
    for ix in indexes:
        ix.drop(conn)
    yield
    for ix in indexes:
        ix.create(conn)


# Page cache for a bulk load. The load is one transaction larger than the normal 64 MiB
# cache, so dirty pages spill to the WAL and the deferred index builds re-read (and
# decrypt) the tables they scan; 192 MiB keeps most of a 500k-request load in memory and
# the loader under its 500 MB budget.
BULK_CACHE_KIB = 192 * 1024


@contextmanager
def bulk_cache(conn: Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A bigger page cache on this connection for the duration of a bulk load (SQLite; a
    server sizes its own shared buffers)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or 0)}")

