"""The PostgreSQL server itself refuses what a role may not do, and keeps the audit trail whole.

Each test connects to a real cluster over TLS with SCRAM, as a real login per Permit Desk
role, and asserts the server's own refusal (SQLSTATE and sentence), not the application's.
"""

from __future__ import annotations

import itertools
import json
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
import pytest
import sqlalchemy as sa
from psycopg import errors
from sqlalchemy.orm import Session

from app.domain.audit_chain import (
    GENESIS,
    ChainCheckpoint,
    ChainEntry,
    entry_hash,
    verify_chain,
)
from app.domain.enums import Role
from app.services import audit
from app.store import locks
from app.store import pg_server as pgs
from tests.pg_fixtures import PgDatabase
from tests.pg_server import PgServer

_runs = itertools.count(1)
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass
class Secured:
    server: PgServer
    db: str
    logins: dict[str, str]  # Permit Desk role (or "owner") -> login name
    passwords: dict[str, str]  # login -> password

    def dsn(self, who: str, **kw: str) -> str:
        login = self.logins[who]
        return self.server.dsn(login, self.passwords[login], self.db, **kw)

    def connect(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.dsn(who))

    def engine(self, who: str) -> sa.Engine:
        login = self.logins[who]
        return sa.create_engine(self.server.url(login, self.passwords[login], self.db),
                                poolclass=sa.NullPool)


def _append(conn: psycopg.Connection[tuple[object, ...]], username: str, action: str = "test",
            **override: object) -> None:
    """One entry as audit.append writes it, with any field overridden (to forge one)."""
    row = conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (int(row[0]), str(row[1])) if row else (0, GENESIS)  # type: ignore[call-overload]
    fields: dict[str, object] = dict(seq=seq + 1, at="2026-11-25T09:00:00Z", username=username,
                                     acting_for="", action=action, entity="", entity_id="",
                                     before="null", after="null", prev_hash=prev)
    fields.update({k: v for k, v in override.items() if k != "hash"})
    fields["hash"] = override.get("hash") or entry_hash(**fields)  # type: ignore[arg-type]
    conn.execute("INSERT INTO audit_entry (seq, at, username, acting_for, action, entity, "
                 "entity_id, before, after, prev_hash, hash) VALUES (%(seq)s, %(at)s, "
                 "%(username)s, %(acting_for)s, %(action)s, %(entity)s, %(entity_id)s, "
                 "%(before)s, %(after)s, %(prev_hash)s, %(hash)s)", fields)


def _seed(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """A person, a request and its decision (as the superuser: the rows to try to change)."""
    now = datetime(2026, 11, 25, 9, 0)
    conn.execute("INSERT INTO app_user (id, username, full_name, position, active, created_at)"
                 " VALUES (1, 'head', 'Jonas Žukauskas', '', true, %s)", (now,))
    conn.execute("INSERT INTO policy_version (id, created_at, body, note) "
                 "VALUES (1, %s, '{}', '')", (now,))
    conn.execute("INSERT INTO person (id, personal_code, last_name, first_name, search_name,"
                 " position, unit, category, created_at, updated_at) VALUES (1, '38501010000',"
                 " 'Žukauskas', 'Jonas', 'zukauskas jonas', '', 'A', 'civil_servant', %s, %s)",
                 (now, now))
    conn.execute("INSERT INTO travel_request (id, person_id, state, countries, depart, "
                 "return_date, crossing, mode, purpose, reason_category, lodging, home_contact,"
                 " travel_document, declared, created_at, updated_at, search_text) VALUES "
                 "(1, 1, 'approved', 'BY', '2026-12-01', '2026-12-05', '', '', '', 'family', "
                 "'', '', '', false, %s, %s, '')", (now, now))
    conn.execute("INSERT INTO decision (id, request_id, outcome, reason, conditions, "
                 "decided_by, decided_at, policy_version_id) VALUES "
                 "(1, 1, 'approve', '', '[]', 1, %s, 1)", (now,))
    for table in ("app_user", "policy_version", "person", "travel_request", "decision"):
        conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1)")


