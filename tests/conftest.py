"""Shared fixtures: real SQLCipher stores with cheap KDF parameters, users of every role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap Argon2 for tests only; `doctor` flags stores made this way.
os.environ["PERMIT_DESK_KDF_PROFILE"] = "test"

from app.services.desk import Desk  # noqa: E402
from app.services.opening import init_store, open_desk  # noqa: E402
from app.store.keyfile import TEST_KDF  # noqa: E402

pytest_plugins = ["tests.pg_fixtures"]

PASSPHRASES = {
    "vadovas": "head-passphrase-1",
    "pavaduotojas": "deputy-passphrase-1",
    "rastine": "clerk-passphrase-1",
    "saugumas": "security-passphrase-1",
    "inspektorius": "inspector-passphrase-1",
    "admin": "admin-passphrase-1",
}
ROLES = {
    "pavaduotojas": ["deputy"],
    "rastine": ["clerk"],
    "saugumas": ["security_officer"],
    "inspektorius": ["inspector"],
    "admin": ["admin"],
}
FULL_NAMES = {
    "vadovas": "Jonas Žukauskas",
    "pavaduotojas": "Aušra Čepulienė",
    "rastine": "Rūta Šimkutė",
    "saugumas": "Gintarė Ąžuolaitė",
    "inspektorius": "Vytautas Ėmužis",
    "admin": "Darius Įžulis",
}


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.when += timedelta(**delta)


@dataclass
class StoreFixture:
    path: Path | str  # a file, or a postgresql:// address (the server backend)
    recovery_key: str
    clock: FixedClock
    head: Desk

    opened: list[Desk] = field(default_factory=list)
    # On a server: the superuser's SQLAlchemy URL (the DBA, who alone can get past the
    # database's own protections); "" for a file store.
    superuser_url: str = ""

    @property
    def on_server(self) -> bool:
        return bool(self.superuser_url)

    def credentials(self) -> list[object]:
        """Who can log in, as the backend keeps it: the key file's slots, or the server's
        login roles with their group roles."""
        if not self.on_server:
            import json

            from app.store.store import StorePaths

            assert isinstance(self.path, Path)
            return list(json.loads(StorePaths(self.path).keys.read_text())["slots"])
        from sqlalchemy import create_engine, text

        engine = create_engine(self.superuser_url)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(
                    "SELECT r.rolname, array(SELECT g.rolname FROM pg_auth_members m JOIN "
                    "pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid ORDER BY 1) "
                    "FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper ORDER BY 1"))]
        finally:
            engine.dispose()

    def can_log_in(self, username: str) -> bool:
        if not self.on_server:
            return f"user:{username}" in [str(s["id"]) for s in self.credentials()]  # type: ignore[index]
        return username in [c[0] for c in self.credentials()]  # type: ignore[index]

    @contextmanager
    def raw_write(self) -> Iterator[Connection]:
        """A connection that can rewrite any row, as the strongest insider of the backend: on
        a file store anyone with a passphrase (the head's open engine); on a server only the
        DBA, who turns the guards off (event triggers, then the tables' triggers) and puts
        them back after with pg_server.secure(), as a DBA covering their tracks would."""
        if not self.on_server:
            with self.head.store.engine.begin() as conn:
                yield conn
            return
        from sqlalchemy import create_engine, text

        engine = create_engine(self.superuser_url)
        try:
            from app.store import pg_server

            with engine.begin() as conn:
                for trigger in ("permit_desk_guard_ddl", "permit_desk_guard_drop"):
                    conn.execute(text(f"ALTER EVENT TRIGGER {trigger} DISABLE"))
                for table in pg_server.APPEND_ONLY:
                    conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER ALL"))
                yield conn
                pg_server.secure(conn)
        finally:
            engine.dispose()

    def as_user(self, username: str) -> Desk:
        desk = open_desk(self.path, username, PASSPHRASES[username], clock=self.clock)
        self.opened.append(desk)
        return desk

    def lock_all(self) -> None:
        """Lock every desk the test opened (a server's connections close with them)."""
        for desk in [self.head, *self.opened]:
            desk.lock()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


# Tests in these folders run on both backends: the file store and a store on a real
# PostgreSQL server (tests/pg_fixtures.py). One fixture, no test written twice; a test that is
# about files only takes `file_store` instead of `store`.
BOTH_BACKENDS = ("tests/services/", "tests/test_cli_workflow.py", "tests/test_cli_staff.py",
                 "tests/test_cli_decide_sign.py", "tests/ui/test_journey.py",
                 "tests/ui/test_decide_journey.py")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" not in metafunc.fixturenames or metafunc.definition.get_closest_marker(
            "file_only"):
        return
    if any("backend" in str(m.args[0]) for m in metafunc.definition.iter_markers("parametrize")):
        return  # the test names its backend itself
    where = str(Path(metafunc.definition.path).relative_to(Path(__file__).parent.parent))
    if where.startswith(BOTH_BACKENDS):
        metafunc.parametrize("backend", ["file", "server"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "file"))


INSTITUTION = {"institution": "Valstybės saugumo departamentas",
               "institution_code": "188692688",
               "institution_address": "Vilniaus g. 1, LT-01100 Vilnius"}


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest, tmp_path: Path,
          clock: FixedClock) -> Iterator[StoreFixture]:
    """A new store with the head (vadovas) and one user of every other role, on the backend
    the test runs on (a file unless tests/conftest.py BOTH_BACKENDS says both)."""
    if backend == "server":
        yield from _server_store(request, clock)
    else:
        yield from _file_store(tmp_path, clock)


@pytest.fixture
def file_store(tmp_path: Path, clock: FixedClock) -> Iterator[StoreFixture]:
    """A store in a file: for tests about key files, slots, rotation and file backups."""
    yield from _file_store(tmp_path, clock)


def _server_store(request: pytest.FixtureRequest, clock: FixedClock) -> Iterator[StoreFixture]:
    from app.services import users
    from app.services.opening import init_server_store
    from app.store.locator import ServerLocator
    from tests.pg_fixtures import PgDatabase

    pg: PgDatabase = request.getfixturevalue("pg_database")
    where = ServerLocator("localhost", pg.server.port, pg.name, pg.server.ca_pem)
    new = init_server_store(where, setup_user="postgres", setup_password=pg.server.password,
                            head_username="vadovas", head_full_name=FULL_NAMES["vadovas"],
                            passphrase=PASSPHRASES["vadovas"], clock=clock, **INSTITUTION)
    try:
        for username, roles in ROLES.items():
            users.add_user(new.desk, username, full_name=FULL_NAMES[username], roles=roles,
                           passphrase=PASSPHRASES[username])
        fx = StoreFixture(str(where), "", clock, new.desk, superuser_url=pg.url)
        yield fx
    finally:
        new.desk.lock()
        if "fx" in locals():
            fx.lock_all()
        # Login roles belong to the cluster, not the database: the next test makes them anew.
        _drop_logins(pg)


def _drop_logins(pg: object) -> None:
    import psycopg

    from tests.pg_fixtures import PgDatabase

    assert isinstance(pg, PgDatabase)
    with psycopg.connect(pg.server.superuser_dsn(), autocommit=True) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolcanlogin AND NOT rolsuper")]
        for name in names:
            conn.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(name)))


