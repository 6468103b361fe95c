"""A Desk is an unlocked store with the user working at it: the handle every service takes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, Message, Words, msg
from app.services import audit
from app.services.errors import PermissionDenied, ServiceError
from app.store import locator
from app.store import store as store_mod
from app.store.backend import StoreHandle
from app.store.keyfile import KdfParams, kdf_from_environment
from app.store.locator import Locator, ServerLocator
from app.store.models import Setting, User, UserRole
from app.store.store import OpenStore

Clock = Callable[[], datetime]
T = TypeVar("T")
RETRIES = 5

# SQLSTATEs a server uses to say "run it again": nothing of the transaction was kept.
RETRYABLE = frozenset({"40001", "40P01"})


class ServerBusy(ServiceError):
    """The database rolled the transaction back to let another workstation's go first."""


class Refused(PermissionDenied):
    """A refusal found by a rule inside a unit of work; the unit audits `attempted`."""

    def __init__(self, why: Message | str, attempted: str = "") -> None:
        super().__init__(why)
        self.attempted = attempted


def database_refusal(exc: DBAPIError) -> ServiceError:
    """The database's own refusal as a sentence: a privilege the user's role lacks, a
    protective trigger, a serialization failure; the statement and its values are not shown."""
    orig = exc.orig
    state = str(getattr(orig, "sqlstate", "") or "")
    if state in RETRYABLE:
        return ServerBusy(msg(QT_TRANSLATE_NOOP(
            "Core", "Another workstation changed the same records at the same moment; nothing "
            "of yours was recorded. Try again.")))
    if state == "42501":
        return PermissionDenied(msg(QT_TRANSLATE_NOOP(
            "Core", "The database refused: your role does not allow this change.")))
    diag = getattr(orig, "diag", None)
    text_ = str(getattr(diag, "message_primary", "") or "") if diag is not None else ""
    if state.startswith("P0") and text_:
        return PermissionDenied(msg(QT_TRANSLATE_NOOP("Core", "The database refused: %1"),
                                    text_))
    return ServiceError(msg(QT_TRANSLATE_NOOP("Core", "The database refused the change (%1)."),
                            state or type(orig).__name__))


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    position: str
    roles: frozenset[Role]
    person_id: int | None

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))


@dataclass(frozen=True)
class Changes:
    """What a service call changed, so that screens can decide whether to refresh."""

    kinds: frozenset[str]
    ids: tuple[tuple[str, int], ...] = ()


