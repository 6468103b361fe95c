"""Moving a store from its SQLCipher file to the institution's PostgreSQL server, all or nothing.

`migrate` runs as the server's superuser in ONE transaction on the target: the group roles
(prepare), the schema at head (install_schema), every table copied with COPY FROM STDIN,
ids kept, in foreign-key order, streamed from one read snapshot of the file in batches (memory
stays flat at any size), the serial sequences moved past the copied ids, then the server's
guards (secure: grants, append-only triggers, the chain head seeded from the last copied
entry, row-level security), the server's store key and the file's store id, a login role
per active user, and the audit entry "store.migrate" appended through the chain trigger.
Everything is checked before the commit: the row count of every table on both sides, the
whole chain on the target and its head against the file's. Any failure, a dropped
connection included, rolls it all back (PostgreSQL's DDL and role changes are
transactional): the target stays empty and can be migrated to again.

The audit key stays the same key, so every checkpoint signed in the file still verifies on
the server: its private half, wrapped (AES-GCM) under the file's store key, is unwrapped and
wrapped again under the server's new store key (app.store.server.STORE_KEY_SETTING).

This module never imports app.services (the store layer sits below it): appending the
migration's audit entry and verifying the chain are the audit service's, so the caller
passes them in (app.cli.migrate_cmd.run_migration wires them).
"""

from __future__ import annotations

import base64
import os
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, LargeBinary, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, ChainReport
from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store import pg_server, server
from app.store.errors import StoreError
from app.store.locator import ServerLocator
from app.store.models import Base
from app.store.store import OpenStore

# The audit key's setting and its wrapping, as app.services.audit writes and reads them
# (a test holds the two in step; the store layer cannot import the service).
AUDIT_KEY_SETTING = "audit.private_key.wrapped"
AUDIT_KEY_AAD = b"permit-desk/audit-key/v1"

# Rows fetched from the file per round trip: flat memory whatever the size of the store; a
# table that holds documents (signed letters, certificates) is fetched a few rows at a time.
BATCH = 5000
BLOB_BATCH = 50

Progress = Callable[[int, int, str], None]
# Appends the audit entry "store.migrate" (seq, hash and checkpoint as every entry) in the
# session on the target, as the migrating admin: app.services.audit through a Desk.
Recorder = Callable[[Session, server.ServerStore, str, Mapping[str, Any]], None]
# The whole chain, its checkpoints against the audit public key: app.services.audit.
ChainCheck = Callable[[Session], ChainReport]


class MigrationRefused(StoreError):
    """The migration was not started: the target or the source is not fit for it."""


class MigrationFailed(StoreError):
    """The migration stopped half-way and was rolled back: the target is as it was."""


@dataclass(frozen=True)
class Migration:
    """What a finished migration did, checked."""

    target: ServerLocator
    store_id: str
    counts: dict[str, int]          # rows per table in the file
    server_counts: dict[str, int]   # and on the server, counted there: equal (checked)
    source_head: tuple[int, str]    # the file's last audit entry (seq, hash)
    copied_head: tuple[int, str]    # the target's after the copy: equal to the file's
    head: tuple[int, str]           # the target's after the "store.migrate" entry
    chain: ChainReport              # the target's whole chain, verified before the commit
    logins: tuple[str, ...]         # a login role for each active user
    need_password: tuple[str, ...]  # logins made with a random password nobody knows
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Table]:
    """Every table of the store, parents before children (foreign keys hold row by row)."""
    return list(Base.metadata.sorted_tables)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- the source: one read snapshot of the file ----------------------------------------------


@dataclass(frozen=True)
class _SourceUser:
    username: str
    roles: tuple[str, ...]


def _source_users(cur: Any) -> list[_SourceUser]:
    cur.execute("SELECT u.id, u.username FROM app_user u WHERE u.active ORDER BY u.id")
    users = cur.fetchall()
    out = []
    for user_id, username in users:
        cur.execute("SELECT role FROM user_role WHERE user_id = ? ORDER BY role", (user_id,))
        out.append(_SourceUser(str(username), tuple(str(r) for (r,) in cur.fetchall())))
    return out


def _source_head(cur: Any) -> tuple[int, str]:
    cur.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
    row = cur.fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def _counts(run: Callable[[str], Any]) -> dict[str, int]:
    return {t.name: int(run(f"SELECT count(*) FROM {_q(t.name)}")) for t in tables()}