@pytest.fixture
def secured(pg_database: PgDatabase) -> Iterator[Secured]:
    """prepare, install_schema, secure; one login per role (the admin made by the superuser,
    every other by that admin), a login in the owner role, and a first audit entry."""
    server, run = pg_database.server, next(_runs)
    logins = {r.value: f"{r.value}_{run}" for r in Role} | {"owner": f"migrator_{run}"}
    passwords = {login: f"pw-{login}-Ž{run}" for login in logins.values()}
    engine = sa.create_engine(pg_database.url, poolclass=sa.NullPool)
    with engine.begin() as conn:
        pgs.prepare(conn)
        pgs.install_schema(conn)
        pgs.secure(conn)
        pgs.add_login(conn, logins["admin"], passwords[logins["admin"]], [Role.ADMIN])
        owner = logins["owner"]
        verifier = pgs.scram_verifier(conn, owner, passwords[owner])
        conn.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN PASSWORD \'{verifier}\'')
        conn.exec_driver_sql(f'GRANT "{pgs.OWNER}" TO "{owner}"')
    fx = Secured(server, pg_database.name, logins, passwords)
    admin = fx.engine("admin")
    with admin.begin() as conn:
        for role in Role:
            if role is not Role.ADMIN:
                pgs.add_login(conn, logins[role.value], passwords[logins[role.value]], [role])
    admin.dispose()
    with psycopg.connect(pg_database.dsn) as su:
        _seed(su)
    with fx.connect("head") as head:
        _append(head, logins["head"], "store.create")
    yield fx
    server.drop_database(pg_database.name)
    with psycopg.connect(server.superuser_dsn(), autocommit=True) as su:
        for login in logins.values():
            su.execute(f'DROP ROLE IF EXISTS "{login}"')
    engine.dispose()


def _refused(fx: Secured, who: str, sql: str, sqlstate: str, message: str) -> None:
    with fx.connect(who) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute(sql)
    assert caught.value.sqlstate == sqlstate, (who, sql, caught.value)
    assert message in str(caught.value), (who, sql, str(caught.value))


# ---- roles ----------------------------------------------------------------------------------


def test_the_inspector_only_reads(secured: Secured) -> None:
    with secured.connect("inspector") as conn:
        assert conn.execute("SELECT count(*) FROM travel_request").fetchone() == (1,)
    for sql, table in [
        ("INSERT INTO person (personal_code, last_name, first_name, search_name, position, unit,"
         " category, created_at, updated_at) VALUES ('39001010000', 'A', 'B', 'a b', '', '',"
         " 'other', now(), now())", "person"),
        ("UPDATE person SET unit = 'B'", "person"),
        ("INSERT INTO travel_request (person_id, state, countries, depart, return_date, crossing,"
         " mode, purpose, reason_category, lodging, home_contact, travel_document, declared,"
         " created_at, updated_at, search_text) VALUES (1, 'draft', 'RU', '2026-12-01',"
         " '2026-12-02', '', '', '', 'other', '', '', '', false, now(), now(), '')",
         "travel_request"),
        ("UPDATE travel_request SET state = 'closed'", "travel_request"),
    ]:
        _refused(secured, "inspector", sql, INSUFFICIENT_PRIVILEGE,
                 f"permission denied for table {table}")


def test_the_clerk_cannot_write_a_decision(secured: Secured) -> None:
    _refused(secured, "clerk",
             "INSERT INTO decision (request_id, outcome, reason, conditions, decided_by, "
             "decided_at, policy_version_id) VALUES (1, 'deny', 'no', '[]', 1, now(), 1)",
             INSUFFICIENT_PRIVILEGE, "permission denied for table decision")
    # ...while the head may (the grant is real, not a blanket refusal).
    with secured.connect("head") as conn:
        conn.execute("INSERT INTO decision (request_id, outcome, reason, conditions, decided_by,"
                     " decided_at, policy_version_id) VALUES (1, 'deny', 'no', '[]', 1, now(),"
                     " 1)")


