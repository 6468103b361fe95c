"""Disaster recovery on a new cluster: a server backup restored into a second, fresh
PostgreSQL cluster has its users and none of their logins (logins belong to the cluster);
`permit-desk server login USERNAME` gives each one back, member of exactly the groups of the
roles the store records, and refuses a removed user, a user who has a login, a wrong
superuser password, a database with no store, and anyone but the superuser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import psycopg
import pytest

from app.services import audit_queries, backups, users
from app.services.opening import open_desk
from app.store.errors import WrongPassphrase
from app.store.locator import ServerLocator
from tests.conftest import PASSPHRASES, StoreFixture
from tests.pg_server import PgServer
from tests.store.helpers import run_cli

ON_SERVER = pytest.mark.parametrize("backend", ["server"], indirect=True)
NEW = {"vadovas": "head-on-the-new-cluster-1", "rastine": "clerk-on-the-new-cluster-1",
       "saugumas": "security-on-the-new-cluster-1"}
SLOW = 240  # a restore on a busy two-core machine


@pytest.fixture(scope="module")
def second_cluster() -> Iterator[PgServer]:
    """The new server after the old one is lost: its own CA, superuser password and no roles
    but its superuser."""
    server = PgServer().start()
    try:
        yield server
    finally:
        server.stop()


def _groups(server: PgServer, login: str) -> set[str] | None:
    """The groups the login is a member of, or None if the server has no such login."""
    with psycopg.connect(server.superuser_dsn(), autocommit=True) as conn:
        row = conn.execute(
            "SELECT r.rolcanlogin AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb "
            "OR r.rolbypassrls), array(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g "
            "ON g.oid = m.roleid WHERE m.member = r.oid) FROM pg_roles r WHERE r.rolname = %s",
            (login,)).fetchone()
    if row is None:
        return None
    assert row[0], f"{login} is not a plain login"
    return set(row[1])


@ON_SERVER
def test_server_login_gives_restored_users_their_logins_on_a_new_cluster(
        store: StoreFixture, second_cluster: PgServer, tmp_path: Path) -> None:
    users.remove_user(store.head, "pavaduotojas")
    info = backups.backup(store.as_user("admin"), tmp_path / "lost.pgbackup")
    key = info.new_recovery_key
    assert key
    store.lock_all()

    new = second_cluster
    where = ServerLocator("localhost", new.port, new.create_database("permit_desk"), new.ca_pem)
    outputs: list[CompletedProcess[str]] = []

    def cli(*args: str, store_at: object = where, **env: str) -> CompletedProcess[str]:
        done = run_cli(store_at, None, *args, timeout=SLOW, **env)  # type: ignore[arg-type]
        outputs.append(done)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def login(username: str, passphrase: str, setup_password: str = new.password,
              *more: str) -> CompletedProcess[str]:
        return cli("server", "login", username, *more, PERMIT_DESK_SETUP_PASSWORD=setup_password,
                   PERMIT_DESK_NEW_PASSPHRASE=passphrase)

    done = cli("restore", str(info.path), PERMIT_DESK_SETUP_PASSWORD=new.password,
               PERMIT_DESK_RECOVERY_KEY=key)
    assert done.returncode == 0, done.stderr
    # Every active user is named as lacking a login, with the command that gives one.
    lacking = done.stdout.split("none on this server yet:", 1)[1].split(".", 1)[0]
    assert sorted(u.strip() for u in lacking.split(",")) == \
        ["admin", "inspektorius", "rastine", "saugumas", "vadovas"]
    assert f"permit-desk --store {where} server login USERNAME" in done.stdout
    assert _groups(new, "vadovas") is None  # nobody can log in yet
    with pytest.raises(WrongPassphrase):
        open_desk(str(where), "vadovas", PASSPHRASES["vadovas"])

    # The head: a login with the head's groups (head and administrator), and nothing more.
    done = login("vadovas", NEW["vadovas"])
    assert done.returncode == 0, done.stderr
    assert "vadovas can log in" in done.stdout and "admin, head" in done.stdout
    assert _groups(new, "vadovas") == {"permit_desk_head", "permit_desk_admin"}
    head = open_desk(str(where), "vadovas", NEW["vadovas"])
    try:
        assert head.actor.username == "vadovas"
        report = audit_queries.verify(head)
        assert report.ok, report.problem
    finally:
        head.lock()

    # The clerk likewise, with the clerk's group only.
    done = login("rastine", NEW["rastine"])
    assert done.returncode == 0, done.stderr
    assert _groups(new, "rastine") == {"permit_desk_clerk"}
    clerk = open_desk(str(where), "rastine", NEW["rastine"])
    clerk.lock()

    # Each login given is in the audit trail, in the superuser's name.
    with psycopg.connect(new.superuser_dsn(where.database), autocommit=True) as conn:
        given = conn.execute(
            "SELECT after::json->>'username' FROM audit_entry WHERE action = 'user.passwd' "
            "AND username = 'postgres' ORDER BY seq").fetchall()
    assert given == [("vadovas",), ("rastine",)]

    # Refusals: one sentence each, exit code 1, no login made.
    done = login("pavaduotojas", "deputy-on-the-new-cluster-1")
    assert done.returncode == 1
    assert "pavaduotojas was removed from the store, and removed users get no login." in \
        done.stderr
    assert _groups(new, "pavaduotojas") is None

    done = login("vadovas", "another-head-passphrase-1")
    assert done.returncode == 1
    assert ("vadovas already has a login on this server; `permit-desk user passwd` changes "
            "its password.") in done.stderr
    open_desk(str(where), "vadovas", NEW["vadovas"]).lock()  # the passphrase is unchanged

    done = login("saugumas", NEW["saugumas"], "not-the-superuser-password")
    assert done.returncode == 1 and "The user name or the passphrase is wrong." in done.stderr
    done = login("saugumas", NEW["saugumas"], NEW["vadovas"], "--setup-user", "vadovas")
    assert done.returncode == 1 and "needs the server's superuser; vadovas is not one" in \
        done.stderr
    done = login("saugumas", "short")
    assert done.returncode == 1 and "at least 10 characters" in done.stderr
    assert _groups(new, "saugumas") is None

    done = login("nobody", "nobody-passphrase-1")
    assert done.returncode == 1 and "The store has no user named nobody." in done.stderr
    assert _groups(new, "nobody") is None

    empty = ServerLocator("localhost", new.port, new.create_database("empty"), new.ca_pem)
    done = cli("server", "login", "saugumas", store_at=empty,
               PERMIT_DESK_SETUP_PASSWORD=new.password, PERMIT_DESK_NEW_PASSPHRASE=NEW["saugumas"])
    assert done.returncode == 1 and "holds no Permit Desk store" in done.stderr
    done = cli("server", "login", "saugumas", store_at=tmp_path / "file.db",
               PERMIT_DESK_SETUP_PASSWORD=new.password, PERMIT_DESK_NEW_PASSPHRASE=NEW["saugumas"])
    assert done.returncode == 1 and "Say which server with --store postgresql://" in done.stderr
    assert _groups(new, "saugumas") is None

    # None of those refusals left anything behind: the security officer's login is given as
    # the others were.
    done = login("saugumas", NEW["saugumas"])
    assert done.returncode == 0, done.stderr
    assert _groups(new, "saugumas") == {"permit_desk_security_officer"}

    secrets = [new.password, key, *NEW.values(), "deputy-on-the-new-cluster-1",
               "another-head-passphrase-1", "not-the-superuser-password"]
    for out in outputs:
        for secret in secrets:
            assert secret not in out.stdout + out.stderr