def rewrap_audit_key(wrapped_b64: str, old_key: bytes, new_key: bytes) -> str:
    """The audit private key, unwrapped with the file's store key and wrapped under the
    server's, in the format app.services.audit.load_private_key reads."""
    blob = base64.b64decode(wrapped_b64)
    raw = AESGCM(old_key).decrypt(blob[:12], blob[12:], AUDIT_KEY_AAD)
    nonce = os.urandom(12)
    return base64.b64encode(nonce + AESGCM(new_key).encrypt(nonce, raw, AUDIT_KEY_AAD)).decode()


# ---- the target --------------------------------------------------------------------------------


def _driver(conn: Connection) -> Any:
    return conn.connection.driver_connection


def _refuse_unfit_target(conn: Connection, target: ServerLocator,
                         users: list[_SourceUser]) -> None:
    raw = _driver(conn)
    if not raw.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
        raise MigrationRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "The migration to %1 must run as the server's PostgreSQL superuser (it "
            "creates roles and protective triggers); %2 is not one. Nothing was changed."),
            str(target), str(raw.execute("SELECT current_user").fetchone()[0])))
    held = [str(r[0]) for r in raw.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        " OR tablename = 'alembic_version' ORDER BY tablename LIMIT 5").fetchall()]
    if held:
        raise MigrationRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "The database %1 is not empty (it holds %2): a store is migrated only into "
            "an empty database. Nothing was changed."), str(target), ", ".join(held)))
    taken = [str(r[0]) for r in raw.execute(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY (%s) ORDER BY rolname",
        ([u.username for u in users],)).fetchall()]
    if taken:
        raise MigrationRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "The server already has roles named like users of this store (%1): one "
            "server serves one institution. Nothing was changed."), ", ".join(taken)))


def _copy_table(src: Any, raw: Any, table: Table, transform: Callable[[Any], Any] | None,
                done: int, total: int, progress: Progress) -> int:
    """Stream one table from the file into COPY FROM STDIN, in primary-key order (audit
    entries in seq order; a decision after the one it supersedes)."""
    from psycopg import sql

    cols = [c.name for c in table.columns]
    order = ", ".join(_q(c.name) for c in table.primary_key.columns)
    src.execute(f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(table.name)} ORDER BY {order}")
    batch = BLOB_BATCH if any(isinstance(c.type, LargeBinary) for c in table.columns) else BATCH
    n = 0
    # The file's values go as they are stored: COPY's text format hands the server the
    # ISO dates and timestamps SQLAlchemy wrote and booleans as 0/1, and the server's input
    # function for each column's type parses them (tests compare every value of every table
    # as SQLAlchemy reads it on both sides).
    stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in cols))
    with raw.cursor() as cur, cur.copy(stmt) as copy:
        while rows := src.fetchmany(batch):
            for row in rows:
                copy.write_row(transform(row) if transform else row)
            n += len(rows)
            progress(done + n, total, table.name)
    return n


def _secondary_indexes(raw: Any) -> list[tuple[str, str]]:
    """The schema's indexes that back no constraint (primary keys and unique constraints
    stay), with the statement that makes each again."""
    return [(str(n), str(d)) for n, d in raw.execute(
        "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
        " JOIN pg_class i ON i.oid = x.indexrelid"
        " JOIN pg_class t ON t.oid = x.indrelid"
        " WHERE t.relnamespace = 'public'::regnamespace"
        " AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
        " ORDER BY i.relname").fetchall()]


def _check_references(raw: Any, target: ServerLocator) -> None:
    """Every foreign key of the copy points at a row, checked as the constraint would have
    checked each row: one anti-join per key."""
    for table in tables():
        for fk in table.foreign_key_constraints:
            cols = [c.name for c in fk.columns]
            ref = [e.column.name for e in fk.elements]
            parent = fk.elements[0].column.table.name
            on = " AND ".join(f"p.{_q(r)} = c.{_q(c)}" for c, r in zip(cols, ref, strict=True))
            present = " AND ".join(f"c.{_q(c)} IS NOT NULL" for c in cols)
            broken = raw.execute(
                f"SELECT count(*) FROM {_q(table.name)} c WHERE {present} AND NOT EXISTS "
                f"(SELECT FROM {_q(parent)} p WHERE {on})").fetchone()[0]
            if broken:
                raise MigrationFailed(msg(QT_TRANSLATE_NOOP(
                    "Core", "The migration to %1 was rolled back: %2 rows of %3 name a %4 that "
                    "does not exist in the file."), str(target), broken, table.name, parent))


