"""Opening and creating stores: a desk unlocked on a file or a server (by a user, or by the
recovery key), and a new store with its first rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import audit
from app.services.clearances import expire_due
from app.services.desk import Actor, Clock, Desk, load_actor, utc_now
from app.services.errors import ServiceError
from app.store import locator
from app.store import store as store_mod
from app.store.backend import StoreHandle
from app.store.keyfile import KdfParams, kdf_from_environment
from app.store.locator import Locator, ServerLocator
from app.store.models import Setting, User, UserRole
from app.store.store import OpenStore

RECOVERY_ACTOR = Actor(0, "(recovery)", "Recovery key", "", frozenset(), None)


@dataclass(frozen=True)
class NewStore:
    desk: Desk
    recovery_key: str
    bound: bool
    keyring_message: str


def init_store(
    db_path: Path,
    *,
    institution: str,
    head_username: str,
    head_full_name: str,
    passphrase: str,
    kdf: KdfParams | None = None,
    bind: bool = True,
    clock: Clock = utc_now,
    institution_code: str = "",
    institution_address: str = "",
    head_position: str = "",
) -> NewStore:
    """Create a store with its head (who also administers it), policy v1 and audit key."""
    if not passphrase:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("Core", "The passphrase must not be empty.")))
    created = store_mod.create_store(db_path, username=head_username, passphrase=passphrase,
                                     kdf=kdf or kdf_from_environment(), bind=bind)
    st = created.store
    try:
        # The first rows make the user a desk needs, so they are committed by hand (the one
        # transaction of a new store); every later write is a desk's unit of work.
        with st.session() as s:
            desk = _seed(s, st, clock, institution=institution, head_username=head_username,
                         head_full_name=head_full_name, head_position=head_position,
                         institution_code=institution_code,
                         institution_address=institution_address, bound=created.bound)
            s.commit()
    except BaseException:
        st.close()
        for p in [st.paths.db, st.paths.keys, *st.paths.sidecars()]:
            if p.exists():
                p.unlink()
        raise
    return NewStore(desk, created.recovery_key, created.bound, created.keyring_message)


def _seed(s: Session, st: StoreHandle, clock: Clock, *, institution: str, head_username: str,
          head_full_name: str, head_position: str, institution_code: str,
          institution_address: str, bound: bool) -> Desk:
    """A new store's first rows, on either backend: the audit key, the head (who also
    administers it), the institution, policy v1, and the first two audit entries."""
    from app.domain.policy import default_policy, policy_to_json
    from app.store.models import PolicyVersion

    now = clock().astimezone(UTC).replace(tzinfo=None)
    audit.create_audit_key(s, st.require_store_key())
    user = User(username=head_username, full_name=head_full_name,
                position=head_position or "Įstaigos vadovas", created_at=now)
    s.add(user)
    s.flush()
    s.add_all([UserRole(user_id=user.id, role=Role.HEAD.value),
               UserRole(user_id=user.id, role=Role.ADMIN.value)])
    for k, v in {"institution.name": institution, "institution.code": institution_code,
                 "institution.address": institution_address}.items():
        s.add(Setting(key=k, value=v))
    s.add(PolicyVersion(created_at=now, created_by=user.id,
                        body=policy_to_json(default_policy()), note="Initial policy"))
    s.flush()
    actor = Actor(user.id, head_username, head_full_name, user.position,
                  frozenset({Role.HEAD, Role.ADMIN}), None)
    desk = Desk(st, actor, clock)
    desk.record(s, "store.init", "store", st.store_id,
                after={"institution": institution, "bound": bound})
    desk.record(s, "user.add", "user", user.id,
                after={"username": head_username, "full_name": head_full_name,
                       "roles": ["admin", "head"]})
    return desk


def init_server_store(
    where: ServerLocator,
    *,
    setup_user: str,
    setup_password: str,
    institution: str,
    head_username: str,
    head_full_name: str,
    passphrase: str,
    clock: Clock = utc_now,
    institution_code: str = "",
    institution_address: str = "",
    head_position: str = "",
) -> NewStore:
    """Set up a store in an empty database on a server, as its PostgreSQL superuser (the IT
    administrator, once): group roles, schema, privileges and protective triggers, then the
    head's login role and the first rows. Returns the head's desk on their own login."""
    import base64
    import os
    import uuid

    from sqlalchemy import text

    from app.store import pg_server, server

    if not passphrase:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("Core", "The passphrase must not be empty.")))
    engine = server.make_engine(where, setup_user, setup_password, pool_size=1)
    try:
        try:
            with engine.begin() as conn:
                if conn.execute(text("SELECT to_regclass('public.alembic_version')")).scalar():
                    raise ServiceError(msg(QT_TRANSLATE_NOOP(
                        "Core", "The database %1 already holds a Permit Desk store; nothing was "
                        "changed."), str(where)))
                pg_server.prepare(conn)
                pg_server.install_schema(conn)
                pg_server.secure(conn)
            store_key = os.urandom(32)
            setup = server.ServerStore(where, engine, setup_user, store_key, str(uuid.uuid4()))
            # As in init_store: the first rows, before there is a desk, in one transaction.
            with setup.session() as s:
                s.add_all([Setting(key=server.STORE_KEY_SETTING,
                                   value=base64.b64encode(store_key).decode()),
                           Setting(key=server.STORE_ID_SETTING, value=setup.store_id)])
                pg_server.add_login(s.connection(), head_username, passphrase,
                                    [Role.HEAD.value, Role.ADMIN.value])
                _seed(s, setup, clock, institution=institution, head_username=head_username,
                      head_full_name=head_full_name, head_position=head_position,
                      institution_code=institution_code,
                      institution_address=institution_address, bound=False)
                s.commit()
        except DBAPIError as exc:
            raise server.translate_connect_error(exc, where, setup_user) from None
    finally:
        engine.dispose()
    return NewStore(open_desk(where, head_username, passphrase, clock=clock), "", False, "")


def open_desk(
    where: Path | str | Locator,
    username: str,
    passphrase: str,
    *,
    clock: Clock = utc_now,
    monotonic: Callable[[], float] | None = None,
) -> Desk:
    """Unlock as a user: a file store (failed attempts since the last success go into the
    audit trail) or a store on a server (the user's own login role)."""
    import time

    loc = locator.parse(where)
    st: StoreHandle
    if isinstance(loc, ServerLocator):
        from app.store import server

        st = server.open_server(loc, username, passphrase)
    else:
        st = store_mod.unlock(loc.path, username, passphrase, clock=monotonic or time.time)
    return finish_open(st, username, clock)


def open_desk_with_recovery(db_path: Path, recovery_key: str, *, clock: Clock = utc_now) -> Desk:
    st = store_mod.unlock_with_recovery(db_path, recovery_key)
    return finish_open(st, None, clock)


def finish_open(st: StoreHandle, username: str | None, clock: Clock) -> Desk:
    """The desk of a store just unlocked: the unlock (and the failed attempts before it)
    audited in the desk's first unit of work, then expiry applied for the day."""
    try:
        with st.read_session() as s:
            actor = load_actor(s, username) if username else RECOVERY_ACTOR
        desk = Desk(st, actor, clock)
        with desk.unit() as s:
            for f in st.failed_attempts:
                desk.record(s, "unlock.failed", "user", f.username,
                            after={"at": datetime.fromtimestamp(f.at, UTC).isoformat()})
            desk.record(s, "unlock" if username else "unlock.recovery", "user", actor.username,
                        after={"upgraded_from": st.upgraded_from} if st.upgraded_from else None)
        # Audited now; the unlocker's own count starts again (each identity has its own).
        st.settle_failed_attempts()
    except BaseException as exc:
        st.close()
        from app.store.errors import translate

        told = translate(exc, st.paths.db if isinstance(st, OpenStore) else None)
        if told is not None and told is not exc:
            raise told from exc
        raise
    # Expiry follows the calendar: whoever opens the store first on a day applies it
    # (one indexed read when nothing is due).
    expire_due(desk)
    return desk