@dataclass
class Desk:
    store: StoreHandle
    actor: Actor
    clock: Clock = utc_now
    listeners: list[Callable[[Changes], None]] = field(default_factory=list)
    _audit_key: Ed25519PrivateKey | None = None

    # ---- time ------------------------------------------------------------------------
    def now(self) -> datetime:
        """UTC, timezone-naive as stored."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    def today(self) -> date:
        # Lithuanian institutions count days in local time; Europe/Vilnius.
        from zoneinfo import ZoneInfo

        return self.clock().astimezone(ZoneInfo("Europe/Vilnius")).date()

    # ---- keys --------------------------------------------------------------------------
    def audit_key(self, session: Session) -> Ed25519PrivateKey:
        if self._audit_key is None:
            self._audit_key = audit.load_private_key(session, self.store.require_store_key())
        return self._audit_key

    def lock(self) -> None:
        self._audit_key = None
        self.store.close()

    # ---- permission, unit of work, audit ------------------------------------------------
    def require(self, what: str, *roles: Role) -> None:
        """Refuse (and audit the refusal) unless the actor holds one of the roles."""
        if self.actor.has(*roles):
            return
        self._audit_refusal(str(what), sorted(str(r) for r in roles))
        # `what` is marked for translation where it is written (QT_TRANSLATE_NOOP), or is a
        # message itself; the roles are worded by their labels ("Head of institution or ...").
        raise PermissionDenied(
            msg(QT_TRANSLATE_NOOP("Core", "%1 may not %2: that needs the role %3."),
                self.actor.username, what if isinstance(what, Message) else msg(what),
                Words(roles, QT_TRANSLATE_NOOP("Core", " or "))))

    def _audit_refusal(self, attempted: str, needs: list[str] | None) -> None:
        """A refused attempt goes into the trail in a transaction of its own: whatever the
        refused work had begun is rolled back, the refusal is kept."""
        after: dict[str, Any] = {"attempted": attempted}
        if needs is not None:
            after["needs"] = needs
        with self._transaction(keep=True) as s:
            self.record(s, "refused", "", "", after=after)

    @contextmanager
    def _transaction(self, *, keep: bool) -> Iterator[Session]:
        with self.store.session() as s:
            try:
                yield s
                if keep:
                    s.commit()
                else:
                    s.rollback()
            except DBAPIError as exc:
                if self.store.kind != "server":
                    raise  # SQLite's busy / full / read-only are told by app.store.errors
                raise database_refusal(exc) from exc

    @contextmanager
    def unit(self, what: str = "", *roles: Role) -> Iterator[Session]:
        """One use case's unit of work: the permission check (a refusal is audited in its own
        transaction before any work), then one transaction that commits when the block ends
        normally and rolls back on any exception. A rule that refuses midway (who may decide
        this request) raises Refused: the work is rolled back and the refusal audited in a
        transaction of its own. Use `run` when the work can be retried."""
        if roles:
            self.require(what, *roles)
        try:
            with self._transaction(keep=True) as s:
                yield s
        except Refused as refused:
            self._audit_refusal(refused.attempted, None)
            raise

    @contextmanager
    def rehearse(self, what: str = "", *roles: Role) -> Iterator[Session]:
        """The work exactly as a unit of work would do it, always rolled back (a preview);
        refusals are audited as in `unit`, since the attempt was made."""
        if roles:
            self.require(what, *roles)
        try:
            with self._transaction(keep=False) as s:
                yield s
        except Refused as refused:
            self._audit_refusal(refused.attempted, None)
            raise

    def run(self, work: Callable[[Session], T], what: str = "", *roles: Role,
            attempts: int = RETRIES) -> T:
        """`work` in a unit of work, run again from the start when the database chose it as
        the loser of a serialization failure or a deadlock with another workstation (never
        after it committed: those errors mean nothing of it was kept). `work` must change
        nothing but the session; anything it does outside the database happens again."""
        import random
        import time

        for attempt in range(1, attempts + 1):
            try:
                with self.unit(what, *roles) as s:
                    return work(s)
            except ServerBusy:
                if attempt == attempts:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read_session() as s:
            yield s

    def record(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: str | int,
        before: Any = None,
        after: Any = None,
        acting_for: str = "",
    ) -> None:
        audit.append(session, username=self.actor.username, action=action, entity=entity,
                     entity_id=entity_id, before=before, after=after, acting_for=acting_for,
                     signing_key=self.audit_key(session), now=self.clock())

    def announce(self, *kinds: str, ids: tuple[tuple[str, int], ...] = ()) -> Changes:
        changes = Changes(frozenset(kinds), ids)
        for listener in list(self.listeners):
            listener(changes)
        return changes

    def watch(self, callback: Callable[[Changes], None]) -> Callable[[], None]:
        """Changes committed on the server by any workstation (this one's too), handed to
        `callback` on a background thread until the returned function is called or the desk
        locked; after a lost connection, one Changes of every kind (anything may have changed).
        A file store has one workstation: nothing to watch, and the stop function does nothing."""
        from app.store.server import ServerStore

        if not isinstance(self.store, ServerStore):
            return lambda: None
        listener = self.store.listen(lambda change: callback(Changes(change.kinds, change.ids)))
        return listener.stop

    # ---- settings ----------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        with self.read() as s:
            row = s.get(Setting, key)
            return row.value if row else default


def file_store(desk: Desk) -> OpenStore:
    """The desk's store when it is a file; a clear refusal on a server, where the same work
    is the server's (key rotation: dropping the login role; file backups: pg_dump)."""
    if isinstance(desk.store, OpenStore):
        return desk.store
    raise ServiceError(msg(QT_TRANSLATE_NOOP(
        "Core", "This works on a store kept in a file; the store on %1 is on a server (README: "
        "Several workstations)."), str(desk.store.locator)))


def load_actor(session: Session, username: str) -> Actor:
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not user.active:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("Core", "The user %1 has no active account in "
                "this store."), repr(username)))
    roles = frozenset(
        Role(r) for r in session.execute(
            select(UserRole.role).where(UserRole.user_id == user.id)).scalars()
    )
    return Actor(user.id, user.username, user.full_name, user.position, roles, user.person_id)


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
    return _finish_open(st, username, clock)


def open_desk_with_recovery(db_path: Path, recovery_key: str, *, clock: Clock = utc_now) -> Desk:
    st = store_mod.unlock_with_recovery(db_path, recovery_key)
    return _finish_open(st, None, clock)


def _finish_open(st: StoreHandle, username: str | None, clock: Clock) -> Desk:
    try:
        with st.session() as s:
            actor = load_actor(s, username) if username else RECOVERY_ACTOR
            desk = Desk(st, actor, clock)
            for f in st.failed_attempts:
                desk.record(s, "unlock.failed", "user", f.username,
                            after={"at": datetime.fromtimestamp(f.at, UTC).isoformat()})
            desk.record(s, "unlock" if username else "unlock.recovery", "user", actor.username,
                        after={"upgraded_from": st.upgraded_from} if st.upgraded_from else None)
            s.commit()
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
    from app.services.clearances import expire_due

    expire_due(desk)
    return desk
