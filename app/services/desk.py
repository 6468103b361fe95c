"""A Desk is an unlocked store with the user working at it: the handle every service takes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, Message, Words, msg
from app.services import audit
from app.services.errors import PermissionDenied, ServiceError
from app.store.backend import StoreHandle
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
