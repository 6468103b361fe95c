"""`migrate`: a SQLCipher file store moves to a real PostgreSQL server (TLS, SCRAM), every row
and the audit chain intact, all or nothing."""

from __future__ import annotations

import datetime as dt
import shlex
import subprocess
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.cli.migrate_cmd import run_migration
from app.services import audit, audit_queries, decisions, letters, requests, users
from app.services.errors import PermissionDenied
from app.services.opening import open_desk
from app.store import pg_migrate
from app.store.errors import WrongPassphrase
from app.store.locator import ServerLocator
from app.store.models import AuditEntry, Person
from app.store.server import STORE_ID_SETTING, STORE_KEY_SETTING
from tests.conftest import PASSPHRASES, StoreFixture
from tests.pg_fixtures import PgDatabase
from tests.services.tally_check import assert_tallies_match
from tests.services.workflow_helpers import add_cleared_person, draft
from tests.store.helpers import CLI, REPO, app_env

ADMIN = "admin"
ADMIN_PW = PASSPHRASES[ADMIN]


@pytest.fixture
def target(pg_database: PgDatabase) -> Iterator[ServerLocator]:
    yield ServerLocator("localhost", pg_database.server.port, pg_database.name,
                        pg_database.server.ca_pem)
    # Login roles belong to the cluster, not to the database: the next test makes them anew.
    with psycopg.connect(pg_database.server.superuser_dsn(), autocommit=True) as conn:
        for (name,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolcanlogin AND NOT rolsuper").fetchall():
            conn.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(name)))


def _certificate_der() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Migracijos bandymų CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.DER)


def _fill(file_store: StoreFixture) -> dict[str, int]:
    """People, clearances, a draft, a submitted and a decided request (its letter queued), a
    trust anchor (bytes), a removed user, and a signed checkpoint made by the file's audit
    key; returns the ids the test looks at."""
    sec, clerk = file_store.as_user("saugumas"), file_store.as_user("rastine")
    head = file_store.head
    codes = [add_cleared_person(sec, i, last=f"Žukauskas{i}") for i in range(1, 4)]
    drafted = requests.new_request(clerk, draft(codes[0]))
    submitted = requests.new_request(clerk, draft(codes[1], countries=("LV", "BY")))
    requests.submit(clerk, submitted.id)
    decided = requests.new_request(clerk, draft(codes[2]))
    requests.submit(clerk, decided.id)
    decisions.decide(head, decided.id, "approve", conditions=["Instruktažas prieš išvyką"])
    letters.add_trust_anchor(head, _certificate_der())
    users.remove_user(head, "inspektorius")
    assert audit_queries.checkpoint_now(head) is not None
    return {"draft": drafted.id, "submitted": submitted.id, "decided": decided.id}


def _migrate(file_store: StoreFixture, target: ServerLocator, pg: PgDatabase,
             **kw: Any) -> pg_migrate.Migration:
    desk = file_store.as_user(ADMIN)
    try:
        return run_migration(desk, ADMIN_PW, target, setup_user="postgres",
                             setup_password=pg.server.password, **kw)
    finally:
        desk.lock()


def _rows(engine: sa.Engine, table: sa.Table) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            sa.select(table).order_by(*table.primary_key.columns))]


def _public_tables(pg: PgDatabase) -> list[str]:
    with psycopg.connect(pg.dsn) as conn:
        return [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()]