@pytest.mark.parametrize("table", ["audit_entry", "decision", "audit_checkpoint"])
def test_nobody_changes_or_deletes_the_record(secured: Secured, table: str) -> None:
    if table == "audit_checkpoint":
        with psycopg.connect(secured.server.superuser_dsn(secured.db)) as su:
            su.execute("INSERT INTO audit_checkpoint VALUES (1, %s, 'x', 'sig')",
                       (GENESIS,))
    column = {"audit_entry": "action", "decision": "reason", "audit_checkpoint": "at"}[table]
    for role in Role:
        for sql in (f"UPDATE {table} SET {column} = 'rewritten'", f"DELETE FROM {table}",
                    f"TRUNCATE {table}"):
            _refused(secured, role.value, sql, INSUFFICIENT_PRIVILEGE,
                     f"permission denied for table {table}")
    # The owner's member holds every privilege on its tables: the triggers still refuse.
    for sql in (f"UPDATE {table} SET {column} = 'rewritten'", f"DELETE FROM {table}"):
        _refused(secured, "owner", sql, INSUFFICIENT_PRIVILEGE,
                 f"The {table} table is append-only: a recorded entry can never be changed")
    _refused(secured, "owner", f"TRUNCATE {table} CASCADE", INSUFFICIENT_PRIVILEGE,
             f"The {table} table is append-only: it can never be emptied")
    with secured.connect("owner") as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)


def test_truncating_a_referenced_table_cannot_take_decisions_with_it(secured: Secured) -> None:
    _refused(secured, "owner", "TRUNCATE travel_request CASCADE", INSUFFICIENT_PRIVILEGE,
             "The decision table is append-only: it can never be emptied")


@pytest.mark.parametrize(("sql", "message"), [
    ("ALTER TABLE audit_entry DISABLE TRIGGER permit_desk_append_only",
     "ALTER TABLE on public.audit_entry is refused"),
    ("ALTER TABLE decision DISABLE TRIGGER USER", "ALTER TABLE on public.decision is refused"),
    ("DROP TRIGGER permit_desk_append_only ON audit_entry",
     "Dropping trigger permit_desk_append_only on public.audit_entry is refused"),
    ("DROP TRIGGER permit_desk_no_truncate ON decision",
     "Dropping trigger permit_desk_no_truncate on public.decision is refused"),
    ("DROP TABLE audit_checkpoint", "Dropping table public.audit_checkpoint is refused"),
    ("DROP TABLE travel_request CASCADE", "on public.decision is refused"),
    ("ALTER TABLE audit_entry NO FORCE ROW LEVEL SECURITY",
     "ALTER TABLE on public.audit_entry is refused"),
    ("DROP POLICY permit_desk_own_name ON audit_entry",
     "Dropping policy permit_desk_own_name on public.audit_entry is refused"),
    ("CREATE RULE keep AS ON DELETE TO audit_entry DO INSTEAD NOTHING",
     "CREATE RULE on keep on public.audit_entry is refused"),
    ("ALTER TABLE audit_entry RENAME TO old_audit", "ALTER TABLE on public.old_audit is refused"),
    ("UPDATE audit_chain_head SET seq = 0", "permission denied for table audit_chain_head"),
])
def test_the_owner_cannot_take_the_protection_away(secured: Secured, sql: str,
                                                    message: str) -> None:
    _refused(secured, "owner", sql, INSUFFICIENT_PRIVILEGE, message)


def test_the_owner_cannot_rewrite_a_guard_function(secured: Secured) -> None:
    _refused(secured, "owner",
             "CREATE OR REPLACE FUNCTION public.permit_desk_refuse_change() RETURNS trigger "
             "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
             INSUFFICIENT_PRIVILEGE, "must be owner of function permit_desk_refuse_change")


