"""`doctor` on a store on a real server: one line for TLS, the certificate check, SCRAM, data
checksums, the server's version, the collation, and the sentence about encryption at rest."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from app.store.locator import ServerLocator
from app.store.pg_doctor import server_facts
from app.store.server import make_engine
from tests.conftest import PASSPHRASES, StoreFixture
from tests.pg_fixtures import PgDatabase
from tests.store.helpers import run_cli

ON_SERVER = pytest.mark.parametrize("backend", ["server"], indirect=True)


@ON_SERVER
def test_doctor_says_what_a_login_can_know_about_the_server(store: StoreFixture,
                                                            pg_database: PgDatabase) -> None:
    done = run_cli(store.path, "rastine", "doctor",  # type: ignore[arg-type]
                   passphrase=PASSPHRASES["rastine"])
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()

    def line(name: str) -> str:
        found = [ln for ln in lines if ln[5:].startswith(name + ":")]
        assert len(found) == 1, (name, done.stdout)
        return found[0]

    assert line("TLS").startswith("ok") and "TLSv1." in line("TLS")
    assert str(pg_database.server.ca_pem) in line("certificate")
    assert "verify-full" in line("certificate")
    scram = line("SCRAM")
    assert scram.startswith("ok") and "scram-sha-256" in scram and "channel binding" in scram
    assert line("data checksums") == "ok   data checksums: on"
    assert line("server version").startswith("ok   server version: PostgreSQL 1")
    assert line("collation").startswith("ok   collation: C.UTF-8")
    assert line("audit trail").startswith("ok")
    assert any("encryption at rest" in ln and "LUKS or BitLocker" in ln for ln in lines)
    assert PASSPHRASES["rastine"] not in done.stdout + done.stderr


@ON_SERVER
def test_a_superuser_sees_its_own_verifier(store: StoreFixture,
                                           pg_database: PgDatabase) -> None:
    where = ServerLocator("localhost", pg_database.server.port, pg_database.name,
                          pg_database.server.ca_pem)
    engine = make_engine(where, "postgres", pg_database.server.password)
    try:
        facts = server_facts(engine)
    finally:
        engine.dispose()
    assert facts.own_verifier == "SCRAM-SHA-256"
    assert facts.ssl and facts.data_checksums and facts.version_supported
    assert facts.sslmode == "verify-full" and facts.channel_binding == "require"


def test_a_database_sorted_by_language_rules_is_warned_about(pg_database: PgDatabase) -> None:
    import psycopg

    name = pg_database.name + "_lt"
    with psycopg.connect(pg_database.server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
                     "LOCALE_PROVIDER icu ICU_LOCALE 'lt-LT'")
    engine = create_engine(pg_database.server.superuser_url(name))
    try:
        facts = server_facts(engine)
        assert facts.locale_provider == "i" and not facts.collation_is_c
    finally:
        engine.dispose()
        pg_database.server.drop_database(name)