def _reset_sequences(raw: Any) -> None:
    """Every serial column's sequence continues after the highest copied id."""
    for table in tables():
        for col in table.primary_key.columns:
            seq = raw.execute("SELECT pg_get_serial_sequence(%s, %s)",
                              (f"public.{table.name}", col.name)).fetchone()[0]
            if seq is None:
                continue
            raw.execute(f"SELECT setval(%s, coalesce((SELECT max({_q(col.name)}) FROM "
                        f"{_q(table.name)}), 1), (SELECT count(*) > 0 FROM {_q(table.name)}))",
                        (seq,))


def _target_head(raw: Any) -> tuple[int, str]:
    row = raw.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def migrate(source: OpenStore, admin: str, admin_passphrase: str, target: ServerLocator, *,
            setup_user: str, setup_password: str, record_entry: Recorder, verify: ChainCheck,
            progress: Progress | None = None) -> Migration:
    """Copy the open file store to the empty database `target`, as the server's superuser
    `setup_user`; `admin` (an administrator of the file, who unlocked it with
    `admin_passphrase`) keeps that passphrase as their server login, every other active
    user gets a login with a random password the admin then resets. All or nothing."""
    say = progress or (lambda done, total, what: None)
    started = time.perf_counter()
    src_conn = source.engine.connect().execution_options(sqlite_begin="DEFERRED")
    engine = server.make_engine(target, setup_user, setup_password, pool_size=1)
    try:
        with src_conn.begin():  # one snapshot: counts, rows and head agree
            src = _driver(src_conn).cursor()
            users = _source_users(src)
            _refuse_unfit_source(admin, users)
            src_counts = _counts(lambda q: src.execute(q).fetchone()[0])
            source_head = _source_head(src)
            try:
                with engine.connect() as conn:
                    result = _migrate_into(
                        conn, src, source, admin, admin_passphrase, target, users, src_counts,
                        source_head, record_entry, verify, say)
            except DBAPIError as exc:
                raise _failed(target, exc) from None
            src.close()
        # After the commit (VACUUM cannot run in a transaction): mark the copied pages all
        # visible, so counts and range reads are index-only scans from the first query
        # instead of visiting every row (count by country 94 -> 49 ms at 500k requests; about
        # 1.5 s). A failure here loses nothing: autovacuum does the same later.
        try:
            with engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM (ANALYZE)")
        except DBAPIError:
            pass  # the migration stands; autovacuum catches up
    finally:
        src_conn.close()
        engine.dispose()
    return Migration(**result, seconds=round(time.perf_counter() - started, 3))


def _failed(target: ServerLocator, exc: DBAPIError) -> StoreError:
    told = server.translate_connect_error(exc, target)
    if not isinstance(told, server.ServerUnavailable):
        return told  # a wrong password or an untrusted certificate: said as such
    diag = getattr(exc.orig, "diag", None)
    why = str(getattr(diag, "message_primary", "") or "") if diag is not None else ""
    why = why or (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
    return MigrationFailed(msg(QT_TRANSLATE_NOOP(
        "Core", "The migration to %1 stopped and was rolled back: nothing was changed on the "
        "server (%2)."), str(target), why))


def _refuse_unfit_source(admin: str, users: list[_SourceUser]) -> None:
    me = next((u for u in users if u.username == admin), None)
    if me is None or Role.ADMIN.value not in me.roles:
        raise MigrationRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "Only an administrator of the store may migrate it; %1 is not one. Nothing "
            "was changed."), repr(admin)))
    bad = []
    for u in users:
        try:
            pg_server.check_login_name(u.username)
        except ValueError:
            bad.append(u.username)
    if bad:
        raise MigrationRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "These user names cannot be server logins (1-63 lower-case letters, digits, "
            "dots, dashes or underscores): %1. Nothing was changed."), ", ".join(bad)))