# ---- the audit chain ------------------------------------------------------------------------


def test_an_entry_in_another_users_name_is_refused(secured: Secured) -> None:
    with secured.connect("clerk") as conn, pytest.raises(psycopg.Error) as caught:
        _append(conn, secured.logins["head"])
    assert caught.value.sqlstate == INSUFFICIENT_PRIVILEGE
    assert 'new row violates row-level security policy for table "audit_entry"' in str(
        caught.value)
    with secured.connect("clerk") as conn:
        _append(conn, secured.logins["clerk"])  # in one's own name it is accepted


@pytest.mark.parametrize(("override", "sqlstate", "message"), [
    ({"seq": 5}, "40001", "Audit entry 5 does not continue the audit trail, which ends at "
                          "entry 1."),
    ({"seq": 1}, "40001", "Audit entry 1 does not continue the audit trail"),
    ({"prev_hash": GENESIS}, "40001", "Audit entry 2 does not link to the entry before it."),
    ({"hash": "ab" * 32}, "23514",
     "Audit entry 2 is refused: its hash is not the hash of its contents."),
])
def test_a_forked_or_forged_entry_is_refused(secured: Secured, override: dict[str, object],
                                             sqlstate: str, message: str) -> None:
    login = secured.logins["security_officer"]
    with secured.connect("security_officer") as conn, pytest.raises(psycopg.Error) as caught:
        _append(conn, login, **override)
    assert caught.value.sqlstate == sqlstate
    assert message in str(caught.value)


def _chain(fx: Secured) -> list[ChainEntry]:
    with fx.connect("inspector") as conn:
        rows = conn.execute("SELECT seq, at, username, acting_for, action, entity, entity_id,"
                            " before, after, prev_hash, hash FROM audit_entry ORDER BY seq")
        return [ChainEntry(*r) for r in rows.fetchall()]  # type: ignore[arg-type]


def _no_signature(_signature: bytes, _message: bytes) -> bool:
    return True


def test_concurrent_writers_that_take_the_lock_keep_one_chain(secured: Secured) -> None:
    """Two workstations appending at once, each as the app does (chain lock, read the last
    entry, insert the next): every entry lands and the chain is unbroken."""
    problems: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(role: str) -> None:
        engine = secured.engine(role)
        try:
            start.wait()
            for i in range(25):
                with Session(engine) as s:
                    locks.hold(s, locks.AUDIT_CHAIN)
                    audit.append(s, username=secured.logins[role], action=f"{role}.{i}",
                                 after={"i": i, "text": "Žygimantas \"q\" \\ \n\u2028"},
                                 now=datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
                    s.commit()
        except BaseException as e:  # noqa: BLE001 - reported below, in the test's thread
            problems.append(e)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=writer, args=(r,)) for r in ("clerk", "deputy")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert problems == []
    entries = _chain(secured)
    report = verify_chain(entries, list[ChainCheckpoint](), _no_signature)
    assert report.ok, report.problem
    assert report.entries == 51


def test_concurrent_writers_without_the_lock_cannot_fork_the_chain(secured: Secured) -> None:
    """Two writers that read the same last entry: the second waits on the chain head, then
    finds its place taken and is refused; the chain stays one line."""
    first, second = secured.connect("clerk"), secured.connect("head")
    try:
        _append(first, secured.logins["clerk"])  # seq 2, head row locked until commit
        blocked: list[BaseException] = []

        def late() -> None:
            try:
                second.execute("SET statement_timeout = '30s'")
                _append(second, secured.logins["head"], seq=2, prev_hash=_chain(secured)[0].hash)
            except BaseException as e:  # noqa: BLE001
                blocked.append(e)

        t = threading.Thread(target=late)
        t.start()
        t.join(timeout=1)
        assert t.is_alive()  # waiting on the head row, not yet decided
        first.commit()
        t.join(timeout=60)
        assert len(blocked) == 1 and isinstance(blocked[0], errors.SerializationFailure)
        assert "Audit entry 2 does not continue the audit trail, which ends at entry 2." in str(
            blocked[0])
    finally:
        first.close()
        second.close()
    assert verify_chain(_chain(secured), [], _no_signature).ok