def _file_store(tmp_path: Path, clock: FixedClock) -> Iterator[StoreFixture]:
    from app.services import users

    path = tmp_path / "store" / "permit-desk.db"
    new = init_store(path, head_username="vadovas", head_full_name=FULL_NAMES["vadovas"],
                     passphrase=PASSPHRASES["vadovas"], kdf=TEST_KDF, bind=False, clock=clock,
                     **INSTITUTION)
    for username, roles in ROLES.items():
        users.add_user(new.desk, username, full_name=FULL_NAMES[username], roles=roles,
                       passphrase=PASSPHRASES[username], kdf=TEST_KDF)
    fx = StoreFixture(path, new.recovery_key, clock, new.desk)
    yield fx
    fx.lock_all()


# No silent skips: a skip is allowed only where tests/allowed_skips.txt names it (a feature the
# platform cannot have); any other skip fails the session, so a missing tool is never a pass.
_ALLOWED_SKIPS = Path(__file__).with_name("allowed_skips.txt")
_unexpected_skips: list[str] = []


def _allowed_skips() -> list[tuple[str, str]]:
    rules = []
    for line in _ALLOWED_SKIPS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, _, reason = line.partition(" | ")
            rules.append((pattern.strip(), reason.strip()))
    return rules


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    import fnmatch

    reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else ""
    reason = reason.removeprefix("Skipped: ")
    if not any(fnmatch.fnmatch(report.nodeid, pattern) and reason.startswith(start)
               for pattern, start in _allowed_skips()):
        _unexpected_skips.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _unexpected_skips and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _unexpected_skips:
        terminalreporter.section("skips not allowed by tests/allowed_skips.txt", red=True)
        for line in _unexpected_skips:
            terminalreporter.line(line)