def _logins(pg: PgDatabase) -> set[str]:
    with psycopg.connect(pg.server.superuser_dsn()) as conn:
        return {r[0] for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolcanlogin AND NOT rolsuper").fetchall()}


def test_every_row_moves_and_the_chain_continues_under_the_same_key(
        file_store: StoreFixture, target: ServerLocator, pg_database: PgDatabase) -> None:
    ids = _fill(file_store)
    with file_store.head.read() as s:
        file_key = audit.load_private_key(s, file_store.head.store.require_store_key())
        file_checkpoints = len(audit.iter_checkpoints(s))
    seen: list[str] = []
    done = _migrate(file_store, target, pg_database,
                    progress=lambda d, t, what: seen.append(what))
    assert {"schema", "person", "travel_request", "audit_entry", "logins"} <= set(seen)

    # Row counts and the head, as the migration checked them before its commit.
    assert done.server_counts == done.counts
    assert done.counts["person"] == 3 and done.counts["decision"] == 1
    assert done.counts["letter"] == 1 and done.counts["trust_anchor"] == 1
    assert done.copied_head == done.source_head and done.head[0] == done.source_head[0] + 1
    assert done.chain.ok and done.chain.entries == done.head[0]
    assert done.store_id == file_store.head.store.store_id
    assert set(done.logins) == {"vadovas", "pavaduotojas", "rastine", "saugumas", "admin"}
    assert set(done.need_password) == set(done.logins) - {ADMIN}
    assert _logins(pg_database) == set(done.logins)  # the removed inspector has none

    # Every value of every table, as SQLAlchemy reads it on each side (dates, timestamps,
    # booleans, bytes): equal, except the audit key's wrapping and the server's own settings.
    file_engine = file_store.head.store.engine
    server_engine = sa.create_engine(pg_database.url, poolclass=sa.NullPool)
    try:
        for table in pg_migrate.tables():
            left, right = _rows(file_engine, table), _rows(server_engine, table)
            if table.name == "setting":
                skip = {pg_migrate.AUDIT_KEY_SETTING, STORE_KEY_SETTING, STORE_ID_SETTING}
                assert {r[0] for r in right} - {r[0] for r in left} == {STORE_KEY_SETTING,
                                                                        STORE_ID_SETTING}
                left = [r for r in left if r[0] not in skip]
                right = [r for r in right if r[0] not in skip]
            elif table.name == "audit_entry":
                assert right[-1][4] == "store.migrate" and right[-1][2] == ADMIN
                right = right[:-1]
            assert left == right, table.name
            if table.name == "travel_request":
                assert any(isinstance(r[2], str) for r in right)  # state
        with server_engine.connect() as conn:
            assert conn.execute(sa.text("SELECT declared FROM travel_request WHERE id = :i"),
                                {"i": ids["decided"]}).scalar() is False
    finally:
        server_engine.dispose()

    # The admin opens the server store with the same passphrase; the trail verifies, the old
    # checkpoints still verify and a new one is signed by the same audit key.
    desk = open_desk(target, ADMIN, ADMIN_PW, clock=file_store.clock)
    try:
        with desk.read() as s:
            # The tallies came with the rows: the dashboard and a country's count read from
            # them on the server equal a recount there.
            assert_tallies_match(s, dt.date(2026, 12, 31))
            server_key = audit.load_private_key(s, desk.store.require_store_key())
            last = s.execute(sa.select(AuditEntry.action, AuditEntry.username, AuditEntry.after)
                             .order_by(AuditEntry.seq.desc()).limit(2)).all()
        assert server_key.private_bytes_raw() == file_key.private_bytes_raw()
        # The migration's entry, then the admin's unlock on the server.
        assert [(a, u) for a, u, _ in last] == [("unlock", ADMIN), ("store.migrate", ADMIN)]
        assert '"head"' in last[1][2] and '"counts"' in last[1][2]
        assert audit_queries.checkpoint_now(desk) is not None
        report = audit_queries.verify(desk)
        assert report.ok, report.problem
        assert report.checkpoints == file_checkpoints + 1
        # The security officer gets a password from the admin, then works: a new person's
        # id continues after the copied ones (the sequences moved past them).
        users.change_passphrase(desk, "saugumas", "security-on-the-server-1")
    finally:
        desk.lock()
    sec = open_desk(target, "saugumas", "security-on-the-server-1", clock=file_store.clock)
    try:
        code = add_cleared_person(sec, 77, last="Naujokas")
        with sec.read() as s:
            assert s.execute(sa.select(Person.id).where(Person.personal_code == code)
                             ).scalar_one() == 4
        assert audit_queries.verify(sec).ok
    finally:
        sec.lock()

    # A second migration into the same database is refused, nothing changed.
    with pytest.raises(pg_migrate.MigrationRefused, match="not empty"):
        _migrate(file_store, target, pg_database)


def test_refuses_a_database_that_is_not_empty(file_store: StoreFixture, target: ServerLocator,
                                              pg_database: PgDatabase) -> None:
    with psycopg.connect(pg_database.dsn) as conn:
        conn.execute("CREATE TABLE notes (id integer)")
    with pytest.raises(pg_migrate.MigrationRefused, match="holds notes") as err:
        _migrate(file_store, target, pg_database)
    assert "Nothing was changed" in str(err.value)
    assert _public_tables(pg_database) == ["notes"]
    assert _logins(pg_database) == set()


def test_only_an_admin_of_the_file_may_migrate(file_store: StoreFixture, target: ServerLocator,
                                               pg_database: PgDatabase) -> None:
    clerk = file_store.as_user("rastine")
    with pytest.raises(PermissionDenied, match="migrate the store to a server"):
        run_migration(clerk, PASSPHRASES["rastine"], target, setup_user="postgres",
                      setup_password=pg_database.server.password)
    assert _public_tables(pg_database) == []
    with file_store.head.read() as s:
        refused = s.execute(sa.select(AuditEntry.action, AuditEntry.username)
                            .order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert tuple(refused) == ("refused", "rastine")


def test_a_wrong_source_passphrase_opens_nothing(file_store: StoreFixture) -> None:
    with pytest.raises(WrongPassphrase):
        open_desk(file_store.path, ADMIN, "not-the-passphrase")


def test_a_connection_lost_half_way_leaves_the_target_empty(
        file_store: StoreFixture, target: ServerLocator, pg_database: PgDatabase) -> None:
    """The server ends the migrating session while it copies the requests (as a restart or
    a network cut would): everything done so far, schema and roles included, rolls back."""
    _fill(file_store)
    killed: list[int] = []

    def cut(done: int, total: int, what: str) -> None:
        if what == "travel_request" and not killed:
            with psycopg.connect(pg_database.server.superuser_dsn(), autocommit=True) as conn:
                killed.extend(r[0] for r in conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = %s AND pid <> pg_backend_pid()",
                    (pg_database.name,)).fetchall())

    with pytest.raises(pg_migrate.MigrationFailed, match="rolled back: nothing was changed"):
        _migrate(file_store, target, pg_database, progress=cut)
    assert killed == [True]
    assert _public_tables(pg_database) == []
    assert _logins(pg_database) == set()
    # The same database takes the migration again.
    done = _migrate(file_store, target, pg_database)
    assert done.chain.ok and done.copied_head == done.source_head


def test_a_row_naming_a_missing_row_stops_the_migration(
        file_store: StoreFixture, target: ServerLocator, pg_database: PgDatabase) -> None:
    """The foreign keys are checked after the copy, not row by row: a clearance event whose
    clearance is gone (written into the file with its foreign keys off) is found there, and
    the whole migration rolls back."""
    _fill(file_store)
    with file_store.head.store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("INSERT INTO clearance_event (clearance_id, at, status, level, valid_until,"
                    " reason) VALUES (9999, '2026-11-25 09:00:00.000000', 'active', 'secret',"
                    " '2029-12-31', '')")
        raw.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(pg_migrate.MigrationFailed, match="rows of clearance_event name a "
                       "clearance that does not exist"):
        _migrate(file_store, target, pg_database)
    assert _public_tables(pg_database) == []
    assert _logins(pg_database) == set()


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300,
                          env=app_env(**env), cwd=REPO)