# ---- the SQL hash is the Python hash --------------------------------------------------------


def test_postgres_json_strings_are_python_canonical_json_for_every_code_point(
        secured: Secured) -> None:
    """The SQL recomputation depends on to_json(text) escaping exactly the characters
    json.dumps(ensure_ascii=False) escapes, the same way; checked for all of Unicode (NUL
    and surrogates cannot be in a PostgreSQL text)."""
    expected = {}
    for cp in itertools.chain(range(1, 0xD800), range(0xE000, 0x110000)):
        ch = chr(cp)
        encoded = json.dumps(ch, ensure_ascii=False)
        if encoded != f'"{ch}"':
            expected[cp] = encoded
    with secured.connect("inspector") as conn:
        rows = conn.execute(
            "SELECT i, to_json(chr(i))::text FROM generate_series(1, 1114111) i "
            "WHERE (i < 55296 OR i > 57343) AND to_json(chr(i))::text <> '\"' || chr(i) || '\"'"
        ).fetchall()
    assert {int(i): str(s) for i, s in rows} == expected  # type: ignore[call-overload]
    assert len(expected) == 33  # the controls, the quote and the backslash


def _random_text(rng: random.Random, limit: int) -> str:
    pools = [(0x20, 0x7E), (0x01, 0x1F), (0x7F, 0x9F), (0xA0, 0x17F), (0x2000, 0x206F),
             (0xFFF0, 0xFFFF), (0x1F300, 0x1F6FF), (0x10000, 0x10FFFF)]
    out = []
    for _ in range(rng.randint(0, limit)):
        lo, hi = rng.choice(pools)
        cp = rng.randint(lo, hi)
        out.append(chr(cp) if not 0xD800 <= cp <= 0xDFFF else "x")
    if rng.random() < 0.3:
        out.insert(rng.randint(0, len(out)), rng.choice(['"', "\\", "\u2028", "\\u0000", "/"]))
    return "".join(out)[:limit]


def test_the_database_recomputes_the_python_hash_of_arbitrary_text(secured: Secured) -> None:
    """300 entries of random text in every field (controls, quotes, backslashes, line
    separators, astral characters): the trigger accepts each, so its hash is Python's.
    (A property test: hypothesis is not among the locked dependencies, so a seeded
    generator stands in for it.)"""
    rng = random.Random(20261125)
    login = secured.logins["security_officer"]
    with secured.connect("security_officer") as conn:
        for _ in range(300):
            _append(conn, login, at=_random_text(rng, 32), acting_for=_random_text(rng, 64),
                    action=_random_text(rng, 60), entity=_random_text(rng, 40),
                    entity_id=_random_text(rng, 40), before=_random_text(rng, 400),
                    after=_random_text(rng, 400))
    report = verify_chain(_chain(secured), [], _no_signature)
    assert report.ok and report.entries == 301


# ---- connections and logins -----------------------------------------------------------------


def test_only_tls_with_the_right_password_gets_in(secured: Secured) -> None:
    with pytest.raises(psycopg.OperationalError, match="no pg_hba.conf entry for host "
                       '"127.0.0.1", user "[a-z_0-9]+", database "[a-z_0-9]+", no encryption'):
        psycopg.connect(secured.dsn("clerk", sslmode="disable"))
    login = secured.logins["clerk"]
    with pytest.raises(psycopg.OperationalError,
                       match=f'password authentication failed for user "{login}"'):
        psycopg.connect(secured.server.dsn(login, "not-the-password", secured.db))
    with secured.connect("clerk") as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)


