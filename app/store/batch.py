"""Several statements sent to a server at once, answered in one round trip.

A worklist refresh asks four or five small questions. On a server each used to be a round trip
over TLS, and BEGIN one more, so waiting took about as long as the work. psycopg's pipeline
mode sends every query together and reads the answers as they come, in the session's
transaction, as one by one (under READ COMMITTED each statement reads its own snapshot
either way). On a file store there are no round trips, and the
queries run one by one through SQLAlchemy as before.

Writes go the same way (execute_all): a request's state change writes its event and three
counters, four round trips one by one.

The statements must be built once (functools.cache) with their values as bound parameters:
each is compiled once per dialect here, and compiling is what costs on every call otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Dialect, Executable, Select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# A statement that returns rows (a SELECT, or an INSERT ... RETURNING) and its parameters.
Query = tuple[Select[*tuple[Any, ...]] | Executable, Mapping[str, Any]]
Write = tuple[Executable, Sequence[Mapping[str, Any]]]

_compiled: dict[tuple[int, str], tuple[Executable, str, dict[str, Any]]] = {}


def fetch_all(s: Session, queries: Sequence[Query]) -> list[Sequence[Sequence[Any]]]:
    """The rows of each query, in order, in the session's transaction, after what the
    session holds (flushed first, as SQLAlchemy's autoflush would)."""
    conn = s.connection()
    if conn.dialect.name != "postgresql" or len(queries) < 2:
        return [s.execute(stmt, params).all() for stmt, params in queries]
    if s.autoflush:  # off inside `with session.no_autoflush`, as for the session's own reads
        s.flush()
    raw = conn.connection.driver_connection
    assert raw is not None
    sent = [_compile(stmt, conn.dialect) for stmt, _ in queries]
    with _as_sqlalchemy_error(sent[0][0]), raw.pipeline():
        cursors = []
        for (sql, defaults), (_, params) in zip(sent, queries, strict=True):
            cur = raw.cursor()
            cur.execute(sql, {**defaults, **params})
            cursors.append(cur)
        return [cur.fetchall() for cur in cursors]


def execute_all(s: Session, writes: Sequence[Write]) -> None:
    """Each statement once per row of its parameters, in the order given, in the session's
    transaction, after what the session holds (flushed first). Statements without rows are
    left out."""
    writes = [(stmt, rows) for stmt, rows in writes if rows]
    s.flush()
    conn = s.connection()
    if conn.dialect.name != "postgresql":
        for stmt, rows in writes:  # Core, not the ORM's bulk modes
            conn.execute(stmt, list(rows))
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    with _as_sqlalchemy_error("execute_all"), raw.pipeline(), raw.cursor() as cur:
        for stmt, rows in writes:
            sql, defaults = _compile(stmt, conn.dialect)
            cur.executemany(sql, [{**defaults, **row} for row in rows])


@contextmanager
def _as_sqlalchemy_error(statement: str) -> Iterator[None]:
    """The driver's errors as SQLAlchemy raises them for its own statements, so that the
    unit of work tells and retries them the same way (a serialization failure or deadlock
    with another workstation, a privilege the role lacks)."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def dialect_insert(dialect: str, model: Any) -> postgresql.Insert | sqlite.Insert:
    """INSERT for `model` in the dialect's own form, which knows ON CONFLICT (an upsert's
    first half; both SQLite and PostgreSQL have it)."""
    return postgresql.insert(model) if dialect == "postgresql" else sqlite.insert(model)


def _compile(stmt: Executable, dialect: Dialect) -> tuple[str, dict[str, Any]]:
    """The statement's SQL for the driver and its fixed parameters (the literals it was built
    with). Only for columns and parameters the driver hands over as SQLAlchemy would: a type
    with a processor on either side would come back unprocessed, so it is refused here."""
    key = (id(stmt), dialect.name)
    hit = _compiled.get(key)
    if hit is not None and hit[0] is stmt:
        return hit[1], hit[2]
    compiled = stmt.compile(dialect=dialect)  # type: ignore[attr-defined]
    if compiled.post_compile_params or compiled.literal_execute_params:
        raise TypeError("a statement rendered at execution (IN lists) cannot be sent as is")
    for bind in compiled.binds.values():
        if bind.type.bind_processor(dialect) is not None:
            raise TypeError(f"{bind.key}: {bind.type!r} needs a bind processor")
    for column in compiled._result_columns:  # noqa: SLF001 - the column types of the result
        if column[3].result_processor(dialect, None) is not None:
            raise TypeError(f"{column[0]}: {column[3]!r} needs a result processor")
    # The values the statement holds (states, kinds); the caller's parameters come on top.
    defaults = dict(compiled.construct_params(_check=False))
    _compiled[key] = (stmt, compiled.string, defaults)
    return compiled.string, defaults