def test_the_command_migrates_and_says_who_needs_a_password(
        file_store: StoreFixture, target: ServerLocator, pg_database: PgDatabase) -> None:
    _fill(file_store)
    file_store.lock_all()
    setup = {"PERMIT_DESK_SETUP_PASSWORD": pg_database.server.password}
    wrong = _cli("--store", str(file_store.path), "--user", ADMIN, "migrate", "--to",
                 str(target), PERMIT_DESK_PASSPHRASE="wrong-passphrase", **setup)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert wrong.stderr.strip().splitlines()[-1].startswith("permit-desk: ")
    assert _public_tables(pg_database) == []

    out = _cli("--store", str(file_store.path), "--user", ADMIN, "migrate", "--to", str(target),
               PERMIT_DESK_PASSPHRASE=ADMIN_PW, **setup)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert "migrated from" in out.stdout and "rows/s" in out.stdout
    assert "audit verify passes" in out.stdout
    for name in ("vadovas", "pavaduotojas", "rastine", "saugumas"):
        assert (f"permit-desk --store {shlex.quote(str(target))} --user {ADMIN} user passwd "
                f"{name}") in out.stdout
    assert f"user passwd {ADMIN}" not in out.stdout

    # The printed command works as printed; the security officer then logs in.
    reset = _cli("--store", str(target), "--user", ADMIN, "user", "passwd", "saugumas",
                 PERMIT_DESK_PASSPHRASE=ADMIN_PW,
                 PERMIT_DESK_NEW_PASSPHRASE="security-on-the-server-1")
    assert reset.returncode == 0, reset.stderr
    verify = _cli("--store", str(target), "--user", "saugumas", "audit", "verify",
                  PERMIT_DESK_PASSPHRASE="security-on-the-server-1")
    assert verify.returncode == 0, verify.stderr + verify.stdout

    again = _cli("--store", str(file_store.path), "--user", ADMIN, "migrate", "--to",
                 str(target), PERMIT_DESK_PASSPHRASE=ADMIN_PW, **setup)
    assert again.returncode == 1 and "is not empty" in again.stderr


def test_the_core_names_the_audit_key_as_the_service_does() -> None:
    # The round trip of the wrapping itself is the first test's: the server's key unwraps to
    # the file's, through the service's load_private_key.
    assert pg_migrate.AUDIT_KEY_SETTING == audit.PRIVATE_KEY