@pytest.mark.parametrize("function", [
    "permit_desk_add_login('x_1', 'v', ARRAY['permit_desk_admin'])",
    "permit_desk_set_roles('x_1', ARRAY['permit_desk_admin'])",
    "permit_desk_set_password('x_1', 'v')",
    "permit_desk_remove_login('x_1')",
])
def test_a_clerk_cannot_manage_logins(secured: Secured, function: str) -> None:
    name = function.split("(")[0]
    _refused(secured, "clerk", f"SELECT {function}", INSUFFICIENT_PRIVILEGE,
             f"permission denied for function {name}")


def test_the_admin_manages_logins_but_only_permit_desk_ones(secured: Secured) -> None:
    admin, clerk = secured.engine("admin"), secured.logins["clerk"]
    try:
        with admin.begin() as conn:
            pgs.set_password(conn, clerk, "a new clerk password")
            pgs.set_roles(conn, clerk, [Role.CLERK, Role.INSPECTOR])
        with psycopg.connect(secured.server.dsn(clerk, "a new clerk password",
                                                secured.db)) as conn:
            groups = {str(g) for (g,) in conn.execute(  # type: ignore[misc]
                "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid"
                " WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user)")}
            assert groups == {"permit_desk_clerk", "permit_desk_inspector"}
        with pytest.raises(ValueError, match="cannot be a server login"):
            with admin.begin() as conn:
                pgs.add_login(conn, 'Robert"; DROP TABLE person; --', "pw", [Role.CLERK])
        for sql, sqlstate, message in [
            ("SELECT permit_desk_add_login('sneaky', 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5',"
             " ARRAY['permit_desk_owner'])", INSUFFICIENT_PRIVILEGE,
             "A login can only be given Permit Desk roles."),
            ("SELECT permit_desk_add_login('sneaky', 'plain-password', "
             "ARRAY['permit_desk_clerk'])", "28P01",
             "The password must arrive as a SCRAM-SHA-256 verifier, never in clear."),
            ("SELECT permit_desk_set_password('postgres', "
             "'SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5')", "42602", "'postgres' cannot be a "
             "server login."),
            (f"SELECT permit_desk_set_password('{secured.logins['owner']}', "
             "'SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5')", INSUFFICIENT_PRIVILEGE,
             "is not a Permit Desk login that can be managed here."),
        ]:
            _refused(secured, "admin", sql, sqlstate, message)
        with admin.begin() as conn:
            pgs.remove_login(conn, clerk)
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(secured.server.dsn(clerk, "a new clerk password", secured.db))
    finally:
        admin.dispose()


def test_every_user_changes_their_own_password(secured: Secured) -> None:
    engine, login = secured.engine("inspector"), secured.logins["inspector"]
    try:
        with pytest.raises(psycopg.Error, match="permission denied for function "
                           "permit_desk_set_password"), engine.begin() as conn:
            pgs.set_password(conn, secured.logins["clerk"], "not theirs to change")
        with engine.begin() as conn:
            pgs.set_password(conn, login, "the inspector's new one")
    finally:
        engine.dispose()
    with psycopg.connect(secured.server.dsn(login, "the inspector's new one", secured.db)) as c:
        assert c.execute("SELECT current_user").fetchone() == (login,)


def test_secure_is_idempotent_and_keeps_the_chain_head(secured: Secured) -> None:
    engine = sa.create_engine(secured.server.superuser_url(secured.db), poolclass=sa.NullPool)
    try:
        with engine.begin() as conn:
            pgs.prepare(conn)
            pgs.install_schema(conn)
            pgs.secure(conn)
    finally:
        engine.dispose()
    with secured.connect("deputy") as conn:
        _append(conn, secured.logins["deputy"])
    assert verify_chain(_chain(secured), [], _no_signature).entries == 2
