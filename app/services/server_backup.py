"""Backup and restore of a store on a PostgreSQL server as use cases: the recovery slot, the
audit entries, the checks and the swap of databases (the design is app.exchange.pg_backup's
docstring; the archive and the pg_dump/pg_restore pipes are that module's)."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.exchange.backup import BackupInfo, BackupRefused
from app.exchange.pg_backup import (
    RECOVERY_SETTING,
    RecoverySlot,
    ServerBackupInfo,
    new_recovery_slot,
    open_data_key,
    read_header,
    restore_into,
    verify_archive,
    write_server_backup,
)
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import audit
from app.services.desk import Desk
from app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.store import pg_server
from app.store.errors import StoreError, StoreNotFound
from app.store.keyfile import kdf_from_environment, new_recovery_key
from app.store.locator import ServerLocator
from app.store.models import Setting
from app.store.server import (
    STORE_ID_SETTING,
    ServerStore,
    make_engine,
    translate_connect_error,
)

# Database names are at most 63 bytes; these suffixes leave the live name its first 40.
_NAME_ROOM = 40


def backup(desk: Desk, store: ServerStore, out: Path,
           record: Callable[[Session, BackupInfo], None], *,
           new_key: bool = False) -> ServerBackupInfo:
    """pg_dump of the store as the desk's own login, encrypted to the store's recovery slot;
    the first backup makes the slot and returns the new recovery key (shown once).

    `new_key`: a new slot and key for this backup and every later one (the old key was seen
    by someone who should not have it, or the person who kept it left). Backups made before
    keep opening with the old key only: the archives are sealed, so keep the old key as long
    as those backups are kept."""
    password = str(store.engine.url.password or "")
    with desk.read() as s:
        row = s.get(Setting, RECOVERY_SETTING)
        slot_json = row.value if row is not None else None
        server_version = str(s.execute(text("SHOW server_version")).scalar())
    old_slot = RecoverySlot.from_json(json.loads(slot_json)) if slot_json is not None else None
    key = ""
    if old_slot is None or new_key:
        key = new_recovery_key()
        slot = new_recovery_slot(key, store.store_id, kdf_from_environment())
    else:
        slot = old_slot
    info = write_server_backup(store.locator, store.username, password, out, slot=slot,
                               store_id=store.store_id, created_by=desk.actor.username,
                               now=desk.clock(), server_version=server_version,
                               new_recovery_key=key)
    try:
        with desk.unit() as s:
            if key and old_slot is None:
                # Only now, with a backup that needs it: a key shown and then not kept would
                # be worse than none. Two first backups at once: the second one's insert fails.
                s.add(Setting(key=RECOVERY_SETTING, value=json.dumps(slot.to_json())))
                desk.record(s, "backup.recovery_key", "store", store.store_id,
                            after={"fingerprint": slot.fingerprint})
            elif key and old_slot is not None:
                current = s.get(Setting, RECOVERY_SETTING, with_for_update=True)
                if current is None or current.value != slot_json:
                    # Another administrator changed the key meanwhile: this backup is sealed
                    # to a key that would not be the store's; keep theirs, drop this one.
                    raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "The backup recovery key "
                            "was changed by someone else while this backup ran; nothing was "
                            "changed. Make the backup again.")))
                current.value = json.dumps(slot.to_json())
                desk.record(s, "backup.recovery_key", "store", store.store_id,
                            before={"fingerprint": old_slot.fingerprint},
                            after={"fingerprint": slot.fingerprint})
            record(s, info)
    except BaseException:
        info.path.unlink(missing_ok=True)  # encrypted to a key nobody will see
        raise
    return info


@dataclass(frozen=True)
class ServerRestoreResult:
    store_id: str
    backup_created_at: str
    database: str
    replaced_database: str | None  # where the live database went (kept, closed), or None
    rolled_back_entries: int
    audit_entries: int
    users_without_login: tuple[str, ...]


def _on(locator: ServerLocator, database: str) -> ServerLocator:
    return ServerLocator(locator.host, locator.port, database, locator.ca_file)


@contextmanager
def _engine(locator: ServerLocator, user: str, password: str) -> Iterator[Engine]:
    engine = make_engine(locator, user, password, pool_size=1)
    try:
        yield engine
    finally:
        engine.dispose()


def _store_state(conn: Connection) -> tuple[str | None, int]:
    """The store id and last audit entry of the database, (None, 0) if it holds no store."""
    if conn.execute(text("SELECT to_regclass('public.setting')")).scalar() is None:
        return None, 0
    store_id = conn.execute(text("SELECT value FROM setting WHERE key = :k"),
                            {"k": STORE_ID_SETTING}).scalar()
    last = conn.execute(text("SELECT coalesce(max(seq), 0) FROM audit_entry")).scalar()
    return (str(store_id) if store_id is not None else None), int(last or 0)


def restore(archive: Path, locator: ServerLocator, superuser: str, password: str,
            recovery_key: str, *, now: datetime | None = None) -> ServerRestoreResult:
    """Restore a server backup into `locator`'s database: checked whole, restored into a new
    scratch database and verified there, then given the live name; the live database, if
    any, is kept aside under another name (never dropped)."""
    when = now or datetime.now(UTC)
    header = read_header(archive)
    key = open_data_key(header, recovery_key)
    verify_archive(archive, key)  # every frame authenticated, pg_restore reads it
    live = locator.database
    maintenance = "template1" if live == "postgres" else "postgres"
    try:
        with _engine(_on(locator, maintenance), superuser, password) as admin:
            with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                return _restore(conn, archive, key, header.store_id, header.created_at,
                                locator, superuser, password, when)
    except DBAPIError as exc:
        raise translate_connect_error(exc, locator, superuser) from None


def _restore(conn: Connection, archive: Path, key: bytes, store_id: str, created_at: str,
             locator: ServerLocator, superuser: str, password: str,
             when: datetime) -> ServerRestoreResult:
    if not conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))\
            .scalar():
        raise BackupRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "Restoring a server backup needs the server's superuser (it creates "
            "databases and installs the guards); %1 is not one. Nothing was changed."),
            superuser))
    live = locator.database
    row = conn.execute(text("SELECT datcollate, datctype FROM pg_database WHERE datname = :d"),
                       {"d": live}).first()
    live_id, live_last = None, 0
    live_exists = row is not None
    if row is not None:
        with _engine(locator, superuser, password) as e, e.connect() as c:
            live_id, live_last = _store_state(c)
            c.rollback()
        if live_id is not None and live_id != store_id:
            raise BackupRefused(msg(QT_TRANSLATE_NOOP(
                "Core", "This backup is of another store (a different store id) than the one "
                "in %1; nothing was changed."), live))
    else:
        row = conn.execute(text("SELECT datcollate, datctype FROM pg_database "
                                "WHERE datname = 'template0'")).first()
    assert row is not None
    scratch = f"{live[:_NAME_ROOM]}_restoring_{secrets.token_hex(4)}"
    conn.execute(text(f'CREATE DATABASE "{scratch}" TEMPLATE template0 ENCODING \'UTF8\' '
                      f"LC_COLLATE '{row[0]}' LC_CTYPE '{row[1]}'"))
    try:
        with _engine(_on(locator, scratch), superuser, password) as e:
            with e.begin() as c:
                pg_server.prepare(c)  # the roles (a new server has none) and CONNECT grants
            restore_into(archive, key, locator, superuser, password, scratch)
            # Not a desk's unit of work: the server's superuser, two databases, and two
            # commits on purpose: the restored copy records the restore, then the live trail
            # says so before the swap, so a restore stopped between them is told by both.
            with Session(e) as s:
                pg_server.secure(s.connection())  # the chain head, guards, grants anew
                restored_id, backup_last = _store_state(s.connection())
                if restored_id != store_id:
                    raise BackupRefused(msg(QT_TRANSLATE_NOOP(
                        "Core", "The backup's database is not the store its header names; "
                        "nothing was changed.")))
                chain = audit.verify_session(s)
                if not chain.ok:
                    raise BackupRefused(msg(QT_TRANSLATE_NOOP(
                        "Core", "The backup's audit trail does not verify (%1); nothing was "
                        "changed."), chain.problem))
                rolled_back = max(0, live_last - backup_last) if live_id else 0
                audit.append(s, username=superuser, action="store.restore", entity="store",
                             entity_id=store_id, now=when, after={
                                 "from": str(archive), "backup_created_at": created_at,
                                 "at": when.isoformat(), "restored_by": superuser,
                                 "rolled_back_entries": rolled_back,
                                 "backup_last_entry": backup_last, "database": live})
                missing = tuple(str(u) for u in s.execute(text(
                    "SELECT u.username FROM app_user u WHERE u.active AND NOT EXISTS "
                    "(SELECT FROM pg_roles r WHERE r.rolname = u.username AND r.rolcanlogin) "
                    "ORDER BY 1")).scalars())
                s.commit()
        if live_id is not None:
            with _engine(locator, superuser, password) as e, Session(e) as s:
                # The live trail says it before anything moves: the restore, by whom, of what.
                audit.append(s, username=superuser, action="store.restore.begin",
                             entity="store", entity_id=store_id, now=when, after={
                                 "from": str(archive), "backup_created_at": created_at,
                                 "at": when.isoformat(), "rolled_back_entries": rolled_back,
                                 "backup_last_entry": backup_last})
                s.commit()
        aside = _swap(conn, live, scratch, when, exists=live_exists)
    except BaseException:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
        raise
    return ServerRestoreResult(store_id, created_at, live, aside, rolled_back,
                               backup_last + 1, missing)


def _exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"),
                        {"d": name}).first() is not None


def _swap(conn: Connection, live: str, scratch: str, when: datetime, *,
          exists: bool) -> str | None:
    """The checked scratch database takes the live name; the live one, if any, is closed to
    connections, its sessions ended, and renamed aside (kept)."""
    if not exists:
        conn.execute(text(f'ALTER DATABASE "{scratch}" RENAME TO "{live}"'))
        return None
    aside = f"{live[:_NAME_ROOM]}_replaced_{when.astimezone(UTC):%Y%m%dT%H%M%S}"
    n = 1
    while _exists(conn, aside):
        n += 1
        aside = f"{live[:_NAME_ROOM]}_replaced_{when.astimezone(UTC):%Y%m%dT%H%M%S}_{n}"
    conn.execute(text(f'ALTER DATABASE "{live}" ALLOW_CONNECTIONS false'))
    try:
        for attempt in range(50):
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": live})
            try:
                conn.execute(text(f'ALTER DATABASE "{live}" RENAME TO "{aside}"'))
                break
            except DBAPIError:
                if attempt == 49:
                    raise
                time.sleep(0.1)  # a terminated session takes a moment to go
    except BaseException:
        conn.execute(text(f'ALTER DATABASE "{live}" ALLOW_CONNECTIONS true'))
        raise
    try:
        conn.execute(text(f'ALTER DATABASE "{scratch}" RENAME TO "{live}"'))
    except BaseException:
        conn.execute(text(f'ALTER DATABASE "{aside}" RENAME TO "{live}"'))
        conn.execute(text(f'ALTER DATABASE "{live}" ALLOW_CONNECTIONS true'))
        raise StoreError(msg(QT_TRANSLATE_NOOP(
            "Core", "The restored database could not take the name %1; the live database "
            "was put back as it was."), live)) from None
    return aside


# ---- a login for a user the restored store has and this server has not -----------------------

# Plain English on purpose: only `permit-desk server login` (the IT administrator's command
# line, not translated) says these; the window never calls restore_login.
_LOGIN_NEEDS_SUPERUSER = ("Giving a user a login needs the server's superuser; {} is not one. "
                          "Nothing was changed.")


def restore_login(locator: ServerLocator, setup_user: str, setup_password: str,
                  username: str, passphrase: str, *, now: datetime | None = None
                  ) -> tuple[str, ...]:
    """As the server's superuser: a new login for a store user who has none on this server
    (logins belong to the cluster, not to the database, so a store restored into a new
    cluster has users and no logins), member of exactly the groups of the roles the store
    records for them. Returns those roles.

    The audit entry is the superuser's, as the restore's own is: appending to the chain needs
    no key (only the checkpoints are signed, by an unlocked desk's key, and the next one
    covers this entry). It reuses "user.passwd", since what the user got is a passphrase;
    the server's log records the CREATE ROLE as well if it logs DDL."""
    import psycopg

    when = now or datetime.now(UTC)
    engine = make_engine(locator, setup_user, setup_password, pool_size=1)
    try:
        with Session(engine) as s:
            user_id, roles = _login_for(s, locator, setup_user, username)
            try:
                pg_server.check_login_name(username)
            except ValueError as exc:
                raise InvalidInput(str(exc)) from None
            try:
                pg_server.add_login(s.connection(), username, passphrase, roles)
            except psycopg.errors.DuplicateObject:
                # Another administrator's `server login` for the same user got there first.
                raise Conflict(_has_login(username)) from None
            audit.append(s, username=setup_user, action="user.passwd", entity="user",
                         entity_id=str(user_id), now=when,
                         after={"username": username, "roles": list(roles),
                                "login_made_by": setup_user})
            s.commit()
    except (DBAPIError, psycopg.OperationalError) as exc:
        raise translate_connect_error(exc, locator, setup_user) from None
    finally:
        engine.dispose()
    return roles


