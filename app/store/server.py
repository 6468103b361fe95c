"""A store on the institution's PostgreSQL server: open it as a user (their own login role).

Every Permit Desk user is a PostgreSQL login role (app.store.pg_server manages them), so
the database itself refuses what the user's roles do not allow; the application's checks are
the friendly first line, not the only one. The connection always uses TLS with the server's
certificate verified against the institution's CA (sslmode=verify-full) and SCRAM-SHA-256
with channel binding, so neither a password nor a session can be lifted off the network.

There is no key file on a server: the password is checked by the server, encryption at rest
is the server disk's (LUKS or BitLocker), and the key that signs the audit trail's
checkpoints is kept in the database, readable by every Permit Desk login, as every user of a
file store can unwrap it (README: "Several workstations", who holds what).
"""

from __future__ import annotations

import base64
import os
import select
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store import schema
from app.store.errors import StoreError, StoreNotFound, WrongPassphrase
from app.store.locator import ServerLocator
from app.store.notify import APPLICATION_NAME as LISTENER_NAME
from app.store.notify import ChangeListener, RemoteChange

if TYPE_CHECKING:
    import psycopg

STORE_KEY_SETTING = "server.store_key"
STORE_ID_SETTING = "server.store_id"
CA_ENV = "PERMIT_DESK_SERVER_CA"
CONNECT_TIMEOUT_S = 10


class ServerUnavailable(StoreError):
    """The server cannot be reached, or refused the connection for a reason not the user's."""


class ServerNotTrusted(StoreError):
    """TLS failed: no CA to check the server with, or the server's certificate did not check."""