def _migrate_into(conn: Connection, src: Any, source: OpenStore, admin: str,
                  admin_passphrase: str, target: ServerLocator, users: list[_SourceUser],
                  src_counts: dict[str, int], source_head: tuple[int, str], record_entry: Recorder,
                  verify: ChainCheck, say: Progress) -> dict[str, Any]:
    raw = _driver(conn)
    with conn.begin():
        _refuse_unfit_target(conn, target, users)
        say(0, 1, "schema")
        pg_server.prepare(conn)
        pg_server.install_schema(conn)
        store_key = os.urandom(32)
        old_key = source.require_store_key()

        def settings_row(row: Any) -> Any:
            if row[0] == AUDIT_KEY_SETTING:
                return (row[0], rewrap_audit_key(row[1], old_key, store_key))
            return row

        total = sum(src_counts.values())
        done = 0
        # The foreign keys are checked once per key over the whole copy (_check_references)
        # rather than by a trigger per row, which took most of the copy's time; replica mode
        # skips exactly those triggers, and only for this transaction.
        raw.execute("SET LOCAL session_replication_role = replica")
        # Likewise the secondary indexes are built once from the copied rows (one sort each)
        # instead of taking every row in turn: dropped here, made again from their own
        # definitions below, in this transaction (a failure leaves no table at all).
        indexes = _secondary_indexes(raw)
        for name, _ in indexes:
            raw.execute(f"DROP INDEX {_q(name)}")
        for table in tables():
            done += _copy_table(src, raw, table, settings_row if table.name == "setting"
                                else None, done, total, say)
        raw.execute("SET LOCAL session_replication_role = DEFAULT")
        say(0, len(indexes), "indexes")
        raw.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for i, (_, definition) in enumerate(indexes, 1):
            raw.execute(definition)
            say(i, len(indexes), "indexes")
        say(total, total, "references")
        _check_references(raw, target)
        _reset_sequences(raw)
        # Statistics for the planner now, not at autovacuum's first pass minutes later: until
        # then every query on the new store is planned blind (a 1,000-row export chunk was
        # guessed at 700,000 rows). ANALYZE samples, so it is seconds at 500k requests.
        raw.execute("ANALYZE")
        copied_head = _target_head(raw)
        say(total, total, "guards")
        # The guards go on after the copy: the chain head is seeded from the last copied
        # entry, and from here every insert goes through the chain trigger.
        pg_server.secure(conn)
        store_id = source.store_id
        raw.execute("INSERT INTO setting (key, value) VALUES (%s, %s), (%s, %s)",
                    (server.STORE_KEY_SETTING, base64.b64encode(store_key).decode(),
                     server.STORE_ID_SETTING, store_id))
        say(0, len(users), "logins")
        need_password = []
        for u in users:
            if u.username == admin:
                password = admin_passphrase
            else:
                password = secrets.token_urlsafe(32)  # nobody knows it: the admin resets it
                need_password.append(u.username)
            pg_server.add_login(conn, u.username, password, u.roles)
        counts = _counts(lambda q: raw.execute(q).fetchone()[0])
        counts["setting"] -= 2  # the server's own two settings
        if counts != src_counts:
            differ = sorted(t for t in counts if counts[t] != src_counts[t])
            raise MigrationFailed(msg(QT_TRANSLATE_NOOP(
                "Core", "The migration to %1 was rolled back: the row counts differ in %2."),
                str(target), ", ".join(differ)))
        if copied_head != source_head:
            raise MigrationFailed(msg(QT_TRANSLATE_NOOP(
                "Core", "The migration to %1 was rolled back: the copied audit trail ends at "
                "entry %2, the file's at entry %3."), str(target), copied_head[0],
                source_head[0]))
        setup = server.ServerStore(target, conn.engine, conn.engine.url.username or "",
                                   store_key, store_id)
        with Session(bind=conn, expire_on_commit=False) as s:
            record_entry(s, setup, admin, {
                "from": str(source.locator), "store_id": store_id, "counts": src_counts,
                "head": {"seq": source_head[0], "hash": source_head[1]},
                "logins": [u.username for u in users]})
            s.flush()
            chain = verify(s)
        if not chain.ok:
            raise MigrationFailed(msg(QT_TRANSLATE_NOOP(
                "Core", "The migration to %1 was rolled back: the audit trail on the server "
                "does not verify (%2)."), str(target), chain.problem or ""))
        head = _target_head(raw)
    return {"target": target, "store_id": store_id, "counts": src_counts,
            "server_counts": counts,
            "source_head": source_head, "copied_head": copied_head, "head": head,
            "chain": chain, "logins": tuple(u.username for u in users),
            "need_password": tuple(need_password)}


__all__ = ["AUDIT_KEY_SETTING", "ChainCheck", "Migration", "MigrationFailed",
           "MigrationRefused", "Recorder", "migrate", "rewrap_audit_key", "tables"]