def _has_login(username: str) -> str:
    return (f"{username} already has a login on this server; `permit-desk user passwd` "
            "changes its password.")


def _login_for(s: Session, locator: ServerLocator, setup_user: str,
               username: str) -> tuple[int, tuple[str, ...]]:
    """The user's id and roles, once every reason to refuse them a new login is ruled out."""
    if not s.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))\
            .scalar():
        raise PermissionDenied(_LOGIN_NEEDS_SUPERUSER.format(setup_user))
    if _store_state(s.connection())[0] is None:
        raise StoreNotFound(f"The database {locator} holds no Permit Desk store: restore the "
                            "backup into it first (permit-desk --store ... restore FILE).")
    row = s.execute(text("SELECT id, active FROM app_user WHERE username = :u"),
                    {"u": username}).first()
    if row is None:
        raise NotFound(f"The store has no user named {username}.")
    if not row.active:
        raise Conflict(f"{username} was removed from the store, and removed users get no "
                       "login.")
    login = s.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :u"),
                      {"u": username}).first()
    if login is not None and login.rolcanlogin:
        raise Conflict(_has_login(username))
    if login is not None:
        raise Conflict(f"The server already has a role named {username} that is not a login; "
                       "the IT administrator renames or drops it first.")
    return int(row.id), tuple(str(r) for r in s.execute(text(
        "SELECT role FROM user_role WHERE user_id = :i ORDER BY role"), {"i": row.id}).scalars())