def server_ca_file() -> Path:
    """Where `permit-desk trust server-ca` keeps the institution's CA for servers."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("permit-desk", appauthor=False)) / "server-ca.pem"


def ca_for(locator: ServerLocator) -> Path:
    for candidate in (locator.ca_file, _env_path(CA_ENV), server_ca_file()):
        if candidate is not None and candidate.is_file():
            return candidate
    if locator.ca_file is not None:
        raise ServerNotTrusted(msg(QT_TRANSLATE_NOOP(
            "Core", "The CA certificate %1 named in the server address does not exist."),
            str(locator.ca_file)))
    raise ServerNotTrusted(msg(QT_TRANSLATE_NOOP(
        "Core", "Permit Desk has no CA certificate to check the server %1 with: import the "
        "institution's CA with \"permit-desk trust server-ca FILE\"."), str(locator)))


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "")
    return Path(value) if value else None


def engine_url(locator: ServerLocator, username: str, password: str) -> URL:
    return URL.create(
        "postgresql+psycopg", username=username, password=password, host=locator.host,
        port=locator.port, database=locator.database,
        query={"sslmode": "verify-full", "sslrootcert": str(ca_for(locator)),
               # SCRAM bound to this TLS channel: a server that asks for a clear-text or MD5
               # password, or a relay in the middle, is refused by the client itself.
               "channel_binding": "require"},
    )


def make_engine(locator: ServerLocator, username: str, password: str, *,
                pool_size: int = 4) -> Engine:
    engine = create_engine(
        engine_url(locator, username, password),
        pool_size=pool_size, max_overflow=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Permit Desk"},
    )
    event.listen(engine, "checkout", _still_connected)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Timestamps are stored naive UTC (as in the file store); the session speaks UTC.
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi_conn.commit()

    return engine


def _still_connected(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """Hand out a pooled connection only if the server still holds its end.

    pool_pre_ping asked the server (SELECT 1) at every checkout: a round trip over TLS in
    every read and every change, a tenth of a worklist refresh. An idle connection has
    nothing to read, so its socket tells without asking: when the server restarts or ends the
    session (pg_terminate_backend, idle timeouts) it closes its end and the socket becomes
    readable. Only then, or when a notice arrived meanwhile, is the server asked. Raising
    DisconnectionError makes the pool discard the connection and open a fresh one. A server
    that vanished without closing (a cut cable) is noticed by the next statement either way,
    with or without a ping."""
    if dbapi_conn.closed or dbapi_conn.broken:
        raise DisconnectionError("the connection to the server was closed")
    try:
        readable = select.select([dbapi_conn.fileno()], [], [], 0)[0]
    except (OSError, ValueError) as exc:  # a closed descriptor
        raise DisconnectionError(str(exc)) from exc
    if not readable:
        return
    import psycopg

    try:
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT 1")
        dbapi_conn.rollback()
    except psycopg.Error as exc:
        raise DisconnectionError(str(exc)) from exc


def translate_connect_error(exc: BaseException, locator: ServerLocator,
                            username: str = "") -> StoreError:
    """One sentence for each reason a connection fails; the password never appears."""
    text_ = str(getattr(exc, "orig", exc) or exc)
    low = text_.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return WrongPassphrase(msg(QT_TRANSLATE_NOOP("Core", "The user name or the passphrase "
                                                     "is wrong.")))
    if "certificate verify failed" in low or "server certificate" in low or "ssl" in low \
            and ("certificate" in low or "root" in low):
        return ServerNotTrusted(msg(QT_TRANSLATE_NOOP(
            "Core", "The server %1 did not prove who it is: its certificate is not signed by "
            "the institution's CA or does not name it. Nothing was sent to it."),
            str(locator)))
    if "channel binding" in low or "scram" in low or "sasl" in low:
        return ServerNotTrusted(msg(QT_TRANSLATE_NOOP(
            "Core", "The server %1 does not offer SCRAM-SHA-256 with channel binding over "
            "TLS; Permit Desk sends passwords no other way."), str(locator)))
    if "does not exist" in low and "database" in low:
        return StoreNotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no store at %1."),
                                 str(locator)))
    if "pg_hba.conf" in low or "permission denied for database" in low:
        return WrongPassphrase(msg(QT_TRANSLATE_NOOP(
            "Core", "The server %1 does not let %2 in: ask the IT administrator."),
            str(locator), repr(username)))
    return ServerUnavailable(msg(QT_TRANSLATE_NOOP(
        "Core", "The server %1 cannot be reached: %2"), str(locator),
        text_.strip().splitlines()[0] if text_.strip() else type(exc).__name__))


@dataclass
class ServerStore:
    """An open connection pool to a store on a server, as one user."""

    locator: ServerLocator
    engine: Engine
    username: str
    store_key: bytes | None
    store_id: str = ""
    upgraded_from: str | None = None
    via_recovery: bool = False
    failed_attempts: list[Any] = field(default_factory=list)
    kind: str = field(default="server", init=False)
    # Open change listeners (app.store.notify): closing the store stops them.
    listeners: list[ChangeListener] = field(default_factory=list, init=False, repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
            finally:
                if s.in_transaction():
                    s.rollback()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        # Autocommit: each statement its own transaction, as each already took its own
        # snapshot under READ COMMITTED, so a read sees nothing different. It saves BEGIN and
        # ROLLBACK, two of a worklist's three round trips (app.store.batch), and keeps the
        # prepared statements that psycopg drops at every ROLLBACK, so the server plans each
        # query once per connection instead of once per read. The database's grants, not a
        # READ ONLY transaction, are what keeps a user from writing.
        conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            with Session(bind=conn, expire_on_commit=False) as s:
                yield s
                s.rollback()
        finally:
            conn.close()

    def require_store_key(self) -> bytes:
        if self.store_key is None:
            raise StoreError("The store is locked.")
        return self.store_key

    @property
    def bound(self) -> bool:
        return False

    def close(self) -> None:
        for listener in self.listeners:
            listener.stop()
        self.listeners.clear()
        self.engine.dispose()
        self.store_key = None

    def connect_listener(self) -> psycopg.Connection[Any]:
        """One more connection as this login, outside the pool (a LISTEN belongs to its
        session), with the engine's TLS verify-full and SCRAM channel binding, autocommit, and
        TCP keepalives so that a cable pulled out is noticed within a minute."""
        import psycopg

        url = self.engine.url
        params: dict[str, Any] = {k: str(v) for k, v in url.query.items()}  # sslmode, CA...
        params.update(host=url.host, port=url.port, dbname=url.database, user=url.username,
                      password=url.password, connect_timeout=CONNECT_TIMEOUT_S,
                      application_name=LISTENER_NAME, keepalives=1, keepalives_idle=20,
                      keepalives_interval=5, keepalives_count=4)
        return psycopg.connect(autocommit=True, **params)

    def listen(self, callback: Callable[[RemoteChange], None]) -> ChangeListener:
        """Changes other workstations (and this one) commit, to `callback` on a thread of the
        listener's, until the listener is stopped or the store closed."""
        listener = ChangeListener(self.connect_listener, callback).start()
        self.listeners[:] = [*(kept for kept in self.listeners if not kept.stopped), listener]
        return listener

    def settle_failed_attempts(self) -> None:
        """Failed logins on a server are the server's to log and throttle (README)."""

    # ---- logins: on a server, a user is a PostgreSQL login role --------------------------
    # Each runs in the caller's transaction, so the user's row and their login role are
    # made, changed or dropped together (PostgreSQL's role DDL is transactional).
    def add_login(self, session: Session, username: str, passphrase: str,
                  roles: Sequence[str], kdf: object = None) -> None:
        from app.store import pg_server

        pg_server.add_login(session.connection(), username, passphrase, list(roles))

    def change_login_password(self, session: Session, username: str, passphrase: str,
                              kdf: object = None) -> None:
        from app.store import pg_server

        pg_server.set_password(session.connection(), username, passphrase)

    def set_login_roles(self, session: Session, username: str, roles: Sequence[str]) -> None:
        from app.store import pg_server

        pg_server.set_roles(session.connection(), username, list(roles))

    def remove_login(self, session: Session, username: str) -> None:
        from app.store import pg_server

        pg_server.remove_login(session.connection(), username)


def open_server(locator: ServerLocator, username: str, password: str) -> ServerStore:
    """Connect as the user; refuse a server whose schema is not this version's."""
    engine = make_engine(locator, username, password)
    try:
        with engine.connect() as conn:
            revision = schema.current_revision(conn)
            conn.rollback()
            if revision is None:
                raise StoreNotFound(msg(QT_TRANSLATE_NOOP(
                    "Core", "The database %1 holds no Permit Desk store yet: the IT "
                    "administrator creates it with \"permit-desk server setup\"."),
                    str(locator)))
            if revision != schema.head_revision():
                raise StoreError(msg(QT_TRANSLATE_NOOP(
                    "Core", "The store on %1 is at schema %2 and this Permit Desk needs %3: the "
                    "IT administrator upgrades it with \"permit-desk server upgrade\"."),
                    str(locator), revision, schema.head_revision()))
            row = conn.execute(text("SELECT value FROM setting WHERE key = :k"),
                               {"k": STORE_KEY_SETTING}).first()
            store_id = conn.execute(text("SELECT value FROM setting WHERE key = :k"),
                                    {"k": STORE_ID_SETTING}).scalar()
            conn.rollback()
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise translate_connect_error(exc, locator, username) from None
    if row is None:
        engine.dispose()
        raise StoreNotFound(msg(QT_TRANSLATE_NOOP(
            "Core", "The database %1 holds no Permit Desk store yet: the IT administrator "
            "creates it with \"permit-desk server setup\"."), str(locator)))
    return ServerStore(locator, engine, username, base64.b64decode(row[0]), str(store_id or ""))


def upgrade_server(locator: ServerLocator, setup_user: str, setup_password: str
                   ) -> tuple[str, str]:
    """As the server's superuser: the schema to this version's head (Alembic, as the owner
    role), then the privileges, guards and functions renewed (pg_server.secure), in one
    transaction. The revisions before and after."""
    from app.store import pg_server

    engine = make_engine(locator, setup_user, setup_password, pool_size=1)
    try:
        with engine.begin() as conn:
            before = schema.current_revision(conn)
            if before is None:
                raise StoreNotFound(msg(QT_TRANSLATE_NOOP(
                    "Core", "The database %1 holds no Permit Desk store yet: the IT "
                    "administrator creates it with \"permit-desk server setup\"."),
                    str(locator)))
            pg_server.install_schema(conn)
            pg_server.secure(conn)
            after = schema.current_revision(conn) or ""
    except DBAPIError as exc:
        raise translate_connect_error(exc, locator, setup_user) from None
    finally:
        engine.dispose()
    return before, after
